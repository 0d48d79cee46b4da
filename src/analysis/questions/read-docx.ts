import mammoth from 'mammoth';
import { DocumentError, type DocumentModel } from './document.js';
import { documentBudgets } from './document-budgets.js';
import { readHtml } from './read-html.js';
import { verifyDocx } from './verify-docx.js';

/**
 * Word's Title style becomes the document's title (read from `<title>` by `readHtml`), its
 * Subtitle a paragraph; mammoth maps the Heading 1–6 styles to h1–h6 itself.
 */
const styleMap = ["p[style-name='Title'] => title:fresh", "p[style-name='Subtitle'] => p:fresh"];
/** Images are dropped without being read: the text is all that is wanted. */
const noImages = mammoth.images.imgElement(async () => ({ src: '' }));

function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  if (/main document part/i.test(message)) return 'no Word document inside the archive';
  if (/zip|end of data|central directory|signature/i.test(message)) return 'the archive is damaged';
  return 'its content is damaged';
}

/**
 * Reads a .docx file: `verifyDocx` checks it against the DOCX budgets and keeps its text parts,
 * mammoth converts those to HTML (headings by their Word styles, lists, tables) and `readHtml`
 * builds the model. `deadline` is a `performance.now()` time. Throws a `DocumentError` when the
 * file is over a budget or is not a readable Word document.
 */
export async function readDocx(bytes: Uint8Array, deadline = performance.now() + documentBudgets.seconds * 1000): Promise<DocumentModel> {
  const archive = verifyDocx(bytes, deadline);
  // mammoth reads `buffer` under Node and `arrayBuffer` in its browser build; both are given.
  const input = { arrayBuffer: archive.buffer, buffer: archive };
  let html: string;
  try {
    html = (await mammoth.convertToHtml(input, { styleMap, convertImage: noImages, externalFileAccess: false })).value;
  } catch (error) {
    throw new DocumentError(`is not a readable DOCX file (${reasonOf(error)})`);
  }
  return readHtml(html);
}
