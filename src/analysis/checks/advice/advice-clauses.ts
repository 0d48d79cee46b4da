import { listMarker } from '../../data/advice.js';
import type { Doc, Token } from '../../engine/types.js';

/** What separates a clause from the text before it. */
export type ClauseSep = 'start' | 'comma' | 'semicolon' | 'colon' | 'dash' | 'symbol' | 'stop' | 'and' | 'but';

/** A clause of a unit: where it starts (a token index) and what came before it. */
export interface ClauseStart {
  token: number;
  sep: ClauseSep;
}

/** A sentence or list item of the reply, without its list marker. */
export interface Unit {
  start: number;
  end: number;
  /** Token range `[first, endToken)` inside the unit. */
  first: number;
  endToken: number;
  question: boolean;
  /** True when the unit ends with a colon: it introduces a list ("A few things I'd try:"). */
  leadIn: boolean;
  clauses: ClauseStart[];
}

const PUNCT_SEP: Record<string, ClauseSep> = {
  ',': 'comma',
  ';': 'semicolon',
  ':': 'colon',
  '-': 'dash',
  '(': 'comma',
  ')': 'comma',
  '.': 'stop',
  '!': 'stop',
  '?': 'stop',
};

/** True for emoji and other symbols that end a clause ("love this question 😄 You should …"). */
function isSymbol(token: Token): boolean {
  return /[\p{Extended_Pictographic}\p{So}]/u.test(token.text);
}

function clausesOf(doc: Doc, first: number, endToken: number): ClauseStart[] {
  const clauses: ClauseStart[] = [];
  let pending: ClauseSep | null = 'start';
  for (let i = first; i < endToken; i++) {
    const token = doc.tokens[i] as Token;
    if (token.kind === 'punct') {
      const sep = PUNCT_SEP[token.lower] ?? (isSymbol(token) ? 'symbol' : undefined);
      if (sep && !(sep === 'dash' && doc.text[token.start - 1] !== ' ' && doc.text[token.end] !== ' ')) pending = sep;
      continue;
    }
    const conjunction: ClauseSep | undefined = token.lower === 'and' ? 'and' : token.lower === 'but' ? 'but' : undefined;
    if (pending) {
      clauses.push({ token: i, sep: conjunction && pending !== 'start' ? conjunction : pending });
      pending = null;
    } else if (conjunction) {
      clauses.push({ token: i, sep: conjunction });
    }
  }
  return clauses;
}

/**
 * Splits a reply into units: its sentences, with list markers ("- ", "• ", "1. ") left out
 * and sentences that hold only a marker dropped. Linear in the number of tokens.
 */
export function unitsOf(doc: Doc): Unit[] {
  const units: Unit[] = [];
  for (const sentence of doc.sentences) {
    let start = sentence.start;
    const marker = listMarker.exec(doc.text.slice(start, Math.min(sentence.end, start + 8)));
    if (marker) start += marker[0].length;
    let first = sentence.firstToken;
    while (first < sentence.endToken && (doc.tokens[first] as Token).start < start) first += 1;
    while (first < sentence.endToken && (doc.tokens[first] as Token).kind === 'punct' && !/["'“‘]/.test((doc.tokens[first] as Token).text))
      first += 1;
    const hasWord = doc.tokens.slice(first, sentence.endToken).some((t) => t.kind === 'word');
    if (!hasWord || first >= sentence.endToken) continue;
    start = (doc.tokens[first] as Token).start;
    units.push({
      start,
      end: sentence.end,
      first,
      endToken: sentence.endToken,
      question: sentence.question,
      leadIn: doc.text.slice(start, sentence.end).trimEnd().endsWith(':'),
      clauses: clausesOf(doc, first, sentence.endToken),
    });
  }
  return units;
}

/** The clause of `unit` that holds token `index`. */
export function clauseOf(unit: Unit, index: number): ClauseStart {
  let lo = 0;
  let hi = unit.clauses.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((unit.clauses[mid] as ClauseStart).token <= index) lo = mid;
    else hi = mid - 1;
  }
  return unit.clauses[lo] as ClauseStart;
}
