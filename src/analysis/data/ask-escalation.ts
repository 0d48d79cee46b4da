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
};

/** Words right before a length that make it no slot ("per hour", "within an hour", "cut from 45 minutes"). */
export const notSlotBefore = phraseList(`within, after, per, every, each, ago, from, takes, took, lasts, lasted, run, runs, ran`);

/** Words just before a length that decline it ("not an hour", "no need for an hour"). */
export const slotNegations = phraseList(`not, no need for, don't need, do not need, rather than, instead of, never, not even`);

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
  love to get, is it possible, would it be possible, any chance, open to, up for, let me know if, happy to find, find time
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
`);

/**
 * Phrases that state a specific, nuanced problem: a choice between options, a named snag, a
 * decision or "how would you handle … when …".
 */
export const specificProblemPhrases = phraseList(`
  whether, torn between, choose between, choosing between, decide between, deciding between, pick between, picking between, versus, vs,
  trade-off, trade-offs, tradeoff, tradeoffs, trade off, can't decide, cannot decide, cant decide, can't tell, cannot tell, cant tell,
  can't figure, cannot figure, can't work out, can't see how, can't explain, can't solve, cannot solve, not sure whether, not sure if,
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

/**
 * Signs in the text that no circle-back has happened yet: a first contact, or advice not yet
 * tried ("we haven't met yet", "I haven't tried your idea yet").
 */
export const noCircleBackPhrases = phraseList(`
  haven't met, have not met, havent met, we've never met, we have never met, never met, haven't spoken, have not spoken,
  havent spoken, never spoken, haven't talked, have not talked, never talked, haven't been in touch, never been in touch,
  haven't worked together, never worked together, we don't know each other, we do not know each other, don't know me, do not know me, dont know me,
  first time reaching out, reaching out for the first time, first time writing, first time i'm writing, you don't know me yet,
  haven't tried, have not tried, havent tried, haven't applied, have not applied, havent applied, haven't tested, have not tested,
  haven't used, have not used, haven't implemented, have not implemented, haven't had a chance to try, haven't had a chance to apply,
  haven't had time to try, haven't had time to apply, haven't gotten to, haven't got to, haven't been able to try, yet to try,
  yet to apply, yet to test, didn't get to try, didn't get a chance to try, didn't try, did not try, didn't apply, did not apply,
  not tried it yet, not applied it yet, not tested it yet, before i try, before we try, before i apply, before trying,
  haven't circled back, haven't reported back, haven't updated you, never got around to, not had a chance to try, not yet tried,
  not yet applied, not yet tested, once i try, once we try, when we try it, when i try it, haven't started, have not started,
  havent started, haven't rolled, have not rolled, haven't begun, haven't done it, haven't put, not started yet, not yet started,
  haven't gotten around, haven't got around, haven't acted on, have not acted on, haven't got round, haven't gotten round,
  not got round, never got round
`);
