/*
 * Reads one document file in this process, with `readDocument` (the readers and their budgets,
 * without the worker thread around them), and prints what that cost as JSON: the time, the
 * process's peak resident memory before and after, and the message it was refused with (null
 * when it was read). The hostile-documents bench section and test run it in a process of its
 * own, so that the peak is the reading's and nothing else's.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { readDocument } from '../../src/analysis/questions/read-document.js';

const path = process.argv[2];
if (!path) {
  process.stderr.write('usage: refuse-document FILE\n');
  process.exit(2);
}
const bytes = new Uint8Array(readFileSync(path));
const megabytes = () => process.resourceUsage().maxRSS / 1024;
const startMb = megabytes();
const started = performance.now();
const message = await readDocument(bytes, basename(path)).then(
  () => null,
  (error: Error) => error.message,
);
const ms = performance.now() - started;
process.stdout.write(JSON.stringify({ ms, startMb, peakMb: megabytes(), message }));
