/*
 * The worker thread that reads documents for `readDocumentOffThread`: for each file posted to
 * it, one at a time, it reads the file with core's `parseDocument` and posts back the reading,
 * or the one-line message of why the file cannot be read. A thread that passes its time or
 * memory budget is ended by the caller; one that reads well serves the next document.
 */
import { parentPort } from 'node:worker_threads';
import { isAppError } from '../core/errors.js';
import { parseDocument } from '../core/library/parse-document.js';

// Ending a thread while it builds a native zlib stream aborts the whole process (Node 20 asserts
// "close before init" as the thread is torn down), and a reader is ended whenever it passes its
// time or memory budget. pdf.js inflates each compressed stream with DecompressionStream when
// there is one and with its own decoder otherwise, so this thread has none: nothing it runs holds
// a native zlib stream when it is ended.
Reflect.deleteProperty(globalThis, 'DecompressionStream');
Reflect.deleteProperty(globalThis, 'CompressionStream');

parentPort?.on('message', async ({ name, bytes }: { name: string; bytes: Uint8Array | Blob }) => {
  // An upload comes as the Blob it arrived in, read here rather than on the server's thread;
  // its bytes go back with the reading (moved, not copied).
  const read = bytes instanceof Blob ? new Uint8Array(await bytes.arrayBuffer()) : null;
  try {
    const { doc, questions } = await parseDocument({ name, bytes: read ?? (bytes as Uint8Array) });
    if (read) parentPort?.postMessage({ ok: true, doc, questions, bytes: read }, [read.buffer]);
    else parentPort?.postMessage({ ok: true, doc, questions });
  } catch (error) {
    parentPort?.postMessage({ ok: false, message: isAppError(error) ? error.message : `${name} could not be read` });
  }
});
