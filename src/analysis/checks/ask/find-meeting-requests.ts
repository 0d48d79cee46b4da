/**
 * Where a message asks for a meeting: coffee, a call, a chat, "pick your brain", time on their
 * calendar. The first contact fails on it (`meeting-request`); a follow-up that adds one makes a
 * new ask; and what a meeting is asked for ("20 minutes to go through it") is no review of the
 * sender's work (`find-big-favors.ts`).
 */
import {
  meetingBlockers,
  meetingChannels,
  meetingInRequest,
  meetingModifiers,
  meetingNounFollowers,
  meetingNouns,
  meetingNounsAfterVerb,
  meetingOccasions,
  meetingStrong,
  meetingVerbs,
  meetingVerbsAfterWish,
  meetingWishes,
  meetingWishPredicates,
  otherParties,
} from '../../data/ask.js';
import { findAll } from '../../engine/match.js';
import { memo } from '../../engine/memo.js';
import { tokenIndexAt } from '../../engine/positions.js';
import type { Doc, Span, Token } from '../../engine/types.js';
import { findNamedWorks } from './named-work.js';
import {
  aboutTheirPractice,
  alt,
  END,
  gap,
  gated,
  isDenied,
  onePerSentence,
  phrasesRegex,
  requestedMatches,
  requestSentences,
  senderSentences,
  sentenceIndexAt,
  wordRegex,
} from './request-language.js';

/** "quick", "virtual", "15-minute", "half-hour": what may stand between "a" and "call". */
const MODIFIER = `(?:${alt(meetingModifiers)}|(?:\\d{1,3}|five|ten|fifteen|twenty|thirty|forty-five|sixty|half an|half-an)[- ]?(?:minutes|minute|mins|min|hour)(?:[- ]long)?)`;
/** Not followed by a word that makes the noun something else, nor by "with" someone other than me, you or the sender's own people. */
const FOLLOW = `(?!\\s{1,3}(?:${alt(meetingNounFollowers)})${END})(?!\\s{1,3}with\\s{1,3}(?!me${END}|us${END}|you${END}|our${END}|my${END}))(?!\\s{1,3}(?:to|with)\\s{1,3}${gap(2)}(?:${alt(otherParties)})${END})`;

const strong = phrasesRegex(meetingStrong);
const withArticle = gated(wordRegex(`(?:a|an|some)\\s{1,3}(?:${MODIFIER}\\s{1,3}){0,2}(?:${alt(meetingNouns)})${END}${FOLLOW}`), [
  'a',
  'an',
  'some',
]);
const withVerb = gated(
  wordRegex(
    `(?:${alt(meetingVerbs)})\\s{1,3}(?:(?:a|an|some)\\s{1,3})?(?:${MODIFIER}\\s{1,3}){0,2}(?:${alt([...meetingNouns, ...meetingNounsAfterVerb])})${END}${FOLLOW}`,
  ),
  meetingVerbs,
);
/** "willing to connect", "love to meet" — but "connect me with whoever…" is an introduction (`big-favor`), not a meeting. */
const afterWish = gated(
  wordRegex(
    `(?:${alt(meetingWishes)})\\s{1,3}(?:${alt(meetingVerbsAfterWish)})${END}(?!\\s{1,3}(?:me|us)\\s{1,3}(?:with|to)${END})${FOLLOW}`,
  ),
  meetingWishes,
);
const inRequest = phrasesRegex(meetingInRequest);
/** "Can you spare 15 minutes?", "could we find time next week?" — but not "two minutes to answer". */
const minutes = gated(
  wordRegex(
    `(?:spare|find|have|get|grab|give me|give us|borrow|set aside|block|book|steal|make|do)\\s{1,3}(?:(?:me|us)\\s{1,3})?(?:(?:\\d{1,3}|a few|few|some|five|ten|fifteen|twenty|thirty|forty-five|sixty|a couple of|a couple|an|half an|a quarter of an)\\s{1,3}(?:minutes|minute|mins|min|hours|hour)|(?:some\\s{1,3})?time|(?:an|a|the|a whole|a full|half a)\\s{1,3}(?:afternoon|morning|evening|day|half-day|hour or two|couple of hours))${END}(?!\\s{1,3}(?:of your time\\s{1,3})?to\\s{1,3}(?:answer|reply|respond|read|think|look))(?!\\s{1,3}for\\s{1,3}(?:a|one|my|this)\\s{1,3}(?:quick\\s{1,3})?question)`,
  ),
  ['spare', 'find', 'have', 'get', 'grab', 'give', 'borrow', 'set', 'block', 'book', 'steal', 'make', 'do'],
);
/** "30 min call this week?", "quick zoom tmrw?": a meeting asked for in a fragment, with no article or verb. */
const bare = wordRegex(`(?:${MODIFIER}\\s{1,3}){1,2}(?:${alt(meetingNouns)})${END}${FOLLOW}`);
/** "Coffee next time you're in Berlin?", "Lunch sometime?": an occasion to meet that opens a short question. */
const opening = wordRegex(
  `(?:coffee|a coffee|lunch|drinks|a drink|dinner|a call|a chat|a zoom)(?=\\s{0,3}\\?|\\s{1,3}(?:next|sometime|some|soon|this|tomorrow|tmrw|when|whenever|if|after|before|later|on|at|in|one)${END}[^.!?\\n]{0,60}\\?)`,
);
/** "15 mins next week?", "20 min?": a length that opens a short question asks for that time. */
const LENGTH_WORDS = ['five', 'ten', 'fifteen', 'twenty', 'thirty', 'forty-five', 'sixty'];
const lengthOpening = wordRegex(`(?:\\d{1,3}|${LENGTH_WORDS.join('|')})[- ]?(?:minutes|minute|mins|min)`);
/** "even a monthly coffee in Leeds would be amazing": a meeting named as the subject of a wish. */
const wished = gated(
  wordRegex(
    `(?:a|an|some)\\s{1,3}(?:${MODIFIER}\\s{1,3}){0,2}(?:${alt(meetingNouns)})${END}(?:\\s{1,3}[\\p{L}\\p{N}'’-]{1,20}){0,5}?\\s{0,3}(?:${alt(meetingWishPredicates)})${END}`,
  ),
  ['a', 'an', 'some'],
);
const channels = phrasesRegex(meetingChannels);
const occasions = phrasesRegex(meetingOccasions);
const blockers = new Set(meetingBlockers);
const modals = new Set(['would', 'could', 'can', 'will', 'are', 'might', 'may', 'shall', "would've", 'wanna']);
const asked = new Set(['you', 'u', 'we', 'i', 'a', 'an']);

/** True when the word before `start` makes "a call" a place or a time ("in a meeting", "when a call…"). */
function blocked(doc: Doc, start: number): boolean {
  const previous = doc.tokens[tokenIndexAt(doc, start) - 1] as Token | undefined;
  return previous !== undefined && blockers.has(previous.lower);
}

const subjects = new Set(['you', 'u', 'they', 'he', 'she', 'teams', 'pms', 'people', 'everyone']);

/** True when "a call" is the object of what someone else does ("whether you run a weekly meeting"). */
function objectOfOthers(doc: Doc, start: number): boolean {
  const subject = doc.tokens[tokenIndexAt(doc, start) - 2] as Token | undefined;
  return subject !== undefined && subjects.has(subject.lower);
}

/** For each sentence, whether it asks with a modal: "would you", "could we", "can I", "would a call work". */
function modalSentences(doc: Doc): boolean[] {
  const flags = doc.sentences.map(() => false);
  doc.tokens.forEach((t, i) => {
    const after = doc.tokens[i + 1];
    if (modals.has(t.lower) && after && asked.has(after.lower)) flags[t.sentence] = true;
  });
  return flags;
}

/** True when the question holding `start` has no verb before it: at most three words, none of them a verb of asking or being. */
function fragment(doc: Doc, start: number): boolean {
  const sentence = doc.sentences[sentenceIndexAt(doc, start)];
  if (!sentence) return false;
  const before = doc.tokens.slice(sentence.firstToken, tokenIndexAt(doc, start)).filter((t) => t.kind !== 'punct');
  return before.length <= 3 && !before.some((t) => modals.has(t.lower) || /^(?:is|was|do|does|did|how|what|why|when|which)$/.test(t.lower));
}

/** Words that open a question about what happened, not an offer ("did you run them over zoom?"). */
const INFORMATION_OPENERS = /^(?:did|do|does|was|were|is|are|have|has|had|how|what|which|when|why|where|who|whom|whose)$/;

/** True when `start` is in a question that does not open by asking what happened: "maybe easier in a short call?". */
function offeredInQuestion(doc: Doc, start: number): boolean {
  const sentence = doc.sentences[sentenceIndexAt(doc, start)];
  if (!sentence?.question) return false;
  const first = doc.tokens.slice(sentence.firstToken, sentence.endToken).find((t) => t.kind !== 'punct');
  return first !== undefined && !INFORMATION_OPENERS.test(first.lower);
}

/**
 * "Loved your NRR post. 15 mins next week?": a length right after a stop that the reader's split
 * kept in one sentence (a digit follows the period), then at most five words to a question mark.
 */
function opensFragment(doc: Doc, span: Span): boolean {
  if (!/[.!]\s{1,3}$/.test(doc.text.slice(Math.max(0, span.start - 4), span.start))) return false;
  const rest = /^[^.!?\n]{0,60}\?/.exec(doc.text.slice(span.start, span.start + 64))?.[0];
  return rest !== undefined && rest.split(/\s+/).filter(Boolean).length <= 6;
}

/** True when `start` is the first word of a question of at most `most` words. */
function opensQuestion(doc: Doc, start: number, most = 12): boolean {
  const sentence = doc.sentences[sentenceIndexAt(doc, start)];
  if (!sentence?.question) return false;
  const words = doc.tokens.slice(sentence.firstToken, sentence.endToken).filter((t) => t.kind !== 'punct');
  return words[0]?.start === start && words.length <= most;
}

/**
 * Where `doc` asks for a meeting: coffee, a call, a chat, "pick your brain", "20 minutes on
 * your calendar"; one span per sentence. Soft phrases ("a quick call") count only inside a
 * request that speaks of the sender or asks with a modal ("would you be up for a zoom?"), so
 * "when a call should become a chat" is no request; negated ones ("no need for a call")
 * never count. Shared with the follow-up stage.
 */
export function findMeetingRequests(doc: Doc): Span[] {
  return memo(doc, 'meeting', () => collectMeetingRequests(doc));
}

function collectMeetingRequests(doc: Doc): Span[] {
  const requests = requestSentences(doc);
  const sender = senderSentences(doc);
  const modal = modalSentences(doc);
  const bySender = (s: Span) => sender[sentenceIndexAt(doc, s.start)] === true;
  const byModal = (s: Span) => modal[sentenceIndexAt(doc, s.start)] === true;
  const spans = [
    ...findAll(doc, strong).filter((s) => !isDenied(doc, s.start)),
    ...findAll(doc, wished).filter((s) => !isDenied(doc, s.start)),
    ...requestedMatches(doc, withArticle, requests).filter(
      (s) => !objectOfOthers(doc, s.start) && (bySender(s) || (!blocked(doc, s.start) && byModal(s))),
    ),
    // "easier to discuss it in a short call?": a channel offered in a question asks for it too, unless it is their practice.
    ...requestedMatches(doc, channels, requests).filter(
      (s) => bySender(s) || (offeredInQuestion(doc, s.start) && !aboutTheirPractice(doc, s.start)),
    ),
    ...requestedMatches(doc, occasions, requests).filter((s) => !aboutTheirPractice(doc, s.start)),
    ...requestedMatches(doc, withVerb, requests).filter((s) => !aboutTheirPractice(doc, s.start)),
    ...requestedMatches(doc, afterWish, requests),
    ...requestedMatches(doc, inRequest, requests),
    ...requestedMatches(doc, minutes, requests).filter((s) => !aboutTheirPractice(doc, s.start)),
    ...requestedMatches(doc, bare, requests).filter(
      (s) => doc.sentences[sentenceIndexAt(doc, s.start)]?.question === true && fragment(doc, s.start),
    ),
    ...requestedMatches(doc, opening, requests).filter((s) => opensQuestion(doc, s.start)),
    ...requestedMatches(doc, lengthOpening, requests).filter((s) => opensQuestion(doc, s.start, 6) || opensFragment(doc, s)),
  ];
  // "your talk "The Last Mile Is a Phone Call"": words inside a title of their work ask for nothing.
  const titles = findNamedWorks(doc);
  const inTitle = (s: Span) => titles.some((t) => t.start <= s.start && s.end <= t.end);
  return onePerSentence(
    doc,
    spans.filter((s) => !inTitle(s)),
  );
}
