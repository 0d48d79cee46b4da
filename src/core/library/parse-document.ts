import { DocumentError, type DocumentModel } from '../../analysis/questions/document.js';
import { type DocumentQuestion, extractQuestions } from '../../analysis/questions/extract-questions.js';
import { readDocument } from '../../analysis/questions/read-document.js';
import { AppError } from '../errors.js';

/**
 * A file as a surface hands it over: its name (for the format and messages) and its bytes, and
 * what reading them gave when the surface has read them already (in a worker thread, off its
 * event loop, within the document budgets); core then takes that reading as it is.
 */
export interface DocumentFile {
  name: string;
  bytes: Uint8Array;
  read?: { doc: DocumentModel; questions: DocumentQuestion[] };
}

/** A document read and analysed: its model and the questions it answers. */
export interface ParsedDocument {
  file: DocumentFile;
  doc: DocumentModel;
  questions: DocumentQuestion[];
}

/**
 * Reads a Markdown, text, HTML, DOCX or PDF file and extracts the questions it answers, unless
 * the file comes read already (`file.read`). A file that cannot be read, or is over a document
 * budget, becomes one `invalid_input` error that names it; nothing is stored.
 */
export async function parseDocument(file: DocumentFile): Promise<ParsedDocument> {
  if (file.read) return { file, ...file.read };
  try {
    const doc = await readDocument(file.bytes, file.name);
    return { file, doc, questions: extractQuestions(doc) };
  } catch (error) {
    if (error instanceof DocumentError) throw new AppError('invalid_input', `${file.name} ${error.message}`, { file: file.name });
    throw new AppError('invalid_input', `${file.name} could not be read: ${(error as Error).message ?? String(error)}`, {
      file: file.name,
    });
  }
}
