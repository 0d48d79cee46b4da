/**
 * Where a message asks a big favour: a review of the sender's work, an introduction, a referral,
 * a job, an ongoing commitment. The first contact fails on it (`big-favor`), a follow-up that adds
 * one makes a new ask, and a review asked for is not also a vague question.
 */
import {
  advisorPhrases,
  advisorRoles,
  audiencePhrases,
  critiqueOpeners,
  critiqueWords,
  interactionWords,
  introPhrases,
  jobPhrases,
  lookGivers,
  lookModifiers,
  lookNouns,
  materialPhrases,
  ongoingTerms,
  otherWords,
  ownWorkCues,
  ownWorkNouns,
  referralPhrases,
  reviewBare,
  reviewGlances,
  reviewNonDocuments,
  reviewObjects,
  reviewRequests,
  reviewVerbs,
  selfWords,
  treatmentPhrases,
} from '../../data/ask.js';
import { findAll } from '../../engine/match.js';
import { memo } from '../../engine/memo.js';
import { tokenIndexAt } from '../../engine/positions.js';
import type { Doc, Span, Token } from '../../engine/types.js';
import { findMeetingRequests } from './find-meeting-requests.js';
import { findMentorshipRequests } from './find-mentorship-requests.js';
import {
  aboutTheirPractice,
  alt,
  END,
  gap,
  gated,
  inTheirPractice,
  isDenied,
  onePerSentence,
  phrasesRegex,
  requestedMatches,
  requestSentences,
  sentenceIndexAt,
  wordRegex,
} from './request-language.js';

/** "review my draft", "take a look at our pricing page" — not "read my email". */
const review = gated(
  wordRegex(`(?:${alt(reviewVerbs)})\\s{1,3}(?:${alt(reviewObjects)})${END}(?!\\s{1,3}(?:${alt(reviewNonDocuments)})${END})`),
  reviewVerbs,
);
const offered = phrasesRegex(reviewRequests);
const glances = [...reviewGlances, ...reviewVerbs];
/** "cast an eye over our FAQ": more verbs of reviewing, with the sender's work as object. */
const glance = gated(
  wordRegex(`(?:${alt(reviewGlances)})\\s{1,3}(?:${alt(reviewObjects)})${END}(?!\\s{1,3}(?:${alt(reviewNonDocuments)})${END})`),
  reviewGlances,
);
/** Not their own thing: "the page you launched", "the draft of yours". */
const NOT_THEIRS = `(?!\\s{1,3}(?:you|u|your|yours|of\\s{1,3}yours)${END})`;
/** "look over it", "cast an eye over the new page": a pronoun or "the …" that stands for the sender's work once a cue says so. */
const ownObject = gated(
  wordRegex(`(?:${alt(glances)})\\s{1,3}(?:it|them|the\\s{1,3}${gap(2)}(?:${alt(ownWorkNouns)}))${END}${NOT_THEIRS}(?!\\s{1,3}from${END})`),
  glances,
);
/** "a quick look", "a once-over", "a second, critical read". */
const A_LOOK = `an?\\s{1,3}(?:(?:${alt(lookModifiers)})[\\s,]{1,3}){0,2}(?:${alt(lookNouns)})`;
/** Ends a review that names no object: the clause ends, or goes on with "and…", "before…". */
const NO_OBJECT = `(?=\\s{0,3}(?:[?.!,;:)]|$|and${END}|&|before${END}|when${END}|if${END}|so${END}|to\\s{1,3}(?:tell|let|see|flag|mark)${END}))`;
/** "take a look and tell me…", "giving it a quick once-over?", "look it over": a review with no other object, which stands for the sender's work. */
const bareLook = gated(
  wordRegex(`(?:(?:${alt(lookGivers)})\\s{1,3}(?:(?:it|this|them|these|me)\\s{1,3})?${A_LOOK}|(?:${alt(reviewBare)}))${NO_OBJECT}`),
  [...lookGivers, ...reviewBare],
);
/** "tell me what's missing", "mark where it falls flat": a critique asked of the sender's work. */
const critique = gated(
  wordRegex(
    `(?:${alt(critiqueOpeners)})\\s{1,3}(?:what's|whats|what|where|which|whether|the\\s{1,3}(?:parts?|bits?|places?|spots?|sections?|lines?))${END}\\s{0,3}${gap(4)}(?:${alt(critiqueWords)})${END}(?!\\s{1,3}${gap(3)}(?:your|yours)${END})`,
  ),
  critiqueOpeners,
);
const cues = phrasesRegex(ownWorkCues);

/** True when `doc` holds or points to something the sender made: an attachment, a draft, "I've built…". */
function mentionsOwnWork(doc: Doc): boolean {
  return memo(doc, 'own-work', () => findAll(doc, cues).some((s) => !isDenied(doc, s.start)));
}
const favors = phrasesRegex([
  ...introPhrases,
  ...referralPhrases,
  ...jobPhrases,
  ...advisorPhrases,
  ...treatmentPhrases,
  ...materialPhrases,
  ...audiencePhrases,
]);
const ongoing = phrasesRegex(ongoingTerms);
/** "You'd be a perfect fit as an early advisor", "join us as a board member": a role offered to them. */
const role = gated(
  wordRegex(
    `(?:be|become|becoming|join us as|joining us as|joining as|fit as|have you as|bring you on as|bring you in as|you on board as)\\s{1,3}(?:a|an|our|my)\\s{1,3}${gap(2)}(?:${alt(advisorRoles)})(?![\\p{L}\\p{N}])`,
  ),
  ['be', 'become', 'becoming', 'join', 'joining', 'fit', 'have', 'bring', 'you'],
);
const interaction = phrasesRegex(interactionWords);
const firstPerson = new Set([...selfWords, 'us']);
const secondPerson = new Set(otherWords);
/** Words either side of a recurrence in which the exchange must be named ("one question every week"). */
const EXCHANGE_WINDOW = 6;

/** For each sentence, whether it speaks of both the sender and the recipient. */
function meAndYouSentences(doc: Doc): boolean[] {
  const me = doc.sentences.map(() => false);
  const you = doc.sentences.map(() => false);
  for (const t of doc.tokens) {
    if (firstPerson.has(t.lower)) me[t.sentence] = true;
    else if (secondPerson.has(t.lower)) you[t.sentence] = true;
  }
  return me.map((m, i) => m && you[i] === true);
}

/** "did they look at it only in *the weekly* meeting?": a determiner makes the recurrence an occasion that exists, not one asked for. */
function namesOccasion(doc: Doc, start: number): boolean {
  // "one question like this every month": "every…" is no adjective a determiner could hold.
  if (/^(?:every|each|once|on|over|for|from)(?![\p{L}])/u.test(doc.lower.slice(start, start + 6))) return false;
  const previous = doc.tokens[tokenIndexAt(doc, start) - 1];
  return previous !== undefined && /^(?:the|their|our|his|her|its|that|those|this|these|my)$/.test(previous.lower);
}

/** True when a recurrence is part of a name ("your Roadmap Weekly issue"): capitalised inside a sentence. */
function inTitle(doc: Doc, span: Span): boolean {
  const first = doc.text.charAt(span.start);
  const index = tokenIndexAt(doc, span.start);
  const previous = doc.tokens[index - 1];
  return (
    first !== first.toLowerCase() &&
    previous !== undefined &&
    previous.sentence === (doc.tokens[index] as Token).sentence &&
    previous.kind === 'word'
  );
}

/** True when an exchange word stands within a few words of `span` ("sending you one question every week"). */
function nearExchange(doc: Doc, span: Span): boolean {
  const index = tokenIndexAt(doc, span.start);
  const sentence = (doc.tokens[index] as Token).sentence;
  const inClause = (t: Token | undefined) => t !== undefined && t.sentence === sentence && !/^[:;.!?]$/.test(t.text);
  let from = index;
  while (from > 0 && index - from < EXCHANGE_WINDOW && inClause(doc.tokens[from - 1])) from -= 1;
  let to = tokenIndexAt(doc, Math.max(span.start, span.end - 1));
  for (let n = 0; n < EXCHANGE_WINDOW && inClause(doc.tokens[to + 1]); n++) to += 1;
  interaction.lastIndex = 0;
  return interaction.test(doc.lower.slice((doc.tokens[from] as Token).start, (doc.tokens[to] as Token).end));
}

/**
 * Where a request of `doc` asks them to review something of the sender's: "review my draft",
 * "take a look at our pricing page", "can I send you our deck for a quick review". Once the
 * message holds or points to the sender's work (an attachment, a linked draft, "I've drafted…",
 * "before it goes live"), "cast an eye over it", "look over the new page", "take a look and…"
 * and "tell me what's missing" ask for that review too.
 */
export function findReviewRequests(doc: Doc, requests: readonly boolean[] = requestSentences(doc)): Span[] {
  const asked = [...requestedMatches(doc, review, requests), ...requestedMatches(doc, glance, requests)];
  if (mentionsOwnWork(doc)) {
    asked.push(
      ...requestedMatches(doc, ownObject, requests),
      ...requestedMatches(doc, bareLook, requests),
      ...requestedMatches(doc, critique, requests),
    );
  }
  return [
    ...asked.filter((s) => !aboutTheirPractice(doc, s.start)),
    ...requestedMatches(doc, offered, requests).filter((s) => !purposeOfMeeting(doc, s)),
  ];
}

/**
 * "Could we find 20 minutes next week to go through it?": "it" is what the meeting is for (the
 * question), not a document of the sender's to review; the meeting is `meeting-request`.
 */
function purposeOfMeeting(doc: Doc, span: Span): boolean {
  if (
    !/ (?:it|this)$/.test(doc.lower.slice(span.start, span.end)) ||
    !/(?:^|\s)to\s+$/.test(doc.lower.slice(Math.max(0, span.start - 4), span.start))
  )
    return false;
  const first = memo(doc, 'meeting-by-sentence', () => {
    const bySentence = new Map<number, number>();
    for (const m of findMeetingRequests(doc))
      if (!bySentence.has(sentenceIndexAt(doc, m.start))) bySentence.set(sentenceIndexAt(doc, m.start), m.start);
    return bySentence;
  }).get(sentenceIndexAt(doc, span.start));
  return first !== undefined && first < span.start;
}

/**
 * Where a request of `doc` asks a big favour: reviewing a document, page, app or résumé; an
 * introduction, referral or "a good word"; a job; an advisor role; or an ongoing commitment
 * ("one question every week"). Mentorship itself is `mentorship-request`, not a favour.
 * Shared with the follow-up stage, where any of these is a new ask.
 */
export function findBigFavors(doc: Doc): Span[] {
  return memo(doc, 'favors', () => collectBigFavors(doc));
}

function collectBigFavors(doc: Doc): Span[] {
  const requests = requestSentences(doc);
  const mentorship = new Set(findMentorshipRequests(doc).map((s) => sentenceIndexAt(doc, s.start)));
  const meAndYou = meAndYouSentences(doc);
  const recurring = requestedMatches(doc, ongoing, requests).filter((s) => {
    const index = sentenceIndexAt(doc, s.start);
    return (
      !mentorship.has(index) &&
      meAndYou[index] === true &&
      !inTheirPractice(doc, s.start) &&
      nearExchange(doc, s) &&
      !inTitle(doc, s) &&
      !namesOccasion(doc, s.start)
    );
  });
  const roles = findAll(doc, role).filter((s) => !isDenied(doc, s.start) && !aboutTheirPractice(doc, s.start));
  const asked = requestedMatches(doc, favors, requests).filter((s) => !ownMove(doc, s.start));
  return onePerSentence(doc, [...findReviewRequests(doc, requests), ...asked, ...roles, ...recurring]);
}

/** "I'm moving into a product role", "since I stepped into a PM role": the writer's own move, not a job asked of them. */
function ownMove(doc: Doc, start: number): boolean {
  if (!/^an? [^.!?,]{0,20}(?:role|job|position)/.test(doc.lower.slice(start, start + 32))) return false;
  return /(?:^|[^\p{L}])(?:into|to|starting|started|start|took|take|taking|got|landed|accepted|joined|in)\s+$/u.test(
    doc.lower.slice(Math.max(0, start - 14), start),
  );
}
