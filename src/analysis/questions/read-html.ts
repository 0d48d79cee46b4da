import { Parser } from 'htmlparser2';
import { type BlockKind, createDocumentBuilder, type DocumentModel } from './document.js';

/** Elements whose content is never document text. */
const skipped = new Set(['script', 'style', 'noscript', 'template', 'svg', 'nav', 'iframe', 'object', 'head']);
/** What a head holds; any other element, or text, ends a head left open. */
const headContent = new Set(['title', 'meta', 'link', 'style', 'script', 'base', 'noscript', 'template']);
/** Elements that end the text before them and start a new block. */
const blockTags = new Set([
  ...'address article aside body center dd details dialog dir div dl dt fieldset figcaption figure'.split(' '),
  ...'footer form header hgroup hr html legend main menu ol p section summary ul'.split(' '),
]);
/** Parts of a table; inside a heading or a nested table they only separate words. */
const tableTags = new Set(['table', 'caption', 'tr', 'td', 'th']);
const kindTags: Record<string, BlockKind> = { li: 'list-item', blockquote: 'quote', pre: 'code' };
const headingTags: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
/** Elements whose content the tokenizer reads as raw text: never restart the parser right after one opens. */
const rawText = new Set(['script', 'style', 'title', 'textarea', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);
/**
 * htmlparser2 keeps its open elements in an array it `unshift`s and searches, so unclosed
 * tags nested thousands deep make it quadratic. Past this depth every open element is closed
 * and parsing starts afresh at the next tag, which keeps the time linear on any input.
 */
const maxDepth = 128;
const chunkSize = 8192;

type Role = 'inline' | 'block' | 'skip' | 'head' | 'title' | 'heading' | 'kind' | 'table' | 'row' | 'cell' | 'caption';

interface Table {
  rows: string[];
  row: string[] | null;
  cell: string[] | null;
  /** Tables open inside this one: their structure is flattened into the current cell. */
  nested: number;
}

/**
 * Reads HTML into the document model with htmlparser2's streaming parser (no DOM): h1–h6
 * become sections; p, div and bare text paragraphs; li list items (each nested one its own);
 * a table one block of rows with cells joined by " | "; pre code; blockquote quotations.
 * Scripts, styles, navigation, SVG and the head (except `<title>`) are skipped. Linear in the
 * input and tolerant of any markup, however broken.
 */
export function readHtml(html: string): DocumentModel {
  const builder = createDocumentBuilder();
  const frames: Role[] = [];
  const kinds: BlockKind[] = [];
  let parts: string[] = [];
  let skipDepth = 0;
  let headDepth = 0;
  let preDepth = 0;
  let headingLevel = 0;
  let title: string[] | null = null;
  let titleSeen = false;
  let table: Table | null = null;

  const flush = () => {
    if (parts.length === 0) return;
    builder.block(kinds.at(-1) ?? 'paragraph', parts.join(''));
    parts = [];
  };
  const endCell = (t: Table) => {
    if (!t.cell) return;
    t.row ??= [];
    t.row.push(t.cell.join('').replace(/\s+/g, ' ').trim());
    t.cell = null;
  };
  const endRow = (t: Table) => {
    endCell(t);
    if (t.row?.some((cell) => cell !== '')) t.rows.push(t.row.join(' | '));
    t.row = null;
  };
  const startCell = (t: Table) => {
    endCell(t);
    t.row ??= [];
    t.cell = [];
  };
  /** A separator inside a heading or table cell, where blocks cannot start. */
  const space = () => {
    if (table) table.cell?.push(' ');
    else parts.push(' ');
  };

  const open = (name: string): Role => {
    if (skipDepth > 0) return 'inline';
    if (name === 'title') {
      title = [];
      return 'title';
    }
    if (name === 'head') {
      headDepth++;
      return 'head';
    }
    // As in a browser, anything but head content ends an unclosed head.
    if (headDepth > 0 && !headContent.has(name)) headDepth = 0;
    if (skipped.has(name)) {
      skipDepth++;
      return 'skip';
    }
    if (name === 'br') {
      if (table || headingLevel > 0) space();
      else parts.push('\n');
      return 'inline';
    }
    const isBlock = blockTags.has(name) || name in kindTags || name in headingTags;
    const separates = isBlock || tableTags.has(name);
    if (table) {
      if (name === 'table') table.nested++;
      if (table.nested > 0 || !tableTags.has(name) || name === 'table') {
        if (separates) space();
        return name === 'table' ? 'table' : 'inline';
      }
      if (name === 'tr') {
        endRow(table);
        return 'row';
      }
      if (name === 'caption') endRow(table);
      startCell(table);
      return name === 'caption' ? 'caption' : 'cell';
    }
    if (headingLevel > 0) {
      if (separates) space();
      return separates ? 'block' : 'inline';
    }
    if (name === 'table') {
      flush();
      table = { rows: [], row: null, cell: null, nested: 0 };
      return 'table';
    }
    const level = headingTags[name];
    if (level !== undefined) {
      flush();
      headingLevel = level;
      return 'heading';
    }
    const kind = kindTags[name];
    if (kind !== undefined) {
      flush();
      kinds.push(kind);
      if (kind === 'code') preDepth++;
      return 'kind';
    }
    if (isBlock) {
      flush();
      return 'block';
    }
    return 'inline';
  };

  const close = (role: Role) => {
    switch (role) {
      case 'skip':
        skipDepth--;
        break;
      case 'head':
        headDepth = Math.max(0, headDepth - 1);
        break;
      case 'title':
        if (!titleSeen && title && title.join('').trim() !== '') {
          builder.title(title.join(''));
          titleSeen = true;
        }
        title = null;
        break;
      case 'heading':
        builder.heading(parts.join(''), headingLevel);
        parts = [];
        headingLevel = 0;
        break;
      case 'kind':
        flush();
        if (kinds.pop() === 'code') preDepth--;
        break;
      case 'block':
        if (headingLevel > 0) space();
        else flush();
        break;
      case 'table':
        if (!table) break;
        if (table.nested > 0) {
          table.nested--;
          space();
          break;
        }
        endRow(table);
        builder.block('table', table.rows.join('\n'));
        table = null;
        break;
      case 'row':
        if (table) endRow(table);
        break;
      case 'cell':
        if (table) endCell(table);
        break;
      case 'caption':
        if (table) endRow(table);
        break;
    }
  };

  const text = (data: string) => {
    if (skipDepth > 0) return;
    if (title) {
      title.push(data);
      return;
    }
    if (headDepth > 0) {
      if (data.trim() === '') return;
      headDepth = 0;
    }
    if (table) {
      if (!table.cell && data.trim() === '') return;
      if (!table.cell) startCell(table);
      table.cell?.push(data);
      return;
    }
    parts.push(preDepth > 0 ? data : data.replace(/[ \t\n\r\f]+/g, ' '));
  };

  let base = 0;
  let restartAt = -1;
  const parser: Parser = new Parser({
    onopentag(name, _attribs, isImplied) {
      frames.push(open(name));
      if (!isImplied && frames.length > maxDepth && !rawText.has(name)) {
        restartAt = base + parser.endIndex + 1;
        parser.pause();
      }
    },
    onclosetag() {
      const role = frames.pop();
      if (role) close(role);
    },
    ontext: text,
  });

  let pos = 0;
  while (pos < html.length) {
    restartAt = -1;
    parser.write(html.slice(pos, Math.min(html.length, pos + chunkSize)));
    if (restartAt < 0) {
      pos += chunkSize;
      continue;
    }
    for (let role = frames.pop(); role; role = frames.pop()) close(role);
    parser.reset();
    base = restartAt;
    pos = restartAt;
  }
  parser.end();
  for (let role = frames.pop(); role; role = frames.pop()) close(role);
  flush();
  return builder.finish();
}
