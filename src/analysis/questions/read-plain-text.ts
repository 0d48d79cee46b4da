import { type BlockKind, createDocumentBuilder, type DocumentModel } from './document.js';

/** A list item's marker at the start of a line: a bullet, or a number with "." or ")". */
export const plainListMarker = /^(?:[-*•◦▪‣]|\d{1,3}[.)])\s+/;

const bullet = /^(?:[-*•◦▪‣]|\d{1,3}\))(?:\s|$)/;
const numbered = /^((?:\d{1,2}\.)*\d{1,2}\.?|(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})\.)\s+(\S.*)$/;
const roman = /^[IVX]+\.$/;
const underline = /^[ \t]*(={3,}|-{3,})[ \t]*$/;
const rule = /^[ \t]*(?:[-=_*~#•·] ?){3,}$/;
const sentenceEnd = /[.,;?!\-–—/&+]$/;
/** Links, addresses, code and formulas: not heading text. */
const notProse = /https?:\/\/|www\.|@|::|[[\]{}<>=|*_`#\\]/;
/** A "Label: value" line (dates, numbers, names), not a heading. */
const fieldLine = /:\s*\d|:.*,/;
/** Words a Title Case heading leaves in lower case. */
const minorWords = new Set('a an and as at but by for from in into nor of on onto or per so than the to up via vs with without'.split(' '));
/** Words a heading does not end on; a line ending on one is a wrapped sentence. */
const danglingWords = new Set('a an and as at by for from in into of on or the to with'.split(' '));

function isAllCaps(text: string): boolean {
  return !/\p{Ll}/u.test(text) && (text.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((word) => /^\P{L}*\p{L}/u.test(word));
  const first = words[0];
  if (first === undefined || !/^\P{L}*\p{Lu}/u.test(first)) return false;
  const major = words.filter((word, i) => i === 0 || !minorWords.has(word.toLowerCase()));
  const capitalised = major.filter((word) => /^\P{L}*\p{Lu}/u.test(word)).length;
  return capitalised >= Math.ceil(major.length * 0.75);
}

/** Whether a line is short and unpunctuated enough to be a heading at all. */
function headingShaped(line: string): boolean {
  if (line === '' || line.length > 80 || sentenceEnd.test(line) || !/\p{L}/u.test(line)) return false;
  const words = line.split(/\s+/);
  return words.length <= 10 && !danglingWords.has(words.at(-1)?.toLowerCase() ?? '') && !notProse.test(line) && !fieldLine.test(line);
}

/**
 * The level a line would have as a heading in plain text, or 0 when it does not look like
 * one. Conservative, since a false heading splits a section wrongly: at most 80 characters
 * and 10 words, no closing punctuation other than ":", no code or links, and numbered ("2.3 Goals" → 2), in
 * capitals (→ 1) or in Title Case (→ 2). A line starting with any other number ("123 Main
 * Street") is not one.
 */
export function plainHeadingLevel(raw: string): number {
  const line = raw.trim();
  if (!headingShaped(line) || bullet.test(line)) return 0;
  const match = numbered.exec(line);
  if (match) {
    const number = match[1] ?? '';
    const rest = match[2] ?? '';
    if (!/^\p{Lu}/u.test(rest)) return 0;
    if (roman.test(number)) return 1;
    const depth = number.split('.').filter((part) => part !== '').length;
    if (depth === 1 && !isAllCaps(rest) && !isTitleCase(rest)) return 0;
    return Math.min(depth, 6);
  }
  if (/^\d/.test(line)) return 0;
  if (isAllCaps(line)) return 1;
  return isTitleCase(line) ? 2 : 0;
}

type Entry = { heading: string; level: number } | { kind: BlockKind; text: string };

/** Paragraphs and list items of a block's lines; wrapped lines are joined with spaces. */
function bodyEntries(lines: string[], out: Entry[]): void {
  let current: { kind: BlockKind; text: string } | null = null;
  for (const line of lines) {
    if (rule.test(line)) continue;
    const marker = plainListMarker.exec(line);
    if (marker) {
      current = { kind: 'list-item', text: line.slice(marker[0].length) };
      out.push(current);
    } else if (current) {
      current.text += ` ${line}`;
    } else {
      current = { kind: 'paragraph', text: line };
      out.push(current);
    }
  }
}

/** Whether the lines after a would-be heading read as its body rather than as more headings or a list it begins. */
function isBody(first: string, rest: string[]): boolean {
  const next = rest[0] ?? '';
  if (plainListMarker.test(first) && plainListMarker.test(next)) return false;
  return rest.some((line) => plainHeadingLevel(line) === 0 && !rule.test(line));
}

function blockEntries(lines: string[], out: Entry[]): void {
  const first = lines[0] ?? '';
  const setext = lines.length >= 2 ? underline.exec(lines[1] ?? '') : null;
  if (setext && headingShaped(first)) {
    out.push({ heading: first, level: setext[1]?.startsWith('=') ? 1 : 2 });
    bodyEntries(lines.slice(2), out);
    return;
  }
  const level = plainHeadingLevel(first);
  if (level > 0 && (lines.length === 1 || isBody(first, lines.slice(1)))) {
    out.push({ heading: first, level });
    bodyEntries(lines.slice(1), out);
    return;
  }
  bodyEntries(lines, out);
}

/**
 * Reads plain text (a .txt file, or the text of a PDF) into the document model. Blocks are
 * separated by blank lines; a block's wrapped lines are joined; lines starting with a bullet
 * or "1." / "1)" are list items. Headings are recognised conservatively (see
 * `plainHeadingLevel`, plus Setext underlines of === or ---), also as the first line of a
 * block whose other lines are body; headings with nothing after them are read as paragraphs.
 */
export function readPlainText(text: string): DocumentModel {
  const entries: Entry[] = [];
  let block: string[] = [];
  for (const raw of text.split(/\r\n?|\n|\f/)) {
    const line = raw.trim();
    if (line !== '') {
      block.push(line);
      continue;
    }
    if (block.length > 0) blockEntries(block, entries);
    block = [];
  }
  if (block.length > 0) blockEntries(block, entries);

  for (let i = entries.length - 1; i >= 0; i--) {
    const entry = entries[i];
    if (!entry || !('heading' in entry)) break;
    entries[i] = { kind: 'paragraph', text: entry.heading };
  }
  const builder = createDocumentBuilder();
  for (const entry of entries) {
    if ('heading' in entry) builder.heading(entry.heading, entry.level);
    else builder.block(entry.kind, entry.text);
  }
  return builder.finish();
}
