/**
 * V8 runs a regex first in its bytecode interpreter and compiles it to machine code on the next
 * run, unless the first text is 1,000 characters or longer. The bytecode of a phrase list runs to
 * hundreds of kilobytes, and V8 counts it against a budget of 1 MB: past that, and once the
 * process holds 16 MB of code, every regex compiled afterwards is compiled unoptimised, two to
 * three times slower, whichever code it belongs to. A regex run at many places of many texts is
 * therefore first run once on a long blank text, which compiles it straight to machine code.
 */
import { perDoc } from './memo.js';
import type { Doc } from './types.js';

/** Long blank texts: one a byte a character, one two bytes (V8 compiles a regex once for each kind). */
const NARROW = ' '.repeat(1000);
const WIDE = '\u2003'.repeat(1000);

/** The kinds of text each regex has been compiled for: 1 narrow, 2 wide. */
const compiledFor = new WeakMap<RegExp, number>();

/** True when `text` holds a character past U+00FF, so V8 stores it (and what is cut from it) two bytes a character. */
export function isWide(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0xff) return true;
  return false;
}

/** Whether the texts read from `doc` may be stored two bytes a character (see `isWide`). */
export const wideDoc = perDoc(function wideDoc(doc: Doc): boolean {
  return isWide(doc.text);
});

function compile(regex: RegExp, blank: string): void {
  const lastIndex = regex.lastIndex;
  // A global or sticky regex is tried at the last character only: the length of the text is what counts.
  regex.lastIndex = blank.length - 1;
  regex.test(blank);
  regex.lastIndex = lastIndex;
}

/**
 * `regex`, compiled to machine code for one-byte texts and, when `wide`, for two-byte texts too.
 * Changes nothing but V8's state: its `lastIndex` is kept.
 */
export function native(regex: RegExp, wide: boolean): RegExp {
  const done = compiledFor.get(regex) ?? 0;
  if (done === 3 || (done === 1 && !wide)) return regex;
  if ((done & 1) === 0) compile(regex, NARROW);
  if (wide && (done & 2) === 0) compile(regex, WIDE);
  compiledFor.set(regex, wide ? 3 : 1);
  return regex;
}

/** `regex`, compiled to machine code for the texts read from `doc` (see `native`). */
export function nativeFor(regex: RegExp, doc: Doc): RegExp {
  return native(regex, wideDoc(doc));
}

/**
 * Every match of the global `regex` in `text` (a text read from `doc`), as `text.matchAll(regex)`
 * gives them, found by the regex itself compiled to machine code (see `native`) rather than by the
 * copy `matchAll` makes, which V8 may compile again from bytecode.
 */
export function matchesIn(doc: Doc, regex: RegExp, text: string): RegExpExecArray[] {
  nativeFor(regex, doc);
  const found: RegExpExecArray[] = [];
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    found.push(m);
    // After an empty match, on to the next character (the next code point for a Unicode regex).
    if (m[0] === '') regex.lastIndex += regex.unicode && isPair(text, regex.lastIndex) ? 2 : 1;
  }
  return found;
}

function isPair(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  const next = text.charCodeAt(i + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
}
