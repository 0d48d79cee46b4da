import { backstageOccasions, backstageVerbs, escalationLimits, unboundedPhrases } from '../../../../data/ask-escalation.js';
import { wholeText } from '../../../../engine/positions.js';
import type { Doc, Rule, Span } from '../../../../engine/types.js';
import type { AskContext } from '../../ask-context.js';
import { askKind } from '../../ask-kind.js';
import { askingSentences } from '../../asking-sentences.js';
import { findSlots } from '../../find-slot.js';
import { compile, phraseHits } from '../../loop-tokens.js';

const unboundedRegex = compile(unboundedPhrases);
const occasionRegex = compile(backstageOccasions);
const watchRegex = compile(backstageVerbs);
const { maxMinutes, suggestedMinutes } = escalationLimits;

/** Messages of the `slot-too-long` rule. */
export const messages = {
  tooLong: (phrase: string, minutes: number, aNoun: string) =>
    `"${phrase}"${/min/i.test(phrase) ? '' : ` (${minutes} minutes)`} is more than a short slot: ${aNoun} asks for about ${suggestedMinutes} minutes, never more than ${maxMinutes}. Ask for ${suggestedMinutes} minutes.`,
  unbounded: (phrase: string, aNoun: string, backstage: boolean) =>
    backstage
      ? `"${phrase}" asks for time with no end; ${aNoun} asks to watch once. Ask for one named session or its first ${suggestedMinutes} minutes.`
      : `"${phrase}" asks for time with no end; ${aNoun} asks for one short slot. Ask for ${suggestedMinutes} minutes, once.`,
  noLength: (noun: string, backstage: boolean) =>
    backstage
      ? `The ${noun} names no length or single occasion, so it reads as open-ended. Bound it, e.g. "the first ${suggestedMinutes} minutes of Thursday's brainstorm".`
      : `The ${noun} does not say how long, so it reads as open-ended. Ask for a bounded slot, e.g. "${suggestedMinutes} minutes in the next couple of weeks".`,
};

/** Fails an escalation that asks for more than 30 minutes, or for time with no end. */
export const slotTooLong: Rule<AskContext> = {
  id: 'slot-too-long',
  description: 'Fails an escalation or backstage request that asks for more than 30 minutes, or for an unbounded or recurring slot.',
  severity: 'error',
  check(doc, ctx) {
    const { noun, aNoun, backstage } = askKind(ctx);
    const asking = askingSentences(doc);
    const unbounded = phraseHits(doc, unboundedRegex, { skipNegated: true }).find((h) => asking.has(h.sentence));
    if (unbounded) return [{ ...unbounded, message: messages.unbounded(doc.text.slice(unbounded.start, unbounded.end), aNoun, backstage) }];
    const slots = findSlots(doc);
    const asked = slots.filter((s) => asking.has(s.sentence));
    // The length of an occasion is the slot only in the request that names it ("sit in on the 25-minute kickoff").
    const chosen = asked.length > 0 ? asked : slots.filter((s) => !s.occasion);
    if (chosen.length === 0) {
      if (backstage && namesOccasion(doc)) return [];
      return [{ ...lastRequest(doc, asking), message: messages.noLength(noun, backstage) }];
    }
    const longest = chosen.reduce((a, b) => (b.minutes > a.minutes ? b : a));
    if (longest.minutes <= maxMinutes) return [];
    const phrase = doc.text.slice(longest.start, longest.end);
    return [
      {
        start: longest.start,
        end: longest.end,
        message: messages.tooLong(phrase, longest.minutes, aNoun),
        suggestion: /-(?:minute|min|hour)$|hour-long$/i.test(phrase) ? `${suggestedMinutes}-minute` : `${suggestedMinutes} minutes`,
      },
    ];
  },
};

/** The last sentence that asks, where the missing length belongs; the whole text when none asks. */
function lastRequest(doc: Doc, asking: Set<number>): Span {
  let index = -1;
  for (const i of asking) index = Math.max(index, i);
  const sentence = doc.sentences[index];
  return sentence ? { start: sentence.start, end: sentence.end } : wholeText(doc);
}

/** A backstage request bounded by one occasion ("sit in on your next pricing brainstorm"). */
function namesOccasion(doc: Doc): boolean {
  return phraseHits(doc, watchRegex).length > 0 && phraseHits(doc, occasionRegex).length > 0;
}
