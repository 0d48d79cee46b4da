import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { DocumentModel } from '../analysis/questions/document.js';
import { documentBudgets } from '../analysis/questions/document-budgets.js';
import type { DocumentQuestion } from '../analysis/questions/extract-questions.js';
import { AppError } from '../core/errors.js';
import type { DocumentFile } from '../core/library/parse-document.js';

/**
 * What the worker posts back: the reading (with the bytes, when it was given a Blob to read),
 * or the one-line message of why the file cannot be read.
 */
type Reply = { ok: true; doc: DocumentModel; questions: DocumentQuestion[]; bytes?: Uint8Array } | { ok: false; message: string };

/** A file to read: its name and its bytes, or the Blob an upload arrived in (read in the worker, not here). */
interface FileToRead {
  name: string;
  bytes: Uint8Array | Blob;
}

/** A file with its reading attached, as core's `parseDocument` takes it without reading again. */
type ReadFile = DocumentFile & { read: NonNullable<DocumentFile['read']> };

/** Time a worker has past the time budget to start, and to report the budget itself when it meets it. */
const GRACE_MS = 1_000;
/** Documents read at once; more wait their turn, so hostile uploads cost at most this many heaps. */
const MAX_WORKERS = Math.max(1, Math.min(2, availableParallelism() - 1));
/** Documents one worker reads before it is replaced, and how long it waits idle for the next. */
const MAX_SERVED = 50;
const IDLE_MS = 30_000;

/** A worker thread and how many documents it has read. */
interface Reader {
  worker: Worker;
  served: number;
  idle?: NodeJS.Timeout;
}

let active = 0;
const waiting: Array<() => void> = [];
/** Workers of the default budgets that read their last document well, waiting (unreferenced) for the next. */
const idle: Reader[] = [];

async function acquire(): Promise<void> {
  if (active < MAX_WORKERS) {
    active++;
    return;
  }
  await new Promise<void>((resolve) => waiting.push(resolve));
}

/** Hands the slot to the next document waiting, or frees it. */
function release(): void {
  const next = waiting.shift();
  if (next) next();
  else active--;
}

/**
 * How to start the worker: from `document-worker.js` at the top of the build (this module may
 * sit in the top folder or in its chunks folder), or, running from the TypeScript sources
 * (under tsx or vitest), from `document-worker.ts` beside this module with tsx registered in
 * the thread first.
 */
function workerEntry(): { script: string | URL; eval: boolean } {
  if (import.meta.url.endsWith('.ts')) {
    const [tsx, entry] = [import.meta.resolve('tsx/esm/api'), new URL('./document-worker.ts', import.meta.url).href];
    const script = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
    return { script, eval: true };
  }
  for (const path of ['./document-worker.js', '../document-worker.js']) {
    const url = new URL(path, import.meta.url);
    if (existsSync(fileURLToPath(url))) return { script: url, eval: false };
  }
  throw new Error('the build has no document-worker.js');
}

function startReader(memoryMb: number): Reader {
  const entry = workerEntry();
  const worker = new Worker(entry.script, {
    eval: entry.eval,
    resourceLimits: { maxOldGenerationSizeMb: memoryMb },
    // What a reader prints on stdout is not ours to show (it would corrupt the MCP stream), and
    // it is never read: a flowing stream would keep the process alive with an idle worker.
    stdout: true,
  });
  const reader: Reader = { worker, served: 0 };
  // An idle worker that dies leaves the pool; its error, if any, is the next reading's to report.
  worker.on('error', () => undefined);
  worker.once('exit', () => {
    const at = idle.indexOf(reader);
    if (at >= 0) idle.splice(at, 1);
  });
  return reader;
}

/** Puts a worker that read well back in the pool, unreferenced so it never keeps the process alive. */
function keep(reader: Reader): void {
  if (reader.served >= MAX_SERVED || reader.worker.stdout.readableLength > 64 * 1024) return void reader.worker.terminate();
  reader.worker.unref();
  reader.idle = setTimeout(() => void reader.worker.terminate(), IDLE_MS);
  reader.idle.unref();
  idle.push(reader);
}

function readWith(reader: Reader, file: FileToRead, limits: { memoryMb: number; seconds: number }, pooled: boolean): Promise<ReadFile> {
  const { worker } = reader;
  clearTimeout(reader.idle);
  worker.ref();
  return new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    const refuse = (why: string) => {
      done();
      void worker.terminate();
      reject(new AppError('invalid_input', `${file.name} ${why}`, { file: file.name }));
    };
    const onMessage = (reply: Reply) => {
      done();
      reader.served++;
      if (pooled) keep(reader);
      else void worker.terminate();
      if (reply.ok) {
        const bytes = reply.bytes ?? (file.bytes instanceof Uint8Array ? file.bytes : new Uint8Array(0));
        resolve({ name: file.name, bytes, read: { doc: reply.doc, questions: reply.questions } });
      } else reject(new AppError('invalid_input', reply.message, { file: file.name }));
    };
    const onError = (error: NodeJS.ErrnoException) =>
      refuse(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? `needs more than ${limits.memoryMb} MB of memory to read (the memory budget for a document)`
          : 'could not be read',
      );
    const onExit = () => refuse('could not be read');
    const timer = setTimeout(
      () => refuse(`takes more than ${limits.seconds} s to read (the time budget for a document)`),
      limits.seconds * 1000 + GRACE_MS,
    );
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage({ name: file.name, bytes: file.bytes });
  });
}

/**
 * Reads a document in a worker thread, so that parsing never holds the caller's event loop (a
 * server keeps answering while a hostile upload is read), and returns the file with its reading
 * attached for core's `parseDocument`. Besides the budgets the readers check, the thread has a
 * heap of `documentBudgets.memoryMb` and is ended after `documentBudgets.seconds`; a thread that
 * runs out of either, or dies, is the same one-line `invalid_input` refusal naming the file as
 * any other unreadable document. An upload may be given as its Blob, so that even copying its
 * bytes happens off the event loop. At most two documents are read at once; the others wait. A
 * thread that read well reads the next document (up to 50), sparing its start.
 * `limits` lowers the memory and time budgets (for tests; such a thread reads one document).
 */
export async function readDocumentOffThread(file: FileToRead, limits: { memoryMb?: number; seconds?: number } = {}): Promise<ReadFile> {
  const pooled = limits.memoryMb === undefined && limits.seconds === undefined;
  const memoryMb = limits.memoryMb ?? documentBudgets.memoryMb;
  await acquire();
  try {
    const reader = (pooled ? idle.pop() : undefined) ?? startReader(memoryMb);
    return await readWith(reader, file, { memoryMb, seconds: limits.seconds ?? documentBudgets.seconds }, pooled);
  } finally {
    release();
  }
}
