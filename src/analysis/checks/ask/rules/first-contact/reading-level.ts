import { syllable } from 'syllable';
import { firstContactLimits } from '../../../../data/ask.js';
import { wholeText } from '../../../../engine/match.js';
import type { Doc, Rule } from '../../../../engine/types.js';

/** Longest word the syllable counter reads, as in `textStats`. */
const MAX_WORD = 40;

/** Distinct words whose syllables are remembered between checks (the counter is the costly part). */
const CACHE_LIMIT = 20_000;
const known = new Map<string, number>();

/** Syllables of a lower-cased word, remembered; the cache only saves time, never changes a result. */
function syllablesOf(word: string): number {
  let n = known.get(word);
  if (n === undefined) {
    n = syllable(word);
    if (known.size >= CACHE_LIMIT) known.clear();
    known.set(word, n);
  }
  return n;
}

/**
 * The Flesch–Kincaid grade of `doc`, the same figure as `textStats(doc).readingGrade`, with the
 * syllables of each distinct word counted once, so long and repetitive texts stay cheap.
 */
export function readingGradeOf(doc: Doc): number {
  const words = doc.words.length;
  if (words === 0) return 0;
  const sentences = Math.max(1, doc.sentences.filter((s) => s.endToken > s.firstToken).length);
  let syllables = 0;
  for (const w of doc.words)
    syllables += w.kind === 'number' ? 1 : syllablesOf(w.lower.length > MAX_WORD ? w.lower.slice(0, MAX_WORD) : w.lower);
  const grade = 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
  return Math.round(Math.max(0, grade) * 10) / 10;
}

/** Messages of the `reading-level` rule. */
export const messages = {
  hard: (grade: number) =>
    `The message reads at grade ${grade} (Flesch–Kincaid; aim for 8 or below). Use shorter sentences and plainer words so it is answered at a glance.`,
};

/** Warns when the Flesch–Kincaid grade of the message is above 8. */
export const readingLevel: Rule = {
  id: 'reading-level',
  description: 'Warns when the Flesch–Kincaid grade of the message is above 8.',
  severity: 'warning',
  check(doc) {
    const grade = readingGradeOf(doc);
    if (grade <= firstContactLimits.readingGrade) return [];
    return [{ ...wholeText(doc), message: messages.hard(grade) }];
  },
};
