import { getDocumentProxy } from 'unpdf';
import { type BlockKind, createDocumentBuilder, DocumentError, type DocumentModel } from './document.js';
import { documentBudgets } from './document-budgets.js';
import { add, bodyLines, type Line, mostCommon, type PageContent, pageLines, pageNumber, quantile } from './pdf-lines.js';
import { plainHeadingLevel, plainListMarker, readPlainText } from './read-plain-text.js';
import { verifyPdf } from './verify-pdf.js';

type PdfPage = Awaited<ReturnType<Awaited<ReturnType<typeof getDocumentProxy>>['getPage']>>;

/** Consecutive lines read as one unit: a heading (`style` is its size, 0 for emphasis at body size) or a block. */
interface Group {
  rank: 'large' | 'emphasis' | 'code' | 'body';
  style: number | null;
  kind: BlockKind;
  lines: string[];
  last: Line;
}

const paragraphEnd = /[.!?:;]["'”’)\]]*$/;
const hyphenated = /\p{L}-$/u;
const listMarker = /^(?:[-–*•◦▪‣●○■\uf0a7\uf0b7]|\d{1,3}[.)]|\(?[a-z]\)|\(\d{1,3}\))\s+/;

/**
 * Lays out one page of pdf.js text as plain text: pdf.js puts every line on its own line and
 * no blank line between paragraphs, so a short line that closes a sentence ends a paragraph,
 * a heading-like line after the end of a paragraph stands alone, list items start blocks, and
 * a page number at the top or bottom is dropped. Wrapped lines are left for `readPlainText`
 * to join. `readPdf` uses it only for PDFs whose fonts do not tell headings apart.
 */
export function reflowPdfPage(page: string): string {
  const lines = page.split(/\r\n?|\n/).map((line) => line.replace(/\s+/g, ' ').trim());
  while (lines.length > 0 && (lines[0] === '' || pageNumber.test(lines[0] ?? ''))) lines.shift();
  while (lines.length > 0 && (lines.at(-1) === '' || pageNumber.test(lines.at(-1) ?? ''))) lines.pop();
  const lengths = lines.filter((line) => line !== '').map((line) => line.length);
  lengths.sort((a, b) => a - b);
  // A full line of the page: the 90th percentile of line lengths, so one long line does not set it.
  const full = lengths[Math.floor((lengths.length - 1) * 0.9)] ?? 0;
  /** Lines are compared with the page's full width only when the page has enough text to know it. */
  const isShort = (line: string, ratio: number) => full >= 40 && line.length < full * ratio;

  const out: string[] = [];
  let prev: { text: string; heading: boolean; list: boolean } | null = null;
  for (const line of lines) {
    if (line === '') {
      out.push('');
      prev = null;
      continue;
    }
    const ended = prev === null || prev.heading || paragraphEnd.test(prev.text) || isShort(prev.text, 0.7);
    if (ended && plainHeadingLevel(line) > 0 && (full < 40 || isShort(line, 0.7))) {
      out.push('', line, '');
      prev = { text: line, heading: true, list: false };
      continue;
    }
    const list = plainListMarker.test(line);
    if (prev && !prev.heading && !list && hyphenated.test(prev.text) && /^\p{Ll}/u.test(line)) {
      out[out.length - 1] += line;
      prev = { ...prev, text: line };
      continue;
    }
    const breakBefore: boolean =
      prev !== null &&
      !prev.heading &&
      ((list && !prev.list) || (!list && isShort(prev.text, 0.75) && (prev.list || paragraphEnd.test(prev.text))));
    if (breakBefore) out.push('');
    out.push(line);
    prev = { text: line, heading: false, list: list || (prev?.list === true && !breakBefore) };
  }
  return out.join('\n');
}

/** Whether a heading of `lines` lines could read this way: a few words with letters, not closing a sentence. */
function headingShaped(text: string, lines: number): boolean {
  const words = text.split(' ').length;
  return lines <= 3 && words <= (lines === 1 ? 12 : 20) && !/[.,;]["'”’)\]]*$/.test(text) && /\p{L}.*\p{L}/u.test(text);
}

/**
 * Splits lines into headings and blocks. Lines join while they keep one size and emphasis and
 * follow at line spacing, unless a line closes a sentence short of full width, starts a list
 * item, or is indented. A group in a larger size, or a lone line in another font at body size,
 * is a heading when it is short and does not close a sentence.
 */
function groupLines(lines: Line[], body: number): Group[] {
  const near = (a: number, b: number) => Math.abs(a - b) <= 0.1 * body;
  const [pageFonts, steps, widths] = [new Map<number, Map<string, number>>(), new Map<number, number>(), new Map<number, number>()];
  for (const [i, line] of lines.entries()) {
    if (!near(line.size, body)) continue;
    const fonts = pageFonts.get(line.page) ?? new Map<string, number>();
    pageFonts.set(line.page, add(fonts, line.font, line.text.length));
    add(widths, Math.min(2000, Math.round((line.right - line.x) / 2) * 2), 1);
    const prev = lines[i - 1];
    const gap = prev && prev.page === line.page && prev.size === line.size ? (prev.y - line.y) / line.size : 0;
    if (gap > 0.3) add(steps, Math.round(Math.min(gap, 5) * 20) / 20, 1);
  }
  const bodyFont = new Map([...pageFonts].map(([page, fonts]) => [page, mostCommon(fonts, '')]));
  const step = quantile(steps, 0.25, 1.2) * 1.25;
  const full = quantile(widths, 0.9, 0);
  const short = (line: Line) => line.right - line.x < full * 0.7;
  /** Whether `line` follows `prev` at the spacing of lines within a paragraph. */
  const flows = (prev: Line, line: Line, gap = prev.y - line.y) =>
    prev.page === line.page && near(prev.size, line.size) && gap > 0.3 * line.size && gap <= step * Math.max(prev.size, line.size);
  const ended = (prev: Line | undefined, line: Line) => !prev || !flows(prev, line) || paragraphEnd.test(prev.text) || short(prev);
  const emphasis = (line: Line) => near(line.size, body) && line.fontShare >= 0.9 && line.font !== bodyFont.get(line.page);
  const rankOf = (line: Line, prev: Line | undefined): Group['rank'] => {
    if (line.size >= body * 1.15) return 'large';
    if (line.mono) return 'code';
    return emphasis(line) && headingShaped(line.text, 1) && ended(prev, line) ? 'emphasis' : 'body';
  };
  /** Whether a line carries on the group that `group.last` ends. */
  const continues = (group: Group, line: Line, marker: boolean) => {
    const prev = group.last;
    if (prev.page !== line.page) return near(prev.size, line.size) && !marker && !paragraphEnd.test(prev.text) && !short(prev);
    if (!flows(prev, line)) return false;
    if (group.rank !== 'body') return true; // headings and code run on while lines follow at line spacing
    if (short(prev) && paragraphEnd.test(prev.text)) return false;
    if (marker) return group.kind !== 'list-item' && !paragraphEnd.test(prev.text) && !short(prev);
    return group.kind === 'list-item' || line.x <= prev.x + 0.5 * line.size;
  };

  const groups: Group[] = [];
  let last: Group | null = null;
  for (const [i, line] of lines.entries()) {
    const rank = rankOf(line, lines[i - 1]);
    const marker = listMarker.test(line.text);
    if (last && last.rank === rank && continues(last, line, marker)) {
      last.lines.push(line.text);
      last.last = line;
      continue;
    }
    const style: number | null = rank === 'large' ? line.size : rank === 'emphasis' ? 0 : null;
    last = { rank, style, kind: rank === 'code' ? 'code' : marker ? 'list-item' : 'paragraph', lines: [line.text], last: line };
    groups.push(last);
  }
  for (const group of groups) if (!headingShaped(joinLines(group.lines), group.lines.length)) group.style = null;
  return groups;
}

/** A block's lines as one text: wrapped lines joined with a space, a word hyphenated across lines joined whole. */
function joinLines(lines: string[]): string {
  let text = '';
  for (const line of lines) {
    if (text === '') text = line;
    else if (text.endsWith('\u00ad')) text = text.slice(0, -1) + line;
    else if (hyphenated.test(text) && /^\p{Ll}/u.test(line)) text += line;
    else text += ` ${line}`;
  }
  return text;
}

/**
 * Builds the model from grouped lines. Heading sizes rank into levels (largest = 1, emphasis at
 * body size last); a lone largest heading that opens the document and is followed by another
 * heading is its title. With one heading style, levels come from the text's shape
 * (`plainHeadingLevel`) when that tells them apart. Without any, the text-shape heuristics of
 * `readPlainText` decide.
 */
function buildModel(groups: Group[]): DocumentModel {
  const headings = groups.filter((group) => group.style !== null);
  if (headings.length === 0) {
    const blocks = groups.map((g) =>
      g.kind === 'list-item' ? [`• ${g.lines[0]?.replace(listMarker, '')}`, ...g.lines.slice(1)] : g.lines,
    );
    return readPlainText(reflowPdfPage(blocks.map((lines) => lines.join('\n')).join('\n\n')));
  }
  const counts = new Map<number, number>();
  for (const heading of headings) add(counts, heading.style ?? 0, 1);
  let styles = [...counts.keys()].sort((a, b) => b - a);
  const [first, second] = groups;
  const title =
    styles.length >= 2 && counts.get(styles[0] ?? 0) === 1 && first?.style === styles[0] && second?.style != null ? first : null;
  if (title) styles = styles.slice(1);
  const shape = (group: Group) => plainHeadingLevel(joinLines(group.lines)) || 2;
  const byShape = styles.length === 1 && new Set(headings.map(shape)).size > 1;
  const levels = new Map(styles.map((style, i) => [style, Math.min(6, i + 1)]));

  const builder = createDocumentBuilder();
  if (title) builder.title(joinLines(title.lines));
  for (const group of groups) {
    if (group === title) continue;
    if (group.style === null) {
      const text = group.kind === 'code' ? group.lines.join('\n') : joinLines(group.lines);
      builder.block(group.kind, group.kind === 'list-item' ? text.replace(listMarker, '') : text);
      continue;
    }
    builder.heading(joinLines(group.lines), byShape ? shape(group) : (levels.get(group.style) ?? 1));
  }
  return builder.finish();
}

const overTime = () => new DocumentError(`takes more than ${documentBudgets.seconds} s to read (the time budget for a document)`);

/**
 * A page's text items, read from pdf.js's stream of them so that the text budget (`chars` is
 * what earlier pages used) and the time budget stop a page that draws millions of items as soon
 * as it passes them, not after pdf.js has gathered them all.
 */
async function pageContent(page: PdfPage, chars: number, deadline: number): Promise<{ content: PageContent; chars: number }> {
  const content: PageContent = { items: [], styles: Object.create(null), lang: null };
  const reader = (page.streamTextContent() as ReadableStream<PageContent>).getReader();
  let read = false;
  try {
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      Object.assign(content.styles, chunk.value.styles);
      for (const item of chunk.value.items) {
        content.items.push(item);
        if ('str' in item) chars += item.str.length;
      }
      if (chars > documentBudgets.textChars) {
        const limit = documentBudgets.textChars.toLocaleString('en-US');
        throw new DocumentError(`has more than ${limit} characters of text (the budget for a document)`);
      }
      if (performance.now() > deadline) throw overTime();
    }
    read = true;
  } finally {
    // pdf.js asserts that a cancelled stream is given a reason.
    if (!read) await reader.cancel(new Error('stopped at a budget')).catch(() => undefined);
  }
  return { content, chars };
}

/**
 * Reads a PDF's text layer with pdf.js (through unpdf) into the document model, using each
 * text item's position, size and font: lines join into paragraphs unless a gap, an indent or
 * a list marker separates them; short lines in a larger font, or alone in another font at body
 * size, are headings; page numbers and repeated headers and footers are dropped. The budgets
 * are checked as it goes: page objects and compressed streams before pdf.js opens the file
 * (`verifyPdf`), the page count as soon as it is open, text and time page by page (`deadline`
 * is a `performance.now()` time).
 * Throws a `DocumentError` when the file is over a budget, is not a readable PDF, or has no
 * text at all (a scan).
 */
export async function readPdf(bytes: Uint8Array, deadline = performance.now() + documentBudgets.seconds * 1000): Promise<DocumentModel> {
  verifyPdf(bytes, deadline);
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>> | null = null;
  const pages: Line[][] = [];
  try {
    // pdf.js may take over the buffer it is given, so it gets a copy.
    pdf = await getDocumentProxy(bytes.slice(), { verbosity: 0 });
    if (pdf.numPages > documentBudgets.pdfPages) {
      const [count, limit] = [pdf.numPages, documentBudgets.pdfPages].map((n) => n.toLocaleString('en-US'));
      throw new DocumentError(`has ${count} pages, more than ${limit} (the page budget for a PDF)`);
    }
    let chars = 0;
    for (let n = 1; n <= pdf.numPages; n++) {
      if (performance.now() > deadline) throw overTime();
      const page = await pageContent(await pdf.getPage(n), chars, deadline);
      chars = page.chars;
      pages.push(pageLines(n, page.content));
    }
  } catch (error) {
    if (error instanceof DocumentError) throw error;
    const locked = error instanceof Error && error.name === 'PasswordException';
    throw new DocumentError(locked ? 'is not a readable PDF file (it is password-protected)' : 'is not a readable PDF file');
  } finally {
    await pdf?.loadingTask.destroy().catch(() => undefined);
  }
  if (pages.every((lines) => lines.length === 0)) {
    throw new DocumentError('has no text layer (a scanned PDF?); export it with text or paste the text');
  }
  try {
    // Body text is in the size that covers most characters.
    const sizes = new Map<number, number>();
    for (const line of pages.flat()) add(sizes, line.size, line.text.length);
    const body = mostCommon(sizes, 0);
    return buildModel(groupLines(bodyLines(pages, body), body));
  } catch {
    throw new DocumentError('could not be read as PDF');
  }
}
