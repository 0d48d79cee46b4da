import {
  activityPhrases,
  approvalCriteria,
  audienceNouns,
  countableOutputs,
  courseNouns,
  deliverableNouns,
  downArrows,
  downMetrics,
  downVerbs,
  makeVerbs,
  metricShapes,
  metricTerms,
  peopleVerbs,
  purposeMarkers,
  scoreMetrics,
  shipVerbs,
  stakeholderNouns,
  targetVerbs,
  upArrows,
  upVerbs,
  vagueAmounts,
  vagueQualities,
} from '../../data/goal.js';
import { phraseRegex } from '../../engine/phrase-regex.js';
import { firstTokenAtOrAfter } from '../../engine/positions.js';
import type { Doc, Span, Token } from '../../engine/types.js';

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const audienceAlt = [...audienceNouns]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegex)
  .join('|');

/** Each phrase also written with hyphens for spaces and the reverse ("time-to-value", "drop off"). */
function spellings(phrases: readonly string[]): string[] {
  const out = new Set<string>();
  for (const p of phrases) {
    out.add(p);
    if (p.includes(' ') && !p.includes('*')) out.add(p.replace(/ /g, '-'));
    if (p.includes('-')) out.add(p.replace(/-/g, ' '));
  }
  return [...out];
}

/** The goal word lists compiled once into linear, word-bounded regexes. */
export const lexicon = {
  metric: phraseRegex(spellings(metricTerms)),
  metricShape: new RegExp(`(?<![\\p{L}\\p{N}'-])(?:${metricShapes.join('|')})`, 'gu'),
  downMetric: phraseRegex(spellings(downMetrics)),
  scoreMetric: phraseRegex(scoreMetrics),
  up: phraseRegex(upVerbs),
  down: phraseRegex(downVerbs),
  target: phraseRegex(targetVerbs),
  upArrow: new RegExp(`(?:${upArrows.map(escapeRegex).join('|')})`, 'gu'),
  downArrow: new RegExp(`(?:${downArrows.map(escapeRegex).join('|')})`, 'gu'),
  ship: phraseRegex(shipVerbs),
  make: phraseRegex(makeVerbs),
  noun: phraseRegex(spellings(deliverableNouns)),
  countable: phraseRegex(spellings(countableOutputs)),
  peopleVerb: phraseRegex(peopleVerbs),
  course: phraseRegex(courseNouns),
  approval: phraseRegex(approvalCriteria),
  audience: new RegExp(
    `(?<![\\p{L}\\p{N}])(?:(?:to|for|in|across|with|among|into)\\s+(?:[\\p{L}\\p{N}%'/-]{1,30}\\s+){0,4}?(?:${audienceAlt})(?:s|es)?|to\\s+\\d{1,3}(?:\\.\\d+)?\\s?%)(?![\\p{L}\\p{N}])`,
    'gu',
  ),
  /** A launch into a named place ("in Germany", "to the Nordics"), read on the original case. */
  place: /(?<![\p{L}\p{N}])(?:in|to|across|into|throughout)\s+(?:the\s+)?\p{Lu}[\p{L}'-]{1,30}/gu,
  stakeholder: phraseRegex(stakeholderNouns),
  activity: phraseRegex(activityPhrases),
  vagueQuality: phraseRegex(vagueQualities),
  vagueAmount: phraseRegex(vagueAmounts),
  purpose: phraseRegex(purposeMarkers),
};

/** Spans of `regex` within `[start, end)` of the folded text (offsets into the whole text). */
export function spansIn(doc: Doc, regex: RegExp, start = 0, end = doc.text.length): Span[] {
  const out: Span[] = [];
  const slice = doc.lower.slice(start, end);
  regex.lastIndex = 0;
  for (const m of slice.matchAll(regex)) out.push({ start: start + m.index, end: start + m.index + m[0].length });
  return out;
}

/** Whether `regex` matches anywhere in `text` (already lower-cased). */
export function matchesText(regex: RegExp, text: string): boolean {
  regex.lastIndex = 0;
  const found = regex.test(text);
  regex.lastIndex = 0;
  return found;
}

/** True when any code unit of `span` is flagged in `mask`. */
export const masked = (mask: Uint8Array, span: Span): boolean => mask.subarray(span.start, span.end).includes(1);

/** The spans of a list sorted by start whose start lies in `[start, end)`, found by binary search. */
export function within<T extends Span>(sorted: readonly T[], start: number, end: number): T[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as T).start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < sorted.length && (sorted[i] as T).start < end; i++) out.push(sorted[i] as T);
  return out;
}

/** How far (in code units) a clause looks for its criterion or stakeholders, so long texts stay linear. */
export const REACH = 400;

/**
 * Up to `n` lower-cased words right before `offset` in the same sentence, nearest first,
 * stopping at clause punctuation (`, ; : ( )`).
 */
export function wordsBefore(doc: Doc, offset: number, n: number): string[] {
  const out: string[] = [];
  let i = firstTokenAtOrAfter(doc, offset) - 1;
  const sentence = doc.tokens[i]?.sentence;
  for (; i >= 0 && out.length < n; i--) {
    const t = doc.tokens[i] as Token;
    if (t.sentence !== sentence) break;
    if (t.kind === 'punct') {
      if (/[,;:()!?.]/.test(t.text)) break;
      continue;
    }
    out.push(t.lower);
  }
  return out;
}

export { firstTokenAtOrAfter, sentenceAt as sentenceOf } from '../../engine/positions.js';

/** The text of a span with surrounding space and edge punctuation trimmed. */
export function cleanText(doc: Doc, span: Span): string {
  return doc.text
    .slice(span.start, span.end)
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:(–—-]+|[\s,;:)–—-]+$/g, '');
}
