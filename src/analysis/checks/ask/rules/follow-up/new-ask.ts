import { addingWords, askNouns, newAskOpeners, newAskPhrases, replacingVerbs } from '../../../../data/ask-follow-up.js';
import { findAll } from '../../../../engine/match.js';
import type { Doc, Rule, Span, Token } from '../../../../engine/types.js';
import { findBigFavors } from '../../find-big-favors.js';
import { findCareerQuestions } from '../../find-career-questions.js';
import { findMeetingRequests } from '../../find-meeting-requests.js';
import { findMentorshipRequests } from '../../find-mentorship-requests.js';
import {
  alt,
  gap,
  gated,
  isDenied,
  onePerSentence,
  phrasesRegex,
  requestSentences,
  sentenceIndexAt,
  wordRegex,
} from '../../request-language.js';

const phrases = phrasesRegex(newAskPhrases);
const openers = new Set(newAskOpeners);

const adding = phrasesRegex(addingWords);
/** "forget my loot table q", "instead of my overdraft question": the question asked is set aside for another. */
const replacing = gated(
  wordRegex(`(?:${alt(replacingVerbs)})\\s{1,3}my\\s{1,3}${gap(3)}(?:${alt(askNouns)})(?![\\p{L}\\p{N}])`),
  replacingVerbs,
);

/**
 * Request sentences that add to the one question: they open with "Also," or "Additionally",
 * or say "also" inside ("I'm also curious what tool you used").
 */
function addedRequests(doc: Doc, requests: readonly boolean[]): Span[] {
  const spans: Span[] = [];
  doc.sentences.forEach((s, i) => {
    if (!requests[i]) return;
    const first = doc.tokens.slice(s.firstToken, s.endToken).find((t: Token) => t.kind === 'word');
    if (first && openers.has(first.lower)) spans.push({ start: s.start, end: s.end });
  });
  for (const span of findAll(doc, adding)) {
    if (requests[sentenceIndexAt(doc, span.start)] && !isDenied(doc, span.start)) spans.push(span);
  }
  return spans;
}

/** Messages of the `new-ask` rule. */
export const messages = {
  found: (phrase: string) =>
    `"${phrase}" adds a new or bigger request to your follow-up. Restate only the one question you already asked; a bigger ask can wait until they have answered.`,
};

/**
 * Fails a follow-up that asks for something new or bigger than the first message: a meeting,
 * a review, an introduction or other favour, mentorship, their career story, or a second
 * request added on ("Also, would you…", "another question").
 */
export const newAsk: Rule = {
  id: 'new-ask',
  description: 'Fails a follow-up that adds a new or bigger request instead of restating the one question.',
  severity: 'error',
  check(doc) {
    const requests = requestSentences(doc);
    const spans = onePerSentence(doc, [
      ...findBigFavors(doc),
      ...findMeetingRequests(doc),
      ...findMentorshipRequests(doc),
      ...findCareerQuestions(doc),
      ...findAll(doc, phrases).filter((s) => !isDenied(doc, s.start)),
      ...addedRequests(doc, requests),
      ...findAll(doc, replacing).filter((s) => !isDenied(doc, s.start)),
    ]);
    return spans.map((span) => ({ ...span, message: messages.found(doc.text.slice(span.start, span.end)) }));
  },
};
