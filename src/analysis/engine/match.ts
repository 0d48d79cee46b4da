/**
 * Finding every match of a regex in a parsed text, fast: a regex declared with `startingWith` is
 * tried only where one of the words it starts with stands, found in one pass over the words.
 */
import { perDoc } from './memo.js';
import { nativeFor } from './native-regex.js';
import type { Doc, Span } from './types.js';

/** A word as the tokeniser cuts it: letters or digits joined by an apostrophe, period, hyphen or slash. */
const LEAD = /^[\p{L}\p{N}]+(?:['.\-/][\p{L}\p{N}]+)*/u;

/** A regex whose matches all start at one of a set of words. */
interface Gated {
  regex: RegExp;
  leads: ReadonlySet<string>;
  /** The same pattern, anchored at `lastIndex`; made on first use. */
  sticky?: RegExp;
  /** Whether a search has used it yet: only those are looked up when a text is indexed. */
  active: boolean;
}

/** Every gated regex by id; and, for the ones in use, the ids each word can start. */
const gatedRegexes: Gated[] = [];
const gateIds = new WeakMap<RegExp, number>();
const idsByLead = new Map<string, number[]>();
const activeIds: number[] = [];

/**
 * Declares the words every match of `regex` starts with (each cut to its leading word as the
 * tokeniser cuts it: "1:1" → "1"), so `findAll` tries the regex only where one of them starts
 * a word instead of at every character. `regex` must match on word boundaries (it opens with
 * `(?<![\p{L}\p{N}])`). A lead that does not open with a letter or digit ("*", "#") leaves the
 * regex ungated: it is then scanned whole.
 */
export function startingWith(regex: RegExp, leads: Iterable<string>): RegExp {
  const words = new Set<string>();
  for (const lead of leads) {
    const word = LEAD.exec(lead.toLowerCase())?.[0];
    if (word === undefined) return regex;
    words.add(word);
  }
  for (const word of words) {
    leadLimits.length = Math.max(leadLimits.length, word.length);
    leadLimits.parts = Math.max(leadLimits.parts, partsOf(word));
  }
  gateIds.set(regex, gatedRegexes.length);
  gatedRegexes.push({ regex, leads: words, active: false });
  return regex;
}

/**
 * The longest lead declared and the most parts one holds ("follow-up" has two): a start inside a
 * long word is read only that far, so a pasted URL or a run of "1.1.1…" costs time in proportion
 * to its length, not to its length cubed.
 */
const leadLimits = { length: 0, parts: 1 };

function partsOf(word: string): number {
  let parts = 1;
  for (let i = 0; i < word.length; i++) if (isSeparator(word.charCodeAt(i))) parts += 1;
  return parts;
}

/** Adds a regex to the ones every text is indexed for, on its first search. */
function activate(id: number): Gated {
  const gated = gatedRegexes[id] as Gated;
  if (gated.active) return gated;
  gated.active = true;
  activeIds.push(id);
  for (const word of gated.leads) {
    const ids = idsByLead.get(word);
    if (ids) ids.push(id);
    else idsByLead.set(word, [id]);
  }
  return gated;
}

/**
 * For one parsed text, the offsets where each gated regex may start, sorted, by id: `NONE`
 * when it cannot start anywhere, undefined when the text was indexed before its first search.
 */
type LeadIndex = Array<readonly number[] | undefined>;
const NONE: readonly number[] = [];

/** True for the separators a word may hold: ' . - / */
function isSeparator(code: number): boolean {
  return code === 39 || code === 46 || code === 45 || code === 47;
}

/**
 * Calls `visit` with every place a match can start and every lead it could start with there.
 * A match starts at a word or after a separator inside one ("up" in "follow-up"), and a lead
 * can span separators ("follow-up"), so each start comes with every run of parts from it.
 */
function forEachStart(doc: Doc, visit: (key: string, offset: number) => void): void {
  for (const token of doc.words) {
    const word = token.lower;
    for (let from = 0; from < word.length; ) {
      let cut = from;
      while (cut < word.length && !isSeparator(word.charCodeAt(cut))) cut += 1;
      if (from === 0 && cut === word.length) {
        visit(word, token.start);
        break;
      }
      // Only runs of parts a lead can be: at most `leadLimits.parts` parts and `leadLimits.length` characters.
      for (let end = cut, parts = 1; end <= word.length && parts <= leadLimits.parts && end - from <= leadLimits.length; end += 1) {
        if (end === word.length || isSeparator(word.charCodeAt(end))) {
          visit(word.slice(from, end), token.start + from);
          parts += 1;
        }
      }
      from = cut + 1;
    }
  }
}

/** The lead index of `doc` for every regex in use, built in one pass over its words. */
const leadIndex = perDoc((doc: Doc): LeadIndex => {
  // Filled up front: writing far past the end of an empty array makes V8 store it as a slow dictionary.
  const starts: Array<readonly number[] | number[] | undefined> = new Array(gatedRegexes.length).fill(undefined);
  for (const id of activeIds) starts[id] = NONE;
  forEachStart(doc, (key, offset) => {
    const ids = idsByLead.get(key);
    if (!ids) return;
    for (const id of ids) {
      const list = starts[id] as number[];
      if (list === NONE) starts[id] = [offset];
      else if (list[list.length - 1] !== offset) list.push(offset);
    }
  });
  return starts;
});

/** Where gated regex `id` may start in `doc`, worked out for it alone. */
function startsOf(doc: Doc, gated: Gated): readonly number[] {
  const offsets: number[] = [];
  forEachStart(doc, (key, offset) => {
    if (gated.leads.has(key) && offsets[offsets.length - 1] !== offset) offsets.push(offset);
  });
  return offsets;
}

/**
 * Every match of `regex` (which must have the `g` flag) in the folded text, as spans, left to
 * right and not overlapping, exactly as a global scan finds them. A regex declared with
 * `startingWith` is only tried where one of its leads starts a word, and, given `startsIn`,
 * only at offsets it accepts (a caller that keeps the matches of some sentences only).
 */
export function findAll(doc: Doc, regex: RegExp, startsIn?: (offset: number) => boolean): Span[] {
  const id = gateIds.get(regex);
  if (id === undefined) return startsIn ? scan(doc, regex).filter((s) => startsIn(s.start)) : scan(doc, regex);
  const gated = activate(id);
  const index = leadIndex(doc);
  let offsets = index[id];
  if (offsets === undefined) {
    offsets = startsOf(doc, gated);
    index[id] = offsets;
  }
  if (offsets.length === 0) return [];
  gated.sticky ??= new RegExp(regex.source, `${regex.flags.replace('g', '')}y`);
  nativeFor(gated.sticky, doc);
  const spans: Span[] = [];
  let from = 0;
  for (const offset of offsets) {
    if (offset < from || (startsIn && !startsIn(offset))) continue;
    gated.sticky.lastIndex = offset;
    // `test` leaves `lastIndex` at the end of the match and builds no match object.
    if (!gated.sticky.test(doc.lower)) continue;
    const end = gated.sticky.lastIndex;
    spans.push({ start: offset, end });
    from = Math.max(end, offset + 1);
  }
  return spans;
}

/** Every match of `regex` (global) found by scanning the whole folded text. */
export function scan(doc: Doc, regex: RegExp): Span[] {
  nativeFor(regex, doc);
  const spans: Span[] = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(doc.lower); m !== null; m = regex.exec(doc.lower)) {
    spans.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) regex.lastIndex += 1;
  }
  return spans;
}

/** The regexes declared with `startingWith` and their leads, for tests that compare gated and whole scans. */
export function gatedPatterns(): Array<{ regex: RegExp; leads: string[] }> {
  return gatedRegexes.map((g) => ({ regex: g.regex, leads: [...g.leads] }));
}
