import { perDoc } from './memo.js';
import type { Doc, Span } from './types.js';

/**
 * The blanks of a template left unfilled (SPEC §1.5): `[Topic]`, `<name>`, `{result}`, `XX%`,
 * `TBD`, `___`. A bracket counts only when it holds a word and is not a Markdown link
 * (`[text](url)`), a footnote (`[1]`), an e-mail address or a web address (`<https://…>`).
 * Every pattern is bounded, so the scan stays linear.
 */
const BLANK =
  /\[(?=[^\]\n]{0,60}\p{L})[^[\]\n]{1,60}\](?!\()|<(?=[^>\n]{0,40}\p{L})[^<>@/:\n]{1,40}>|\{(?=[^}\n]{0,40}\p{L})[^{}\n]{1,40}\}|(?<![\p{L}\p{N}])(?:X{2,4}|x{2,4}(?=%)|N{2,3}(?=%)|TBD|TBC|TODO)(?:%|(?![\p{L}\p{N}]))|_{3,}/gu;

/** The unfilled blanks of `doc`, left to right (found once per parsed text). */
export const findPlaceholders = perDoc(function findPlaceholders(doc: Doc): Span[] {
  const spans: Span[] = [];
  BLANK.lastIndex = 0;
  for (let m = BLANK.exec(doc.text); m !== null; m = BLANK.exec(doc.text)) {
    spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
});

/** Words that may stand between a name and the blank that completes it ("your talk *on* [Topic]"). */
const JOINERS = /^[\s"'“‘:,-]*(?:(?:on|about|at|of|for|in|the|a|an|your|my|our|called|named|titled)[\s"'“‘:,-]+){0,3}$/;

/**
 * True when `span` is a blank or is completed by one: it overlaps a placeholder, or a
 * placeholder follows it within a few joining words ("your talk on [Topic]", "you mentioned
 * [Specific Framework]"). Such a part of a message names nothing and counts as missing.
 */
export function standsForBlank(doc: Doc, span: Span): boolean {
  const blanks = findPlaceholders(doc);
  // The blanks are sorted and apart: only the first that ends after the span starts can touch it.
  let lo = 0;
  let hi = blanks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((blanks[mid] as Span).end <= span.start) lo = mid + 1;
    else hi = mid;
  }
  const blank = blanks[lo];
  if (!blank) return false;
  if (blank.start < span.end) return true;
  return blank.start - span.end <= 24 && JOINERS.test(doc.lower.slice(span.end, blank.start));
}
