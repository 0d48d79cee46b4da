/** Where an offset falls in a parsed text: its token, its sentence, and the text as a whole. */
import type { Doc, Span, Token } from './types.js';

/** Index of the token that starts at or contains `offset` (binary search), or -1. */
export function tokenIndexAt(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = doc.tokens[mid] as Token;
    if (offset < t.start) hi = mid - 1;
    else if (offset >= t.end) lo = mid + 1;
    else return mid;
  }
  return lo < doc.tokens.length ? lo : -1;
}

/** Index of the first token that starts at or after `offset` (`tokens.length` when none). */
export function firstTokenAtOrAfter(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((doc.tokens[mid] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The sentence that contains `offset`, as a span (the whole text when none does). */
export function sentenceAt(doc: Doc, offset: number): Span {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid] as Span;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= Math.max(s.end, s.start + 1)) lo = mid + 1;
    else return s;
  }
  return { start: 0, end: doc.text.length };
}

/** The whole text as a span (for findings about the message as a whole). */
export function wholeText(doc: Doc): Span {
  const start = doc.text.length - doc.text.trimStart().length;
  return { start, end: Math.max(start, doc.text.trimEnd().length) };
}
