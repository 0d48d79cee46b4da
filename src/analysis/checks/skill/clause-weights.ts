import { consequenceMarkers, deficitMarkers, primaryMarkers, skillWeights, strengthMarkers } from '../../data/skills.js';
import { indexPhrases, scanPhrases, tierPhrases } from '../../engine/phrase-index.js';
import type { Doc, Token } from '../../engine/types.js';

/** A clause of the text and how much the cues inside it count. */
export interface Clause {
  start: number;
  end: number;
  /** Multiplier for cues in this clause. */
  factor: number;
}

type Marker = 'primary' | 'strength' | 'deficit' | 'consequence';

/** Every clause marker in one index, so the text is scanned once. */
const markerIndex = indexPhrases<Marker>(
  (
    [
      ['primary', primaryMarkers],
      ['strength', strengthMarkers],
      ['deficit', deficitMarkers],
      ['consequence', consequenceMarkers],
    ] as const
  ).flatMap(([data, list]) => tierPhrases(list).map((phrase) => ({ phrase, data }))),
);

/** Punctuation that ends a clause. */
const CLAUSE_PUNCT = new Set([',', ';', ':', '-', '(', ')', '.', '!', '?', '"', '…']);
/** Words that open a new clause. */
const CLAUSE_OPENERS = new Set(['but', 'however', 'though', 'although', 'whereas', 'yet', 'so', 'while', 'because', 'since']);
/** Negations that deny a topic when they follow a copula ("it's not the roadmap"). */
const COPULA_NEGATIONS = new Set(["isn't", 'isnt', "wasn't", "aren't", "ain't"]);
const COPULAS = new Set(["it's", 'its', "that's", 'is', 'was', 'it', 'this', "'s"]);
const TOPIC_AFTER_NOT = new Set(['the', 'my', 'our', 'about', 'really', 'a']);

/** Splits the text into clauses at punctuation and at contrast or cause words. */
export function splitClauses(doc: Doc): Array<{ start: number; end: number }> {
  const clauses: Array<{ start: number; end: number }> = [];
  let start = -1;
  let end = -1;
  let sentence = -1;
  const close = () => {
    if (start >= 0) clauses.push({ start, end });
    start = -1;
  };
  for (const token of doc.tokens) {
    if (token.sentence !== sentence) {
      close();
      sentence = token.sentence;
    }
    if (token.kind === 'punct') {
      if (CLAUSE_PUNCT.has(token.lower)) close();
      continue;
    }
    if (CLAUSE_OPENERS.has(token.lower)) close();
    if (start < 0) start = token.start;
    end = token.end;
  }
  close();
  return clauses;
}

/** Index of the clause holding `offset`, or -1. */
function clauseIndexAt(clauses: ReadonlyArray<{ start: number; end: number }>, offset: number): number {
  let lo = 0;
  let hi = clauses.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = clauses[mid] as { start: number; end: number };
    if (offset < c.start) hi = mid - 1;
    else if (offset >= c.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * Weighs each clause: a stated strength counts little, text after a primary-blocker marker
 * ("the real problem is", "but") counts more, a consequence ("so …") counts less. Linear in
 * the length of the text (up to a logarithm).
 */
export function weighClauses(doc: Doc): Clause[] {
  const clauses = splitClauses(doc);
  const flags: Record<Marker, Uint8Array> = {
    primary: new Uint8Array(clauses.length),
    strength: new Uint8Array(clauses.length),
    deficit: new Uint8Array(clauses.length),
    consequence: new Uint8Array(clauses.length),
  };
  for (const hit of scanPhrases(doc, markerIndex)) {
    const i = clauseIndexAt(clauses, hit.start);
    const c = clauses[i];
    if (c && hit.end <= c.end && (hit.data !== 'consequence' || hit.start === c.start)) flags[hit.data][i] = 1;
  }
  const firstPrimary = flags.primary.indexOf(1);
  return clauses.map(({ start, end }, i) => {
    let factor = 1;
    if (flags.strength[i] && !flags.deficit[i]) factor *= skillWeights.strengthClause;
    if (firstPrimary >= 0 && i >= firstPrimary) factor *= skillWeights.primary;
    if (flags.consequence[i]) factor *= skillWeights.consequence;
    return { start, end, factor };
  });
}

/** The factor of the clause holding `offset` (1 outside any clause). */
export function clauseFactor(clauses: readonly Clause[], offset: number): number {
  let lo = 0;
  let hi = clauses.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = clauses[mid] as Clause;
    if (offset < c.start) hi = mid - 1;
    else if (offset >= c.end) lo = mid + 1;
    else return c.factor;
  }
  return 1;
}

/**
 * True when the cue at token `index` is denied as a topic: "it's not the roadmap", "my gap
 * isn't presenting". Ability negations ("I can't", "I don't know how to") are the gap itself
 * and do not count.
 */
export function isTopicNegated(doc: Doc, index: number): boolean {
  const sentence = doc.tokens[index]?.sentence;
  for (let i = index - 1, seen = 0; i >= 0 && seen < 3; i--) {
    const token = doc.tokens[i] as Token;
    if (token.sentence !== sentence || (token.kind === 'punct' && /[,;:.!?]/.test(token.text))) return false;
    if (token.kind === 'punct') continue;
    seen += 1;
    if (COPULA_NEGATIONS.has(token.lower)) return true;
    if (token.lower === 'not' || token.lower === 'no') {
      const before = doc.tokens[i - 1];
      const after = doc.tokens[i + 1];
      return (
        (before !== undefined && COPULAS.has(before.lower)) ||
        (after !== undefined && TOPIC_AFTER_NOT.has(after.lower) && after !== doc.tokens[index])
      );
    }
  }
  return false;
}
