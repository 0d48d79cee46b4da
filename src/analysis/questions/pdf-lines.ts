import type { getDocumentProxy } from 'unpdf';

/*
 * The lines of a PDF's pages from pdf.js text items: items on one baseline joined, with the
 * size and font that cover most of their characters; and page furniture (page numbers,
 * running headers and footers) told apart from the text.
 */

type PdfProxy = Awaited<ReturnType<typeof getDocumentProxy>>;
/** The text content pdf.js gives for one page. */
export type PageContent = Awaited<ReturnType<Awaited<ReturnType<PdfProxy['getPage']>>['getTextContent']>>;

/** A line that is only a page number ("12", "- 3 -", "Page 2 of 9"). */
export const pageNumber = /^[-–—]?\s*(?:page\s+)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?\s*[-–—]?$/i;
const finite = (n: unknown): number => (typeof n === 'number' && Number.isFinite(n) ? n : 0);

/** Text items on one baseline, with the size and font that cover most of their characters. */
export interface Line {
  page: number;
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
  font: string;
  /** Share of the characters in `font`; below 1 when the line mixes fonts (a bold lead-in). */
  fontShare: number;
  mono: boolean;
}

/** Adds `n` to the count of `key`. */
export function add<K>(counts: Map<K, number>, key: K, n: number): Map<K, number> {
  return counts.set(key, (counts.get(key) ?? 0) + n);
}

/** The key counted most often, or `fallback` when nothing was counted. */
export function mostCommon<K>(counts: Map<K, number>, fallback: K): K {
  let best = fallback;
  let most = -1;
  for (const [key, n] of counts) if (n > most) [best, most] = [key, n];
  return best;
}

/** The `q` quantile of counted values; linear, since the callers round values to few distinct keys. */
export function quantile(counts: Map<number, number>, q: number, fallback: number): number {
  const total = [...counts.values()].reduce((sum, n) => sum + n, 0);
  let seen = 0;
  for (const key of [...counts.keys()].sort((a, b) => a - b)) {
    seen += counts.get(key) ?? 0;
    if (seen >= total * q) return key;
  }
  return fallback;
}

/** Groups a page's text items into lines: consecutive items on one baseline, in the order pdf.js reads them. */
export function pageLines(page: number, content: PageContent): Line[] {
  const lines: Line[] = [];
  let open: { x: number; right: number; y: number; size: number; space: boolean; chars: number; parts: string[] } | null = null;
  let fonts = new Map<string, number>();
  let sizes = new Map<number, number>();
  const close = () => {
    const text = open?.parts.join('').replace(/\s+/g, ' ').trim() ?? '';
    if (open && text !== '') {
      const font = mostCommon(fonts, '');
      const mono = content.styles[font]?.fontFamily === 'monospace';
      const fontShare = (fonts.get(font) ?? 0) / Math.max(1, open.chars);
      lines.push({ page, text, x: open.x, right: open.right, y: open.y, size: mostCommon(sizes, open.size), font, fontShare, mono });
    }
    [open, fonts, sizes] = [null, new Map(), new Map()];
  };
  for (const item of content.items) {
    if (!('str' in item) || typeof item.str !== 'string' || !Array.isArray(item.transform)) continue;
    const t = item.transform.map(finite);
    const size = Math.hypot(t[2] ?? 0, t[3] ?? 0) || Math.hypot(t[0] ?? 0, t[1] ?? 0) || finite(item.height) || 1;
    const [x, y] = [t[4] ?? 0, t[5] ?? 0];
    const chars = item.str.replace(/\s/g, '').length;
    if (chars === 0) {
      if (open && item.str !== '') open.space = true;
      continue;
    }
    if (open && Math.abs(y - open.y) > 0.4 * Math.max(size, open.size)) close();
    if (!open) open = { x, right: x, y, size, space: false, chars: 0, parts: [] };
    else if (open.space || x - open.right > 0.15 * size) open.parts.push(' ');
    open.parts.push(item.str);
    [open.x, open.right, open.size, open.space] = [Math.min(open.x, x), Math.max(open.right, x + finite(item.width)), size, false];
    open.chars += chars;
    add(fonts, String(item.fontName), chars);
    add(sizes, Math.round(size * 2) / 2, chars);
  }
  close();
  return lines;
}

/** The two lines nearest the top (`dir` 1) or bottom (`dir` -1) of a page, outermost first. */
function edgeLines(lines: Line[], dir: 1 | -1): Line[] {
  let [a, b]: Array<Line | undefined> = [undefined, undefined];
  for (const line of lines) {
    if (!a || line.y * dir > a.y * dir) [a, b] = [line, a];
    else if (!b || line.y * dir > b.y * dir) b = line;
  }
  return [a, b].filter((line): line is Line => line !== undefined);
}

/**
 * All lines in reading order without page furniture: page numbers at the top or bottom, and
 * headers or footers no larger than body text that recur at one height on most pages (a number
 * at either end of them may change from page to page).
 */
export function bodyLines(pages: Line[][], body: number): Line[] {
  const keyOf = (line: Line) => `${Math.round(line.y)}|${line.text.replace(/^\d+\b|\b\d+$/g, '#')}`;
  const counts = new Map<string, number>();
  for (const lines of pages) for (const key of new Set([...edgeLines(lines, 1), ...edgeLines(lines, -1)].map(keyOf))) add(counts, key, 1);
  const repeated = (line: Line) =>
    pages.length >= 2 && line.size <= body * 1.05 && (counts.get(keyOf(line)) ?? 0) >= Math.max(2, pages.length / 2);
  const drop = new Set<Line>();
  for (const lines of pages) {
    for (const dir of [1, -1] as const) {
      const [outer, inner] = edgeLines(lines, dir);
      const outerGoes = outer !== undefined && (repeated(outer) || pageNumber.test(outer.text));
      if (outer && outerGoes) drop.add(outer);
      if (inner && (repeated(inner) || (outerGoes && pageNumber.test(inner.text)))) drop.add(inner);
    }
  }
  return pages.flat().filter((line) => !drop.has(line));
}
