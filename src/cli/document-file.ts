import type { DocumentFile } from '../core/library/parse-document.js';
import { readDocumentOffThread } from '../workers/read-document-off-thread.js';
import { readRegularFile } from './read-regular-file.js';

/** Largest document file read (20 MB): the size is checked before the file is read. */
export const MAX_DOCUMENT_FILE_BYTES = 20 * 1024 * 1024;

/**
 * Reads a document file for the library, refusing folders, missing and huge files, and anything
 * but a regular file (a device, FIFO or socket); then reads the document in a worker thread
 * within the document budgets, as the server does, so core takes it read.
 */
export async function readDocumentFile(path: string): Promise<DocumentFile> {
  const bytes = await readRegularFile(path, {
    noun: 'a document',
    limit: {
      bytes: MAX_DOCUMENT_FILE_BYTES,
      message: (size) => `${path} is ${Math.round(size / (1024 * 1024))} MB; documents can be at most 20 MB`,
    },
  });
  return readDocumentOffThread({ name: path, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length) });
}

/** Whether `path` names an existing file (template sources may be files or library ids). */
export async function isFile(path: string): Promise<boolean> {
  const { stat } = await import('node:fs/promises');
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
