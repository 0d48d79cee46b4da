/**
 * Word lists of the skill-gap classifier (SPEC §1.2). Data, reviewed like code. Each skill has
 * cues in weight tiers (3 = names the skill, 2 = a strong sign, 1 = a hint, 0.5 = a setting);
 * the phrase syntax is described in `engine/phrase-index.ts` (`~` stem, `*` one word,
 * `**` up to three words). The lists describe concepts, not example sentences.
 */
import type { CueTiers } from './cue-tiers.js';

/** The six skills; the first three are IQ, the last three EQ. */
export const skills = ['execution', 'strategy', 'product-sense', 'communication', 'leadership', 'management'] as const;

/** A skill of SPEC §1.2. */
export type Skill = (typeof skills)[number];

/** IQ or EQ for each skill. */
export const skillCategory: Record<Skill, 'IQ' | 'EQ'> = {
  execution: 'IQ',
  strategy: 'IQ',
  'product-sense': 'IQ',
  communication: 'EQ',
  leadership: 'EQ',
  management: 'EQ',
};

/** Cues per skill: the topics, artefacts and behaviours a statement of that gap names. */
export const skillCues: Record<Skill, CueTiers> = {
  execution: {
    3: `a/b test~ | ab test~ | split test~ | multivariate | sample size~ | statistical~ significan~ | p-value~
      p value~ | confidence interval~ | power analysis | cohort analys~ | sql | data analys~ | analy~ ** data
      experiment design~ | design~ * experiment~ | run~ * experiment~ | experimentation | prd~ | spec | specs
      specification~ | product requirement~ | requirements doc~ | acceptance criteria | user stor~ | sprint~
      story point~ | backlog~ | groom~ | ticket~ | milestone~ | break ** down | breaking ** down | estimat~ ** effort
      estimat~ ** work | story-point~ | underpowered | noise | statistically | right metric~
      whether * feature worked | feature worked | whether it worked | launch checklist~ | launch readiness
      launch day | ready for launch | release plan~ | project plan~ | project manag~ | success metric~
      metrics report~ | which metrics | dashboard~ | funnel~ | instrument~ | event tracking | tracking plan~
      pull ** numbers | pull ** data | jira | call~ * winners | inconclusive | significance | hypothes~ | test plan~
      qa | control group~ | holdout~ | treatment group~ | variant~ | minimum detectable effect | mde
      guardrail metric~ | statistic~ | correlation | causation | causal | define ** metrics | metric definition~
      measure success | read ** results | interpret ** results | python | pandas | bigquery | snowflake | dbt | epic~
      scrum | kanban | definition of done | go/no-go | feature flag~ | staged rollout | rollout~ | status report~
      burndown | event taxonomy | data model~ | write tickets | write a spec`,
    2: `experiment~ | cohort~ | analytics | amplitude | mixpanel | looker | tableau | excel | query | queries | kpi~
      metrics | deliver~ | delivery | on time | deadline~ | slip~ | dependenc~ | execut~ | get things done
      follow through | scoping | scope creep | checklist~ | shipping | ship on | commit to more | velocity | order the
      sequenc~ | what comes next | write-up~ | documentation | handoff~ | hand-off~ | operational~ | runbook~ | bug~
      regression~ | timeline~ | gantt | capacity | blockers | agile | standup~ | stand-up~ | retro~ | post-mortem~
      postmortem~ | action items | stats | anomal~ | attribution | results | launch plan~ | beta
      plan ** into ** tasks`,
    1.5: `estimat~ | analys~ | analyz~ | analyst~ | spreadsheet~ | reporting | prioriti~ | prioritiz~ | scope
      measur~ | test | tests | testing | drop off | drop-off | drop~ off | release | releases | retention | conversion
      engineers can build | build from | follow-up questions | weekly report~ | tracking`,
    1: 'metric | data | numbers | worked | launch~ | ship | ships | shipped | process | workflow~ | tasks | project~ | team can deliver',
  },
  strategy: {
    3: `strateg~ | product vision | vision doc~ | one-page vision | vision | where ** play | how ** win | right to win
      win against | long-term bet~ | market siz~ | size ** market | tam | sam and som | go-to-market | gtm | competit~
      incumbent~ | differentiat~ | moat~ | business case~ | business model~ | revenue projection~ | p&l
      unit economics | pric~ | per-seat | usage-based | freemium | free tier~ | paid tier~ | free plan~ | paid plan~
      free and paid | packag~ | monetiz~ | monetis~ | willingness to pay | portfolio~ | resource allocation
      build vs buy | build or buy | build versus buy | why now | market shift~ | multi-year | multiyear | * year plan~
      three-year | five-year | point solution~ | platform strategy | value proposition~ | market segment~
      which segment~ | target market~ | in ** years | years from now | next * years | charge~ | upmarket | downmarket
      enterprise or smb | smb or enterprise | target customer~ | ideal customer~ | icp | opportunity cost~
      investment case | which projects to fund | swot | defensib~ | mission and vision | vision statement | sunset~
      diversif~ | premium plan~ | basic plan~ | pro plan~ | enterprise plan~ | revenue model~ | growth model~
      make or buy | annual plan~ | fund~ ** bets | where to invest | acquir~ | build or acquire | buy or build
      build * ourselves | discount~ | bundl~ | how much revenue | revenue potential | estimat~ ** revenue
      estimat~ ** market | self-serve | stop doing | what * company should | what our company should | compete
      competes | competing | where * should play | partner or build`,
    2.5: `market | markets | marketplace~ | segment~ | positioning | forecast~ | bet | bets | long-term | long term
      big picture | product line~ | new product line~ | expansion | expand into | new markets | international~ | ltv
      cac | margin~ | profitab~ | revenue | subscription~ | tier~ | invest~ | allocat~ | trend~ | landscape | thesis
      opportunit~ | roadmap~ tied | connect~ ** to ** bet~ | fit together | headcount | initiatives | north star~
      okr~ | objectives`,
    1.5: `roadmap~ | platform | partnership~ | business | years | next year | future | direction for the product
      coherent | pivot~ | mission | product-market fit | planning cycle | business impact | opportunity | go after
      enter~ | focus | company | bring in | plans | add-on~ | partner | tradeoffs between products | sizing
      economics | category | disrupt~ | thread`,
    1: 'plan | planning | bets on | fund~ | finance',
  },
  'product-sense': {
    3: `user need~ | users need | user needs | customer need~ | customers need | real need~ | underlying need~
      what users want | what * users want | what customers want | what the users want | user problem~
      customer problem~ | real user problem~ | problem behind | underlying problem~ | root problem~ | pain point~
      user pain~ | customer pain~ | jobs to be done | jobs-to-be-done | jtbd | underlying job~
      job * trying to get done | workaround~ | insight~ | user interview~ | customer interview~ | discovery interview~
      user research | customer research | discovery | usability | ux | user experience | customer experience | clunky
      intuitive | unintuitive | simplif~ | simplicity | clutter~ | delight~ | fall in love | aha moment | magic moment
      habit-forming | habit forming | habit~ | product sense | product intuition | product taste | product critique
      critiqu~ | good or bad for | cosmetic | nobody uses | no one uses | nobody wants | nobody needs | no one wants
      build~ the wrong | worth solving | problem worth | which problem~ | mental model~ | user behavio~
      customer behavio~ | what makes ** good | what makes ** great | hard~ to use | easy to use | easier to use
      ease of use | what to build | feature bloat | too many features | information architecture | user empathy
      customer empathy | design critique | microcopy | ux writing | empty state~ | first-run | why people
      why * users | why * customers | problem underneath | need underneath | what matters * to users
      what matters to users | what matters to customers | user feedback | customer feedback | feedback from users
      feedback from customers | user insight~ | synthesi~ | gut feel~ | product instinct~ | would * pay attention to
      quality bar | understand ** users | understand ** customers | understand their | problem statement~
      awkward to use | clumsy to use | painful to use | customer conversation~ | customer call~ | user call~
      talk~ to customers | talk~ to users | what they struggle with | unmet need~ | new user's eyes | through * eyes
      smoother | motivation behind | what customers ask for | what users ask for | customers request | users request`,
    2.5: `intuition | taste | feature idea~ | feature request~ | users want | customers want | sticky | stickiness
      engaging | friction | flow | flows | prototype~ | wireframe~ | mock-up~ | mockup~ | user journey~
      confusing for users | for the user | for users | the user | consumer app~ | small tweaks | improve * app | wow
      love our product | love the product | why users | why customers | empathy for | ui | interface~ | screen~
      layout~ | wizard~ | settings | toggles | options | bloat~ | persona~ | qualitative | instinct~ | feel for | mvp
      minimum viable | usable | confus~ | navigation | polish | craft | what to cut | valuable | value for users`,
    1.5: `users | user | trade-off~ | tradeoff~ | signup | sign-up | onboarding | feels | experience | moment
      problem to solve | solve for | simple | complex~ | adoption | feature~ | ideas | frustrat~ | form | forms
      accessib~ | visual~ | motivation | judg~ | complaint~ | to use | drop off | drop-off | product-market fit`,
    1: 'customers | customer | product~ | app | apps | design | designs | designing | designed',
  },
  communication: {
    3: `present~ | presence | executive presence | come~ across | came across | ramble~ | rambling | concise~
      concision | succinct~ | verbose | long-winded | long winded | too much detail | get to the point
      get to my point | tune~ out | lose the room | lose ** room | read the room | read ** room | listen~ | interrupt~
      talk~ too fast | talk~ too much | talk~ over | speak~ up | public speaking | storytell~ | tell ** story
      compelling story | plain language | plain english | jargon | wording | tone | eye contact | body language
      small talk | over-explain~ | overexplain~ | get my point across | articulate my | explain~ ** to ** in plain
      nervous | shy | stage fright | flustered | rattled | caught off guard | on the spot | mumbl~ | filler words
      pacing | monotone | train of thought | tongue-tied | wall~ of text | walls of text | wordy | brevity
      executive summary | pyramid principle | storyline | simplify my message | simplify my explanation~
      explain ** simply | non-technical | talked over | cut off | keep ** short | keep ** brief | look~ at my notes
      look~ down | lose my | defensive | arrogant | condescending | how i come across | how i sound | spoken
      presentation skills | communicat~ | apologi~ | over-apologi~ | cut~ * off | stay calm | keep calm | composure
      composed | calm | go blank | went blank | zone out | in front of everyone | misread | in the room
      go~ in circles | hold ** attention | explanation~`,
    2.5: `slide~ | deck~ | sound~ | story | stories | narrative | compelling | speak~ | speaking | unsure | freez~
      froze | stumble~ | confident | confidence | rude | blunt | harsh | pitch~ | audience | accent | english | q&a
      on camera | video call~ | disengaged | get ignored | gets ignored | not heard | key point | the point | summar~
      bottom line | credib~ | writing style | emails | email | written communication | follow my point | answers
      brief | main message | message | aggressive | memo~ | nobody reads | demo~ | keynote | assertive~
      translate ** for | technical audience | pace | filler`,
    1.5: `articulat~ | words | voice | quiet | awkward | introvert~ | board meeting~ | exec review~ | in meetings
      challenges my | challenge~ me | say no | turn down | too long | too fast | questions | clarity | explain~
      clear | angry | short | a question | answer | to leadership | updates to | attention | repeat`,
    1: 'talk~ | room',
    0.5: 'meeting~ | execs | exec | leadership sync~ | all-hands | updates | senior',
  },
  leadership: {
    3.5: `influenc~ | without authority | formal authority | buy-in | buy in | set~ direction | setting direction
      win over | win ** over | get ** to agree | who owns | align~ | misalign~ | consensus | stakeholder~ | conflict~
      avoid conflict | rally~ | nod along | do their own thing | managing up | manage up | persuad~ | convinc~
      change management | across departments | across teams | cross-functional~ | between teams | politic~ | turf
      see me as a leader | follow my lead | don't follow | won't follow | get people behind | behind one | tension~
      clash~ | at odds | standoff~ | fight~ | disput~ | caught between | stuck between | stuck in between | in between
      mediat~ | broker~ | referee~ | on board | get ** to back | back my | backing | take~ ** seriously
      taken seriously | outside my team | same page | one plan | single plan | shared plan | bring ** together
      bring ** to one | earn ** trust | take charge | take the lead | pull rank | competing demands
      competing priorities | sell ** idea~ | sell my | advocate for | motivate the team | motivat~ ** team
      team's motivation | motivate~ them | coalition~ | across the org~ | across the organi~ | org-wide | overrul~
      overturn~ | no one follows | nobody follows | get the team behind | partner teams | senior stakeholders
      commit to the | opposite things`,
    3: `authority | clout | sway | lose~ faith | loses faith | keep them going | keep ** motivated | disagree~
      agree~ | sceptic~ | skeptic~ | morale | inspir~ | crisis | reorg~ | negotiat~ | sponsor~ | champion~
      push~ back | pushback | derail~ | get them to | get ** them to | leader | lead the team | lead the | credib~
      leverage | departments | peers | other pms | other teams | each other | escalat~ | support for | ownership
      direction | resolve it | resolv~ | seriously | cross-team | empower~ | unite~ | energi~ | uncertainty
      ambiguity | faith | energy | keep ** going | stay out of it | step up | proposal~ | collaborat~
      relationship~ with`,
    2: `argu~ | custom requests | requests | teams | the team waits | wait~ for me | culture | follow~ | reopen~
      second-guess~ | back~ them | backs | vision for the team | decision-making | accountab~ | owner~ | directors
      leaders`,
    1.5: 'motivat~ | decision~',
    1: 'team | sales | marketing | engineering | design and engineering | finance | boss | fund | trust | vps | exec team | group~',
    0.5: 'leadership | leadership team',
    1.2: 'my manager | my boss',
  },
  management: {
    3.5: `my reports | my report | direct report~ | reports to me | one of my reports | my pms | my junior~
      junior pm~ | people manager | manager of | new manager | first-time manager | first time manager
      became a manager | manag~ people | manag~ * pms | one-on-one~ | one on one~ | 1:1~ | 1-on-1~ | coach~
      critical feedback | give ** feedback | giving ** feedback | performance review~ | perf review~ | underperform~
      low performer~ | performance issue~ | performance problem~ | pip | let ** go | fire~ | firing | hire~ | hiring
      hired | recruit~ | interview loop~ | interview process | candidate~ | job description~ | new hire~ | delegat~
      micromanag~ | redo ** work | set~ expectations | setting expectations | grow ** pm | grow my | develop my
      career growth | promot~ them | promot~ him | promot~ her | promot~ ** report~ | promotion case~ | recogni~ | praise | good work | team's work | motivates each | manage them
      manage ** team | managing ** team | team members | team member | my people | someone on my team
      a pm on my team | pm on my team | growth plan~ | development plan~ | career ladder | levell~ | level~ up
      compensation | attrition | turnover | retain ** people | assign~ work | trust my team | trust them with
      do everything myself | doing everything myself | everything myself | do ** work myself | help ** grow
      grow~ into | ramp~ up | what i expect | expect of them | growth conversation~ | check~ their work
      review~ their work | their work isn't | work isn't good enough | job ad~ | job post~ | job listing~ | cv | cvs
      resume~ | résumé~ | screen~ ** candidates | screen~ ** cvs | screen~ ** resumes | new pm~ | onboard new
      onboarding new pm~ | onboarding new hire~ | onboard * new pm~ | onboard * new hire~ | tell ** that her
      tell ** that his | her specs | his specs | her spec | his spec | her docs | his docs | her performance
      his performance | a pm whose | my team's document~ | my team's work | attitude`,
    2.5: `feedback | expectations | mentor~ | career~ | junior~ | performance | interview~ | redo~ | do it myself
      tell ** the answer | status updates | burnout | burn-out | retain~ | motivates | appreciat~ | more scope
      handle it | manage~ | managing | as a manager | team of | on my team | my designer~ | my engineer~ | my analyst~
      one of my | senior role | workload | assign~ | their work | her work | his work | hard conversation~
      difficult conversation~ | tough conversation~ | handle | myself | expect~ | quit~ | address it | productive
      hurting the team | behaviour | behavior | burn~ out | catch-up~ with my team | with my team | my strongest
      my weakest | my best pm~ | don't grow | stretch assignment~ | stretch project~ | others grow`,
    1.5: 'my team | headcount | reviews | honest | analysts | manager | catch-up~ | grow',
    0.8: 'pm | pms',
    1: 'team',
  },
};

/**
 * Phrases that name the primary blocker: what follows them outweighs what came before
 * ("People say I present well; the real problem is …").
 */
export const primaryMarkers = `the real problem | the real issue | the actual problem | real problem is | the problem is | the issue is
  my problem is | my issue is | my blocker | the blocker | what blocks me | blocking me | blocking us | what's blocking
  what is blocking | what holds me back | holding me back | holds me back | what i struggle with | where i struggle
  what's missing | what is missing | what i lack | i lack | my gap | the gap is | my weakness | my weak spot
  the hard part | the tricky part | where i fall down | where i fall short | what trips me up | my challenge
  the challenge is | what i really need | what i need help with | what i'm bad at | the thing is | what i can't do
  what i'm missing | what stops me | what's stopping | the bottleneck | my bottleneck | the weak point | but | however
  though | although | yet | whereas | actually | instead | in reality | the truth is`;

/**
 * Self-assessments that a clause is a strength, not the gap ("my analysis is solid", "I'm fine
 * presenting"). Such clauses count little, unless a deficit word is also there.
 */
export const strengthMarkers = `well | fine | solid | good at | great at | strong | comfortable | no problem | not a problem
  not the problem | isn't the problem | not the issue | isn't the issue | not an issue | not my problem | not my issue
  not my gap | isn't my gap | not what | no issue | no issues | get along | gets along | i'm good with | i am good with
  i'm okay with | i'm ok with | under control | easy for me | my strength | my strong suit | i'm known for | i excel
  i'm confident in | is good | are good | is great | are great | goes well | go well | not worried about | no trouble
  know ** cold | inside out | by heart | i'm good at | i'm great at | everyone says my | people say i`;

/** Words that make a clause a deficit even when it also praises ("I don't present well"). */
export const deficitMarkers = `can't | cannot | can not | couldn't | don't | dont | do not | doesn't | didn't | struggle~ | hard | difficult
  weak | bad at | poor | never | fail~ | unable | no idea | lack~ | not good | not great | not confident | too | mess
  chaos | rubbish | terrible | avoid~ | freeze | froze | slip~ | wrong | nobody | no one | not sure | unsure | lost`;

/** Words that open a consequence clause ("…, so my ideas are not heard"), which counts less. */
export const consequenceMarkers = 'so | so that | which means | as a result | and then | that means | therefore';

/** Weights applied to clauses, and the confidence curve. */
export const skillWeights = {
  /** A clause that states a strength. */
  strengthClause: 0.2,
  /** Text after a primary-blocker marker. */
  primary: 1.8,
  /** A consequence clause. */
  consequence: 0.6,
  /** A cue negated as a topic ("it's not the roadmap"). */
  negated: 0.1,
  /**
   * Confidence is the winner's share against the runner-up, times 1 − e^(−score/scale): one
   * strong cue alone gives about 0.75, a tie gives at most 0.5.
   */
  confidenceScale: 2,
} as const;

/** Words that lean EQ when no cue is found, for the best guess. */
export const eqHints = 'people | they | them | team | feel~ | say | says | said | colleague~ | boss | manager | others | everyone';
