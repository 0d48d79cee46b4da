/**
 * Questions whose writer left off the question mark: dictated, typed on a phone, or ended with a
 * period ("did you require a photo for every drop."). Read by `request-language.ts`.
 */
import {
  bareVagueQuestions,
  invertedAuxiliaries,
  invertedSubjects,
  unmarkedQuestionSecond,
  unmarkedQuestionWords,
} from '../../data/ask.js';
import type { Doc, Token } from '../../engine/types.js';

const WH = new Set(unmarkedQuestionWords);
const INVERTED = new Set(unmarkedQuestionSecond);
const AUXILIARIES = new Set(invertedAuxiliaries);
const SUBJECTS = new Set(invertedSubjects);
const BARE = new Set([...bareVagueQuestions, 'any', 'your']);
const PRONOUNS = new Set(['you', 'u', 'ya', 'that', 'it', 'this', 'they', 'there', 'we', 'i']);

/**
 * True when sentence `s` asks without a question mark, read at the start of each clause (the
 * sentence's, and after a comma, semicolon, colon, dash or ".."): "What you think I should focus
 * on", "…, was that freeze automatic or did users have to tap" — a question word and "you" or an
 * auxiliary, ending with no stop at all; or an auxiliary and its subject ("did you require a
 * photo…"), which a lone period may end too. A sentence of nothing but "thoughts" asks too.
 */
export function unmarkedQuestion(doc: Doc, s: Doc['sentences'][number]): boolean {
  const tail = doc.text.slice(Math.max(s.start, s.end - 3), s.end);
  const stopped = /[.!?:;,)"'\]]\s*$/.test(tail);
  const period = /(?:^|[^.])\.\s*$/.test(tail);
  if (stopped && !period) return false;
  const tokens = doc.tokens.slice(s.firstToken, s.endToken);
  // The index of the first word at or after each token, read backwards once: each clause start then
  // finds its first four words in constant time, however long the sentence or its runs of commas.
  const nextWord = new Array<number>(tokens.length + 1).fill(tokens.length);
  for (let k = tokens.length - 1; k >= 0; k--) nextWord[k] = (tokens[k] as Token).kind === 'punct' ? (nextWord[k + 1] as number) : k;
  const firstWords = (from: number): string[] => {
    const found: string[] = [];
    for (let k = from; found.length < 4; k = (nextWord[k] as number) + 1) {
      const word = tokens[nextWord[k] as number];
      if (!word) break;
      found.push(word.lower);
    }
    return found;
  };
  const words = tokens.filter((t) => t.kind !== 'punct').length;
  if (!stopped && words > 0 && words <= 2 && tokens.every((t) => t.kind === 'punct' || BARE.has(t.lower))) return true;
  for (let from = 0; from < tokens.length; from++) {
    const before = tokens[from - 1];
    if (from > 0 && !(before?.kind === 'punct' && /^[,;:.\u2013\u2014]$/.test(before.text))) continue;
    const [first = '', second = '', third = '', fourth = ''] = firstWords(from);
    // Later clauses are shorter still: none of them holds four words either.
    if (fourth === '') return false;
    // "what cap did you land on": a question word, a noun, then the auxiliary and its subject.
    if (!stopped && WH.has(first) && (INVERTED.has(second) || (AUXILIARIES.has(third) && SUBJECTS.has(fourth)))) return true;
    // After a comma, "…, is the most useful thing I've read" goes on with the sentence: only a pronoun asks.
    if (AUXILIARIES.has(first) && (from === 0 ? SUBJECTS : PRONOUNS).has(second)) return true;
  }
  return false;
}
