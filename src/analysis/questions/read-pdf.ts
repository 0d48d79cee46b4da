import { extractText, getDocumentProxy } from 'unpdf';
import { DocumentError, type DocumentModel } from './document.js';
import { plainHeadingLevel, plainListMarker, readPlainText } from './read-plain-text.js';

type PdfProxy = Awaited<ReturnType<typeof getDocumentProxy>>;

const pageNumber = /^(?:page\s+)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/i;
const paragraphEnd = /[.!?:;]["'”’)\]]*$/;
const hyphenated = /\p{L}-$/u;

/** The line length a full line of the page reaches: the 90th percentile, so one long line does not set it. */
function fullLineLength(lines: string[]): number {
  const lengths = lines.filter((line) => line !== '').map((line) => line.length);
  lengths.sort((a, b) => a - b);
  return lengths[Math.floor((lengths.length - 1) * 0.9)] ?? 0;
}

/**
 * Lays out one page of pdf.js text as plain text: pdf.js puts every line on its own line and
 * no blank line between paragraphs, so a short line that closes a sentence ends a paragraph,
 * a heading-like line after the end of a paragraph stands alone, list items start blocks, and
 * a page number at the top or bottom is dropped. Wrapped lines are left for `readPlainText`
 * to join.
 */
export function reflowPdfPage(page: string): string {
  const lines = page.split(/\r\n?|\n/).map((line) => line.replace(/\s+/g, ' ').trim());
  while (lines.length > 0 && (lines[0] === '' || pageNumber.test(lines[0] ?? ''))) lines.shift();
  while (lines.length > 0 && (lines.at(-1) === '' || pageNumber.test(lines.at(-1) ?? ''))) lines.pop();
  const full = fullLineLength(lines);
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

/**
 * Reads a PDF's text layer with pdf.js (through unpdf) and lays each page out as plain text
 * for `readPlainText`. Throws a `DocumentError` when the file is not a readable PDF or has no
 * text at all (a scan).
 */
export async function readPdf(bytes: Uint8Array): Promise<DocumentModel> {
  let pdf: PdfProxy | null = null;
  let pages: string[];
  try {
    // pdf.js may take over the buffer it is given, so it gets a copy.
    pdf = await getDocumentProxy(bytes.slice(), { verbosity: 0 });
    pages = (await extractText(pdf, { mergePages: false })).text;
  } catch (error) {
    const locked = error instanceof Error && error.name === 'PasswordException';
    throw new DocumentError(locked ? 'is not a readable PDF file (it is password-protected)' : 'is not a readable PDF file');
  } finally {
    await pdf?.loadingTask.destroy().catch(() => undefined);
  }
  if (pages.every((page) => page.trim() === '')) {
    throw new DocumentError('has no text layer (a scanned PDF?); export it with text or paste the text');
  }
  return readPlainText(pages.map(reflowPdfPage).join('\n\n'));
}
