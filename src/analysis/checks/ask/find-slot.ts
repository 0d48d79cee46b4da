/**
 * Finds the lengths of time an escalation asks for: "15 minutes", "a 20-min slot", "10 to 15
 * minutes", "a quarter of an hour", "half an hour", "an hour", "1.5 hrs", "ninety minutes".
 * Lengths in the request sentences win over lengths elsewhere ("the calls take 45 minutes").
 */
import { backstageOccasions, durationPhrases, durationUnits, notSlotBefore, slotNegations } from '../../data/ask-escalation.js';
import { perDoc } from '../../engine/memo.js';
import { matchesIn, nativeFor } from '../../engine/native-regex.js';
import { NUMBER_WORDS, parseNumberWords } from '../../engine/number-words.js';
import type { Doc } from '../../engine/types.js';
import { sentenceIndexAt } from './loop-tokens.js';

/** One length of time in the text, in minutes. */
export interface Slot {
  start: number;
  end: number;
  minutes: number;
  /** The sentence it is in. */
  sentence: number;
  /** True when it gives the length of an occasion ("the 25-minute kickoff brainstorm"): the slot only where a request names it. */
  occasion?: boolean;
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const WORD = Object.keys(NUMBER_WORDS)
  .filter((w) => !['half', 'hundred', 'thousand', 'million', 'billion', 'dozen', 'zero'].includes(w))
  .sort((a, b) => b.length - a.length)
  .join('|');
const NUM = `\\d{1,4}(?:[.,]\\d{1,2})?|(?:${WORD})(?:[ -](?:${WORD}))?`;
const UNIT = Object.keys(durationUnits)
  .sort((a, b) => b.length - a.length)
  .join('|');
const PHRASES = Object.keys(durationPhrases)
  .sort((a, b) => b.length - a.length)
  .map(escapeRegex)
  .join('|');
/** Fixed phrases first, then "<n> [to <m>] <unit>"; every gap is bounded, so matching stays linear. */
const SLOT = new RegExp(
  `(?<![\\p{L}\\p{N}.])(?:(?<phrase>${PHRASES})|(?<low>${NUM})(?: ?(?:-|to|or|/) ?(?<high>${NUM}))? ?-? ?(?<unit>${UNIT}))(?![\\p{L}\\p{N}])`,
  'gu',
);
const NOT_SLOT = new RegExp(`(?:^|[^\\p{L}])(?:${notSlotBefore.map(escapeRegex).join('|')}) (?:an? |the )?$`, 'u');
const NEGATED = new RegExp(`(?:^|[^\\p{L}])(?:${slotNegations.map(escapeRegex).join('|')}) (?:even )?(?:an? |the )?$`, 'u');

/** A length that ends a change ("from 3 days to 4 hours", "3 days → 4 hrs") is a result, not a slot asked for. */
const RESULT_LEVEL = /(?:→|->|=>|(?<![\p{L}])from [^.?!\n]{1,30} to) ?$/u;

/** Nouns a hyphenated length may describe and still be the slot asked for ("a 15-minute call"). */
const SLOT_NOUNS =
  /^[ ]?(?:slot|call|chat|meeting|session|block|conversation|catch-up|catchup|sync|zoom|window|check-in|walk|coffee|video|phone|voice|huddle|hangout|screen-share|screenshare|walkthrough|demo|review)s?(?![\p{L}])/u;

/**
 * Occasions a hyphenated length may qualify, after at most two other words ("the 25-minute
 * kickoff brainstorm", "your 20-min design crit"): joining one is the slot asked for.
 */
const OCCASION = new RegExp(`^ (?:[\\p{L}'-]{1,20} ){0,2}(?:${backstageOccasions.map(escapeRegex).join('|')})s?(?![\\p{L}])`, 'u');

/** True when the hyphenated length before `end` qualifies an occasion ("a 25-minute kickoff brainstorm"). */
function qualifiesOccasion(doc: Doc, end: number): boolean {
  return OCCASION.test(doc.lower.slice(end, end + 64));
}

/**
 * "a 36-hour reminder", "our 7-day trial": a hyphenated length before another noun describes
 * that thing; it is no slot asked for.
 */
function describesSomethingElse(doc: Doc, end: number, matched: string): boolean {
  if (!/\d-\p{L}|-(?:minute|min|hour|hr|day|week)s?$/u.test(matched)) return false;
  const after = doc.lower.slice(end, end + 16);
  return (
    /^[ ]?\p{L}/u.test(after) &&
    !SLOT_NOUNS.test(after) &&
    !/^[ ]?(?:long|of|with|to|for|on|in|at|max|or|and|this|next|sometime|soon|before|after|over|during|today|tomorrow|when|if|so|that|later|then|together|please|here|there)(?![\p{L}])/u.test(
      after,
    )
  );
}

/** Every length of time asked for in `doc`, in order; declined ones ("not an hour") left out. Found once per text. */
export const findSlots: (doc: Doc) => readonly Slot[] = perDoc(function slotsOf(doc: Doc): Slot[] {
  const slots: Slot[] = [];
  for (const m of matchesIn(doc, SLOT, doc.lower)) {
    const before = doc.lower.slice(Math.max(0, m.index - 24), m.index);
    if (
      nativeFor(NOT_SLOT, doc).test(before) ||
      nativeFor(NEGATED, doc).test(before) ||
      RESULT_LEVEL.test(doc.lower.slice(Math.max(0, m.index - 48), m.index))
    )
      continue;
    const end = m.index + m[0].length;
    const occasion = describesSomethingElse(doc, end, m[0]);
    if (occasion && !qualifiesOccasion(doc, end)) continue;
    const minutes = minutesOf(m.groups ?? {});
    if (minutes === undefined) continue;
    const slot: Slot = { start: m.index, end, minutes, sentence: sentenceIndexAt(doc, m.index) };
    slots.push(occasion ? { ...slot, occasion } : slot);
  }
  return slots;
});

function minutesOf(groups: Record<string, string | undefined>): number | undefined {
  if (groups.phrase !== undefined) return durationPhrases[groups.phrase];
  const unit = durationUnits[groups.unit ?? ''];
  const low = numberOf(groups.low);
  const high = groups.high !== undefined ? numberOf(groups.high) : undefined;
  const value = Math.max(low ?? 0, high ?? 0);
  return unit === undefined || value === 0 ? undefined : value * unit;
}

function numberOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (/^\d/.test(text)) return Number(text.replace(',', '.'));
  return parseNumberWords(text);
}
