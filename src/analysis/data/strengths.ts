/**
 * The strengths catalogue of SPEC §1.6, the product's own copy of `shared/catalog/strengths.json`
 * (ids, names, shadows and counters unchanged), with cues for finding a strength's shadow in
 * feedback. Data, reviewed like code. Cues describe how the OVERDONE strength shows up — the
 * behaviour people notice — in weight tiers (see `engine/phrase-index.ts` for the syntax:
 * `~` stem, `*` one word, `**` up to three words).
 */
import type { CueTiers } from './cue-tiers.js';

/** A strength, its shadow side and the counter-behaviour, plus the cues of the shadow. */
export interface Strength {
  id: string;
  strength: string;
  shadow: string;
  counter: string;
  cues: CueTiers;
}

/**
 * Below this confidence, a piece of feedback is not taken to describe a shadow side: the bar
 * the Mirror page and the logged feedback share.
 */
export const MIN_SHADOW_CONFIDENCE = 0.3;

/** The catalogue, in its published order. */
export const strengths = [
  {
    id: 'curious',
    strength: 'Curious',
    shadow: 'Seems uninformed or unprepared when asking questions without context',
    counter: 'State what you already know and your own hypothesis before asking.',
    cues: {
      3: `basic questions | so many questions | too many questions | lots of questions | endless questions
        question after question | new to the domain | new to this | hadn't read | haven't read | didn't read
        not read the | didn't do * homework | haven't done * homework | unprepared | uninformed | underprepared
        before sharing | without sharing | without context | out of your depth | doesn't know the basics
        don't know the basics | didn't know the basics | naive questions | obvious questions
        asking questions instead | keep~ asking | open~ ** with questions | briefed | never hear what you think
        what you think yourself | your own view | your own opinion | your own take | your own hypothesis
        your own position | your point of view | read up | seem~ new | seemed lost | wondered why | assumed you hadn't
        thinks you're new | think you're new | ask~ * about * basics | didn't know how | on their homepage
        stream of * questions | why questions | hadn't looked at | looked at * beforehand | asked what * were
        joined last week | just joined | if you'd joined | what our company | first question to | wondered if
        basic question~ | obvious question~ | simple question~ | elementary question~ | ask~ * to explain
        asked what * means | what * means | explain what | barrage of questions | fired off questions | interrogat~
        without * your own view | never offer~ * view | no point of view | not ready for the role | weren't ready
        aren't ready | out of the loop | hadn't done the reading | didn't read the brief | didn't read the doc
        pre-read | question~ your expertise | doubt~ your expertise | question~ your competence
        come~ across as unprepared | seem~ unprepared | look~ unprepared | look~ new | seem~ green
        don't know the product | didn't know the product | walk you through | walk~ * through it | explain it to you
        explain * to you | asked what * was | asked what * is | asked what an | explaining * to you
        explain~ things to you | like an intern | as if you were an intern | as if you were new | asking what our * is
        asking what * is | stopped taking you seriously | opened * by asking`,
      2: `questions | already know | what you know | what you think | new here | clueless | homework | background
        basics | prepared | context | hypothesis | homepage | beforehand | in advance | looked surprised | surprised
        kept asking | taking you seriously`,
      1: `asking | curious | curiosity | brief | junior`,
    },
  },
  {
    id: 'thoughtful',
    strength: 'Thoughtful',
    shadow: 'Goes silent under pressure and looks disengaged',
    counter: 'Say out loud that you are taking a moment: "I\'ll take ten seconds to think through the data."',
    cues: {
      3: `went quiet | go quiet | goes quiet | gone quiet | went silent | go silent | goes silent | say nothing
        said nothing | says nothing | checked out | check~ out | disengage~ | zoned out | zone~ out | switched off
        tuned out | long silence~ | long pause~ | blank stare | no reaction | didn't react | don't react
        think things through | take your time to think | take my time to think | slow to respond | slow to answer
        not paying attention | weren't listening | not engaged | lack of engagement | uninterested | disinterest~
        indifferent | not interested | stopped talking | stop~ talking | didn't care | don't care | not care
        weigh every angle | look~ absent | seem~ absent | live discussion~ | in the moment | said little
        barely spoke | barely said | didn't say a word | without a word | not say anything | didn't say anything
        poker face | hard to read | look~ bored | seem~ bored | mute~ | froze | freeze~ up | stared at
        nothing to add | passive | need~ a day | form a view | come~ across as passive | seem~ passive | didn't speak
        did not speak | not speak~ | didn't say | hadn't said | no input | without saying | stayed quiet | stay~ quiet
        kept quiet | keep~ quiet | staying silent | stay~ silent | kept silent | still on the line | on mute
        were you there | go~ very still | went very still | go~ still | went still | lack of interest
        look~ uninterested | think about it | you'd think about it | get back to them | get back to us | need~ time to
        need~ a moment | slow to react | slow to weigh in | hesitat~ | didn't respond | didn't answer | didn't engage
        didn't contribute | didn't weigh in | no answer | no response | unresponsive | not caring | uninvolved
        detached | aloof | distracted | lost in thought | in your head | seem~ elsewhere | just nodded | only nodded
        retreat~ | can't tell whether * agree | whether i agree | whether you agree | can't read you | withdraw~
        shut~ down in | sat silently | silently | whether you even had | had an opinion | any opinion | sat there
        taking notes | took notes`,
      2: `quiet | silent | silence | pause~ | reflect~ | under pressure | put on the spot | on the spot | fast debates
        heated debate~ | distant | absent | engaged | tense | weigh~ | take so long | take~ a long time | real time`,
      1: `thoughtful | think~ | pressed | blank`,
    },
  },
  {
    id: 'decisive',
    strength: 'Decisive',
    shadow: 'Rigid; decides before others feel heard',
    counter: 'Ask for the strongest counter-argument before you commit.',
    cues: {
      3: `made the call | make the call in | decided in | decide~ before | refuse~ to revisit | won't revisit
        wouldn't revisit | refuse~ to reconsider | won't reconsider | wouldn't reconsider | won't reopen
        wouldn't reopen | refuse~ to reopen | rigid | inflexible | mind * made up | mind was made up
        made up your mind | closed the discussion | shut down the discussion | shut down debate | no room for debate
        no room for discussion | not up for debate | no debate | didn't feel heard | don't feel heard | locked in
        set in stone | no going back | won't change course | even when new data | even when new information
        raised new | change your mind | change~ * mind | bounce off | counter-argument~ | snap decision~ | won't budge
        wouldn't budge | dig~ in | double~ down | non-negotiable | before ** finished explaining | before anyone could
        before others could | closed the * debate | closed the debate | after one round | didn't let * finish
        didn't let * finish their | wouldn't let * finish | locked the scope | lock~ * scope | lock~ in | on day one
        from day one | every later | later concern~ | as final | announced * as final | final before
        had a chance to weigh in | before * had a chance | no discussion | didn't ask for input | without input
        already decided | done deal | fait accompli | overrode | jump~ to * conclusion~ | jump~ to conclusions
        no alternatives | stick~ to your guns | refus~ to change | wouldn't change | decide~ too fast
        decide~ too quickly | wouldn't discuss | won't discuss | refuse~ to discuss | not up for discussion
        as a distraction | already told * yes | told * yes before | before the team had even seen | walk~ it back
        refused to walk`,
      2: `decided | revisit | reopen | reconsider | stick with | sticks with | stuck with | final | weighed in
        weigh in | quick call | first ten minutes | within minutes | fast decision~ | announce~ | arguments against
        objection~ | new concerns | picked | locked | before * had finished | had even seen | walk~ * back
        backtrack~`,
      1: `decision | decide~ | decisive | heard | mind | chose | direction`,
    },
  },
  {
    id: 'detail-oriented',
    strength: 'Detail-oriented',
    shadow: 'Micromanages and gets lost in the weeds',
    counter: 'Open with the headline and the decision; offer details on request.',
    cues: {
      3: `micromanag~ | in the weeds | lost in the detail~ | lost in detail~ | pixel~ | font size~ | font~ | nitpick~
        nit-pick~ | every ticket | every comment | every line | line by line | word by word | check every
        checks every | review every | reviews every | approve every | rewrote | redid | don't trust them
        doesn't trust | don't trust us | don't trust me | hover~ | breathing down | spacing | can't see the forest
        down to the | every detail | each detail | too much detail | minor detail~ | tiny detail~ | small detail~
        see every | every email | before it goes out | sign off on every | colours | colors | commas | formatting
        small things | trivial | miss~ the big picture | missed the point | everything goes through you
        look~ over * shoulder | control freak | whether the strategy | copied on | cc'd on | in your own words
        go~ through you | has to go through you | send~ back changes | punctuation | grammar | redo the team's
        redo their | sit in on every | dictate~ | exact copy | exact wording | every single | insist~ on approving
        each button | every button | rewrote * slides | rewrite~ their | rewrote their | rewrote her | rewrote his
        rewrote the team's | word order | already approved | line edit~ | copy edit~ | copy-edit~ | edit~ every
        redline~ | tweak~ every | adjust~ every | fiddl~ | fuss~ over | obsess~ over | minutiae | smallest detail~
        every little | pixel-perfect | double-check~ everything | approve everything | sign off on everything
        sign-off on everything | too deep in | down in the weeds | changing commas | qa every | personally qa
        misalignment~ | personally check~ | personally review~`,
      2: `details | detail | perfection~ | perfectionis~ | precise | control~ | comments | weeds | acceptance criteria
        polish~ | wording | minor | bottleneck | big picture | redo~ | exact | button~ | rewrite~ | typo~`,
      1: `check~ | correct~ | trust`,
    },
  },
  {
    id: 'empathetic',
    strength: 'Empathetic',
    shadow: 'Avoids conflict and softens hard messages until they are lost',
    counter: 'Say the hard part in the first sentence, kindly and plainly.',
    cues: {
      3: `avoid~ the hard conversation | avoid~ ** hard conversation~ | avoid~ ** conflict | avoid~ confrontation
        conflict-avoidant | never told | didn't tell | won't tell | wouldn't tell | never said | soften~ | sugar-coat~
        sugarcoat~ | watered down | water~ * down | too nice | so nice | feel~ how upset | how upset | hurt * feelings
        how people feel | how they feel | attuned | didn't want to upset | don't want to upset | bad news
        hard message~ | hard truth~ | message * lost | message got lost | let it slide | let things slide
        never confront~ | keeps growing | keep the peace | keeping the peace | wasn't good enough | isn't good enough
        not good enough | so many compliments | wrapped * in | cushion~ | hate upsetting | upsetting | hurt anyone
        dragged on | drag~ on | festering | unresolved | thought * was fine | never raised | held back | people-pleas~
        afraid to disappoint | too gentle | so gently | too soft | vague feedback | didn't get the message
        let * down gently | avoid~ telling | hint~ | instead of saying | haven't told | still haven't told
        worried about * mood | team's mood | beat around the bush | beating around | gentle | thinking everything was
        thought everything was | left * thinking | didn't realise | didn't realize | no idea how bad | reassur~
        never got to | never got around to | never mentioned | didn't mention | avoided the topic | avoid~ the topic
        skirt~ around | tiptoe~ | walk~ on eggshells | didn't have the heart | spare * feelings | protect * feelings
        too kind | comfort~ | didn't want to hurt | didn't want to disappoint | disappoint~ | we'll see
        instead of telling | kept saying | awkward conversation~ | didn't want to have | let * stay`,
      2: `upset~ | feelings | empath~ | friction | tension | hard conversation~ | difficult conversation~ | conflict
        confront~ | care~ about people | harmony | compliment~ | dispute~ | hold~ back | gently | mood | worried
        awkward | underperform~`,
      1: `feel~ | kind | nice | gaps`,
    },
  },
  {
    id: 'confident',
    strength: 'Confident',
    shadow: 'Comes across as dismissive or arrogant',
    counter: 'Name what would change your mind, and invite challenge.',
    cues: {
      3: `so sure | too sure | brushed * off | brush~ * off | brush~ off | brushed off | dismiss~ | arrogant
        arrogance | know-it-all | know it all | doesn't count | don't count | didn't count | i've done this before
        done this before | never admit | talk~ over | overrul~ | condescend~ | cocky | full of yourself
        don't listen to others | didn't listen | won't listen | wouldn't listen | not open to | closed to
        your own read | own read | always right | never wrong | no room for other~ | others feel their | their input
        wave~ * off | idea was naive | their idea | others' ideas | without asking what | could possibly know
        know more than you | smartest person | smartest in the room | lecture~ | talk~ down | my way or | your way
        wouldn't hear | ignore~ ** suggestion~ | ignore~ ** input | roll~ * eyes | scoff~ | laughed off | laugh~ * off
        belittl~ | patroni~ | come~ across as if | nobody in the room | trust me | as if you already know
        already know what they'll say | before people finish | before they finish | moved to the next slide
        cut off the | cut~ * off mid | mid-sentence | a hundred times | seen this before | seen this pattern
        seen it all | i know better | know better than | overblown | didn't want to hear | don't want to hear
        doesn't want to hear | you know best | sure of yourself | overconfident | over-confident | brushed aside
        brush~ * aside | discount~ their | shot down | shoot~ * down | didn't take * seriously | not open to feedback
        not open to other~ | didn't let * speak | nothing to worry about | laughed | laugh~ at | more experience
        you'd understand | understand once | know better than her | know better than him | concern was wrong
        concerns were wrong | why * was wrong | why * were wrong | before * finished raising
        before anyone had finished | already knew what | already knew | because you already | you knew better`,
      2: `certain | sure | input | ideas of others | other people's ideas | interrupt~ | superior | smug | moved on
        shut~ * down | cut * off | unnecessary`,
      1: `confident | confidence | listen | challenge~ | no one else | as if`,
    },
  },
  {
    id: 'data-driven',
    strength: 'Data-driven',
    shadow: 'Slow to decide, cold, waits for data that will not come',
    counter: 'Set a decision date and the evidence that is enough; tell the story behind the numbers.',
    cues: {
      3: `more data | another ** of data | until we had | wait~ for data | waiting for data | wait~ for the data
        statistically significant | statistical significance | not significant | anecdot~ | customer stor~
        user stor~ | angry customer | analysis paralysis | without data | without numbers | the numbers say
        only the numbers | numbers only | clinical | missed the release | missed the window | missed the train
        release train | wouldn't decide | won't decide | couldn't decide | until the data | data showed | qualitative
        sample size | one more survey | one more test | another survey | another test | more research | more evidence
        robotic | before deciding | until ** data | what they're hearing | hearing from customers
        only wanted to know | only cared about | only care about the | insisted on * test | insisted on * a/b test
        a/b test | ab test | rest of the roadmap waited | forty charts | charts and no | no recommendation
        where's the data | where is the data | show me the data | show me the numbers | data for everything
        prove * with data | need~ proof | ask~ for more evidence | insist~ on data | won't move without
        wouldn't move without | data before | numbers before | quantif~ everything | even for small
        analysis for every | paralys~ | reports instead of | asking for * reports | asking for * data
        asking for more | instead of calling | instead of talking to | usage reports`,
      2: `data | evidence | metrics | proof | significant | waved * away | wave~ * away | slow to decide
        spreadsheet~ | survey~ | cold | launched late | gut feel~ | benchmark~ | prospects | charts | chart~ | waited
        button colo~ | before choosing | quantif~ | stall~ | prove it`,
      1: `analysis | analy~ | wait~ | weeks of | late | dashboard~ | numbers | stories | test~`,
    },
  },
  {
    id: 'visionary',
    strength: 'Visionary',
    shadow: 'Vague or unrealistic; the team cannot see the next step',
    counter: 'Pair every big idea with the first concrete milestone and its owner.',
    cues: {
      3: `where the market will be | five-year | ten-year | 5-year | 10-year | in 20 | 2030 | 2035 | the future
        big picture | grand vision | no idea what to build | what to build this | next step~ | this quarter's
        commitments slip | head in the clouds | pie in the sky | lofty | moonshot~ | no plan | no concrete plan
        tomorrow morning | concrete step~ | first step | near-term | near term | day-to-day | exciting but
        inspiring but | picture is exciting | reinvent~ the industry | change the world | transform the industry
        revolution~ | first milestone | in ** years | ideal product | turn that into | into tickets | what to do next
        someday | blue-sky | blue sky | grand plan~ | ungrounded | how we get there | how to get there | not grounded
        nobody knows what the first | what the first milestone | what they should actually start | where to start
        start on | end state | end-state | between now and then | how to get from | everything between
        the path there | no path | what would be different | what it means for | nobody could say what
        no one could say what | translate * into | actionable | what to do differently | what * do differently
        hand-wavy | handwav~ | too high-level | too high level | what to do on monday | a week later nobody
        plan for next quarter | describing a world | a world where | imagine a world | plan * is blank | no plan for
        operating system for | what ships next | nobody can tell * what | no one can tell * what | becoming the
        no idea where to begin | where to begin | no idea where`,
      2: `vision | visionary | future | long-term | long term | dream~ | big ideas | grand | abstract | vague | fuzzy
        milestone~ | the industry | disrupt~ | beautiful | unrealistic | inspiring | high-level | high level
        buzzword~ | in practice | the practical | own work | next quarter | next month | excites | this sprint`,
      1: `inspir~ | excit~ | concrete | plan | execution | slip~ | practical | roadmap | tickets | years
        this quarter`,
    },
  },
  {
    id: 'humble',
    strength: 'Humble',
    shadow: 'Lacks presence; others take credit and lead the room',
    counter: 'State your recommendation first, as a recommendation.',
    cues: {
      3: `gave all the credit | give~ * credit | gave * credit | the credit | take~ credit | took credit | undersell~
        undersold | downplay~ your | downplay~ my | sell yourself short | sold yourself short | small tweak
        just a small | only a small | doesn't know * was your | didn't know * was your | was your idea
        your contribution~ | self-deprecat~ | in the background | stay~ in the background | let others present
        let others lead | let * present | invisible | modest | too humble | never mention~ your | don't mention your
        not mention your | played down | play~ * down | nobody knows you | lacks presence | lack~ presence
        team's doing | mentioned nothing you did | nothing you did | your part | just a thought | just an idea
        get the recognition | others repeat | deflect~ | speak up for yourself | in the shadows | behind the scenes
        as a question | got the praise | got the credit | gets the credit | let * present your | what you contributed
        not much, really | not much | your analysis | thanked * people | thanked everyone | left yourself out
        leave~ yourself out | the idea was yours | was yours | your name off | left your name | your own role
        own role | who came up with | pointed at | said nothing about your | nothing about your | let your * announce
        let * announce | let * take the credit | let * take credit | didn't claim | claim~ credit
        share~ the spotlight | out of the spotlight | avoid~ the spotlight | behind someone else | minimi~ your
        never talk about your | nobody knows it was you | no one knows it was you | when your experiment
        your experiment | sat in the back | let ** present your | your ** analysis | your ** idea | your ** work`,
      2: `credit | humble | humility | quiet about | recognition | visible | visibility | presence | minimi~
        your idea | your work | your win | what you did | your role | repeat them | hedge~ | tentative~ | yours
        thanked | spotlight | it was you | announce it | in the back | let ** present`,
      1: `others | lift | win | tweak | praised`,
    },
  },
  {
    id: 'direct',
    strength: 'Direct',
    shadow: 'Harsh or blunt; people stop bringing problems',
    counter: 'Start from the shared goal and ask before telling.',
    cues: {
      3: `blunt | bluntly | harsh | harshly | brutal~ | abrasive | tactless | without any softening | no softening
        without softening | exactly what's wrong | straight out | unusable | garbage | terrible | awful | crushed
        crushing | hasn't spoken up | haven't spoken up | stopped speaking up | stop~ bringing | avoid~ sharing
        afraid to share | scared to share | afraid of you | scared of you | intimidat~ | too honest | brutally honest
        rude | stopped sharing | spoken up since | say what you think | stop~ coming to | stopped coming to you
        coming to you with problems | bring~ you problems | amateur~ | useless | pointless | stupid | a mess | rubbish
        junk | embarrassing | lands like | like a slap | slap | curt | terse | brusque | hurtful | demoralis~
        demoraliz~ | called * out | call~ * out | tore * apart | tear~ * apart | correct but | accurate but | true but
        in front of everyone | publicly | makes no sense | cried | in tears | pre-clear | before showing you
        tore into | rip~ * apart | lazy | pushed back on you | push~ back on you | ridiculous | nonsense | a joke
        half-baked | dumb | lame | worst | the worst | in front of the whole team | in front of the team
        in front of * team | waste of time | no sugar-coating | unfiltered | didn't soften | mince~ | cutting remark~
        sarcas~ | snide | humiliat~ | shamed | embarrass~ * in front | this is wrong | hasn't ** since
        haven't ** since | has not ** since | and nothing else | list of * problems | no positive comment
        no positive | nervous ever since | problems and no`,
      2: `direct | directness | honest | accurate | tone | sharp | hurt | softening | raw | criticis~ | criticiz~
        cutting | in front of | mock~ | ever since`,
      1: `upset | newer | junior | drafts | feedback | told`,
    },
  },
  {
    id: 'collaborative',
    strength: 'Collaborative',
    shadow: 'Seeks consensus for everything and decides slowly',
    counter: 'Say who decides and by when, then consult.',
    cues: {
      3: `everyone's input | everybody's input | group workshop | workshop | consensus | committee | compromise nobody
        compromise no one | just make the call | just decide | just make a decision | everyone has to agree
        everybody has to agree | everyone to agree | everyone on board | everyone weighs in | took * weeks
        take~ forever | too many people | too many meetings | meeting after meeting | round~ of feedback | vote
        poll~ | nobody liked | decision by | wishes you would | no one owns | nobody owns | design by committee
        everyone agrees | working group | task force | one person could have | could have made in | until every
        every team lead | everyone is happy | all of them happy | keep everyone happy | ask~ everyone
        check with everyone | alignment meeting~ | diluted | lowest common denominator | nobody decides
        no one decides | who decides | no decision | no clear owner | unanimous | wait~ for everyone
        everyone's approval | everyone's agreement | meetings about | hear from | whole team to agree | agree before
        small calls | take~ weeks | five meetings | yet another meeting | invite~ ** people | people to decide
        still don't have | everyone in the room | everyone's opinion | everyone's view | ask~ * for their opinion
        rounds of | every department | across every | all departments | every stakeholder | until everyone
        everyone agreed | nobody wanted to decide | group decision | democratic | vote on | canvass~ | get everyone's
        sign-off from | sign off from | people to sign | month of meetings | everyone to sign off | every * to agree
        wanted everyone to | discussion has run | still discussing | endless discussion~ | discussion~ * for weeks
        run for * sprints`,
      2: `compromise | collaborat~ | decision took | opinions | align~ | nothing moves | sync~ | buy-in
        all stakeholders | make the call | signed off | everyone | everybody | each stakeholder | every team
        collective~ | take~ a month`,
      1: `input | group | slow | weeks | together | decide | decision | happy`,
    },
  },
  {
    id: 'optimistic',
    strength: 'Optimistic',
    shadow: 'Naive about risks; commits to dates that slip',
    counter: 'List the three most likely ways this fails before committing.',
    cues: {
      3: `always green | suddenly * red | turns red | turned red | flagged * risks | open risks | the risks | risk~
        overpromis~ | over-promis~ | rosy | best case | best-case | downplay~ * risk~ | it'll be fine
        it will be fine | underestimat~ | too positive | would be ready | will be ready | be ready in | dates slip
        date slipped | deadline slipped | missed the date | sugar-coat~ the status | status reports
        everything is fine | nothing can go wrong | would go smoothly | go smoothly | didn't plan for | no plan b
        backup plan | contingency | what could go wrong | assum~ the best | wishful | too hopeful | on track
        miss it every time | everything will work | we'd hit | we would hit | hit the target | without checking with
        assumes nothing | no buffer | nothing will go wrong | will go wrong | promised * launch | promised the
        promise~ * without | without asking engineering | scrambling | overcommit~ | over-commit~
        aggressive timeline~ | aggressive date~ | unrealistic date~ | unrealistic deadline~ | unrealistic timeline~
        unrealistic estimate~ | it'll work out | ignored the risk~ | brush~ off * risk~ | would be stable
        stable enough | would be * enough | said * would be ready | said * would work | assured | assur~ the
        nearly done | almost done | was done when | hadn't been built`,
      2: `optimis~ | green | promised | smoothly | naive | estimate~ | hope~ | hoping | go wrong | slip~ | warn~
        flagged | surprise~ | told the customer | even though | buffer | target | rollback | crunch | blind spot~
        crashed | said * would be`,
      1: `red | positive | ready | commit~ | promise~ | status | launch | assumed`,
    },
  },
  {
    id: 'persistent',
    strength: 'Persistent',
    shadow: 'Stubborn; keeps pushing after the evidence turned',
    counter: 'Agree in advance on the signal that would make you stop.',
    cues: {
      3: `same idea | same * idea | brought * back | bring~ * back | keep~ bringing | keeps bringing | kept bringing
        after it was turned down | turned down | rejected | for the * time | fourth time | third time | fifth time
        again and again | over and over | won't let * go | can't let * go | won't let go | stubborn~ | kept pushing
        keep pushing | keeps pushing | for months after | after the data showed | nobody used it | no one used it
        relitigat~ | doesn't take no | won't take no | won't drop | refuse~ to drop | tired of it | still pushing
        already decided against | raised it again | raise~ it again | still want~ | failed * times | fourth version
        one more try | keep~ trying | refuse~ to give up | won't give up | let it die | sunk cost | dead idea
        pet project | pet idea | said no | twice | thrice | reopened it | reopen~ it | different forums
        keep arguing for | keep~ arguing | arguing for | didn't want it | even after | brought it up again
        pitch~ it again | declined your | said no twice | after being told no | after we said no | to the agenda
        back on the agenda | killed it | even though * killed | even though * rejected | won't accept | can't accept
        revive~ | resurrect~ | sneak~ * back | lobby~ | refuse~ to let | cling~ | can't move on | keep adding
        proposed it again | suggested it again | pushed it again | presented it again | tabled it again
        pitched it again | brought it back | still asked for another | another quarter to prove | asked for another
        to prove it | didn't move | data said | asking for a third | showed no lift | for a third`,
      2: `persist~ | insist~ | another version | another try | give up | kill it | killed | declined | pitched
        campaign~ for | hold~ on to | no lift | a third one`,
      1: `push~ | months | keep~ | tired | determined | back to | drop it | again | still`,
    },
  },
  {
    id: 'organized',
    strength: 'Organized',
    shadow: 'Bureaucratic; process slows the team down',
    counter: 'Drop one step of process each month and watch what breaks.',
    cues: {
      3: `bureaucra~ | red tape | paperwork | templates | template | forms | form | filling in | fill~ in
        a ticket, a doc | every small change | needs a ticket | needs a doc | review meeting | approval~ | process~
        checklist~ | overhead | more time on process | more time filling | than building | slows * down
        rigid process | elaborate | too many steps | for everything | status meeting~ | rituals | ceremon~
        prioriti~ matrix | matrix | nobody has time | actual work | workflow you set up | mandatory | procedure~
        protocol~ | standardi~ | steering committee | * stages | stage-gate | gates | sign-off for every
        for every experiment | written plan | half as many | sprint rituals | full day | barely code | barely build
        barely ship | more process | process-heavy | process heavy | heavyweight | meetings about meetings
        needs a form | track~ everything | tracker~ | audit~ | compliance | admin | on admin | weekly * check`,
      2: `planning doc~ | framework~ | workflow~ | required | requires | sign-off~ | rules | weekly status | jira
        status updates | reporting`,
      1: `planning | organi~ | structure~ | tidy | system~ | ticket~ | documentation | meetings | steps | order`,
    },
  },
  {
    id: 'passionate',
    strength: 'Passionate',
    shadow: 'Emotional and defensive when the idea is challenged',
    counter: 'Thank the challenger and restate their point before answering.',
    cues: {
      3: `raised your voice | raise~ * voice | raised my voice | take~ * pushback personally | take~ * personally
        took it personally | defensive | emotional | worked up | lose your temper | lost your temper | temper
        snap~ at | snapped | your baby | when it was challenged | when challenged | when * was challenged
        room went quiet | wears the team out | wears * out | exhausting | intense | overreact~ | angry | upset when
        visibly | left the meeting | stormed out | walked out | defend~ | like it's personal | personal
        stop~ challenging | when * questioned | outburst | blow up | blew up | sensitive to criticism | thin-skinned
        feel attacked | argue back | argued back | got upset | upset in | nobody else spoke | championed | turns tense
        took it hard | get~ heated | got heated | gets heated | so personally | didn't speak to | stop~ talking to
        stopped speaking to | sulk~ | cold shoulder | froze * out | grudge | take~ ** personally | took ** personally`,
      2: `care so much | passion~ | energy | mission | infectious | pushback | push back | criticism | argu~ | fight~
        loud | feel~ strongly | attack~ | frustrat~`,
      1: `strongly | challeng~ | questioned | heated | personally`,
    },
  },
  {
    id: 'creative',
    strength: 'Creative',
    shadow: 'Unfocused; starts new ideas before finishing old ones',
    counter: 'Keep an idea backlog and finish one thing before opening another.',
    cues: {
      3: `new idea | brand-new idea | new ideas | reinvent~ | pivot~ | never finish~ | never finishes
        before finishing | finish the last | half-finished | half finished | unfinished | shiny | jump~ to the next
        next big thing | start~ new | starts new | too many ideas | another idea | unfocused | scattered
        instead of shipping | already agreed | every stand-up | keep~ changing | change~ direction | new concept~
        fresh concept~ | fresh idea~ | half-built | pile~ up | piling up | get~ bored | bored once
        next exciting thing | exciting thing | move~ to the next | move~ on to the next | the next idea
        lose~ interest | half-done | abandon~ | never see~ * through | see~ * through | exciting starts
        none of them made it | made it to customers | changed * concept | which version | version is current | starts
        halfway through | midway | switched to a new | switch~ to a new | dropped * to start | jump~ between
        jump~ from * to | bounce~ between | side project~ | distracted by | chase~ * new | new shiny
        new * every month | a new * every | propose~ a new | proposed a new | every month this year | closed none
        started four | started * tracks | started three | started five`,
      2: `ideas | idea | creativ~ | concept | brainstorm~ | bored | every week | every sprint | idea is approved
        follow through | show up with | switch~ to | haven't adopted | never adopted | none of them`,
      1: `new | focus | finish~ | ship~ | agreed | every planning | distract~`,
    },
  },
  {
    id: 'supportive',
    strength: 'Supportive',
    shadow: 'Shields people from feedback they need',
    counter: 'Give one specific piece of critical feedback in each one-on-one.',
    cues: {
      3: `take~ * task over | take their task | took over | take~ over | jump~ in and | jumped in | step~ in
        stepped in | do it for them | did it for them | does it for them | rescue~ | protect~ them | shield~
        never learn~ | never learned | aren't growing | not growing | isn't growing | don't grow | didn't grow
        learn~ how to do it | do it himself | do it herself | do it themselves | cover~ for | covering for
        bail~ * out | work every weekend | looked stuck | as soon as * struggle~ | whenever someone * struggle~
        hand-hold~ | handhold~ | spoon-feed~ | fix~ it for | for her so | for him so | never had to face
        handled * for | fix~ ** problems | never build the skill | build the skill | skill themselves
        on their behalf | in her place | in his place | instead of them | dependent on you | depend on you
        rely on you | protective | overprotect~ | instead of letting | comes to you for everything | come~ to you for
        took the blame | take~ the blame | how serious | answer every question | rewrote * for him | rewrote * for her
        wrote * for him | wrote * for her | did * for him | did * for her | wouldn't be embarrassed
        doesn't know what was wrong | never knew what | what was wrong | so he wouldn't | so she wouldn't
        so they wouldn't | for your junior | for your reports | for your team | for your pms | do the hard * for
        none of them has ever | never handled | has ever handled | never had the chance | never get~ the chance
        so none of them | take~ the hard | don't let them fail | handle~ * for them | take on * for
        so they never have to | never have to | take~ on all the | * it for her | * it for him | * it for them
        can't * on her own | can't * on his own | can't * on their own`,
      2: `for him | for her | for them | protect~ | grow~ | learn~ | weekend~ | carry | burden | overwork~
        themselves | himself | herself | lean on you | at night | feedback they need | embarrass~ | do the * for
        let them fail | they never | on her own | on his own | on their own`,
      1: `struggle~ | stuck | supportive | helpful`,
    },
  },
  {
    id: 'independent',
    strength: 'Independent',
    shadow: 'Not a team player; surprises stakeholders',
    counter: 'Share drafts early and name who should see them.',
    cues: {
      3: `on your own | by yourself | all alone | alone | lone wolf | presented it finished | finished product
        blindsid~ | loop~ anyone in | loop~ * in | looping * in | kept * in the dark | in the dark | find out
        found out | changelog | without telling | without consulting | didn't consult | never consult~ | go it alone
        went it alone | in isolation | in a silo | silo~ | team player | heads-down | until you're done
        until it was done | nobody knew | no one knew | out of nowhere | learned about it | heard about it | solo
        caught off guard | by surprise | heard about it afterwards | only heard about it | working solo | work~ solo
        nobody knows what you | what you are working on | until it appears | release notes | changed * alone
        alone on a | only noticed | nobody was told | no one was told | without a word to | unilateral~
        without checking with anyone | didn't tell anyone | told no one | kept it to yourself | keep~ * to yourself
        in private | secret~ | behind closed doors`,
      2: `independen~ | yourself | surprise~ | without asking | all-hands | your changes | stakeholder~ | finance felt
        noticed on | on a sunday | afterwards`,
      1: `own | share | sharing | early | draft~ | decisions | weekend`,
    },
  },
  {
    id: 'pragmatic',
    strength: 'Pragmatic',
    shadow: 'Short-term thinking; no long-term bets',
    counter: 'Reserve time for one long-term bet and explain it.',
    cues: {
      3: `quick fix~ | quick win~ | band-aid~ | bandaid~ | duct tape | stopgap~ | good enough | tech debt
        technical debt | short-term | short term | through the quarter | this quarter only | never aim | ambitious
        ambition | big bet~ | given up on | long-term bet~ | hack~ | patch~ | workaround~ | settle~ for | safe option~
        playing it safe | play~ it safe | incremental | small wins | low-hanging fruit | the easy option
        ships this month | bigger bet~ | root cause | whatever works | expedient | lower the bar | safe bets
        easy wins | long game | no vision | just get it working | get it working | never invested
        invest~ in the platform | one quarter ahead | quarter ahead | where we're going | no sense of where
        not this quarter | not now | it's been * years | platform rewrite | someday never | never the right time
        fastest fix | easiest fix | pile of shortcuts | shortcut~ | nobody wants to touch | never refactor~
        kick~ the can | bandage | good for now | just for now | all small tweaks | pay~ off this quarter
        pay~ off * quarter | change the business | nothing * would change | nothing big | nothing bold
        nothing ambitious | same * came back | keeps coming back | kept coming back | came back again | patch it
        simple version | enough for now | is enough for now | no real * strategy | no strategy | no long-term
        only ever propose | what can ship this sprint | ship this sprint | stopped thinking about`,
      2: `pragmati~ | practical | realistic | bold | this month | next year | debt | slows every | option that
        cheap~ | cheapest | refactor~ | foundation~ | infrastructure | for now | transformative | small tweaks
        came back | recurring | still have no | only ever | bigger picture`,
      1: `quick | easy | fix~ | short | quarter | vision | long-term | long term | always choose | architecture`,
    },
  },
  {
    id: 'fast',
    strength: 'Fast-moving',
    shadow: 'Careless; quality and alignment suffer',
    counter: 'Add one deliberate review step before anything ships.',
    cues: {
      3: `skip~ qa | skipped qa | skip~ * steps | skipped * review | skip~ review | skip~ testing | without testing
        didn't test | in a day | rushed | rushing | too fast | so quickly | so fast | too quickly | cut~ corners
        cutting corners | sloppy | careless | mistakes | errors | wrong price | broke | broken | half the room
        still reading | left * behind | leave~ * behind | leaving * behind | can't keep up | couldn't keep up
        hard to keep up | already on | moved on before | no time to | race~ through | can't follow | couldn't follow
        premature~ | jump~ ahead | ahead of everyone | out of sync | misaligned | in a hurry | hurried
        quality suffer~ | rework | fix it later | clean up after | fire drill~ | hotfix~ | before * ready
        without a review | without review | broke over | before * had read | before the other teams
        behind and annoyed | they're behind | friday evening | during business hours | lost access | outage | downtime
        went down | customers lost | without warning | migration | without a second read | second read | pushed * live
        push~ * live | live without | had a typo | typo in the | without checking | in five minutes | without reading
        had to pull it | roll~ back | rolled back | rubber-stamp~ | skim~ | glanced | didn't double-check
        without double-checking | without proofreading | approved * in | before anyone had checked
        before anyone * checked | before * had checked | before anyone checked | were wrong | before * was ready
        before * were ready | before * had updated | before * had tested | before * had reviewed | without waiting
        tests to finish | was down | down for an hour | down for * hours | merged * without | without qa | no qa
        same afternoon | same day | went out wrong | out wrong | without a test`,
      2: `fast | quick~ | speed | pace | hurr~ | move~ through | race~ | skip~ | agenda | bug~ | quality | not aligned
        in * minutes | pull~ it | the next day | had checked | overnight | before * had | merged`,
      1: `shipped | slide | behind | lost | catch up | release`,
    },
  },
] as const satisfies readonly Strength[];

/** A strength id of the catalogue. */
export type StrengthId = (typeof strengths)[number]['id'];

/** Shadow scoring: how much a clause after "but" counts, and the confidence curve. */
export const shadowWeights = {
  /** Cues after a contrast ("your questions are good, but …") describe the shadow. */
  afterContrast: 1.4,
  /** Cues in a situation clause ("When the CEO pressed you, …") set the scene; they count less. */
  situation: 0.5,
  /** Confidence is the winner's share against the runner-up, times 1 − e^(−score/scale). */
  confidenceScale: 3,
  /** How many runner-up strengths to list. */
  alternatives: 3,
  /**
   * The least evidence that names a strength: one behaviour cue (weight 2 or more), or several
   * weak words together. Below it the text describes no overdone strength (SPEC §1.6: "the
   * weather was nice" names none) and the answer is null rather than a low-confidence guess.
   */
  minimumScore: 2,
} as const;
