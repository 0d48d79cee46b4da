/**
 * Token helpers shared by the finders of the circle-back parts and the escalation rules:
 * sets of words, the tokens of a sentence, and spans found by phrase lists grouped by sentence.
 */

import { isNegated } from '../../engine/is-negated.js';
import { findAll } from '../../engine/match.js';
import { memo } from '../../engine/memo.js';
import { phraseRegex } from '../../engine/phrase-regex.js';
import { tokenIndexAt } from '../../engine/positions.js';
import type { Doc, Span, Token } from '../../engine/types.js';
import { SPELLED } from './request-language.js';

/** A span of the text and the index of the sentence it starts in. */
export interface Hit extends Span {
  sentence: number;
}

/**
 * A test of whether an offset falls inside any of `spans`, by binary search over the spans
 * sorted and merged once, so checking every token stays linear-logarithmic.
 */
export function insideAny(spans: readonly Span[]): (offset: number) => boolean {
  const merged: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ start: span.start, end: span.end });
  }
  return (offset) => {
    let lo = 0;
    let hi = merged.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const span = merged[mid] as Span;
      if (offset < span.start) hi = mid - 1;
      else if (offset >= span.end) lo = mid + 1;
      else return true;
    }
    return false;
  };
}

/** A set of the single-word entries of a phrase list, for token look-ups. */
export function wordSet(list: readonly string[]): ReadonlySet<string> {
  return new Set(list.filter((p) => !p.includes(' ')));
}

/** The tokens of sentence `index`, punctuation included; one array per sentence and text, so callers can cache by it. */
export function sentenceTokens(doc: Doc, index: number): Token[] {
  const cache = memo(doc, sentenceTokens, (): Token[][] => []);
  const cached = cache[index];
  if (cached) return cached;
  const s = doc.sentences[index];
  const tokens = s ? doc.tokens.slice(s.firstToken, s.endToken) : [];
  if (s) cache[index] = tokens;
  return tokens;
}

/** Index of the sentence that holds `offset`, or -1 when the offset is past every token. */
export function sentenceIndexAt(doc: Doc, offset: number): number {
  const index = tokenIndexAt(doc, offset);
  return index < 0 ? -1 : (doc.tokens[index]?.sentence ?? -1);
}

/** Words that open what a question asks ("would you…", "how…"), before the thing asked about. */
const ASKING = /(?<![\p{L}])(?:would|could|can|will|may|might|do|does|did|how|what|which|why|whether|any chance)(?![\p{L}])/u;

/**
 * True when `offset` lies in what a question asks about: its sentence is a question and asking
 * words stand before it ("…to talk through *how* you handled a bank with that rule?"). A run-on
 * question that opens with a report ("ur SLO = 3 days → 4 hrs got 15 min?") still reports.
 */
export function askedAbout(doc: Doc, offset: number): boolean {
  const sentence = doc.sentences[sentenceIndexAt(doc, offset)];
  if (!sentence?.question) return false;
  return ASKING.test(doc.lower.slice(Math.max(sentence.start, offset - 90), offset));
}

/** Every match of a phrase regex, with its sentence; negated matches left out when asked. */
export function phraseHits(doc: Doc, regex: RegExp, options: { skipNegated?: boolean } = {}): Hit[] {
  const hits: Hit[] = [];
  for (const span of findAll(doc, regex)) {
    if (options.skipNegated && isNegated(doc, span.start)) continue;
    hits.push({ ...span, sentence: sentenceIndexAt(doc, span.start) });
  }
  return hits;
}

/** A phrase regex built once per list; "you"/"your" in a phrase also match their chat spellings ("owe u one"). */
export function compile(list: readonly string[]): RegExp {
  return phraseRegex(list, SPELLED);
}

/** True when `token` is a word or a number (not punctuation). */
export function isWord(token: Token | undefined): token is Token {
  return token !== undefined && token.kind !== 'punct';
}

/** True when `token` is a straight or typographic quote, which names may be wrapped in. */
export function isQuote(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'punct' && /^["'`«»]$/.test(token.lower);
}

/** Words that make what follows them future or conditional: right before it, or up to three words before. */
export interface UnrealMarkers {
  immediate: ReadonlySet<string>;
  near: ReadonlySet<string>;
  /** Markers that are as often nouns ("our Pro plan"): they count only after a person or before "to" ("we plan", "plan to"). */
  nounLike: ReadonlySet<string>;
}

/**
 * A line that opens with one of `labels` and a separator ("Where: …", "- **What happened:** …",
 * "Result = …"), its body in group 1. Markdown emphasis around the label is read through.
 */
export function labelledLine(labels: readonly string[], separator = ':'): RegExp {
  const emphasis = '(?:\\*\\*|__|\\*|_)?';
  return new RegExp(
    `(?:^|\\n)[ \\t]*(?:[-*•>][ \\t]*)?${emphasis}(?:${labels.join('|')})${emphasis}[ \\t]*(?:${separator})${emphasis}[ \\t]*([^\\n]{3,300})`,
    'g',
  );
}

/**
 * True when the words just before `start` in its sentence make it future or conditional ("to
 * see", "once we see", "I'll know", "hoping activation rises"). Looks back at most three words.
 */
export function isUnreal(doc: Doc, start: number, markers: UnrealMarkers): boolean {
  const index = tokenIndexAt(doc, start);
  if (index < 0) return false;
  const sentence = doc.tokens[index]?.sentence;
  for (let i = index - 1, seen = 0; i >= 0 && seen < 3; i--) {
    const token = doc.tokens[i] as Token;
    // A quote ends the reach too: in "your 'break the rule once' advice worked" the quoted name holds no modality.
    if (token.sentence !== sentence || /^[,;:.!?"'`«»]$/.test(token.text)) break;
    if (token.kind === 'punct') continue;
    seen += 1;
    const word = token.lower;
    // "our Pro plan shifted…": a marker that is also a noun counts only when someone intends ("we plan", "plan to").
    if (
      markers.nounLike.has(word) &&
      !/^(?:i|we|they|you|i'm|we're|im|were|am|are)$/.test(doc.tokens[i - 1]?.lower ?? '') &&
      doc.tokens[i + 1]?.lower !== 'to'
    )
      continue;
    if ((seen === 1 && markers.immediate.has(word)) || markers.near.has(word) || word.endsWith("'ll")) return true;
  }
  return false;
}
