import type { CheckResult } from '../../../../src/analysis/engine/types.js';
import type { CheckSpec } from './check-spec.js';

type Reply = { id: number; result?: CheckResult; error?: string };

let worker: Worker | null = null;
/** Set once the worker cannot start: checks then run on the page, loaded on demand. */
let onPage = false;
let nextId = 1;
const pending = new Map<number, { resolve: (r: CheckResult) => void; reject: (e: Error) => void; spec: CheckSpec; text: string }>();

function inPage(spec: CheckSpec, text: string): Promise<CheckResult> {
  return import('./check-spec.js').then(({ runCheckSpec }) => runCheckSpec(spec, text));
}

function start(): Worker | null {
  if (worker || onPage) return worker;
  try {
    worker = new Worker(new URL('./check-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    onPage = true;
    return null;
  }
  worker.addEventListener('message', (event: MessageEvent<Reply>) => {
    const job = pending.get(event.data.id);
    if (!job) return;
    pending.delete(event.data.id);
    if (event.data.result) job.resolve(event.data.result);
    else job.reject(new Error(event.data.error ?? 'The check failed'));
  });
  // A worker that cannot load (a strict browser policy): run what was waiting on the page.
  worker.addEventListener('error', () => {
    worker?.terminate();
    worker = null;
    onPage = true;
    for (const [id, job] of pending) {
      pending.delete(id);
      inPage(job.spec, job.text).then(job.resolve, job.reject);
    }
  });
  return worker;
}

/**
 * Runs a message check off the main thread, in one worker shared by every editor, so typing
 * never waits for a check. Falls back to running it on the page when no worker can start.
 */
export function checkInWorker(spec: CheckSpec, text: string): Promise<CheckResult> {
  const running = start();
  if (!running) return inPage(spec, text);
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject, spec, text });
    running.postMessage({ id, spec, text });
  });
}
