import { firstTokenAtOrAfter } from './positions.js';
import type { Doc, Span, Token } from './types.js';

/**
 * The words (not punctuation) of `sentence` met walking from token `from` by `step` (-1 or 1),
 * at most `limit`, stopping at a token of another sentence or a punctuation mark in `stopAt`.
 */
function walkWords(doc: Doc, from: number, step: -1 | 1, sentence: number | undefined, limit: number, stopAt: string): Token[] {
  const out: Token[] = [];
  for (let i = from; i >= 0 && i < doc.tokens.length && out.length < limit; i += step) {
    const t = doc.tokens[i] as Token;
    if (t.sentence !== sentence) break;
    if (t.kind === 'punct') {
      if (stopAt.includes(t.text)) break;
      continue;
    }
    out.push(t);
  }
  return out;
}

/** The words (not punctuation) of the same sentence before `offset`, nearest first, at most `limit`, stopping at any of `stopAt`. */
export function wordsBefore(doc: Doc, offset: number, limit: number, stopAt = ''): Token[] {
  const at = firstTokenAtOrAfter(doc, offset);
  const sentence = (doc.tokens[at] ?? doc.tokens[doc.tokens.length - 1])?.sentence;
  return walkWords(doc, at - 1, -1, sentence, limit, stopAt);
}

/** The words of the same sentence from `offset` on, at most `limit`, stopping at any of `stopAt`. */
export function wordsAfter(doc: Doc, offset: number, limit: number, stopAt = ''): Token[] {
  const at = firstTokenAtOrAfter(doc, offset);
  return walkWords(doc, at, 1, doc.tokens[at]?.sentence, limit, stopAt);
}

/** The sentence that holds `offset` (by its token, so in O(log n)). */
export function sentenceOf(doc: Doc, offset: number): Span {
  const token = doc.tokens[Math.min(firstTokenAtOrAfter(doc, offset), doc.tokens.length - 1)];
  const sentence = token ? doc.sentences[token.sentence] : undefined;
  return sentence && offset >= sentence.start && offset <= sentence.end ? sentence : { start: offset, end: offset };
}

/** True when one of `spans` (sorted by start) starts inside `[start, end)`. O(log n). */
export function startsWithin(spans: readonly Span[], start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid] as Span).start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length && (spans[lo] as Span).start < end;
}

/** True when one of `spans` (sorted, not overlapping each other) overlaps `span`. O(log n). */
export function overlapsAny(spans: readonly Span[], span: Span): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid] as Span).start < span.end) lo = mid + 1;
    else hi = mid;
  }
  const last = spans[lo - 1];
  return last !== undefined && last.end > span.start;
}
