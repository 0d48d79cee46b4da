/**
 * Word lists and limits of the ask check at stage `escalation` (SPEC §1.4, §1.5), also run for
 * a backstage request: a short, bounded slot on a specific, nuanced problem, after at least
 * one circle-back.
 */
import { phraseList } from './ask.js';

/** Limits of the slot an escalation asks for. */
export const escalationLimits = {
  /** Minutes above which `slot-too-long` fails the ask. */
  maxMinutes: 30,
  /** The slot the messages suggest instead. */
  suggestedMinutes: 15,
};

/** Lengths written in words, in minutes; longer phrases win over the shorter ones inside them. */
export const durationPhrases: Readonly<Record<string, number>> = {
  'a quarter of an hour': 15,
  'a quarter of hour': 15,
  'quarter of hour': 15,
  'quarter of an hour': 15,
  'quarter-hour': 15,
  'quarter hour': 15,
  'half an hour': 30,
  'half-hour': 30,
  'half hour': 30,
  'an hour and a half': 90,
  'one and a half hours': 90,
  'hour and a half': 90,
  'an hour or two': 120,
  'a couple of hours': 120,
  'couple of hours': 120,
  'couple hours': 120,
  'a few hours': 180,
  'several hours': 180,
  'an hour': 60,
  'a full hour': 60,
  'the full hour': 60,
  'hour-long': 60,
  'a couple of minutes': 2,
  'a couple minutes': 2,
  'a few minutes': 5,
  'a few mins': 5,
  'a minute': 1,
  'an afternoon': 240,
  'a morning': 180,
  'an evening': 180,
  'a whole day': 480,
  'a full day': 480,
  'half a day': 240,
  'half-day': 240,
  'a day of your time': 480,
};

/** Units after a number, in minutes each ("15 minutes", "1.5 hrs", "20-min"). */
export const durationUnits: Readonly<Record<string, number>> = {
  minutes: 1,
  minute: 1,
  mins: 1,
  min: 1,
  hours: 60,
  hour: 60,
  hrs: 60,
  hr: 60,
  h: 60,
  // The same units in the languages a writer may slip into ("15 minutos", "20 Minuten").
  minutos: 1,
  minuto: 1,
  minuten: 1,
  minuti: 1,
  horas: 60,
  hora: 60,
  stunden: 60,
  stunde: 60,
  heures: 60,
  heure: 60,
};

/** Words right before a length that make it no slot ("per hour", "within an hour", "cut from 45 minutes"). */
export const notSlotBefore = phraseList(`within, after, per, every, each, ago, from, takes, took, lasts, lasted, run, runs, ran, by`);

/** Words just before a length that decline it ("not an hour", "no need for an hour"). */
export const slotNegations = phraseList(`
  not, no need for, don't need, do not need, won't need, will not need, wouldn't need, would not need, doesn't need to be,
  does not need to be, rather than, instead of, never, not even
`);

/** Recurring words that, before a meeting noun, make a slot with no end ("a weekly call"). */
const recurringWords = phraseList(
  `weekly, monthly, fortnightly, biweekly, bi-weekly, regular, recurring, standing, ongoing, repeat, repeating`,
);
/** Meeting nouns a recurring word can qualify. */
const slotNouns = phraseList(
  `call, calls, chat, chats, slot, slots, meeting, meetings, sync, syncs, session, sessions, check-in, check-ins, catch-up, catch-ups, 1:1, 1:1s`,
);

/**
 * Asks with no end, counted in request sentences: open-ended lengths and recurring slots
 * ("as long as you need", "every week", "a weekly call").
 */
export const unboundedPhrases = [
  ...phraseList(`
    as long as you need, as long as you like, as long as you want, as long as it takes, as much time as you, however long,
    open-ended, open ended, no time limit, unlimited time, all day, all afternoon, all morning, the whole afternoon, the whole morning,
    the whole day, a long call, a long chat, a long session, every week, every month, every other week, each week, each month,
    every few weeks, regularly, on a regular basis, on an ongoing basis, from time to time, whenever i get stuck, whenever i need,
    all your, all of your, each of your, every one of your, for the whole quarter, for a month, for a few weeks, for the next few weeks,
    for a few months, whatever you can spare, as much as you can spare
  `),
  ...recurringWords.flatMap((word) => slotNouns.map((noun) => `${word} ${noun}`)),
];

/** Words that make a sentence ask for time ("could we", "would you have", "spare"). */
export const slotRequestCues = phraseList(`
  could we, can we, could i, can i, may i, might you, would you, could you, can you, do you have, would you have, are you free,
  spare, borrow, grab, block, book, steal, schedule, slot, of your time, would * work, does * work, work for you, i'd love, i would love,
  love to get, is it possible, would it be possible, any chance, open to, up for, let me know if, happy to find, find time, my ask
`);

/** Occasions a backstage request can name instead of a length ("sit in on your next brainstorm"). */
export const backstageOccasions = phraseList(`
  brainstorm, brainstorming, session, review, meeting, outline, draft, kickoff, kick-off, workshop, planning, offsite, critique,
  crit, retro, standup, stand-up, sync, interview, demo, walkthrough, write-up, writing session, pitch, readout
`);

/** Verbs of a backstage request: watching work happen. */
export const backstageVerbs = phraseList(
  `sit in, sit on, watch, shadow, observe, listen in, join, tag along, be a fly on the wall, look over your shoulder`,
);

/** Phrases that ask for something open-ended or general ("your general thoughts", "career growth"). */
export const broadPhrases = phraseList(`
  in general, general thoughts, general advice, general question, general questions, generally, any advice, any tips, any thoughts,
  any ideas, any pointers, any suggestions, career, careers, best practices, best practice, pick your brain, catch up, catch-up,
  everything about, everything you know, all things, overall strategy, broadly, big picture, level up, get better at, improve at,
  grow as, how to be a better, how you think about, your approach to, your philosophy, lessons learned, learn from you,
  your experience with, what you would do differently, what you'd do differently, go over our, go through our strategy, talk shop,
  just chat, chat about, talk about growth, talk about pricing, talk about strategy, your thoughts on, your take on, your views on,
  your perspective on, your opinion on, hear more about, hear about your, learn more about, share your wisdom, anything you,
  what you think, what you'd do, what you would do, your thoughts, your advice, your view, any feedback, what you'd change about how i,
  what you would change about how i, what you'd change about my, what you would change about my, broader advice, what's next for,
  what is next for, just brainstorm, brainstorm what's next
`).concat(
  // "your broader thoughts", "some big-picture guidance": a widening word before an opinion asks for everything at once.
  phraseList(`broader, general, overall, big-picture, wider, high-level`).flatMap((wide) =>
    phraseList(`thoughts, advice, view, views, take, perspective, guidance, input, reflections, counsel`).map((noun) => `${wide} ${noun}`),
  ),
);

/**
 * Phrases that state a specific, nuanced problem: a choice between options, a named snag, a
 * decision or "how would you handle … when …".
 */
export const specificProblemPhrases = phraseList(`
  figure out why, work out why, find out why, understand why, figure out what's going, work out what's going, not sure the,
  not sure it, not sure that, not sure we, not sure our, not convinced, i doubt, i worry, i'm worried, im worried, worried that,
  worried we, afraid that, afraid we, i fear, my worry is, my fear is,
  whether, disagree, disagrees, disagreed, disagreement, at odds, pulling in opposite directions, must decide, have to decide, need to decide, needs to decide, is split, are split, split in two, divided on, torn between, choose between, choosing between, decide between, deciding between, pick between, picking between, versus, vs,
  trade-off, trade-offs, tradeoff, tradeoffs, trade off, can't decide, cannot decide, cant decide, can't tell, cannot tell, cant tell,
  can't figure, cannot figure, can't work out, can't see how, can't explain, can't solve, cannot solve, not sure whether, not sure if,
  understand if, understand whether, figure out if, work out if, find out if, find out whether, know if it, know if we, know if the,
  been able to work out, been able to figure out, been able to decide, been able to solve, been able to crack, couldn't work out,
  couldn't figure, couldn't decide, couldn't solve, can't crack,
  not sure how, not sure why, not sure which, unsure whether, unsure how, unsure which, don't know why, don't know how,
  don't know whether, don't know which, dont know, no idea how, no idea why, stuck on, stuck with, i'm stuck, we're stuck, struggling with,
  struggling to, the problem is, problem:, new problem, the issue is, issue:, snag, nuance, tricky, dilemma, tension, break ties,
  tie-break, tiebreak, edge case, conflict between, which one, which of, which to, which would, which should, decide which,
  know which, tell which, choose which, figure out which, need to figure out, figure out how to, trying to figure out, need to work out,
  without adding, without losing, without breaking, without hurting, without killing, without slowing, how do you handle, how you handle, how would you handle, how you'd handle,
  how you would handle, how you'd decide, how would you decide, how you decide, how to decide, how to handle, how to set,
  how to choose, how you'd choose, how to structure, how you'd structure, how to sequence, how you'd sequence, how you'd prioritise,
  how you'd prioritize, how to price, how you'd price, should we, should i, whether to, if we should, if i should, when to,
  the catch is, the challenge is, challenge:, the question is, my question is, blocked on, hit a wall, hit a snag, ran into,
  how you break, how you'd break, how to break, how you'd set, how you set, how you'd run, how to run,
  how do you decide, how do you set, how do you price, how do you choose, how do you sequence, how do you structure,
  now wants, now want, now asks, now requires, now insists, now insist, now demands, is asking us to, are asking us to, asks how we, asking how we, wants to know how we
`);

/** Verbs of trying advice; "haven't … tried your idea" or "not yet … applying it" shows no circle-back yet. */
export const tryingVerbs = phraseList(`
  try, tried, trying, apply, applied, applying, test, tested, testing, use, used, using, implement, implemented, implementing, start,
  started, starting, act, acted, acting, put, roll, rolled, rolling
`);

/** Words that deny the trying before it ("haven't", "not yet", "yet to"). */
export const notYetWords = phraseList(`haven't, have not, havent, hasn't, has not, hasnt, not yet, yet to, didn't, did not, didnt, never`);

/** Filler words that may stand between the denial and the trying ("haven't *had a chance to* try it"). */
export const notYetFillers = phraseList(`
  had, a, the, chance, time, got, gotten, round, around, to, been, able, yet, managed, really, actually, properly, fully, even, quite
`);

/** Words of a question that, with enough detail after them, state a problem ("how would you …", "… or …"). */
export const questionOpeners = phraseList(`how, what, why, when, where, who, which, whether`);

/** Minimum words after "how/which/what…" in a request for it to name a problem ("how to split ownership"). */
export const specificQuestionWords = 3;

/** The two people, who must be the subject of a denied contact ("*we* haven't met"; "targets haven't been met" is no contact). */
export const contactSubjects = phraseList(`we, i, you, u, we've, i've, you've, we'd, i'd, you'd, you and i, you and me`);

/** Adverbs between the subject and the denial ("we *actually* haven't met"). */
export const contactAdverbs = phraseList(`still, actually, really, honestly, technically, also, obviously`);

/** Words that deny contact before a verb of contact ("haven't", "never", "not yet"). */
export const contactDenials = phraseList(
  `haven't, have not, havent, hadn't, had not, have never, had never, never, not, not yet, still haven't`,
);

/** Filler words that may stand between the denial and the contact ("haven't *actually* spoken", "never *properly* met"). */
export const contactFillers = phraseList(`
  actually, really, properly, ever, officially, formally, directly, personally, yet, even, quite, truly, been, had, the, a, chance, to,
  got, gotten, managed, able, all, both
`);

/** Verbs of contact between two people ("met", "spoken", "been in touch", "crossed paths"). */
export const contactVerbs = phraseList(`
  met, spoken, talked, chatted, connected, corresponded, interacted, worked together, been in touch, crossed paths,
  been introduced, exchanged messages, spoke, to talk, to speak, to meet, to chat, to connect
`);

/**
 * Words after the contact verb that keep it about the two people ("… spoken *before*", "… met
 * *yet*", "… talked, *but* …"); any other word makes it about a topic, a time or someone else
 * ("spoken about pricing", "talked since March", "met the target").
 */
export const contactClosers = phraseList(`
  before, yet, properly, directly, personally, formally, officially, but, and, so, though, although, ever, either, at all, really,
  actually, until now, till now, as such, though
`);

/** Words that name the two people after a contact verb ("met *you*", "spoken *to each other*"). */
export const contactPeople = phraseList(
  `you, u, ya, each other, one another, to you, with you, to u, with u, to each other, with each other`,
);

/**
 * Signs in the text that no circle-back has happened yet: a first contact, or advice not yet
 * tried ("we haven't met yet", "I haven't tried your idea yet").
 */
/**
 * The report back that never came, though the advice may have been tried ("I never wrote back
 * after your advice … manual reviews dropped by 60%"): no circle-back, but a result to recall.
 */
export const unreportedPhrases = phraseList(`
  haven't circled back, haven't reported back, never wrote back, never got back to you, never reported back, never followed up,
  didn't write back, did not write back, forgot to write back, never circled back, haven't updated you
`);
export const noCircleBackPhrases = phraseList(`
  we don't know each other, we do not know each other, don't know me, do not know me, dont know me,
  first time reaching out, reaching out for the first time, first time writing, first time i'm writing, you don't know me yet,
  haven't tried, have not tried, havent tried, haven't applied, have not applied, havent applied, haven't tested, have not tested,
  haven't used, have not used, haven't implemented, have not implemented, haven't had a chance to try, haven't had a chance to apply,
  haven't had time to try, haven't had time to apply, haven't gotten to, haven't got to, haven't been able to try, yet to try,
  yet to apply, yet to test, didn't get to try, didn't get a chance to try, didn't try, did not try, didn't apply, did not apply,
  not tried it yet, not applied it yet, not tested it yet, before i try, before we try, before i apply, before trying,
  never got around to, not had a chance to try, not yet tried,
  haven't yet had the chance, haven't yet had a chance, haven't had the chance to, not yet had the chance, not yet had a chance,
  haven't yet tried, haven't yet applied, haven't yet put, not yet put,
  not yet applied, not yet tested, once i try, once we try, when we try it, when i try it, haven't started, have not started,
  havent started, haven't rolled, have not rolled, haven't begun, haven't done it, haven't put, not started yet, not yet started,
  haven't gotten around, haven't got around, haven't acted on, have not acted on, haven't got round, haven't gotten round,
  not got round, never got round, did not realize it yet, didn't realize it yet, not realized it yet, not realised it yet,
  did not realise it yet, didn't realise it yet, did not implement it yet, didn't implement it yet, did not apply it yet
`);

/**
 * Nouns of a difficulty ("headache", "wrinkle", "sticking point"). Introduced as new, next or
 * now, before a colon, or as "the … is", they state the problem an escalation brings.
 */
export const difficultyNouns = phraseList(`
  problem, problems, issue, issues, challenge, challenges, headache, headaches, wrinkle, wrinkles, snag, snags, puzzle, puzzles,
  sticking point, sticking points, catch, hurdle, hurdles, blocker, blockers, knot, complication, complications, twist, bottleneck,
  bottlenecks, conundrum, obstacle, obstacles, roadblock, roadblocks, gotcha, pain point, pain points, stumbling block, worry, worries,
  concern, concerns, riddle, quandary, hitch, curveball, curve ball, kink, kinks, dilemma, dilemmas, question, questions, sticky bit,
  risk, risks, downside, downsides, danger, constraint, constraints, tricky bit, tricky part, hard part, hard bit, knotty bit, knotty part, awkward bit, awkward part, difficult part, thorny bit, thorny part, weird part, weird bit, odd part, odd bit, strange part, strange bit, funny part
`);

/** Words that introduce a difficulty as the one at hand ("the *next* headache", "a *new* wrinkle"). */
export const difficultyOpeners = phraseList(
  `new, next, latest, another, fresh, remaining, current, open, knotty, thorny, sticky, bigger, biggest, difficult, hard, harder, tricky,
  trickier, tough, tougher, real`,
);

/** Words that, right after "the <difficulty> is", say it is solved, so it states no problem now ("the bottleneck is gone"). */
export const resolvedWords = phraseList(`
  gone, fixed, solved, resolved, sorted, over, behind, closed, done, no, not, smaller, better, easier, manageable, history, under, away,
  mostly, largely, finally, now gone
`);

/**
 * Verbs of effort on a problem ("trying to", "wrestling with", "stalling on"); with concrete
 * words after them in the same sentence they state it.
 */
export const effortPhrases = phraseList(`
  trying to, attempting to, i keep, we keep, working out, figuring out, wrestling with, grappling with, stalling on, stalled on, keep stalling,
  puzzling over, puzzled by, chewing on, going back and forth, go back and forth, agonising over, agonizing over, struggle with,
  struggle to, battling with, battling to, juggling, caught between, split between, pulled between, stuck between, squeezed between,
  hung up on, weighing, debating, can't crack, cannot crack, can't settle, cannot settle, can't square, cannot square, can't reconcile,
  cannot reconcile, trying to reconcile, torn on, torn about, undecided on, undecided about, on the fence about, can't agree on,
  can't agree whether, disagree on, disagree about, at odds over, at odds on, don't understand if, don't understand whether,
  don't understand why, do not understand if, do not understand why, can't tell if, can't tell whether, cannot tell if,
  idk if, idk whether, dunno if, unsure if, unsure whether, can't untie, cannot untie, can't solve, cannot solve, can't figure out, cannot figure out, need to settle, have to settle, need to sequence, need to choose, have to choose, must decide, must choose
`);

/** Words right after an effort verb that make it a result ("it's working out well"). */
export const effortResultWords = phraseList(`well, great, fine, nicely, brilliantly, ok, okay, perfectly, better, so, for, in, really`);

/** Words before an effort verb that put it in the past: it recalls, it states no problem now ("we were trying to"). */
export const pastMarkers = phraseList(`was, were, had, did, used`);

/** Who pushes for something in a conflict ("sales wants …", "our biggest partner is asking for …"). */
export const conflictAgents = phraseList(`
  sales, finance, legal, marketing, ops, operations, engineering, eng, design, support, procurement, leadership, board, ceo, cfo, cto,
  cpo, coo, cmo, vp, boss, manager, director, customer, customers, client, clients, partner, partners, investor, investors, team, teams,
  seller, sellers, rep, reps, salesperson, salespeople, recruiter, recruiters, pharmacy, pharmacist, pharmacists, nurses, doctors,
  clinicians, engineers, designers, marketers, analysts, editor, editors, students, members, volunteers, donors, trustees, admins,
  stakeholders, stakeholder, execs, exec, founder, founders, cofounder, co-founder, lead, leads, users, buyers, security, compliance,
  hr, product, pm, pms, devs, developers, teachers, parents, staff, chef, landlord, council, regulator, auditors, vendor, agency,
  sponsor, sponsors, auditor, regulators, creators, streamers, artists, authors, influencers, podcasters, drivers, riders, couriers, agents, tenants, landlords, hosts, guests, sitters, players,
  learners, patients, merchants, shoppers, subscribers, ministry, government, insurer, insurers, union, lender, lenders, payer, payers, operator,
  committee, steering committee, notified body, inspector, inspectors, reviewer, reviewers, assessor
`);

/** Verbs by which a difficulty appears ("a subtler issue has now emerged"), after the difficulty noun. */
export const emergingVerbs = phraseList(
  `emerged, come up, came up, cropped up, surfaced, arisen, arose, appeared, popped up, crept in, shown up, showed up`,
);
/** Present verbs of one thing harming another ("day-8 gating hurting team plans", "the bundle cannibalises upgrades"). */
export const harmVerbs = phraseList(`
  hurting, hurts, cannibalising, cannibalizing, cannibalises, cannibalizes, eating into, eats into, dragging down, drags down,
  undercutting, undercuts, crowding out, crowds out, choking, chokes, suppressing, suppresses, fails for, fails on, breaks for,
  breaks on, doesn't work for, does not work for, stopped working for, stops working for, cluster right after, cluster after,
  cluster around, spike after, spike when, spike during, pile up, piles up, are fighting, fighting each other, don't add up,
  do not add up, don't stack, do not stack, overlap on, cancel out, cancel each other
`);
/** A measure that will not move: "reorder rate is stuck at nine percent", "activation has plateaued around 30%". */
export const stuckWords = phraseList(`
  is stuck at, are stuck at, is stuck around, is still stuck at, has been stuck at, have been stuck at, has plateaued at, has plateaued around,
  have plateaued at, plateaued at, is flat at, has been flat at, stalled at, has stalled at, is capped at, won't move past, will not move past,
  won't budge from, refuses to move
`);

/** Adverbs that may stand between the agent and the verb ("sales *now* wants"). */
export const conflictAdverbs = phraseList(`now, also, still, suddenly, really, actually, all, both, instead, keep, keeps, then`);

/** Present-tense verbs of pushing for something ("wants", "is pushing for", "insists on"). */
export const conflictVerbs = phraseList(`
  wants, want, is pushing for, are pushing for, pushes for, push for, pushing for, is pushing back, are pushing back, pushes back,
  push back, asks for, ask for, is asking for, are asking for, asking for, is asking us, are asking us, insists, insist, is insisting,
  are insisting, demands, demand, is demanding, are demanding, expects, expect, would rather, prefers, prefer, objects, object,
  disagrees, disagree, is against, are against, refuses, refuse, won't accept, won't sign, needs us to, need us to, asking us,
  thinks, think, believes, believe, argues, argue, is convinced, are convinced, claims, claim, says, say, is pushing us, are pushing us,
  is pushing me, are pushing me, pushing us to, pushing me to, is pressing us, are pressing us, pressing us to, want us to, wants us to,
  wants me to, want me to,
  skip, skips, ignore, ignore it, ignores, complain, complains, dispute, disputes, abuse, abuses, game the, hoard, hoarding, has asked, have asked, has now asked, have now asked, now asks, asked why, asks why
`);

/** Subjects after "now" that are no other party: the writer or the mentor ("now *I* want …"). */
export const notAgents = phraseList(`i, we, you, u, i'd, we'd, i'm, we're, me, us, it, this, that`);

/** A first-person intention before "but" that states a tension ("we need to cut onboarding to a week, but …"). */
export const intentionPhrases = phraseList(`
  i want to, we want to, i need to, we need to, we have to, i have to, we plan to, i plan to, we're planning to, i'm planning to,
  we must, we'd like to, we would like to, we hope to, we're supposed to, i'm supposed to, we promised, we committed to, we agreed to
`);

/**
 * Watching or learning how they work, the purpose of a backstage request ("to see how you turn
 * the whiteboard mess into …"); "to see what you'd do" asks for their opinion, so "what" is left out.
 */
export const purposePhrases = phraseList(`
  see how, watch how, learn how, understand how, observe how, pick up how, get a feel for how, see which, learn which, see when,
  learn when, see why, understand why, see where, learn where, learn by watching, learn from watching
`);

/** Minimum words after an effort verb, a conflict verb or a purpose for it to name something concrete. */
export const concreteWords = 4;

/** Words that make an either-or question a choice of when or how to meet, not of the problem ("Tuesday or Wednesday?"). */
export const schedulingWords = phraseList(`
  monday, tuesday, wednesday, thursday, friday, saturday, sunday, mon, tue, tues, wed, thu, thur, thurs, fri, week, weekend, month,
  today, tomorrow, tmrw, morning, afternoon, evening, am, pm, time, call, zoom, meet, meeting, teams, phone, email, e-mail, slack, coffee,
  lunch, chat, async, minutes, mins, min, hour, hours, later, sooner, slot, slots
`);

/** Words after "or" that offer a polite way out, not a second option ("or is that too much to ask?", "or are you swamped?"). */
export const imposingWords = phraseList(`
  ask, much, busy, swamped, inconvenient, imposition, cheeky, rude, pushy, bother, bad, easier, convenient, suits, works, prefer, rather
`);

/** Units of time: right before "or" they offer a length, not an option ("a day or two", "a week or so"). */
export const timeUnits = phraseList(`minute, minutes, min, mins, hour, hours, day, days, week, weeks, month, months`);

/** Words after "or" that end a question without a second option ("or not?", "or so", "or something"). */
export const orFillers = phraseList(`not, so, something, anything, whatever, more, less, no, nothing, similar, other`);

/** Minimum words before "or" for a question to weigh two options ("Is that too many, or does the rule win?", "one decision or two?"). */
export const optionWords = 2;

/**
 * Phrases of a general scope in what is asked ("where our roadmap is heading overall", "what's
 * next", "as a whole"): the request names no problem, only an area.
 */
export const generalScopePhrases = phraseList(`
  as a whole, what's next, what is next, what comes next, what to do next, at a high level, high-level, holistically, bigger picture,
  big-picture, in broad strokes, more widely, general direction, the direction of, where to take, where i should take, where we should take,
  where to go next, where we go next, where i go next, where to go from here, where we go from here, zoom out
`);

/** Words after "overall" that show it closes the clause ("… is heading overall?"), an adverb of scope, not "overall conversion". */
export const overallClosers = phraseList(
  `and, but, or, so, for, with, in, next, this, sometime, soon, please, if, when, too, then, though`,
);

/** Verbs of a direction, read after "where …" ("where our growth roadmap is heading"). */
export const directionVerbs = phraseList(`heading, headed, going, goes, evolving, trending, moving, should go, should head`);

/**
 * Broad phrases that only ask for their opinion ("your take on", "what you think"): beside a
 * concrete problem in the same sentence they ask about it, so they do not make it general.
 */
export const opinionPhrases = phraseList(`
  your thoughts on, your take on, your views on, your perspective on, your opinion on, what you think, what you'd do,
  what you would do, your thoughts, your advice, your view, any feedback, anything you, any thoughts, any ideas, any pointers,
  any suggestions
`);
