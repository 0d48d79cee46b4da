/** What a block of a section holds. */
export type BlockKind = 'paragraph' | 'list-item' | 'table' | 'code' | 'quote';

/** A paragraph, list item, table, code block or quotation, as a range of the normalised text. */
export interface DocBlock {
  kind: BlockKind;
  start: number;
  end: number;
}

/**
 * A heading and what follows it up to the next heading. The text before the first heading
 * is a section with an empty heading and level 0. `start`/`end` cover the heading and its
 * blocks; `path` is the chain of headings above it, its own last.
 */
export interface DocSection {
  heading: string;
  level: number;
  path: string[];
  start: number;
  end: number;
  headingStart: number;
  headingEnd: number;
  blocks: DocBlock[];
}

/**
 * One document, whatever its format: normalised text (headings and blocks on their own
 * lines, blank lines between blocks) and its sections. Every offset is a UTF-16 index into
 * `text`, end exclusive.
 */
export interface DocumentModel {
  text: string;
  title: string | null;
  sections: DocSection[];
}

/** Why a file could not be read as a document: the message is for the user, without the file name. */
export class DocumentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DocumentError';
  }
}

/** Builds a `DocumentModel` from headings and blocks in reading order; every reader uses it. */
export interface DocumentBuilder {
  /** Starts a section; `level` is 1 for a top heading. Empty headings are ignored. */
  heading(text: string, level: number): void;
  /** Adds a block to the current section; blank blocks are ignored. */
  block(kind: BlockKind, text: string): void;
  /** Sets the title when the format carries one outside the headings (front matter, `<title>`). */
  title(text: string): void;
  finish(): DocumentModel;
}

const spaces = /[ \t\u00a0]+/g;
const needsTidy = /[\t\u00a0\r\n]| {2}/;

/** Collapses runs of spaces and trims each line; keeps line breaks inside a block. */
export function tidy(text: string): string {
  if (!needsTidy.test(text)) return text.trim();
  return text
    .split(/\r\n?|\n/)
    .map((line) => line.replace(spaces, ' ').trim())
    .filter((line, i, lines) => line !== '' || (i > 0 && lines[i - 1] !== ''))
    .join('\n')
    .trim();
}

/** Returns a builder that lays headings and blocks out as the normalised text. */
export function createDocumentBuilder(): DocumentBuilder {
  const parts: string[] = [];
  let length = 0;
  let title: string | null = null;
  const sections: DocSection[] = [];
  const stack: Array<{ heading: string; level: number }> = [];
  let current: DocSection | null = null;

  const append = (text: string): [number, number] => {
    if (length > 0) {
      parts.push('\n\n');
      length += 2;
    }
    const start = length;
    parts.push(text);
    length += text.length;
    return [start, length];
  };
  const close = () => {
    if (current) current.end = Math.max(current.headingEnd, current.blocks.at(-1)?.end ?? current.headingEnd);
  };

  return {
    heading(raw, level) {
      const text = tidy(raw).replace(/\n/g, ' ');
      if (text === '') return;
      close();
      const lvl = Math.max(1, Math.min(6, Math.trunc(level) || 1));
      while (stack.length > 0 && (stack.at(-1)?.level ?? 0) >= lvl) stack.pop();
      stack.push({ heading: text, level: lvl });
      const [start, end] = append(text);
      current = {
        heading: text,
        level: lvl,
        path: stack.map((s) => s.heading),
        start,
        end,
        headingStart: start,
        headingEnd: end,
        blocks: [],
      };
      sections.push(current);
      if (title === null && lvl === 1) title = text;
    },
    block(kind, raw) {
      const text = tidy(raw);
      if (text === '') return;
      if (!current) {
        current = {
          heading: '',
          level: 0,
          path: [],
          start: length === 0 ? 0 : length + 2,
          end: 0,
          headingStart: 0,
          headingEnd: 0,
          blocks: [],
        };
        current.headingStart = current.start;
        current.headingEnd = current.start;
        sections.push(current);
      }
      const [start, end] = append(text);
      current.blocks.push({ kind, start, end });
    },
    title(text) {
      const t = tidy(text).replace(/\n/g, ' ');
      if (t !== '') title = t;
    },
    finish() {
      close();
      return { text: parts.join(''), title, sections };
    },
  };
}
