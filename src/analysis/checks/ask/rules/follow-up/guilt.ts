import {
  apologyWords,
  attemptCounts,
  bumpOpeners,
  deliveryAdverbs,
  deliveryClosers,
  deliveryDoubts,
  deliveryNouns,
  deliveryOrdinals,
  deliveryOwners,
  deliveryVerbsEnding,
  deliveryVerbsToYou,
  guiltEvidence,
  guiltPhrases,
  guiltPressure,
  lostPlaces,
  lostVerbs,
  receivingVerbs,
  releaseClosers,
  releaseOpeners,
  repetitionWords,
  replyNouns,
  sendingVerbs,
  silenceContrasts,
  silenceDenials,
  silenceFillers,
  silenceSubjects,
} from '../../../../data/ask-follow-up.js';
import { findAll } from '../../../../engine/match.js';
import { tokenIndexAt } from '../../../../engine/positions.js';
import type { Doc, Rule, Span } from '../../../../engine/types.js';
import { wordSet } from '../../loop-tokens.js';
import { alt, gap, gated, isDenied, onePerSentence, phrasesRegex, sentenceIndexAt, wordRegex } from '../../request-language.js';

const pattern = phrasesRegex([...guiltPhrases, ...guiltEvidence, ...guiltPressure]);
const openers = phrasesRegex(bumpOpeners);

const END = '(?![\\p{L}\\p{N}])';
/** How a message arrives or is lost: "reached you", "came through" (ending the clause), "went to spam". */
const ARRIVED = `(?:(?:${alt(deliveryVerbsToYou)})\\s{1,3}(?:you|u|ya|your\\s{1,3}(?:inbox|filters?|spam\\s{1,3}filter|junk\\s{1,3}folder))${END}|(?:${alt(deliveryVerbsEnding)})(?=\\s{0,3}(?:[^\\p{L}\\p{N}\\s]|$)|\\s{1,3}(?:${alt(deliveryClosers)})${END})|(?:${alt(lostVerbs)})\\s{1,3}(?:in|to|into|in\\s{1,3}to)\\s{1,3}(?:${alt(lostPlaces)})${END})`;
const ADVERBS = `(?:(?:${alt(deliveryAdverbs)})\\s{1,3}){0,2}`;
/** "my last msg ever reached you", "did my email land?", "our note may have gone to spam". */
const delivered = gated(
  wordRegex(
    `(?:${alt(deliveryOwners)})\\s{1,3}(?:(?:${alt(deliveryOrdinals)})\\s{1,3}){0,2}(?:${alt(deliveryNouns)})\\s{1,3}${ADVERBS}${ARRIVED}`,
  ),
  deliveryOwners,
);
/** "not sure it landed", "in case it didn't come through": doubt, then "it" and a verb of arriving. */
/** Whom the tally is about: the sender sends, or "you"/"this" is what was sent to ("I've sent this three times"). */
const SENDER = `(?:i|i've|ive|we|we've|have|already)\\s{1,3}(?:(?:now|already|also|since)\\s{1,3})?`;
const SENT = `(?:you|u|this|it|the\\s{1,3}same\\s{1,3}question|my\\s{1,3}question|this\\s{1,3}question)`;
/** "I've sent this three times", "asked you twice now": a tally of attempts by the sender, not "your team asked users twice". */
const tally = gated(
  wordRegex(
    `(?:${SENDER}(?:${alt(sendingVerbs)})\\s{1,3}${gap(2)}|(?:${alt(sendingVerbs)})\\s{1,3}${SENT}\\s{1,3}${gap(1)})(?:${alt(attemptCounts)})${END}`,
  ),
  ['i', "i've", 'ive', 'we', "we've", 'have', 'already', ...sendingVerbs],
);
/** "sorry to write again", "apologies for the repeat": an apology for sending again, which chases. */
const chasingApology = gated(
  wordRegex(`(?:${alt(apologyWords)})[\\s,]{1,3}(?:(?:for|to|about)\\s{1,3})?${gap(3)}(?:${alt(repetitionWords)})${END}`),
  apologyWords,
);
const doubted = gated(
  wordRegex(`(?:${alt(deliveryDoubts)})\\s{1,3}(?:(?:if|whether|that)\\s{1,3})?(?:it|that|mine)\\s{1,3}${ADVERBS}${ARRIVED}`),
  deliveryDoubts,
);

/** A hit that opens with a denial ("haven't received…") needs the sender or "you" as its subject. */
const DENIAL_LED = new RegExp(`^(?:${silenceDenials.join('|')})(?![\\p{L}])`, 'u');
/**
 * The silence named: a denial, a filler or two, a verb of receiving and a reply ("have not yet
 * received a reply", "haven't had an answer yet", "never got any response"), or a reply denied
 * after the sending ("I see you read it but no answer").
 */
const silence = gated(
  wordRegex(
    `(?:(?:${alt(silenceDenials)})\\s{1,3}(?:(?:${alt(silenceFillers)})\\s{1,3}){0,2}(?:${alt(receivingVerbs)})\\s{1,3}(?:(?:a|an|any|your|back\\s{1,3}a)\\s{1,3})?|(?:${alt(silenceContrasts)})\\s{1,3}no\\s{1,3})(?:${alt(replyNouns)})${END}`,
  ),
  [...silenceDenials, ...silenceContrasts],
);
const SENDER_SIDE = wordSet(silenceSubjects);
const release = phrasesRegex(releaseOpeners);
const releaseAfter = phrasesRegex(releaseClosers);

/** True when a release ("no worries if") opens the clause that holds `start`, at most 40 characters before it. */
function released(doc: Doc, start: number, releases: readonly Span[]): boolean {
  // "no pressure at all!! just restating in case it got buried": a release said as a sentence of its own covers the next.
  const whole = (r: Span) => /^[\s!.]*$/.test(doc.text.slice(r.end, r.end + 3)) && start - r.end <= 60;
  return releases.some((r) => r.end <= start && ((start - r.end <= 40 && !/[.!?;\n]/.test(doc.text.slice(r.end, start))) || whole(r)));
}

/** True when the word before `start` keeps the silence between the two of them (`silenceSubjects`), or nothing stands before it. */
function sendersSilence(doc: Doc, start: number): boolean {
  const at = tokenIndexAt(doc, start);
  const before = doc.tokens[at - 1];
  return before === undefined || before.kind === 'punct' || before.sentence !== doc.tokens[at]?.sentence || SENDER_SIDE.has(before.lower);
}

/** "we haven't heard anything from legal": the silence is someone else's, not theirs. */
function fromSomeoneElse(doc: Doc, end: number): boolean {
  return /^\s{1,3}(?:yet\s{1,3})?from\s{1,3}(?!(?:you|u|ya|your|ur|yours)(?![\p{L}]))\p{L}/u.test(doc.lower.slice(end, end + 40));
}

/**
 * "bump 👆", "Bumping:", "2nd reminder —": the message opens by pushing itself up the inbox. Inside
 * a sentence these words are about something else ("did the price bump hurt renewals?").
 */
function openingBump(doc: Doc): Span[] {
  const first = doc.words[0];
  if (!first) return [];
  return findAll(doc, openers).filter((span) => span.start === first.start);
}

/** Messages of the `guilt` rule. */
export const messages = {
  found: (phrase: string) =>
    `"${phrase}" makes them feel guilty for not answering, which makes an answer less likely. Drop it: a plain "Following up on my question:" and the question itself are enough.`,
};

/**
 * Fails a follow-up that guilts the recipient: "I haven't heard back", "just bumping this",
 * "did you get my email?", "you read my message but didn't reply", "sorry to chase again".
 * A message that opens with "bump" or "2nd reminder" guilts too, and so does doubting that the
 * first message arrived ("not sure my last note ever reached you", "in case it went to spam"),
 * proof they saw it or are around ("shows as read", "I know you're around"), pressure or
 * disappointment ("awaiting your reply", "a bit disappointing"), a last chance ("final
 * reminder"), a tally of attempts ("I've emailed you twice") and an apology for writing again.
 * "Following up", "a gentle nudge"
 * and "no pressure" are guilt-free.
 */
export const guilt: Rule = {
  id: 'guilt',
  description: 'Fails a follow-up that guilts the recipient ("I haven\'t heard back", "just bumping this", "did you get my email?").',
  severity: 'error',
  check(doc) {
    const releases = findAll(doc, release);
    // "one more try and then I'll leave you be": the attempt is released by what follows it in the sentence.
    const closers = new Set(findAll(doc, releaseAfter).map((s) => sentenceIndexAt(doc, s.start)));
    const blamed = (span: Span) =>
      !released(doc, span.start, releases) && doc.text[span.start - 1] !== '-' && !closers.has(sentenceIndexAt(doc, span.start));
    return onePerSentence(doc, [
      ...findAll(doc, pattern)
        .filter((span) => !DENIAL_LED.test(doc.lower.slice(span.start, span.end)) || sendersSilence(doc, span.start))
        .filter(blamed),
      ...findAll(doc, delivered).filter(blamed),
      ...findAll(doc, doubted).filter(blamed),
      ...findAll(doc, tally).filter((s) => !isDenied(doc, s.start)),
      ...findAll(doc, chasingApology),
      ...findAll(doc, silence).filter((span) => sendersSilence(doc, span.start) && !fromSomeoneElse(doc, span.end)),
      ...openingBump(doc),
    ]).map((span) => ({
      ...span,
      message: messages.found(doc.text.slice(span.start, span.end)),
    }));
  },
};
