/**
 * Word lists of the Mirror method checks (SPEC §1.5): the feedback request and the reply to
 * feedback. Data, reviewed like code: each list says what concept it stands for. Lists are
 * written as comma-separated text to stay compact; phrases are lower case with ASCII quotes.
 */

/** Splits a comma-separated list into trimmed, non-empty phrases. */
function list(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim().replace(/\s+/g, ' '))
    .filter((s) => s !== '');
}

// ─── Feedback request: the event ────────────────────────────────────────────────────────────

/** Days of the week, full and common short forms (a particular day is a particular occasion). */
export const weekdays = list(`monday, tuesday, tues, wednesday, weds, thursday, thurs, friday, saturday, sunday`);

/** Time words that pin a request to one occasion. */
export const pointInTime = list(`
  today, tonight, yesterday, tomorrow, this morning, this afternoon, this evening, last night, just now,
  earlier today, earlier this morning, earlier this afternoon, an hour ago, a few hours ago, a moment ago,
  minutes ago, hours ago, this past weekend, over the weekend`);

/** Month names, for dates such as "on 3 March" or "March 3rd". */
export const months = list(`
  january, jan, february, feb, march, april, apr, may, june, july, august, aug, september, sept, sep,
  october, oct, november, nov, december, dec`);

/** Loose time words: an occasion only when a single act is also named ("when I presented … last week"). */
export const looseTime = list(`
  last week, last month, last sprint, last quarter, earlier this week, the other day, the other week, recently,
  last time, a few days ago, a couple of days ago, days ago`);

/**
 * Singular names of one-off occasions: meetings, calls, presentations, reviews and talks. Plural
 * forms ("meetings", "1:1s") are recurring and do not match.
 */
export const occasionNouns = list(`
  meeting, review, roadmap review, sync, sync-up, stand-up, standup, stand up, retro, retrospective, demo, demo day,
  offsite, off-site, onsite, kickoff, kick-off, all-hands, all hands, town hall, townhall, qbr, readout, read-out,
  debrief, crit, critique, call, 1:1, 1-1, 1-on-1, 1on1, one-on-one, one on one, interview, presentation, pitch,
  workshop, session, planning, brainstorm, huddle, steering committee, steerco, prep, catch-up, catchup, check-in,
  post-mortem, postmortem, incident, outage, launch, go/no-go, q&a, ama, webinar, conference, talk, keynote,
  panel, negotiation, lunch, dinner, walkthrough, walk-through, discussion, conversation, debate, chat, summit,
  hackathon, training, onboarding, escalation, exec review, board meeting, showcase, screening, pairing`);

/** Determiners that make an occasion noun particular ("the", "our", a possessive like "Tuesday's"). */
export const occasionDeterminers = list(`the, our, my, this, that, today's, yesterday's, tonight's, tomorrow's`);

/** Possessive-looking words that are not determiners ("it's", "that's"). */
export const notPossessives = list(`it's, that's, what's, there's, he's, she's, who's, here's, let's, where's, how's`);

/** Modifiers that make an occasion recurring or a "call" a decision, so not a particular occasion. */
export const notOccasionModifiers = list(`
  weekly, daily, monthly, regular, usual, recurring, every, typical, normal, any, right, wrong, good, bad, tough,
  judgment, judgement, close, final, hard`);

/** Modifiers that make an indefinite occasion particular ("a recent meeting"). */
export const particularModifiers = list(`recent, particular, specific, specific, single`);

/** Things made for or in a meeting: "the meeting notes" names a document, not the meeting. */
export const artefactNouns = list(`
  deck, slides, slide, doc, docs, document, notes, agenda, recording, invite, template, transcript, summary, plan,
  questions, numbers, metrics, data, deadline, date, owner, link, email, skills, skill, style, styles`);

/** Words that end the look-back from an occasion noun to its determiner. */
export const occasionBoundaries = list(`
  in, at, on, during, after, before, with, to, for, from, of, about, i, you, he, she, they, we, it, did, do, does,
  was, were, is, are, have, had, and, or, but, when, how, what, whether, if, than, as, me, him, her, them, us`);

/** Verbs of a single act done in the past, which with a loose time make an occasion. */
export const oneOffActs = list(`
  presented, pitched, ran, led, facilitated, chaired, hosted, demoed, demo'd, gave, delivered, announced,
  kicked off, opened, closed, moderated, spoke, talked, walked, met, interviewed, shared, proposed, asked,
  pushed back, took, handled, answered, reviewed, raised, explained, negotiated, shipped, launched`);

// ─── Feedback request: the focus ────────────────────────────────────────────────────────────

/** Traits: how someone can come across (adjectives and short descriptive phrases). */
export const traits = list(`
  confident, unconfident, self-assured, insecure, defensive, nervous, anxious, calm, composed, tense, stressed,
  rattled, flustered, collaborative, combative, confrontational, aggressive, assertive, passive, passive-aggressive,
  pushy, forceful, decisive, indecisive, unsure, hesitant, uncertain, accountable, inspiring, uninspiring, vague,
  clear, unclear, concise, rambling, long-winded, energetic, enthusiastic, flat, monotone, rushed, hurried,
  convincing, persuasive, unconvincing, begging, desperate, dismissive, open, open-minded, closed-off, receptive,
  curious, engaged, disengaged, distracted, thoughtful, empathetic, empathic, caring, uncaring, cold, warm,
  friendly, harsh, blunt, direct, rude, abrupt, curt, sharp, condescending, patronising, patronizing, arrogant,
  humble, cocky, smug, authentic, genuine, fake, scripted, rehearsed, robotic, natural, honest, evasive, transparent,
  supportive, respectful, disrespectful, impatient, patient, annoyed, irritated, irritable, frustrated, angry,
  emotional, passionate, credible, authoritative, prepared, well prepared, well-prepared, unprepared, knowledgeable,
  competent, professional, unprofessional, approachable, intimidating, bossy, controlling, micromanaging,
  domineering, overbearing, reassuring, optimistic, pessimistic, sarcastic, apologetic, timid, shy, quiet, loud,
  strategic, visionary, trustworthy, sincere, insincere, polished, grounded, level-headed, nervy, jittery, stiff,
  relaxed, awkward, engaging, boring, dull, aloof, distant, detached, guarded, sensitive, insensitive, tactful,
  tactless, diplomatic, biased, inclusive, exclusionary, salesy, preachy, lecturing, argumentative, stubborn,
  rigid, flexible, inflexible, reactive, impulsive, overconfident, underconfident, meek, steady,
  shaky, wishy-washy, waffling, hand-wavy, evasive, accusatory, judgmental, judgemental, encouraging,
  unfair, overbearing, in control, out of my depth, out of depth, on the back foot, flustered,
  making excuses, dominating, dominant, listening, leading the witness, too much, over-prepared, overprepared,
  underprepared, demanding, entitled, needy, pushover, cagey, guarded, cold, warm`);

/** Behaviours and qualities of manner (nouns): tone, pacing, listening, presence… */
export const behaviourNouns = list(`
  tone, tone of voice, pacing, pace, listening, active listening, presence, executive presence, body language,
  eye contact, energy, delivery, demeanour, demeanor, manner, attitude, composure, confidence, poise, posture,
  voice, clarity, style, leadership style, communication style, management style, speaking style,
  presentation style, presenting style, facilitation, facilitation style, empathy, patience, impatience,
  assertiveness, authority, credibility, influence, warmth, humour, humor, interruptions, interrupting, silence,
  temper, reaction, reactions, word choice, leadership, communication, stakeholder management,
  stakeholder-management, people management, conflict, conflict handling, negotiation skills, delegation,
  feedback style, decisiveness, accountability, ownership, openness, candour, candor, directness, charisma,
  gravitas, rapport, emotional intelligence, self-awareness, defensiveness, calmness, enthusiasm, nerves,
  nervousness, hesitation, arrogance, humility, vibe, energy level, volume, public speaking, presentation skills,
  communication skills, listening skills, influencing, handling of`);

/** Behaviours (verb phrases) a person does in a meeting; count when said of oneself. */
export const behaviourVerbs = list(`
  took charge, take charge, taking charge, pushed back, push back, pushing back, disagreed, disagree, disagreeing,
  interrupted, interrupt, interrupting, challenged, challenging, stepped in, step in, stepping in, jumped in,
  took over, taking over, said no, saying no, stayed quiet, went quiet, stayed silent, lost my temper,
  raised my voice, apologised, apologized, apologising, apologizing, admitted, conceded, defended, defending,
  delegated, delegating, gave feedback, giving feedback, gave him feedback, gave her feedback, gave them feedback,
  listened, listen, dominated, dominate, dominating, rambled, ramble, rambling, talked over, talk over,
  talking over, cut him off, cut her off, cut them off, cut people off, cut off, brushed past, brushed off,
  brushed aside, shut down, shut him down, shut her down, overreacted, overreact, steamrolled, steamroll,
  dismissed, owned, owned up, held my ground, hold my ground, stood my ground, backed down, back down, caved,
  spoke up, speak up, speaking up, give people room, gave people room, give the team room, gave the team room,
  made room, make room, made space, make space, left room, leave room, held back, hold back, holding back, give the team space, gave the team space, giving the team space, give people space, gave people space, gave space, giving space, made eye contact, paused, rushed,
  handled, handle, handling, dealt with, deal with, dealing with, responded, respond, responding, reacted, react,
  reacting, managed, manage, managing, mediated, negotiated, negotiate, negotiating, persuaded, influenced`);

/** Evaluations too general to be a focus ("did I come across well?"). */
export const genericEvaluations = list(`
  well, badly, good, bad, fine, ok, okay, alright, great, poorly, right, wrong, better, worse, best, worst,
  positive, negative, the right way, the wrong way, how, to, in, at, on, with, during, when, after, before,
  like, a, an, the, that, this, it, me, you, to you, the way, anything, something, by, for, from, about, if,
  whether, and, or, but, so, because, there, here, then, today, yesterday, tonight, now, again, what, who, which,
  while, since, until, my, your, his, her, their, our, myself, yourself, people, others, everyone, him, them, us`);

/** Single words that sit between a perception verb and the trait ("come across as a bit too…"). */
export const traitLeadIns = list(`
  as, like, being, a, an, bit, too, very, really, quite, overly, more, less, somewhat, rather, kind, sort, of, kinda,
  sorta, slightly, so, enough, maybe, perhaps, i, was, were, me, fairly, pretty, genuinely, truly, overall`);

/**
 * Words after a trait word that show it describes something else: the feedback itself ("your
 * honest view"), an item ("open questions"), a role ("direct reports") or a group ("leadership team").
 */
export const traitBlockers = list(`
  feedback, view, views, opinion, opinions, take, thoughts, input, assessment, read, feedbacks,
  perspective, critique, advice, rating, response, reply, two cents, question, questions, issue, issues, item, items,
  ticket, tickets, role, roles, position, positions, door, floor, report, reports, team, teams, group, plan, date,
  timeline, schedule, channel, channels, doc, document, deck, the, a, an, my, our, up, source, market`);

// ─── Feedback request: the subjective question ─────────────────────────────────────────────

/** Verbs of how someone comes across; a question with one of them about oneself is subjective. */
export const perceptionVerbs = list(`
  come across, came across, coming across, comes across, come off, came off, coming off, comes off, come over,
  came over, come through, came through, seem, seemed, seems, seeming, sound, sounded, sounds, sounding, look,
  looked, looks, looking, appear, appeared, appears, appearing, read as, read like, land, landed, lands, landing,
  strike you, struck you, strike people, struck people, feel, felt, feels, perceive, perceived, perceives,
  impression, impressions, vibe, vibes, show, showed, shows`);

/** Perception verbs in another sense ("look at", "feel free", "land the deal", "come across your post"). */
export const perceptionExclusions = list(`
  look at, looked at, looking at, look into, looked into, looking into, look for, looked for, looking for, look forward,
  looking forward, look over, looked over, look through, looked through, look up, looked up, look back, looking back,
  look around, look after, feel free, feel about, felt about, feels about, come across your, came across your,
  come across his, came across her, come across their, came across their, come across some, came across some,
  land the, land a, land this, landed the, landed a, land my, land our, appear in the, appeared in the,
  sounds good, sound good, seems like a good idea, come through with, came through with, show me, show you, show the,
  show a, show an, show my, show how, show them, show up, show off, show us, show what, show it, showed me, showed you,
  showed the, showed a, showed an, showed my, showed how, showed them, showed up, showed off, showed us, showed what,
  shows the, shows how, shows that, show that, showed that`);

/** Behaviours asked about directly ("did I interrupt?", "do I dominate?"): a question about how one came across. */
export const selfBehaviourQuestions = {
  leads: list(`did i, do i, have i`),
  behaviours: list(`
    dominate, interrupt, ramble, talk over, talk too much, rush, overreact, steamroll, cut, brush, listen, shut,
    lose my temper, raise my voice, back down, cave, take over, push too, push back too, give the team space,
    give people space, give people room, give the team room, give them room, give them space, make space, make room,
    leave room, leave space, hold my ground, come on too strong, over-explain, overexplain, waffle, dodge, lecture,
    monopolise, monopolize, hog, talk down, get defensive, lose the room`),
};

/** Verbs of a state that ask how one came across when a trait follows ("did I stay calm", "was I rude"). */
export const stateVerbs = list(
  `was i, were i, did i stay, did i remain, did i get, did i become, did i act, did i behave, did i go, am i, do i`,
);

/** Verbs for someone's judgement of me: "did you feel I listened", "do you think I was…". */
export const judgementVerbs = list(`
  think, thought, feel, felt, find, found, sense, sensed, reckon, say, believe, get the sense, got the sense,
  get the impression, got the impression, notice, noticed`);

/** Modal verbs: "do you think I should…" asks for advice, not how I came across. */
export const modals = list(`should, could, need, needed, must, can, will, would, ought, have to, might, shall`);

/** Phrases that ask directly how others see me. */
export const viewPhrases = list(`
  see me as, saw me as, sees me as, view me as, viewed me as, think of me as, thought of me as, perceive me,
  perceived me, read me as, find me, found me, experience me, experienced me, your read on, your take on how i,
  your impression of, your impression, your sense of how i, your sense of whether i, describe me, describe my,
  describe how i, think of my, make of my, think of me, make of me, think of how i, make of how i, how i was seen,
  how i'm seen, how i am seen, how was i, how did i come, how i come, how i came`);

/** Things I made or said: "did my deck look clear?" is about content, not about me. */
export const contentNouns = list(`
  deck, slides, slide, numbers, data, doc, document, spec, plan, roadmap, metrics, metric, features, feature,
  figures, chart, charts, analysis, strategy, proposal document, email, report, dashboard, model, forecast`);

/** Words after "or" that do not name an alternative ("confident or not?"). */
export const notAlternatives = list(
  `not, anything, something, otherwise, else, so, two, three, whatever, nothing, both, whether, either, no`,
);

/** Opposites offered in the rewrite ("confident" → "defensive"). */
export const opposites: Record<string, string> = {
  confident: 'defensive',
  defensive: 'open',
  nervous: 'calm',
  anxious: 'calm',
  calm: 'detached',
  collaborative: 'combative',
  combative: 'collaborative',
  decisive: 'rigid',
  hesitant: 'decisive',
  unsure: 'decisive',
  pushy: 'firm',
  clear: 'vague',
  vague: 'clear',
  concise: 'abrupt',
  rushed: 'energetic',
  energetic: 'rushed',
  convincing: 'pushy',
  dismissive: 'open',
  open: 'dismissive',
  curious: 'uninformed',
  thoughtful: 'disengaged',
  disengaged: 'thoughtful',
  empathetic: 'scripted',
  supportive: 'harsh',
  harsh: 'direct',
  direct: 'blunt',
  blunt: 'direct',
  honest: 'evasive',
  arrogant: 'confident',
  prepared: 'nervous',
  assertive: 'aggressive',
  aggressive: 'assertive',
  patient: 'passive',
  listening: 'dismissive',
  tone: 'warm',
  pacing: 'rushed',
  'executive presence': 'confident',
  presence: 'confident',
  interrupting: 'engaged',
  inspiring: 'vague',
  reassuring: 'careless',
  accountable: 'making excuses',
};

// ─── Feedback reply ─────────────────────────────────────────────────────────────────────────

/** Words of thanks, in full, short and chat forms and a few borrowed ones. */
export const gratitudeWords = list(`
  thank you, thank u, thankyou, thank-you, thanks, thanx, thnx, thx, thks, tks, ty, tysm, tyvm, many thanks,
  much appreciated, appreciate, appreciated, appreciating, appreciation, appreciative, grateful, gratefully,
  gratitude, thankful, cheers, ta very much, ta for, merci, gracias, danke, grazie, obrigado, obrigada,
  i owe you one, owe you one`);

/** Conditional or causal uses that are not thanks ("I'd appreciate …", "thanks to the CFO"). */
export const notGratitude = list(`
  i'd appreciate, i would appreciate, would appreciate, i'd be grateful, i would be grateful, would be grateful,
  thanks to the, thanks to my, thanks to his, thanks to her, thanks to their, thanks to them, thanks to him,
  thanks to a, thanks for nothing, no thanks, would be thankful`);

/** Justifying: explaining the behaviour away with a reason, a constraint or an instruction. */
export const justifyPhrases = list(`
  in my defence, in my defense, in fairness, in all fairness, to be fair, for the record, for context,
  let me explain, let me clarify, just to clarify, just to explain, just to be clear, just so you know,
  i had no choice, i didn't have a choice, had no option, had no other option, so i had to, what else could i,
  what was i supposed to, i was told to, i was asked to, you told me to, you asked me to, you said to, was set by,
  were set by, was decided by, was imposed, came from above, i only did, only did that, only did it, only because,
  i only said, i only meant, i only asked, the reason i, the reason was, there was a reason, there's a reason,
  my excuse, i had no time, i didn't have time, didn't have enough time, didn't have much time, there was no time,
  we ran out of time, no time to prepare, short on time, nobody told me, no one told me, i wasn't told,
  i wasn't briefed, in my country, in my culture, where i come from, where i'm from, normal way of, is the norm,
  is normal, that's normal, it's normal, perfectly normal, that's just how i, it's just how i, just my style,
  it's my style, that's my style, that's my personality, i'm just being, i was just being, i was just trying,
  i was only trying, i meant well, my intention was, my intent was, weren't loading, wasn't loading, didn't load,
  wouldn't load, wasn't working, weren't working, kept crashing, technical issues, technical problems,
  technical difficulties, tech issues, connection dropped, i was just following, i was only following,
  just following, only following, given the circumstances, under the circumstances, given the pressure,
  part of my job, my job is to, it's my job, that's my job, just doing my job, that's how we, it's how we,
  how we always, always done it, always did it, everyone does it, everybody does it, everyone talks like,
  everybody talks like, we all do, so that's what i, wouldn't have had to, would not have had to,
  wouldn't have needed to, wasn't personal, nothing personal, isn't personal, didn't mean anything by it,
  meant no harm, my hands were tied, hands were tied, out of my control, beyond my control, not in my control,
  wasn't up to me, not up to me, wasn't my call, not my call, not my decision, wasn't my decision,
  above my pay grade, on my plate, back-to-back, double-booked, you have to remember, you have to consider,
  you need to remember, it was a joke, was a joke, was joking, was only joking, i was kidding, just kidding,
  only kidding, just banter, people laughed, everyone laughed, can't take a joke, the thing is, thing is,
  covering for, i was covering, someone had to, somebody had to, someone needed to, somebody needed to,
  someone has to, somebody has to, the role requires, the job requires, what the role needs, speak for themselves,
  speaks for itself, results speak, we still hit, still hit the, still shipped, still delivered, got the job done,
  that's the culture, the culture here, it's normal here, everyone does that, everybody does that, it's just how,
  that's just how, just how things are, how things are done, that's how people, it's how people, that's how things,
  it's how things, just how it is, that's how it is, it is what it is, nobody takes it, no one takes it, toughen up,
  thicker skin, high-pressure job, comes with the job, part of the job, it's the job`);

/** Justifying words weak on their own: defensive unless the rest of the clause accepts the point. */
export const justifySoftPhrases = list(`
  because, cause, coz, cuz, due to, given that, owing to, i had to, i was trying to, i was under, i was dealing with,
  made me, forced me, pushed me, pressured me, i was simply, i was merely, i was just, i just wanted, i only wanted,
  i just care, i only care, i just cared, that's why i, that is why i, which is why i, so that's why, that's how i,
  that's the way i, not personal, long day, long week, rough day, rough week, bad day, made it hard,
  made it difficult, made it impossible, made it tough, badly organised, badly organized, poorly organised,
  poorly organized, badly run, poorly run, was chaotic, was a mess, the problem was, the issue was, i'd rather be,
  i would rather be, better than being, better to be`);

/** Contradicting words weak on their own ("actually", "I don't think"): defensive unless the clause accepts. */
export const contradictSoftPhrases = list(`
  actually, i think i was, i thought i was, i don't think, i do not think, i don't remember, i don't recall,
  i can't recall, i can't remember, i'd say it was, i would say it was, i'd say that, i wouldn't say,
  i would not say, wouldn't call it, i'd call it, i'd argue, i would argue, not really, not exactly, not quite`);

/** Minimising words weak on their own ("it's fine", "I'm usually…"): defensive unless the clause accepts. */
export const minimiseSoftPhrases = list(`
  it's fine, not a problem, it happens, only happened, once or twice, i'm usually, i am usually, i'm normally,
  usually i'm, normally i'm, i'm not usually, not usually like, not like me, out of character`);

/** States offered as excuses ("I was just tired"). */
export const excuseStates = list(`
  tired, exhausted, sick, ill, unwell, stressed, jet-lagged, jetlagged, under pressure, swamped, overloaded,
  having a bad day, in a rush, short on time, running late, not feeling well, under the weather, overworked,
  sleep-deprived, busy`);

/** Lead-ins of an excuse state ("I was just …"). */
export const excuseLeadIns = list(`
  i was, i was just, i was only, i was really, i was so, i was a bit, i was very, i'd been, i had been, i'm just,
  i was pretty, i was super, i was quite`);

/** Contradicting: denying the observation or disputing the person who gave it. */
export const contradictPhrases = list(`
  that's not what happened, that is not what happened, not what happened, that's not true, that is not true,
  not true, untrue, that's not fair, that is not fair, that's unfair, not accurate, inaccurate, that's not right,
  that's wrong, you're wrong, you are wrong, you've got it wrong, you got it wrong, you misread, you misunderstood,
  misunderstood me, you're mistaken, you are mistaken, i disagree, i don't agree, i do not agree, don't agree,
  i beg to differ, not how i remember, remember it differently, not how it went, not what i said, not what i meant,
  i don't think so, i don't think that's, i don't think that is, i don't think i was, i don't think it was,
  i don't see it, i don't see how, i don't see the problem, i don't see what, i don't see why, not sure i agree,
  not sure that's, not sure it was, with all due respect, with respect, you're reading too much, reading too much into,
  i don't accept, i stand by, i'd do it again, i would do it again, i did nothing wrong, nothing wrong with,
  you weren't there, you weren't in the room, you weren't even, you only saw, you didn't see, you missed the,
  you misjudged, you've misjudged, misjudged me, you misinterpreted, misinterpreted me, was misinterpreted,
  got misinterpreted, got the wrong idea, get the wrong idea, have the wrong idea, got the wrong impression,
  get the wrong impression, have the wrong impression, took it the wrong way,
  taking it the wrong way, take it the wrong way, took it wrong, that's a stretch, bit of a stretch, that's harsh,
  that's a bit harsh, that seems harsh, that's a bit unfair, seems unfair, feels unfair, agree to disagree, i don't buy, you're confusing, you must be thinking of,
  that was someone else, if anything, matter of style, matter of taste, matter of opinion, difference in style,
  style difference, you're being a bit, you're being too, you're being sensitive, being oversensitive,
  would have done the same, would've done the same, i'm the only one who, i was the only one who, sorry you feel, sorry you felt, sorry if you felt, sorry if you feel, sorry if that's how,
  sorry you took it, sorry if anyone, if anyone was offended, if you were offended, thanks for nothing,
  what about you, what about when you, you do it too, you do the same, you did the same, you're one to talk,
  look who's talking, easy for you to say, you don't understand, you don't know, you have to understand, you need to understand,
  i wasn't the one, it wasn't me, wasn't me`);

/** Blaming: putting the cause on someone or something else. */
export const blamePhrases = list(`
  started it, started the argument, started the fight, started the row, started the conflict, started the drama,
  started the whole thing, kept interrupting, kept cutting me off, kept pushing, kept talking,
  interrupted me, cut me off, talked over me, provoked me, put me on the spot, blindsided me, set me up,
  left me no choice, gave me no choice, the real problem, the real issue, the actual problem, the real reason,
  not me, not on me, their fault, his fault, her fault, your fault, not my fault,
  wasn't my fault, isn't my fault, not entirely my fault, not all my fault, not just me, blame it on, blame the,
  blame them, blame him, blame her, were to blame, don't blame me, you should have, you could have,
  you should've, you could've, you shouldve, you couldve, you didn't tell me, you never told me, you never said,
  you didn't say, you weren't clear, thanks to the, thanks to him, thanks to her, thanks to them, other pms,
  others do, other people do, everyone else does, nobody says anything, nobody said anything, no one says anything,
  no one said anything, nobody complained, no one complained, nobody minded, no one minded, nobody seemed to mind,
  no one seemed to mind, nobody else had a problem, no one else had a problem, nobody else minded,
  why didn't you, nobody else, no one else, none of the others, everyone else, everybody else, anyone would have,
  anybody would have, anyone would, anybody would, everyone would, everybody would, any of us would,
  anyone else would, who wouldn't, not the only one, single me out, singled me out, singling me out, picking on me,
  picked on me, hardly fair, dropped the ball, was being unreasonable, were being unreasonable, was unreasonable,
  were unreasonable, was being difficult, were being difficult, didn't do their, didn't do his, didn't do her,
  everyone interrupts, everybody interrupts, we all interrupt, everyone talks over, they started, he started, she started, were the ones who,
  was the one who`);

/** Minimising: shrinking the problem ("tiny thing", "not a big deal", "one-off"). */
export const minimisePhrases = list(`
  blown out of proportion, out of proportion, overblown, exaggerating, exaggerated, exaggeration, you're overreacting,
  you are overreacting, an overreaction, not a big deal, no big deal, not that big a deal, not such a big deal,
  not a huge deal, big fuss, make a fuss, making a fuss, making a big deal, make a big deal, made a big deal,
  mountain out of a molehill, tiny thing, small thing, little thing, minor thing, minor issue, only a, it was only,
  that was only, was only a, it was just, that was just, just a joke, only joking, just joking, one-off, one off,
  only once, just once, not a pattern, not really a pattern, isn't a pattern, not a habit, happens to everyone, happens to the best, it was fine, went fine, no harm done, nothing serious,
  not that bad, wasn't that bad, wasn't so bad, not so bad, could have been worse, too sensitive, oversensitive,
  thin-skinned, not that deep, who cares, so what, doesn't matter, didn't matter, does not matter,
  that's what matters, what matters is, the important thing is, nitpick, nitpicking, petty, trivial, a bit much,
  from one person, only one person, just one person, only your opinion, just your opinion, that's just your, that's only your, just one opinion,
  only one opinion, just one data point, only one data point, not an issue, wasn't an issue,
  isn't an issue, wasn't a problem, it worked out, it all worked out, turned out fine, worked out fine,
  at the end of the day, in the grand scheme, it's not like i, it's not as if,
  get over it, water under the bridge, no one noticed, nobody noticed, nobody cares, no one cares`);

/** Behaviours denied in "I didn't …" / "I never …" (a denial of the observation). */
export const deniedBehaviours = list(`
  interrupt, interrupted, cut anyone off, cut him off, cut her off, cut them off, dismiss, dismissed, ignore,
  ignored, shout, shouted, yell, yelled, raise my voice, rush, rushed, talk over, talked over, dominate,
  dominated, say that, said that, do that, do anything wrong, do anything, mean it that way, snap, snapped`);

/** Negative traits denied in "I wasn't …" ("I wasn't rude"). */
export const deniedTraits = list(`
  rude, defensive, aggressive, dismissive, harsh, condescending, arrogant, angry, hostile, mean, unprofessional,
  disrespectful, shouting, yelling, interrupting, ignoring, being difficult, the only one, that bad, that rude,
  wrong, trying to, pushy, blunt, impatient, late, unprepared, rushing`);

/** Positive self-judgements that deny the problem ("I was pretty clear", "the meeting went fine"). */
export const selfApproval = list(`
  fine, ok, okay, alright, all right, well, good, great, clear, clear enough, reasonable, appropriate, professional,
  polite, calm, normal, justified, necessary, warranted, right, correct, the right call, perfectly clear`);

/** Adverbs that slip inside a phrase ("I honestly don't remember"); matching also tries the text without them. */
export const fillerAdverbs = list(`
  honestly, genuinely, truly, frankly, seriously, really, totally, completely, personally, tbh, literally, definitely,
  obviously, simply, even, also, kinda, sorta, basically`);

/** Connectives that turn thanks or agreement into a "but" (defensive unless the rest accepts). */
export const concessives = list(`
  but, though, although, however, that said, having said that, then again, mind you, on the other hand, even so,
  that being said, even though, still, yet`);

/** Phrases that hold a cue word but accept the feedback ("no defence from me", "to be fair to you"). */
export const notDefensive = list(`
  to be fair to you, in fairness to you, no defence, no defense, not going to make excuses, no excuses, no excuse,
  not making excuses for it, won't make excuses, will not make excuses, can't argue, cannot argue, won't argue,
  not going to argue, not blaming anyone, not trying to justify`);

/** Uses of the connectives that are not a "but" ("nothing but", "not only … but also"). */
export const notConcessives = list(
  `but also, nothing but, anything but, all but, but for, not yet, as yet, yet again, still to, still need`,
);

/** Markers of accepting the feedback: a clause with one of them is not defensive. */
export const acceptance = list(`
  you're right, you are right, your right, youre right, fair point, that's fair, thats fair, it's fair, fair enough,
  good point, great point, valid point, good catch, point taken, i trust, i see what you mean, i see how, i see why,
  i see your point, no idea, i had no idea, i see that now, i see it now, i see now, i see it, i see that, i realise, i realize, i get that,
  i know, i recognise, i recognize, i can see, makes sense, make sense, i agree, i hadn't,
  i had not, hadnt, i didn't realise, i didn't realize, i didn't notice, i hadn't noticed, i didn't see, i wasn't aware,
  i was not aware, i never noticed, no excuse, on me, my fault, my bad, i own, i'll, i will, i'm going to,
  i am going to, i'm gonna, i should have, i shouldn't have, sorry, apologise, apologize, apologies, needed to hear,
  had to hear, i needed, needed that, needed this, i'd rather know, rather know, good to know, must have been,
  can't have been, cannot have been, must've been, for you to, not easy, wasn't easy, brave, kind of you, hard to hear, helpful, useful, i take, i accept, lesson, i get it, i understand, thank, thanks, appreciate,
  grateful, could you, can you, would you, will you, i'd like to, i want to, i need to, think about, reflect,
  reconsider, realise, realize, learn, noted, i'll work, work on, valid, true, spot on, accurate, fair`);

/** Commitments to change ("I'll …", "next time I …"), reused in the grateful rewrite. */
export const commitments = list(`i'll, i will, i'm going to, i am going to, i'm gonna, next time i, from now on`);

/** Lead-ins of a denied trait ("I wasn't rude") and of a denied behaviour ("I didn't interrupt"). */
export const denialLeadIns = {
  trait: list(`i wasn't, i wasn't being, i was not being, i'm not, i never was`),
  behaviour: list(`i didn't, i never, i did not, i didnt`),
};

/** Intensifiers allowed inside a self-approval ("it was perfectly fine"). */
export const approvalIntensifiers = list(`pretty, quite, really, totally, perfectly, all, actually, just, completely, absolutely, fairly`);

/** Words after a self-approval that show it praises the feedback instead ("it was good to hear", "good point"). */
export const approvalBlockers = list(`to, feedback, advice, point, note, catch, call, of, that, for, question`);

/** People and groups a reply can put the blame on ("Sales should have …"). */
export const blameablePeople = list(`
  he, she, they, someone, somebody, people, others, team, engineers, engineering, sales, marketing, design, designers,
  finance, legal, leadership, management, ops, product`);

/** Past participles of "if they had told me …" (besides words ending in -ed or -en). */
export const pastParticiples = list(`told, sent, done, been, made, said, let, kept, gave, got, run, come, left, read, put, set`);

/** Longest clause (characters) read after a cue when looking for acceptance; keeps long texts linear. */
export const maxClauseChars = 400;
