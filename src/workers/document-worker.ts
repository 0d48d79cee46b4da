/*
 * The worker thread that reads documents for `readDocumentOffThread`: for each file posted to
 * it, one at a time, it reads the file with core's `parseDocument` and posts back the reading,
 * or the one-line message of why the file cannot be read. A thread that passes its time or
 * memory budget is ended by the caller; one that reads well serves the next document.
 */
import { parentPort } from 'node:worker_threads';
import { isAppError } from '../core/errors.js';
import { parseDocument } from '../core/library/parse-document.js';

parentPort?.on('message', async ({ name, bytes }: { name: string; bytes: Uint8Array }) => {
  try {
    const { doc, questions } = await parseDocument({ name, bytes });
    parentPort?.postMessage({ ok: true, doc, questions });
  } catch (error) {
    parentPort?.postMessage({ ok: false, message: isAppError(error) ? error.message : `${name} could not be read` });
  }
});
