import { DocumentError, type DocumentModel } from './document.js';
import { documentBudgets } from './document-budgets.js';
import { readDocx } from './read-docx.js';
import { readHtml } from './read-html.js';
import { readMarkdown } from './read-markdown.js';
import { readPdf } from './read-pdf.js';
import { readPlainText } from './read-plain-text.js';

/** The largest file read, in bytes (20 MB; `documentBudgets.fileBytes`). */
export const MAX_DOCUMENT_BYTES = documentBudgets.fileBytes;
/** The most characters of text a document may have (5,000,000; `documentBudgets.textChars`). */
export const MAX_DOCUMENT_CHARS = documentBudgets.textChars;

/** The formats a document can be read from. */
export type DocumentFormat = 'markdown' | 'text' | 'html' | 'docx' | 'pdf';

const formats: Record<string, DocumentFormat> = {
  md: 'markdown',
  markdown: 'markdown',
  mdx: 'markdown',
  txt: 'text',
  text: 'text',
  html: 'html',
  htm: 'html',
  docx: 'docx',
  pdf: 'pdf',
};
const labels: Record<DocumentFormat, string> = { markdown: 'Markdown', text: 'plain text', html: 'HTML', docx: 'DOCX', pdf: 'PDF' };
const supported = 'Markdown (.md, .markdown, .mdx), plain text (.txt), HTML (.html, .htm), Word (.docx) or PDF (.pdf)';

/**
 * The format of a file from its name's extension; a name without one is plain text. Throws a
 * `DocumentError` naming the supported formats for any other extension.
 */
export function documentFormatOf(name: string): DocumentFormat {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  if (dot <= 0) return 'text';
  const extension = base.slice(dot + 1).toLowerCase();
  const format = formats[extension];
  if (format) return format;
  throw new DocumentError(`has an unsupported format${extension ? ` (.${extension})` : ''}; use ${supported}`);
}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

function isBlank(bytes: Uint8Array): boolean {
  const start = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  for (let i = start; i < bytes.length; i++) {
    const byte = bytes[i];
    if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) return false;
  }
  return true;
}

const binary = 'looks binary, not text (is the extension right?)';

/** The text of a text file: UTF-8 (or UTF-16 with a byte-order mark), without the mark. */
function decodeText(bytes: Uint8Array): string {
  const utf16 = startsWith(bytes, [0xff, 0xfe]) ? 'utf-16le' : startsWith(bytes, [0xfe, 0xff]) ? 'utf-16be' : null;
  if (!utf16 && bytes.includes(0)) throw new DocumentError(binary);
  let text: string;
  try {
    text = new TextDecoder(utf16 ?? 'utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DocumentError(binary);
  }
  if (utf16 && text.includes('\0')) throw new DocumentError(binary);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function checkSignature(format: DocumentFormat, bytes: Uint8Array): void {
  if (format === 'docx' && !startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const ole = startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0]);
    throw new DocumentError(`is not a readable DOCX file (${ole ? 'it is encrypted or an old .doc file' : 'not a zip archive'})`);
  }
  if (format === 'pdf') {
    // Readers accept a header anywhere in the first kilobyte, after stray bytes some tools write.
    if (!String.fromCharCode(...bytes.subarray(0, 1024)).includes('%PDF-')) throw new DocumentError('is not a readable PDF file');
  }
}

async function parse(format: DocumentFormat, bytes: Uint8Array, deadline: number): Promise<DocumentModel> {
  switch (format) {
    case 'docx':
      return readDocx(bytes, deadline);
    case 'pdf':
      return readPdf(bytes, deadline);
    case 'markdown':
      return readMarkdown(decodeText(bytes));
    case 'html':
      return readHtml(decodeText(bytes));
    case 'text':
      return readPlainText(decodeText(bytes));
  }
}

function megabytes(size: number): string {
  const mb = Math.ceil((size / (1024 * 1024)) * 10) / 10;
  return mb >= 100 ? String(Math.ceil(mb)) : String(mb);
}

/**
 * Reads a document of any supported format, chosen by the file name's extension, into the
 * document model, within the budgets of `documentBudgets` (each checked while reading). Every
 * problem is a `DocumentError` whose message is for the user, without the file name: an
 * unsupported extension, an empty file, a file over a budget (naming it), binary bytes where
 * text was expected, a damaged DOCX or PDF, or no text at all.
 */
export async function readDocument(bytes: Uint8Array, name: string): Promise<DocumentModel> {
  const deadline = performance.now() + documentBudgets.seconds * 1000;
  const format = documentFormatOf(name);
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    throw new DocumentError(`is ${megabytes(bytes.length)} MB; documents can be at most ${MAX_DOCUMENT_BYTES / (1024 * 1024)} MB`);
  }
  if (isBlank(bytes)) throw new DocumentError('is empty');
  checkSignature(format, bytes);
  let doc: DocumentModel;
  try {
    doc = await parse(format, bytes, deadline);
  } catch (error) {
    if (error instanceof DocumentError) throw error;
    throw new DocumentError(`could not be read as ${labels[format]}`);
  }
  if (doc.text.trim() === '') throw new DocumentError('has no text');
  if (doc.text.length > MAX_DOCUMENT_CHARS) {
    throw new DocumentError(`has more than ${MAX_DOCUMENT_CHARS.toLocaleString('en-US')} characters of text (the budget for a document)`);
  }
  return doc;
}
