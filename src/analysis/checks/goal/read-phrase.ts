import type { Quantity } from '../../engine/quantity.js';
import type { Span, Token } from '../../engine/types.js';
import { firstTokenAtOrAfter, wordsBefore } from './goal-lexicon.js';
import type { GoalEnv } from './goal-types.js';

/** Words skipped at the start of a noun phrase. */
const LEADING = new Set(['the', 'a', 'an', 'our', 'my', 'its', 'their', 'your', 'his', 'her', 'this', 'these', 'those', 'all', 'of']);
const CONJUNCTIONS = new Set(['and', 'or', '&', 'plus', 'as']);

/** A noun phrase and, when it lists several metrics, where the list is. */
export interface Phrase extends Span {
  coordinated: Span | null;
}

/**
 * The noun phrase that starts at `from`: words up to a stop word, clause punctuation, a
 * quantity or a time bound, at most `maxWords`. Leading determiners are skipped. With
 * `coordinate`, "activation, retention and revenue" continues through the list when the next
 * word starts a metric.
 */
export function phraseAt(
  env: GoalEnv,
  from: number,
  limit: number,
  stops: ReadonlySet<string>,
  options: { coordinate?: boolean; maxWords?: number } = {},
): Phrase | null {
  const { doc } = env;
  const maxWords = options.maxWords ?? 12;
  let first: Token | undefined;
  let last: Token | undefined;
  let words = 0;
  let coordinated: Span | null = null;
  for (let i = firstTokenAtOrAfter(doc, from); i < doc.tokens.length; i++) {
    const t = doc.tokens[i] as Token;
    if (t.start >= limit || env.quantityMask[t.start] === 1 || env.boundMask[t.start] === 1) break;
    const joinsMetric =
      startsMetric(env, doc.tokens[i + 1]) || (doc.tokens[i + 1]?.lower === 'and' && startsMetric(env, doc.tokens[i + 2]));
    if (t.kind === 'punct') {
      if (/^[-/'’&+]$/.test(t.text) && first) continue;
      if (t.text === ',' && options.coordinate && first && joinsMetric) {
        coordinated = { start: first.start, end: t.end };
        continue;
      }
      break;
    }
    if (!first && LEADING.has(t.lower)) continue;
    if (CONJUNCTIONS.has(t.lower) && options.coordinate && first && startsMetric(env, doc.tokens[i + 1])) {
      coordinated = { start: first.start, end: t.end };
      continue;
    }
    if (stops.has(t.lower)) break;
    if (++words > maxWords) break;
    first ??= t;
    last = t;
  }
  if (!first || !last) return null;
  return { start: first.start, end: last.end, coordinated: coordinated ? { start: coordinated.start, end: last.end } : null };
}

function startsMetric(env: GoalEnv, t: Token | undefined): boolean {
  return t !== undefined && env.metricMask[t.start] === 1;
}

const HEDGE =
  /(?:^|\s)(?:at least|more than|less than|fewer than|under|below|above|over|about|around|roughly|approximately|approx|another|an additional|an extra|a further|nearly|almost|only|just|a minimum of|a total of|a|an)$/;

/**
 * The word that governs a quantity ("by", "from", "to"), skipping hedges ("by at least 10%",
 * "by up to 5 points"); "push it up to 20%" is governed by "to".
 */
export function cueBefore(env: GoalEnv, q: Quantity): string {
  let natural = wordsBefore(env.doc, q.start, 6)
    .reverse()
    .join(' ')
    .replace(/\bby up to$/, 'by');
  for (let i = 0; i < 3 && HEDGE.test(natural); i++) natural = natural.replace(HEDGE, '');
  return natural.split(' ').at(-1) ?? '';
}
