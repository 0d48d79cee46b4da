/**
 * Word lists of the ask check. Data, reviewed like code: each list says what it stands for.
 */

/** Apologies and hedges that make an ask sound like an imposition ("sorry to bother you"). */
export const apologyHedges = phraseList(`
  sorry to bother, sorry to bother you, sorry to disturb, sorry for the intrusion, i know you are busy, i know you're busy,
  i know you must be busy, i know how busy you are, i realize you are busy, i realise you're busy, i hate to bother,
  i hope this is not a bother, i hope i'm not bothering, apologies for the cold, apologies for reaching out, sorry for reaching out,
  forgive the intrusion, if you have a spare moment, i understand if you are too busy, i understand if you're too busy,
  no worries if not
`);

/**
 * Splits a comma- or newline-separated list into trimmed phrases. Keeps long word lists
 * compact and easy to review; no phrase of these lists contains a comma.
 */
export function phraseList(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** Limits of the first-contact stage (SPEC §1.5). */
export const firstContactLimits = {
  /** Questions at which `too-many-questions` warns, and at which it becomes an error. */
  questionsWarning: 2,
  questionsError: 3,
  /** Words above which `too-long` warns, and above which it is an error. */
  wordsWarning: 100,
  wordsError: 150,
  /** `self-focus`: I/me/my words at least this many times the you/your words… */
  selfFocusRatio: 2,
  /** …and more than this many. */
  selfFocusMinimum: 6,
  /** Flesch–Kincaid grade above which `reading-level` warns. */
  readingGrade: 8,
};

/** Phrases that make a sentence a request even without a question mark. */
export const requestCues = phraseList(`
  love to know, love to hear, love to learn, let's, lets, let us, i'd appreciate, i would appreciate, would appreciate,
  would really appreciate, i'd really appreciate, be appreciated, be hugely appreciated, be grateful, be very grateful,
  be really grateful, be most grateful, be extremely grateful, be deeply grateful, be so grateful, be thankful, be honoured, be honored, be delighted, be glad if, i'd like to know, i'd like to ask,
  i'd like to hear, i'd like to learn, i'd like to understand, i'd like to get, i'd like to request, i would like to know,
  i would like to ask, i would like to hear, i would like to learn, i would like to get, i would like to request, i'd value,
  i would value, would value, i'd really value, would really value, i'd welcome, would welcome, grateful for, i'd like to invite,
  i'd like to meet, i'd like to chat, i'd like to schedule, i'd like to set up, i'd like to book, i'd like to connect, i want to know,
  i want to ask, i wanted to ask, wanted to ask, i want to learn from, i'd like your, i would like your, please, pls, plz, tell me,
  could you, can you, would you, will you, could we, can we, shall we, could i, can i, may i, would it be possible, is it possible,
  would you be open, would you be willing, would you mind, do you mind, would you have, i was wondering, i wonder, i'm wondering,
  im wondering, wondering if, wondering whether, wondering how, wondering what, wondering which, curious to know, curious to hear,
  curious how, curious whether, curious if, curious what, curious which, curious why, curious about, i'm curious, interested to know,
  interested to hear, interested to learn, keen to know, keen to hear, keen to learn, eager to learn, eager to hear, my question is,
  my question:, one question:, quick question:, question for you, keen for your, if you can, my ask:, my ask is, my request:, the ask:, we could just, if it's easier, if it is easier,
  if that's easier, happy to do, glad to do, would value your, i'd value your, would love your, keen to get your, maybe we could, perhaps we could,
  eventually we could, we could maybe, if you want we could, hoping you could, hoping you might, hoping you can, hoping we could, hoping we might, hoping we can, hoping i could, hoping i might, hope you could,
  hope you might, hope you can, if you could, if you would, if we could, if i could, any chance, if possible, kindly, any advice,
  any tips, any thoughts, any pointers, any suggestions, any guidance, any recommendations, any insights, any input,
  happy to hop, happy to jump, happy to get on, happy to chat, happy to meet, happy to call, glad to hop, glad to jump, glad to chat, feel free to, would mean the world, would mean a lot, would be amazing, would be great, would be awesome, would be a huge help, would be incredible, would be fantastic, would be wonderful, would help a lot, would be much appreciated, if you know anyone, if you happen to know, if you know any, if you ever know,
  how do i, how can i, how should i, what should i, where do i, where should i, what do i, how did you, how did u,
  it'd be great, itd be great, it'd be amazing, it'd be awesome, it'd be lovely, it'd be so helpful, it'd be really helpful, it'd mean, it would be amazing, it would be awesome,
  happy to grab, glad to grab, happy to find time, glad to find time, happy to set up, happy to setup, happy to schedule, happy to book, happy to arrange, happy to organise, happy to organize,
  glad to set up, glad to schedule, glad to book, glad to arrange, would be an honour, would be an honor, would be a big honour,
  would be a big honor, would be a great honour, would be a great honor, would be a privilege, honoured if you, honored if you,
  if you accept, if you agree to, if you would accept, if you would agree to,
  question is whether, question is how, question is which, question is what, question is why, question is if,
  what i can't work out is, what i can't figure out is, what i'd like to know is, what i'd love to know is, what i want to know is
`);

/** Verbs after "I'd love to" that offer something rather than ask for it ("I'd love to tell you about my work"). */
export const offerVerbs = phraseList(
  `tell, share, introduce, show, give, offer, help, contribute, return, pay, repay, thank, keep, hear back`,
);

/** "Let me know…" asks for something unless it offers ("let me know if I can help"). */
export const letMeKnow = phraseList(`let me know, lmk, do let me know, please let me know`);
/** What follows "let me know if" in an offer rather than a request. */
export const offerOpeners = phraseList(`i can, i could, we can, we could, there's anything, there is anything, you need anything, i may`);

/** Verbs that open an imperative request when they start a sentence ("Share…", "Send me…"). */
export const imperativeStarters = phraseList(`
  tell, share, explain, recommend, suggest, send, introduce, refer, help, review, advise, mentor, teach, show, point, connect, consider,
  give
`);

/** Words that may come before an imperative at the start of a sentence ("Also, if possible, refer me…"). */
export const imperativeLeadIns = phraseList(
  `also, and, so, please, pls, kindly, just, then, oh, if, possible, maybe, perhaps, finally, lastly, additionally, ps`,
);

/** Words that negate what follows them in the same clause ("no need for a call"). */
export const negators = phraseList(`
  not, no, never, without, nor, neither, dont, cant, wont, didnt, doesnt, isnt, arent, wasnt, werent, wouldnt, shouldnt, couldnt,
  havent, instead of, rather than, other than, no need for, no need to
`);

/** Words after a negator that make it a hedge rather than a negation ("not sure if you'd have time"). */
export const negationHedges = phraseList(`sure, certain, only, just, know, mind, hesitate, wait, too, entirely, quite, exactly, yet`);

/** Words that end the clause a negation can reach back across. */
export const clauseBreaks = phraseList(`but, however, though, although, yet, so`);

/** Asking someone to be a mentor or for mentorship. */
export const mentorshipPhrases = phraseList(`
  be my mentor, become my mentor, being my mentor, act as my mentor, serve as my mentor, acting as my mentor, serving as my mentor,
  acting as a mentor, act as my coach, acting as my coach, act as my guide, acting as my guide, be a mentor to me, be a mentor for me,
  act as a mentor, be my coach, become my coach, be my advisor and mentor, mentor me, mentoring me, mentored by you,
  mentor someone like me, willing to mentor, open to mentoring, consider mentoring, interested in mentoring, available to mentor,
  time to mentor, able to mentor, your mentorship, for mentorship, seeking mentorship, seek mentorship, some mentorship,
  mentorship from you, ask for mentorship, looking for mentorship, looking for a mentor, searching for a mentor, seeking a mentor,
  need a mentor, want a mentor, find a mentor, hoping to find a mentor, a mentor like you, mentoring relationship,
  mentorship relationship, mentor-mentee, mentor mentee, your mentee, a mentee, mentees, take on a mentee, taking on a mentee,
  guide me in my, guide me on my, guide me through my, guide me along, guide me as i, be my guide, and guide me, guide and mentor,
  as your student, your student, your apprentice, your protege, your protégé, accept me as, you as a mentor, you as my mentor,
  mentor for me, mentor to me, me as a mentee, me as your mentee, take me on, under your wing, coach me, coaching me,
  guide me in my career, guide me through my career, mentorship sessions, mentoring sessions, mentorship program with you, be mentored,
  mentored by you, mentored by someone like you, get mentored,
  under their wing, under her wing, under his wing, be that person for me, being that person for me, being that person, that person for me, my guide and teacher, be my guide, my teacher, be my teacher, teach me everything,
  learn from regularly, someone i can learn from, someone to learn from, person to learn from, go-to person, my go-to person, guide me over, guide me through the next, guide me as i, could use a guide, need a guide, looking for a guide
  accompany me as my mentor, accompany me as a mentor, as my mentor during, accept to mentor me, accept to be my mentor,
  to accompany me as, big sib, big sibling, my pm big sis, my pm big bro, be my big sis, be my big bro, be my tutor, be our tutor, my tutor during, accept to be my tutor, as my tutor, mentoring arrangement, mentorship arrangement, mentoring partnership, mentorship partnership, informal mentoring,
  informal mentorship, learn from you on an ongoing basis, learn from you on a regular basis, learn from you regularly,
  learn from you over time, learn from you long term, learn from you long-term, keep learning from you, as a sounding board, as an informal sounding board, as our sounding board, as my sounding board,
  as a regular sounding board, as an ongoing sounding board
`);

/** Verbs that put them in a role ("be the person who…", "act as someone who…"). */
export const roleVerbs = phraseList(`be, become, becoming, being, act as, serve as, acting as, serving as, have you as, having you as`);
/**
 * Verbs of seeking a guide: told to a stranger, "I'm hoping to find someone who could guide me"
 * asks them to be that person, request or not.
 */
export const seekingVerbs = phraseList(`find, finding, looking for, look for, searching for, search for, seeking, hoping for`);
/** Guiding roles that, once they are the writer's own ("be my go-to guide"), ask for mentorship with no clause after. */
export const ownGuideRoles = phraseList(`
  guide, go-to guide, go-to person, go-to, coach, mentor, north star, guiding hand, guiding light, anchor, sounding board, sherpa, guru
`);
/** Who they would be: a person or a guiding role ("the person", "someone", "a steady voice"). */
export const guideRoles = phraseList(`
  person, one, someone, somebody, guide, figure, voice, guiding hand, guiding light, north star, go-to, anchor, coach, mentor
`);
/** Verbs of guiding someone over time; "me"/"us" must follow ("who guides me", "to coach me"). */
export const guideVerbs = phraseList(`
  guide, guides, guiding, coach, coaches, coaching, mentor, mentors, mentoring, steer, steers, steering, shepherd, shepherds,
  shepherding, advise, advises, advising, look out for, looks out for, check in on, checks in on, check in with, checks in with,
  support, supports, supporting
`);
/** What follows "me" after a verb of guiding that makes it ongoing or broad, beyond a plain object. */
export const guideVerbObjects = phraseList(`me, us`);
/** Phrases of a guiding role that hold their own object ("someone I can turn to", "who shows me the ropes"). */
export const guideRoleClauses = phraseList(`
  i can turn to, i can lean on, i could turn to, i could lean on, i can call on, i could call on, i can go to, i could go to,
  i can look up to, i could look up to, i can ask, i could ask, i can bounce, i could bounce, i can check in with,
  hold my hand, holds my hand, show me the ropes, shows me the ropes, keep me accountable, keeps me accountable,
  keep me on track, keeps me on track, take me under, takes me under, help me grow, helps me grow, help me navigate,
  helps me navigate, help me along, helps me along, i report to, in my corner, on my side, i can learn from, i could learn from,
  i can keep learning from, i could keep learning from, i can keep asking, i could keep asking, to check in with, to learn from,
  to turn to, to lean on, to bounce ideas off
`);
/** Verbs of guiding someone through a stretch of time ("guide me through this first year"). */
export const guideThroughVerbs = phraseList(`
  guide, guiding, coach, coaching, steer, steering, shepherd, shepherding, mentor, mentoring, walk, walking, hold my hand,
  holding my hand, see me, seeing me, support me, supporting me, carry me
`);
/** A stretch of time or of a career that a guide would see someone through ("this first year", "the transition"). */
export const guidedStretches = phraseList(`
  year, years, months, month, weeks, phase, period, season, chapter, journey, transition, career, role, job, stage, early days,
  first days, first weeks, first months, first year, first 90 days, next step in my career, ramp-up, ramp up, onboarding, move, days
`);
/** Strong phrases of a meeting request, which count wherever they appear unless negated. */
export const meetingStrong = phraseList(`
  facetime for, can we ft, could we ft, down to ft, u ft, ft sometime, discord vc, on discord vc, hop on discord,
  come by for, come by your, pop by, swing by, a lab visit, a site visit, a plant visit, a factory visit, a quick visit, a tour of your,
  shadow you for a,
  make a reunion, make a small reunion, make a short reunion, make a little reunion, have a reunion, a reunion of, accept a reunion,
  do a reunion, a small reunion, a short reunion, a little reunion,
  pick your brain, pick your brains, pick ur brain, pick the brain, picking your brain, minutes of your time, hour of your time,
  min of your time, mins of your time, calendly, calendar invite, calendar link, virtual coffee, coffee chat, grab a coffee,
  grab coffee, grab a quick coffee, on your calendar, in your calendar, in your diary, treat you to, take you to lunch, take you to dinner, get a coffee, buy you a coffee, buy you coffee, buy you lunch, take you for coffee,
  take you out for, buy you a cup of, buy you a chai, buy you a tea, buy you a drink, buy you a beer, buy you a meal, buy you dinner,
  coffee is on me, coffee's on me, flat white is on me, first coffee is on me, lunch is on me,
  lunch's on me, drinks are on me, beer is on me, first round is on me, the first round's on me, meet for coffee, zoom call, video call, phone call, teams call, facetime, hop on a call, jump on a call,
  get on a call, happy to have a call, happy to have a short call, happy to have a quick call, glad to have a call,
  exchange of ideas by video, a quick exchange by video, hop on a zoom, jump on a zoom, hop on a quick call, jump on a quick call,
  google meet, on meet, some face time, face time, facetime call, video sync, quick sync, a sync, we can meet, we could meet, can we meet, could we meet, meet up, meet in person, meet when you,
  spare half hour, spare half-hour, a spare hour, spare hour, half hour of your, half an hour of your, hour of your
`);

/** Meeting nouns found after "a"/"an" or a verb of arranging ("a quick call", "grab a coffee"). */
export const meetingNouns = phraseList(
  `call, chat, coffee, meeting, zoom, catch-up, catch up, catchup, video chat, coffee chat, meet, huddle, screen-share, screenshare,
  screen share, walkthrough`,
);
/** Meeting nouns that only count after a verb of arranging ("have a conversation"). */
export const meetingNounsAfterVerb = phraseList(
  `conversation, lunch, drink, drinks, beer, tea, sync, hangout, session, walk, breakfast, dinner`,
);
/** Words that can stand between the article and the meeting noun ("a quick 15-minute call"). */
export const meetingModifiers = phraseList(`
  quick, short, brief, small, little, virtual, video, phone, zoom, teams, online, remote, informal, casual, friendly, intro,
  introductory, in-person, face-to-face, one-on-one, 1:1, coffee, lunch, half-hour, hour-long, regular, monthly, weekly, biweekly, reference,
  fortnightly, recurring, ongoing, proper, longer
`);
/**
 * What a wish says of the meeting it names: "even a monthly coffee in Leeds *would be amazing*"
 * asks for it as plainly as a question.
 */
export const meetingWishPredicates = phraseList(`
  would be amazing, would be great, would be lovely, would be awesome, would be ideal, would be perfect, would be wonderful,
  would be brilliant, would be incredible, would be fab, would be a dream, would be huge, would be invaluable, would be so helpful,
  would be really helpful, would be super helpful, would be helpful, would mean a lot, would mean the world, would be a treat,
  'd be amazing, 'd be great, 'd be lovely, would be so amazing, would be really great, would be so great, would be fantastic,
  would be easier, would be quicker, would be simpler, might be easier, could be easier, may be easier, would work better,
  might work better, would be faster
`);
/** Verbs of arranging a meeting. */
export const meetingVerbs = phraseList(`
  grab, have, get, do, set up, setup, schedule, book, arrange, organise, organize, hop on, jump on, get on, jump in, jump into, hop in, hop into, find time for,
  make time for, connect over, connect for, connect on, meet for, meet over, join, hold, take, buy you, invite you to, invite you for,
  up for, open to, free for, available for, time for, down for, keen for, game for, around for, room for
`);
/** Words directly before "a call"/"a meeting" that make it a place, not a request ("in a meeting"). */
export const meetingBlockers = phraseList(
  `in, during, at, on, from, of, per, after, before, every, each, into, through, like, than, as, which, what, when`,
);
/** Words after a meeting noun that make it something else ("a chat widget", "a call to action"). */
export const meetingNounFollowers = phraseList(`
  feature, widget, app, bot, support, tool, interface, window, button, log, history, transcript, center, centre, script, notes,
  recording, to action, you, we, they, i, rate, volume, flow, invite, invites, data, should, would, is, was, can, could, will, might,
  must, has, had, becomes, become, goes, ends, starts, takes, turns
`);
/** People other than the two of them: "talk to customers" is no meeting request. */
export const otherParties = phraseList(`
  customers, users, clients, sales, engineering, engineers, finance, stakeholders, the team, your team, my team, our team, them, people,
  someone, anyone, leadership, execs, executives, candidates, investors, the board, each other
`);
/** Talking verbs that, after a wish or an offer ("love to", "could we"), ask for a meeting. */
export const meetingVerbsAfterWish = phraseList(
  `chat, meet, meet up, catch up, connect, talk, speak, jump on, hop on, sit down, get together, video call, touch base`,
);
/** Wishes and offers that turn a talking verb into a meeting request. */
export const meetingWishes = phraseList(`
  love to, like to, happy to, able to, could we, can we, shall we, we could, we can, chance to, time to, opportunity to, open to,
  want to, wanted to, hoping to, hope to, keen to, free to, glad to, would you like to, available to, willing to, possible to, lets,
  let's, and
`);
/** Phrases that ask for a meeting inside a request sentence. */
export const meetingInRequest = phraseList(`
  your calendar, your diary, your schedule, your availability, speak with you, speak to you, talk with you, talk to you, chat with you,
  meet you, meet up, meet in person, chat sometime, chat soon, chat more, talk sometime, talk soon, when you're free, when you are free,
  are you free, are you available, what time works, time that works, times that work, a time that suits, slot in your, love to connect,
  like to connect, happy to connect, connect with you, connect sometime, connect briefly, find a time, find a slot, book a slot,
  book a time, set a time, set up a time, schedule a time, pick a time, grab a time, a time to talk, a time to chat
`);

/**
 * Occasions to meet; in a request they ask for a meeting whoever the sentence speaks of ("would
 * love to hear your journey over coffee next time you're in town").
 */
export const meetingOccasions = phraseList(`
  over coffee, over a coffee, over lunch, over a lunch, over drinks, over a drink, over dinner, over a beer, over beers, over breakfast,
  over tea, over a cup of tea, over a cuppa
`);
/** Channels of a live conversation; with "I", "me" or "we" in the sentence they ask for a meeting ("a few questions over Zoom"). */
export const meetingChannels = phraseList(`
  over zoom, on zoom, via zoom, over the phone, on the phone, by phone, over video, via video,
  in person, face to face, on teams, over teams, on google meet, over google meet, on a call, over a call, via a call, by video,
  on video, in a call, in a short call, in a quick call, by voice, on a video call, on gmeet, over gmeet, via gmeet, on google hangouts,
  on hangouts, on webex, over webex, on skype, over skype, via skype, on facetime, over facetime, in a huddle, on a huddle, on whatsapp,
  over whatsapp
`);

/** Phrases about the recipient's own career path, counted inside a request. */
export const careerPhrases = phraseList(`
  get your first pm role, get your first pm job, land your first pm role, land your first pm job, got your first pm role,
  got your first pm job, landed your first pm role, landed your first pm job,
  your career path, your career journey, your career story, your career trajectory, your career progression, your career history,
  your career moves, your career move, your career switch, your career change, your career transition, your career transitions,
  your professional journey, your professional path, your professional story, your own path, your own journey, your own story,
  your path, your journey, about your story, your trajectory, about your background, your rise, about your career, your career so far,
  where you are today, where you are now, where you're today, where you're now, got you where, get you where, got you here,
  got you there, how you got here, how you got there, how you got to where, how you got where, get to where you are,
  get where you are, got where you are, how did you get here, how did you get there,
  got to where you are, what got you into, what got you to, what led you to, what led you into, what brought you to,
  what brought you into, what made you move, what made you switch, what made you go into, what made you choose, why did you move,
  why did you switch, why did you leave, why did you go into, why did you get into, why you moved, why you switched, why you left,
  how you started out, how you got started, how you got your start, how did you get started, how did you get your start,
  how you started your career, how did you start your career, how you broke into, how did you break into, how you got into,
  how did you get into, how you got in to, how did you first get into, how you got your first, how did you get your first,
  how you landed your first, how you ended up at, how you ended up in, how you ended up as, how you ended up leading,
  how you ended up running, how you ended up working, how did you end up at, how did you end up in, how did you end up as,
  how did you land your, how you landed your, how you landed a role, how did you land a role, how did you land your first,
  how you found your first, how did you find your first, how you ended up leading, how you came to lead, hear your story,
  tell me your story, share your story, know your story, learn your story, how you became, how did you become, how you climbed,
  how did you climb, how you rose, how did you rise, how you grew into, how did you grow into, steps that got you, steps in your career,
  moves in your career, your climb, climb the ladder, climbed the ladder, those transitions, these transitions, your transitions,
  your transition from, your transition into, your move into, your move from, your switch from, your switch into, your jump into,
  your jump from, made that same transition, made the same transition, make that same transition, made that same move,
  made the same move, made that same switch, made the same switch, made that same jump, made the same jump, made that same leap,
  made the same leap,
  what made you leave, what made you quit, what made you decide, start of your career, beginning of your career, early in your career, career-wise, careerwise, the right call for you, the right move for you, wish you'd known, wish you had known,
  turning point that, the turning point, got you from, what got you from, how did you end up, how you ended up, how did you wind up, how you wound up, end up leading, ended up leading, coming from a,
  make the move from being, made the move from being, make the jump from being, made the jump from being, make the switch from being,
  made the switch from being, make the leap from being, made the leap from being, steps that took you, steps that led you,
  moments mattered most along the way, moments that mattered most along the way, the road that took you, the path that took you, the road that led you, what took you from, what road took you, moves that made the difference,
  moves that made a difference, moves that mattered most, moves that mattered
`);
/**
 * Looking back on their path ("what would you do differently if you started over?"): part of a
 * career question when the sentence asks one, a broad question on its own.
 */
export const careerRetrospectives = phraseList(`
  what would you do differently if you started, do differently if you started, do differently if you were starting,
  do differently if you had to start, if you started again, if you started over, if you were starting again, if you were starting over,
  if you could start over, if you could start again, if you started your career
`);
/** Verbs of moving between roles; a career question when a role word follows ("go from engineering into product"). */
export const careerMoveVerbs = phraseList(`
  go, went, gone, move, moved, switch, switched, transition, transitioned, pivot, pivoted, jump, jumped, come, came, progress,
  progressed, grow, grew, make the move, made the move, make the switch, made the switch, make the jump, made the jump, make the leap,
  made the leap, make the transition, made the transition, make that transition, made that transition, make those transitions,
  made those transitions, made each of those transitions, make each of those transitions, navigate, navigated,
  got, get, went from
`);
/** Roles, fields and career words that make a move a career move. */
export const careerRoleWords = phraseList(`
  engineering, engineer, developer, development, dev, design, designer, consultant, consulting, marketing, marketer, sales, analyst,
  analytics, data science, data scientist, finance, banking, law, lawyer, teacher, teaching, academia, researcher, support, operations,
  ops, pm, apm, pms, product, product management, product manager, product leadership, leadership, leader, management, manager,
  director, vp, head, cpo, cto, ceo, coo, chief, executive, exec, exec team, executive team, founder, startup, start-up, ic, career,
  role, job, team lead, lead, senior, principal, c-suite, mba, school, university, college, agency, freelance, gm, general manager,
  general management, p&l, business unit, owning the p&l, running a business, running the business, running product, leading product,
  managing product, heading product, this position, that position, your position, your current position, owning a product roadmap, owning the product roadmap, owning a roadmap, owning the roadmap,
  owning a product, owning product
`);

/**
 * Words after a role word that make it part of a product term, not a career ("product market
 * fit", "support tickets", "design system"): a move to these is no career move.
 */
export const roleWordFollowersNotCareer = phraseList(`
  led, market, growth, analytics, metrics, roadmap, roadmaps, strategy, requirements, spec, specs, page, pages, usage, data, feedback,
  decisions, launch, launches, fit, tour, tours, adoption, updates, update, copy, docs, tickets, ticket, qualified, pricing,
  positioning, catalog, catalogue, features, feature, engagement, insights, funnel, funnels, system, systems, tokens, debt, review,
  reviews, capacity, velocity, estimates, effort, budget, budgets, pipeline, calls, call, queue, backlog, sprint, sprints, demo,
  demos, deck, decks, emails, email, process, processes, tooling, tool, tools, flow, flows, org chart, channel, channels, partner,
  partners, partnership, stakeholders, stakeholder, buy-in, sign-off, approval, ops, hire, hires, hiring, contacts
`);
/** Nouns of a career route; with "from … to <role>" and "you" in a request they ask for the story ("the road from teaching to PM"). */
export const trajectoryNouns = phraseList(`
  path, paths, road, route, journey, trajectory, transition, transitions, move, moves, switch, jump, leap, shift, pivot, climb, rise,
  progression, trek, step, steps, way, career change, path you took, road you took, route you took, hop, crossover, change
`);
/** Gerunds of moving between roles ("what was it like going from IC to manager for you?"). */
export const careerMoveGerunds = phraseList(`
  going, moving, switching, jumping, transitioning, pivoting, shifting, leaping, crossing over, stepping, stepping up, coming
`);
/** Verbs of reaching a role ("how did you reach Director", "the steps you took to become a VP"). */
export const careerReachVerbs = phraseList(`
  reach, reached, become, became, land, landed, make it to, made it to, come to, came to, rise to, rose to, risen to, climb to, climbed to, step into,
  stepped into, move into, moved into, move up to, moved up to, get promoted to, got promoted to, be promoted to, earn, earned,
  get to, got to, break into, broke into, end up as, ended up as, work your way up to, worked your way up to, grow into, grew into,
  get into, got into
`);
/**
 * Verbs of reaching a role that read as a career question right after "how did you" ("how did
 * you rise to VP?"); "reach" and "land" also name customers ("reach the VP of Finance"), so
 * they count there only with the role right after ("how did you reach Director?").
 */
export const careerRiseVerbs = phraseList(`
  become, rise to, climb to, make it to, get promoted to, step into, step up to, move up to, work your way up to, grow into,
  climb the ranks to, progress to
`);
/** Verbs of reaching that count right after "how did you" only with the role next ("how did you reach VP?"). */
export const careerReachBare = phraseList(`reach, get to, make it to, rise to, climb to`);
/** Route nouns after which "you took/made/followed" names their own route ("the steps you took", "the moves you made"). */
export const careerStepNouns = phraseList(`
  steps, step, path, road, route, moves, move, decisions, choices, milestones, jobs, roles, positions, things, stages, turns
`);
/** Verbs after "you" and a route noun ("the steps you took"). */
export const careerStepVerbs = phraseList(
  `took, take, taken, followed, made, walked, travelled, traveled, went through, had to take, needed to take`,
);
/**
 * Verbs of a move said of them, with "from … to <role>" after ("You went from support lead to
 * CPO", "you've moved from design into PM"): a career move described, which a later question
 * can point back to ("how did you make that jump?").
 */
export const careerStatementVerbs = phraseList(`
  went, gone, moved, switched, jumped, transitioned, pivoted, came, rose, climbed, progressed, grew, shifted, leapt, leaped,
  crossed over, made the move, made the switch, made the jump, made the leap, made the transition, made it, got, go, move, switch,
  jump, transition, pivot
`);
/** Nouns by which a question points back to a move just described ("that jump", "this switch", "the transition"). */
export const careerBackReferences = phraseList(`
  switch, jump, leap, move, transition, shift, pivot, change, climb, step, journey, path, road, route, rise, career change,
  career move, career switch, progression, promotion, transformation, crossover, hop
`);
/** Broad requests for advice; inside a request sentence they make it vague ("any advice?"). */
export const vaguePhrases = phraseList(`
  any advice, any tips, any tip, any pointers, any suggestions, any thoughts, any guidance, any recommendations, any insights,
  makes a great pm, makes a good pm, makes a great product manager, makes a good product manager, makes a great product leader,
  makes a good product leader, makes a great leader, makes a great product person, makes a pm great, makes a product manager great,
  any wisdom, any gyaan, any words of wisdom, any resources, any lessons, any ideas, any input, any feedback, some advice, some tips,
  some pointers, some guidance, some insights, general advice, career advice, career tips, career guidance, what advice, advice for,
  advice you, tips for, tips on, guidance for, words of wisdom, best practices, best practice, lessons you learned,
  lessons you've learned, what does it take, what it takes, how to become, how to get better, how to get good, how to be better,
  how to be a better, how to get into, how to break into, how to improve, how to grow, how to succeed, how to level up, how to learn,
  how to get started, how to stand out, how to prepare, how to advance, how to move into, how to transition into, how to get ahead,
  how to excel, what skills should, which skills should, what skills do i, what skills to, skills should i, skills do i need,
  what skills would you, where should i start, where do i start, where to start, how do i start, how should i start, what do i need to,
  what would you tell, how would you advise, help me grow, help me improve, help me get better, help me become, help me learn,
  help me figure out my, help me navigate, help me with my career, help me break into, help me get into, best way to learn,
  best way to get, best way to become, best way to break, best way to improve, best way to grow, best way to start, best way to level,
  best way to prepare, best way to develop, best way to succeed, best way to move into, best way to transition, best way to build my,
  how do you think about, biggest lesson, most important lesson, best lesson, lesson you've learned, lesson you learned,
  lessons learned, biggest mistake, biggest mistakes, the best advice, best piece of advice, one piece of advice, recommend some,
  recommend any, any books, what books, which books, books should i, books would you recommend, books do you recommend, good books,
  good resources, what resources, which resources, resources would you, reading list, courses would you, what courses, which courses,
  the secret to, the secret of, secrets to, secrets of, key to success, keys to success, most important skill, most important skills,
  key skills, skills for a pm, skills a pm needs, what makes a great, what makes a good, what makes a successful, top tips, your tips,
  best tips, what's it like, what is it like, whats it like, how do i know if i'm, how do i know if i am, how do i know whether i'm,
  am i good enough, am i on the right track, am i doing it right, how can i tell if i'm, every pm, every product manager,
  every growth pm, every new pm, all pms, pms should know, exchange ideas, swap ideas, bounce ideas, bounce some ideas, talk shop,
  exchange experiences, share experiences, compare notes, exchange notes, recommend a good, recommend a book, recommend a course,
  recommend a resource, a good course, a good book, good course, good courses,
  where do i even start, where should i even start, how do i get good, how do i get better, get good at this, what you'd change about how i, what you would change about how i,
  point me in the right direction, in the right direction, get better at product, get better at strategy, better at product strategy,
  skills you think i should, skills do you think i should, skills i should focus on, skills should i focus on, skills should i learn,
  skills i should learn, skills should i develop, skills i should develop, areas i should focus on, areas should i focus on
`);
/** Requests for an opinion or advice that are broad unless a concrete choice follows ("your thoughts on whether…"). */
export const opinionPhrases = phraseList(`
  your thoughts, thoughts on, your opinion, your perspective, your two cents, your 2 cents, your advice, your best advice, advice on,
  advice about, your input, your view, your views, your take, your insights, your wisdom, guidance on, what do you think,
  what would you recommend, what would you suggest, what do you recommend, what do you suggest, what would you advise, what should i do,
  what would you do
`);
/** Phrases about the sender's own situation that make a request broad unless it offers a choice ("…or…"). */
export const situationPhrases = phraseList(`
  in my situation, in my shoes, in my position, in my place, in my case, for someone like me, for someone in my, for a pm like me,
  for people like me, if you were me, your philosophy, your * philosophy, your approach to, your approach for, your process for,
  how do you prioritise, how do you prioritize, how do you approach, how would you approach, how should i approach, how do i approach,
  how to approach, how would you tackle, how should i tackle, how should i think about, how should i handle, how do i handle,
  how to handle, how do i deal with, how should i deal with, how would you handle, what's the best way to, what is the best way to,
  whats the best way to, the best way to, the right way to, how do i, how can i, how should i, how could i, how would i, how do we,
  how can we, how should we,
  what should i focus on, what should i be focusing on, should i be focusing on, what should i focus, what i should focus on, what you think i should, where i should focus, what i should learn, what i should do next, what to focus on, what do i focus on, thoughts on how i, thoughts on how to, ideas on how i,
  what should i learn, what should i read, what should i know
`);
/** Words that make a sentence a concrete choice rather than a broad request. */
export const choiceWords = phraseList(`or, whether, which, versus, vs`);
/** Words, within three words after an opinion phrase, that narrow it to a concrete choice. */
export const opinionNarrowers = phraseList(
  `whether, which, between, is, are, was, were, would, should, makes, made, works, worked, drives`,
);
/** Opinion nouns after "your" and a modifier ("your general take", "your overall thoughts"). */
export const opinionNouns = phraseList(`
  take, takes, thoughts, thought, view, views, opinion, opinions, perspective, perspectives, advice, input, insights, insight, wisdom,
  guidance, impressions, impression, read, sense, feedback, two cents, 2 cents, reaction, reactions, steer, pointers, ideas, gyaan,
  reflections,
  tips, wisdom
`);
/** Words between "your" and an opinion noun ("your *general* take", "your *honest, expert* view"). */
export const opinionModifiers = phraseList(`
  general, overall, broad, broader, big-picture, big picture, high-level, high level, honest, frank, candid, quick, expert,
  professional, personal, wider, gut, brief, rough, own, seasoned, experienced, wise, best, top, off-the-cuff, unfiltered,
  informal, outside, fresh
`);
/**
 * A stand-in for the thing asked about ("something like this", "a project like mine", "this
 * kind of thing"): after "how to"/"how would you", it leaves the question open.
 */
export const genericObjects = phraseList(`
  something like this, something like that, something like mine, something like ours, something like it, something similar,
  anything like this, anything like that, anything similar, a thing like this, things like this, stuff like this, one like this,
  one of these, a project like this, a project like mine, a project like ours, projects like this, a business like this,
  a business like mine, a business like ours, a startup like this, a startup like mine, a startup like ours, a product like this,
  a product like mine, a product like ours, an idea like this, an idea like mine, ideas like this, a company like this,
  a company like mine, a company like ours, a venture like this, a marketplace like this, a marketplace like mine,
  a marketplace like ours, an app like this, an app like mine, an app like ours, a platform like this, a platform like ours,
  this kind of thing, that kind of thing, this sort of thing, that sort of thing, this kind of project, this kind of business,
  this kind of idea, this type of thing, this type of project, this type of business, such a thing, such a project,
  such a business, such a venture, such an idea
`);
/** Openers of a how-to question asked for the sender, or hypothetically of them ("how to", "how would you"). */
export const howToOpeners = phraseList(`
  how to, how do i, how should i, how would i, how can i, how could i, how might i, how do we, how should we, how would we,
  how can we, how would you, how'd you, how would one, how does one, how do people, how does someone, best way to, right way to,
  how best to, where to start with, where do i start with, where should i start with, what it takes to
`);
/** Getting a venture going, a broad aim after a how-to ("how to get it off the ground"). */
export const ventureStarts = phraseList(
  `off the ground, up and running, off the runway, going from zero, started from scratch, from zero to one`,
);
/** Words that, after "how do/can/should I", ask how to improve oneself ("how do I get better at PM?"). */
export const selfImprovementVerbs = phraseList(`
  get better, get good, improve, become, grow, learn, level up, break into, get into, move into, transition, succeed, stand out,
  prepare, get started, get ahead, advance, excel, develop myself, upskill, start
`);
/** One-word questions that ask for anything at all ("Thoughts?"). */
export const bareVagueQuestions = phraseList(`thoughts, ideas, advice, tips, feedback, suggestions, insights, input, opinions, pointers`);

/** Reviewing something of yours: a document, page, résumé, app. */
export const reviewVerbs = phraseList(`
  review, reviewing, look at, looking at, look over, looking over, look through, take a look at, taking a look at, have a look at,
  having a look at, take a quick look at, have a quick look at, take a peek at, glance at, glance over, read over, read through, read,
  reading, proofread, check out, checking out, critique, critiquing, tear down, audit, assess, evaluate, give feedback on,
  give me feedback on, give us feedback on, share feedback on, feedback on, sanity-check, sanity check, go over, go through,
  going through, comment on, mark up, edit, rate, grade, send you, sending you, share with you, weigh in on, tell me what you think of,
  tell me what you think about, your eyes on, eyes on, teardown of, review of, audit of, critique of, feedback about, thoughts on,
  your take on, opinion on, input on, analyse, analyze, analysing, analyzing, sent you, send over, sending over, do the same for,
  do one for, the same for,
  walk through, walk-through of, do one on, one on our, one for our
`);
/**
 * More verbs of reviewing ("cast an eye over", "skim", "poke holes in"); with `reviewVerbs` they
 * take the sender's work as object: "my/our/this …", or "it"/"the draft" once the message says
 * the sender made or attached something (`ownWorkCues`).
 */
export const reviewGlances = phraseList(`
  cast an eye over, cast an eye on, cast your eye over, cast your eyes over, cast a critical eye over, cast a quick eye over,
  casting an eye over, casting your eye over, casting an eye on, running an eye over,
  run an eye over, run your eye over, run your eyes over, skim, skim through, skim over, eyeball, red-pen, poke holes in, pick apart,
  tear apart, roast, roasting, tear into, rip apart, control, glance through, flick through, leaf through, sense-check, sense check, gut-check, gut check, pressure-test,
  stress-test, look over, read over, look at, look through, check, double-check, vet, mark up, give feedback on, give notes on,
  give me notes on, comment on, critique, review, proofread, edit, read, reread, go over, go through, sanity-check, sanity check
`);
/** Verbs that take a look as their object ("take a look", "give it a read", "having a peek"). */
export const lookGivers = phraseList(`
  take, takes, taking, took, have, having, give, gives, giving, cast, casting, grab, grabbing, do, doing, spare, sparing
`);
/** A look as a noun, after "a"/"an" ("a quick look", "a once-over", "a read-through"). */
export const lookNouns = phraseList(`
  look, looks, peek, glance, read, read-through, readthrough, once-over, once over, skim, pass, scan, gander, look-see, squiz,
  proofread, review, sanity check, sanity-check, critical eye, eye, second look, fresh look, look through, look over
`);
/** Words between "a" and the look ("a quick look", "a second, critical read"). */
export const lookModifiers = phraseList(`
  quick, quickie, brief, short, fast, closer, close, second, critical, final, careful, rough, honest, little, proper, fresh, cursory
`);
/** Verb phrases of reviewing that hold their own object ("look it over", "skim it"). */
export const reviewBare = phraseList(`
  look it over, read it over, look them over, skim it, eyeball it, mark it up, red-pen it, tear it apart, poke holes in it,
  give a look to it, give a look at it, take a look to it, have a look to it, give it a look
`);
/** What "the …" names when it is the sender's work, after a cue of own work ("the draft", "the new page"). */
export const ownWorkNouns = phraseList(`
  draft, drafts, doc, docs, document, deck, page, pages, version, prd, spec, write-up, writeup, faq, plan, proposal, mockup,
  mockups, mock-up, mock-ups, prototype, copy, outline, brief, one-pager, site, website, landing page, portfolio, resume, résumé, cv,
  essay, chapter, manuscript, pitch, memo, flow, screens, wireframes, wireframe, designs, roadmap, application, cover letter, file,
  pdf, slides, rewrite, redesign, sketch, sketches, attachment
`);
/**
 * Cues that the message holds or points to something the sender made: an attachment, a link to a
 * draft, "I've drafted…", "before it goes live". They let "it" or "the draft" stand for the
 * sender's work in a review request.
 */
export const ownWorkCues = phraseList(`
  our new, my new,
  i have written, i've written, i wrote my, we wrote our, we have built, i have built, i send you the link, i send the link,
  staging link, staging url, preview link, prototype link, figma link, loom link, here's the staging, here is the staging,
  attached, attaching, attachment, enclosed, linked below, link below, linked above, link above, draft linked, doc linked, linked here,
  here's the link, here is the link, here's the draft, here is the draft, here's a link, here is a link, link to the draft,
  link to my, link to our, my draft, our draft, a draft, first draft, rough draft, early draft, draft of, google doc, i've drafted,
  i have drafted, i drafted, we drafted, i have written, we have written, i've written, we've written, i've just written,
  i've just drafted, i just wrote, i've just finished, i just finished, i've finally written, i've now written, just drafted, we've drafted, we have drafted, i've written up, i've written a, i've written the,
  i wrote up, i wrote a, we wrote a, i've put together, i have put together, i put together, we put together, we've put together,
  i've built, i have built, i built, we built, we've built, i've mocked up, i mocked up, we mocked up, i've sketched, i sketched,
  i've rebuilt, i have rebuilt, i rebuilt, we rebuilt, we've rebuilt, i've rewritten, i rewrote, we rewrote, i've created, i created,
  we created, we've created, i've made, we've made, i've put up, i've uploaded, i uploaded,
  i've prepared, i prepared, we prepared, i've redesigned, i redesigned, we redesigned, we've redesigned, redesigning our,
  redesigning the, redesigning my, i'm redesigning, we're redesigning, we are redesigning, i've rewritten, i rewrote, we rewrote,
  i've been drafting, i'm drafting, we're drafting, i've been working on a, we've been working on a, before it goes live, before it went live, before we go live, before we launch, before it launches,
  before launch, before we ship, before it ships, before we publish, before i publish, before i send it, before i submit,
  before we release, before the launch, ahead of the launch, ahead of launch, planning a full launch, planning to launch,
  about to launch, about to ship, about to publish
`);
/**
 * What a critique finds ("tell me what's missing", "mark where it falls flat"); after a verb of
 * telling and a question word, and with own work in the message, it asks for a review.
 */
export const critiqueWords = phraseList(`
  missing, wrong, weak, weakest, off, unclear, confusing, confused, broken, lacking, flat, falls flat, fall flat, falls short,
  fall short, fails, doesn't work, does not work, isn't working, is not working, not working, doesn't land, does not land,
  doesn't hold up, could be better, could be stronger, could be clearer, needs work, need work, needs fixing, you'd change,
  you would change, you'd cut, you would cut, you'd fix, you would fix, you'd improve, you'd rewrite, you'd add, you would add,
  to change, to fix, to cut, to improve, to tighten, clunky, loses, lose, sags, drags, drag, breaks down, holes, gaps, gap,
  red flags, red flag, blind spots, blind spot, mistakes, errors, rough edges, improve, strengthen, tighten
`);
/** Verbs of telling that open a critique ("tell me what…", "mark where…", "point out which…"). */
export const critiqueOpeners = phraseList(`
  tell me, let me know, show me, mark, flag, point out, highlight, note, circle, spot, say, share, call out, identify
`);
/** What is reviewed: something of the sender's ("my", "our", "the attached"). */
export const reviewObjects = phraseList(
  `my, our, ours, mine, this, these, the attached, attached, my team's, our team's, a draft, a copy of my, a draft of my`,
);
/** Nouns after a review object that are no document ("read my email", "go over my question"). */
export const reviewNonDocuments = phraseList(`
  email, e-mail, mail, message, messages, note, question, questions, last, previous, dm, inmail, comment, reply, words, understanding,
  thinking, point, situation, case, problem, story, reasoning, logic, career, journey, path, growth, development, next step, options
`);
/** Offering something of yours for them to look at ("for a quick review", "for your feedback"). */
export const reviewRequests = phraseList(`
  for a review, for a quick review, for your review, for your feedback, for a quick look, for a look, for your thoughts, for your input,
  for a second pair of eyes, a second pair of eyes, fresh eyes on, send it over, send it to you, send it your way, share it with you,
  short survey, quick survey, our survey, my survey, fill in our, fill in my, interview you, beta test, try our app, try out our,
  test our product, sign up for our, answer a survey, take a survey, complete a survey, fill out our, fill out my, fill out a short,
  look through it, look over it, go through it, read through it, second pair of eyes, pair of eyes on, look through our, look over our
`);
/** Asking them to give their time to the sender's people: a session for the team, a call with the board. */
export const audiencePhrases = phraseList(`
  walk my team through, walk our team through, walk my exec team through, walk our exec team through, walk my execs through,
  walk our leadership through, present to my team, present to our team, speak to my team, speak to our team, talk to my team,
  talk to our team, run a session for, run a workshop for, at our offsite, at my offsite, call with our board, call with my board,
  call with our ceo, call with my ceo, call with our board chair, call with our investors, call with my boss, reference call,
  be a reference for, a reference for us, customer reference
`);
/** Asking for their internal material: a template, deck or document their team uses. */
export const materialPhrases = phraseList(`
  share the internal, share your internal, send the internal, send your internal, send me your template, share your template,
  share the template your, share the templates your, a redacted version, a redacted copy, a sanitised version, a sanitized version,
  an anonymised version, an anonymized version, a copy of your internal, copy of the internal
`);
/** Asking them to do to the sender's work what they did to another's: a review by another name. */
export const treatmentPhrases = phraseList(`
  the same treatment, same treatment for, do the same for our, do the same for us, do the same for my, do one for our, do one for us,
  do one for my, do the same with our, same teardown for, a teardown of ours, tear ours apart, tear down ours
`);
/** Asking to be introduced or connected to someone. */
export const introPhrases = phraseList(`
  present me to, present us to, presenting me to, presenting us to,
  introduce me, introducing me, introduce us, an intro, an introduction, a warm intro, a quick intro, make an intro,
  make an introduction, connect me with, connect me to, connecting me with, put me in touch, put me in contact, put us in touch,
  loop me in, introducing us, intro me, intro us, intro me to, do an intro, e-intro, an e-intro, hook me up with, link me up with,
  a connection, a connection to, an intro to, connect me with someone, put me in front of
`);
/** Asking for a referral, a recommendation or "a good word". */
export const referralPhrases = phraseList(`
  refer me, referring me, a referral, referral for, a good word, put in a word, vouch for me, recommend me for, recommend me to,
  recommending me for, put my name forward, put my name in, pass my cv, pass my resume, pass my résumé, pass on my, pass along my,
  forward my cv, forward my resume, forward my résumé, forward my application, share my cv, share my resume, endorse me, an endorsement,
  a reference for me, be a reference for me, be a reference, be my reference, a reference for my, act as a reference,
  serve as a reference, as a reference for me
`);
/** Asking for a job, a role or to be hired. */
export const jobPhrases = phraseList(`
  are you hiring, r u hiring, are u hiring, u hiring, any openings, any open roles, hiring interns,
  keep me in mind, keep me posted on openings, anything opens up, something opens up, if a role opens, my next role, my next job,
  looking for a role, looking for a job, looking for a new role, looking for work, job hunting, job search, are you hiring,
  is your team hiring, is your company hiring, you're hiring, you are hiring, hire me, hiring me, be considered for, consider me for,
  considering me for, join your team, joining your team, work for you, work with you, work on your team, work at your company,
  job opening, job openings, open role, open roles, open position, open positions, any openings, any roles, any positions,
  any vacancies, a vacancy, a job at, a job with, a job on, a job in your, for a job, get a job, find a job, land a job, any jobs,
  jobs at your, role at your, position at your, role on your team, position on your team, role in your team, an internship,
  an apprenticeship, my application for, my candidacy, interview me, a role on your, a role at your, a role in your, a pm role,
  a product role, a job offer, a role with you, a position with you
`);
/** Roles that, offered to them anywhere in the message, are an ongoing commitment ("a perfect fit as an early advisor"). */
export const advisorRoles = phraseList(`advisor, adviser, board member, board director, co-founder, cofounder`);
/** Asking them to take an advisor role, invest or join the company. */
export const advisorPhrases = phraseList(`
  an informal advisor, an informal adviser, informal advisor to, informal adviser to, an unofficial advisor, an unofficial adviser,
  an external advisor, an external adviser, a part-time advisor, a part-time adviser, act as an adviser, act as an advisor,
  acting as an adviser, acting as an advisor, serve as an adviser, serve as an advisor,
  be an advisor, become an advisor, becoming an advisor, be our advisor, as an advisor, as our advisor, an advisor to, advisor for our,
  advisor to our, be an adviser, become an adviser, becoming an adviser, be our adviser, as an adviser, an adviser to, our advisory,
  advisory board, advisory role, advisory panel, advisory council, advisory committee, advisory group, board of advisors,
  board of advisers, join our board, on our board, board seat, offer equity, offer you equity, for equity, invest in our,
  invest in my, consult for us, consulting for us, paid engagement, a retainer with us, a retainer for us, on a retainer, a paid retainer, a fractional role, as a fractional, be our fractional, co-founder, cofounder, join our startup,
  join us as, any consulting, do consulting, consulting engagement, take on clients, freelance project, paid project, supervise my,
  supervise me, supervising my, sponsor me, be my sponsor, be my accountability partner, be a sounding board,
  advise our team, advise us on, advise my team, paid arrangement, paid basis, as a consultant, on retainer
`);
/** Phrases of recurrence that make a request an ongoing commitment ("one question every week"). */
export const ongoingTerms = phraseList(`
  every week, every month, every other week, every fortnight, every few weeks, every day, every quarter, each week, each month, weekly,
  monthly, biweekly, bi-weekly, fortnightly, regular, regularly, ongoing, recurring, on a regular basis, from time to time, long-term,
  long term, accountability partner, for the next few months, for the next few weeks, for the next couple of months,
  over the next few months, for the coming months, for a few months, for several months, for the next months, once a week, once a month,
  a few times a month,
  every monday, every tuesday, every wednesday, every thursday, every friday, each friday, each monday, every sprint, every release,
  every couple of weeks, every couple of months, every few days, every other month, every weekend, each weekend, over the next quarter, for the next quarter, over the next year, for the next year,
  over the coming quarter, for the coming quarter, over the coming months, over the coming year, for the coming year, hours a month,
  hours a week, an hour a week, an hour a month, days a month, question a month, question a week, question per month, question per week,
  questions a month, questions a week, questions per month, questions per week, once a quarter, twice a month, twice a week,
  a couple of times a month, through the rest of the year, over the rest of the year
`);
/** Words of an exchange that, with a recurrence, make an ongoing commitment. */
export const interactionWords = phraseList(`
  advising, advise, advising us, advise us,
  question, questions, call, calls, chat, chats, check-in, check-ins, check in, meet, meeting, meetings, session, sessions, catch-up,
  catch-ups, checking in, send you, sending you, ask you, asking you, email you, message you, update you, updates, talk, sync, syncs,
  1:1, 1:1s, one-on-one, one-on-ones, feedback, review, reviews, help, guidance, advice, q, qs, q's, ques, drop you, dropping you,
  ping you, pinging you, dm you, dming you, text you, texting you, hit you up, run by you, running by you
`);

/** Possessive forms that point at the recipient's work, typos included ("you'r talk"). */
export const possessives = phraseList(`your, you'r, youre, you're, ur, yr`);
/** Kinds of work that are specific enough to tie a question to (SPEC §1.5: talk, post, book…). */
export const workNouns = phraseList(`
  shot, mockup, prototype, repo, repository, readme, notebook, figma file, community file, memo, investor update,
  shareholder letter, annual letter, tiktok, reel, discord ama, ama, yt video, application note, app note, datasheet, data sheet, patent, poster, preprint, spec sheet,
  white paper,
  talk, keynote, presentation, lecture, speech, session, panel, fireside, webinar, workshop, masterclass, course, class, bootcamp,
  tutorial, lesson, post, blog, blogpost, article, essay, piece, write-up, writeup, thread, tweet, tweetstorm, newsletter, issue,
  column, op-ed, memo, letter, book, chapter, ebook, guide, handbook, playbook, paper, study, research, report, survey, whitepaper,
  podcast, episode, ep, interview, appearance, video, vlog, youtube, deck, slides, framework, model, canvas, matrix, template, method,
  methodology, checklist, teardown, breakdown, review, critique, assessment, series, substack, ama, launch, product, app, tool, library,
  principle, rule, law, heuristic, formula, concept, idea, diagram, scorecard, analysis, experiment, benchmark, file, livestream,
  stream, archive, slide, recording, transcript, workbook, toolkit, kit, notebook, spreadsheet, doc, document, carousel, infographic,
  handout, reel, clip, demo, repo, repository, primer, explainer, deep-dive, deep dive, retrospective, retro, post-mortem, postmortem,
  case study, talk track, sheet, map, memo
`);
/** Plural kinds of work; they count only with a topic ("your posts on pricing"). */
export const workNounsPlural = phraseList(`
  talks, posts, articles, essays, pieces, threads, tweets, newsletters, books, papers, studies, podcasts, episodes, interviews, videos,
  frameworks, models, templates, teardowns, writings, lectures, workshops, courses, notes, breakdowns, reviews, critiques, guides,
  playbooks, essays, case studies, deep-dives, deep dives, livestreams, streams, slides, decks, memos, rules, principles, experiments
`);
/**
 * Words before a plural work noun that praise or count it without naming what it is about
 * ("your great posts", "your many talks"); any other word there names a topic ("your
 * pricing-page teardowns").
 */
export const unspecificModifiers = phraseList(`
  great, amazing, awesome, brilliant, excellent, insightful, fantastic, wonderful, inspiring, incredible, helpful, thoughtful, useful,
  many, recent, latest, old, older, new, newer, regular, weekly, daily, monthly, numerous, various, other, some, all, fun, cool, nice,
  good, best, popular, famous, viral, legendary, several, frequent, countless, lovely, superb, excellent, smart, sharp, clear, honest,
  public, online, linkedin, twitter, medium, youtube, own, recent, previous, past, earlier, first, free
`);
/** Words that end the noun phrase after "your" before any work noun ("your work on…", "your profile and…"). */
export const referenceStops = phraseList(`
  on, about, at, in, for, of, with, to, from, and, or, but, that, which, who, is, was, were, are, has, have, had, been, be, the, a, an,
  so, as, by, into, over, since, while, when, than, you, i, me, my, we, our, it, this
`);
/** Verbs after "you" that quote something they said or wrote ("you mentioned…", "you argued…"). */
export const referenceVerbs = phraseList(`
  mentioned, mention, said, say, says, wrote, write, argued, argue, argues, suggest, suggested, suggests, found, describe, described,
  explained, explain, note, noted, claimed, claim, recommend, recommended, advise, advised, talked about, spoke about, point out,
  pointed out, tweeted, posted, state, stated, showed, show, proposed, propose, coined, outlined, laid out, made the point, put it,
  highlighted, emphasised, emphasized, compared, framed, called it, called this, walked through, broke down, listed, warned, predicted,
  insisted, observed, touched on, referred to, quoted, cited, spoke on, talk about, write about, discussed, covered
`);
/** Verbs of making: they name a piece of work only next to a work noun ("the talk you gave", "you published a post"). */
export const creationVerbs = phraseList(`
  gave, give, published, built, launched, created, designed, hosted, presented, taught, recorded, released, did, ran, put out,
  put together, authored, co-wrote, co-authored, made, shared, wrote, posted, drew, sketched, open-sourced, delivered, led, mentioned
`);
/** Verbs of keeping a work going: they name it only after the noun ("the OKR tool you maintain", "the podcast you host"). */
export const keepingVerbs = phraseList(`
  maintain, maintains, maintained, run, runs, ran, own, owns, founded, co-founded, started, edit, edits, edited, curate, curates,
  curated, host, hosts, moderate, moderates, teach, teaches, develop, developed, wrote, write, publish, put out
`);
/** Seeing or hearing them present ("heard you speak at…", "saw you on the … podcast"). */
export const presenceReferences = phraseList(`
  your application note, your app note, your technical note, your tech note, your research note, your design note,
  heard you speak, heard you talk, heard you on, heard you present, saw you speak, saw you present, saw you talk, saw you on,
  watched you speak, watched you present, watched you on, listened to you, caught you on, caught your
`);
/** Verbs of meeting a work, which name theirs even without "your" ("loved the playbook", "read the piece on…"). */
export const readingVerbs = phraseList(`
  loved, love, enjoyed, enjoy, read, reread, re-read, watched, heard, saw, listened to, attended, came across, found, stumbled on,
  stumbled upon, devoured, finished, just finished, bookmarked, shared, quoted, keep rereading, fan of, big fan of, huge fan of,
  a fan of, binge-read, binge-reading, binged, rewatched, re-watched, went through, studied, used, tried, printed, saw in, read in,
  noticed in, spotted in
`);
/** Numbered parts of a work ("in episode 42", "chapter 4"). */
export const numberedParts = phraseList(`episode, ep, chapter, issue, part, slide, page, section, lesson, module, season`);
/** Places a work is posted, which are no topic ("your posts on LinkedIn"). */
export const platforms = phraseList(
  `linkedin, twitter, x, medium, substack, youtube, instagram, tiktok, threads, bluesky, reddit, quora, social, the internet, the web, your blog`,
);
/** Words about the writer, for `self-focus`. */
export const selfWords = phraseList(`i, me, my, mine, myself, i'm, i've, i'd, i'll, im, ive`);
/** Words about the reader, for `self-focus`. */
export const otherWords = phraseList(`you, your, yours, yourself, yourselves, you're, you've, you'd, you'll, youre, you'r, u, ur`);
/** Words by which a sentence speaks of the sender or the sender's side ("we", "let's"). */
export const senderWords = phraseList(`i, me, my, we, us, our, i'd, i'm, i'll, let's, lets, id, im`);
/** How the rewrite says the sender met each kind of work ("I heard your talk", "I read your post"). */
export const workVerbs: Record<string, string> = Object.fromEntries([
  ...phraseList('talk, keynote, presentation, lecture, speech, session, panel, fireside').map((k) => [k, 'heard']),
  ...phraseList('podcast, episode, ep, interview, appearance').map((k) => [k, 'listened to']),
  ...phraseList('video, vlog, youtube, webinar').map((k) => [k, 'watched']),
  ...phraseList('workshop, masterclass, course, class, bootcamp, tutorial, lesson').map((k) => [k, 'took']),
  ...phraseList(
    'framework, model, canvas, matrix, template, method, methodology, checklist, principle, rule, law, heuristic, formula, concept, idea',
  ).map((k) => [k, 'read about']),
  ...phraseList('product, app, tool, library, launch').map((k) => [k, 'tried']),
]);
/** Rewrite: words that open the topic after a work ("your talk on…", "your keynote at…"). */
export const topicOpeners = phraseList(`on, about, at, in, for, of, into, around, regarding, covering, with, from`);
/** Rewrite: words that end a topic, where the sentence goes on with a verb, a pronoun or a new clause. */
export const topicEnds = phraseList(`
  was, is, were, are, has, have, had, that, which, where, who, and, but, so, really, i, i'd, i'm, i've, i'll, we, we're, my, me, you,
  it, this, changed, stuck, helped, made, last, yesterday, recently, since, because, as, when, while, ago, twice, again, still, just,
  very, truly, mentioned, said, wrote, argued, suggested, found, described, explained, noted, claimed, recommended, pointed, shared,
  posted, tweeted, published, gave, built, launched, created, presented, taught, recorded, released, covered, discussed, showed
`);
/** Rewrite: short words allowed inside a capitalised title ("Metrics That Matter", "Women in Product"). */
export const titleGlue = phraseList(`of, the, and, for, to, a, an, in, on, at, with, &`);
/** Rewrite: verbs after "you" that introduce an idea worth restating ("you mentioned that…"). */
export const ideaVerbs = phraseList(`
  mentioned, mention, said, say, says, argued, argue, argues, suggest, suggested, suggests, found, noted, note, claimed, claim,
  recommend, recommended, pointed out, point out, stated, state, explained, explain, described, describe, proposed, propose, wrote that,
  write that, made the point, warned, predicted, insisted, observed, showed, show, put it
`);

/** Question words that open a question whose writer left off the question mark ("What you think I should…"). */
export const unmarkedQuestionWords = phraseList(`what, how, which, why, where, when, who, whom`);
/** The word after such a question word that makes it a question: "you" or an auxiliary. */
export const unmarkedQuestionSecond = phraseList(`you, u, do, does, did, would, could, should, can, will, is, are, was, were, have, has`);
/** Auxiliaries that open a yes-no question when a subject follows ("did you", "was that", "should i"). */
export const invertedAuxiliaries = phraseList(`
  do, does, did, was, were, is, are, would, could, can, will, have, has, had, should, shall, may, might
`);
/** Subjects after such an auxiliary that make the clause a question ("was *that* on iOS…", "did *users* have to tap…"). */
export const invertedSubjects = phraseList(`
  you, u, ya, that, it, this, they, there, the, your, these, those, people, users, customers, we, i, anyone, any, most
`);
