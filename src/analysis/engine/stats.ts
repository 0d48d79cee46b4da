import { syllable } from 'syllable';
import { perDoc } from './memo.js';
import type { Doc, TextStats } from './types.js';

/** Syllable counts of words seen before; bounded so a huge text cannot grow it without end. */
const syllableCache = new Map<string, number>();
const SYLLABLE_CACHE_SIZE = 20_000;

function syllablesOf(word: string): number {
  let n = syllableCache.get(word);
  if (n === undefined) {
    n = syllable(word.length > 40 ? word.slice(0, 40) : word);
    if (syllableCache.size >= SYLLABLE_CACHE_SIZE) syllableCache.clear();
    syllableCache.set(word, n);
  }
  return n;
}

/** Words read per minute, for `readSeconds`. */
const WORDS_PER_MINUTE = 200;

/**
 * Counts words, sentences and questions, and the Flesch–Kincaid grade:
 * 0.39 × words/sentences + 11.8 × syllables/words − 15.59 (0 for an empty text). Worked out
 * once per parsed text: the result and the rules that judge reading level share it.
 */
export const textStats = perDoc(function textStats(doc: Doc): TextStats {
  const words = doc.words.length;
  const sentences = doc.sentences.filter((s) => s.endToken > s.firstToken).length;
  const questions = doc.sentences.filter((s) => s.question).length;
  let syllables = 0;
  for (const w of doc.words) syllables += w.kind === 'number' ? 1 : syllablesOf(w.lower);
  const grade = words === 0 ? 0 : 0.39 * (words / Math.max(1, sentences)) + 11.8 * (syllables / words) - 15.59;
  return {
    words,
    sentences,
    questions,
    readingGrade: Math.round(Math.max(0, grade) * 10) / 10,
    readSeconds: Math.round((words / WORDS_PER_MINUTE) * 60),
  };
});
