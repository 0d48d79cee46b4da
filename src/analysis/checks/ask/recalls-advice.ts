/**
 * Whether a sentence, or one clause of it, recalls their earlier advice ("your pricing-ladder idea
 * …", "you suggested …"): such a clause recalls, it states no new problem.
 */
import type { Token } from '../../engine/types.js';
import { ADVICE, YOUR } from './advice-words.js';
import { isWord } from './loop-tokens.js';

/** "your pricing-ladder idea …", "you suggested …": the sentence recalls their advice. */
export function recallsAdvice(tokens: Token[]): boolean {
  const words = tokens.filter(isWord);
  return words.some((w, i) => {
    if (YOUR.has(w.lower)) return words.slice(i + 1, i + 4).some((n) => ADVICE.has(n.lower));
    return (
      (w.lower === 'you' || w.lower === 'u') &&
      /^(?:suggested|advised|recommended|proposed|mentioned|said|shared|gave|taught|told)$/.test(words[i + 1]?.lower ?? '')
    );
  });
}

/**
 * The token range [from, to) of the clause holding offset `at`: between the commas, semicolons,
 * colons, dashes or "but" around it. Each sentence's breaks are listed once, then found by binary search.
 */
export function clauseAround(tokens: Token[], at: number, cache: Map<Token[], number[]>): [number, number] {
  let breaks = cache.get(tokens);
  if (!breaks) {
    breaks = [];
    tokens.forEach((t, k) => {
      // "…22% → 27% but android uninstalls went up": a contrast opens a clause as a comma does.
      if ((t.kind === 'punct' && /^[,;:\u2013\u2014]$/.test(t.text)) || t.lower === 'but') (breaks as number[]).push(k);
    });
    cache.set(tokens, breaks);
  }
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[breaks[mid] as number] as Token).end <= at) lo = mid + 1;
    else hi = mid;
  }
  return [lo > 0 ? (breaks[lo - 1] as number) + 1 : 0, lo < breaks.length ? (breaks[lo] as number) : tokens.length];
}
