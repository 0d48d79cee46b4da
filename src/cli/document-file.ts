import { AppError } from '../core/errors.js';
import type { DocumentFile } from '../core/library/parse-document.js';

/** Largest document file read (20 MB): the size is checked before the file is read. */
export const MAX_DOCUMENT_FILE_BYTES = 20 * 1024 * 1024;

/** Reads a document file as bytes for the library, refusing folders, missing and huge files. */
export async function readDocumentFile(path: string): Promise<DocumentFile> {
  const { readFile, stat } = await import('node:fs/promises');
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new AppError('usage', `${path} is a folder, not a document`);
    if (info.size > MAX_DOCUMENT_FILE_BYTES) {
      throw new AppError('invalid_input', `${path} is ${Math.round(info.size / (1024 * 1024))} MB; documents can be at most 20 MB`);
    }
    return { name: path, bytes: new Uint8Array(await readFile(path)) };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('usage', `Cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
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
