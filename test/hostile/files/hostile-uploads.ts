import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type HostileDocument, hostileDocuments } from '../../../bench/hostile-documents/hostile-documents.js';
import { hostileDocumentTargets } from '../../../bench/hostile-documents/hostile-documents-section.js';
import { proofAssert } from '../../proof/proof.js';
import type { ServerProcess } from '../../proof/server-process.js';
import { ANSWERING_MS, answersHealth, assertHealthHeld, costLine, costOf } from './server-watch.js';

/** The bars of issue 18 for a hostile document: refused within 2 s, the server under 256 MB. */
const { maxMs, maxPeakMb } = hostileDocumentTargets;

/**
 * Reads a file into a multipart form (field `file`, as the web app sends it), says `ready`,
 * waits for a line on standard input, then posts the form and prints the status, the time
 * from sending to the whole answer, and the answer's text.
 */
const uploader = `
const [url, file, name] = process.argv.slice(1);
const { readFileSync } = await import('node:fs');
const body = new FormData();
body.append('file', new File([readFileSync(file)], name));
process.stdout.write('ready\\n');
await new Promise((resolve) => process.stdin.once('data', resolve));
process.stdin.destroy();
const started = performance.now();
const response = await fetch(url, { method: 'POST', body, signal: AbortSignal.timeout(60_000) });
const text = await response.text();
process.stdout.write(JSON.stringify({ status: response.status, ms: performance.now() - started, text }));
`;

/** What the server answered an upload, and how long the upload took from sending to the whole answer. */
interface Answer {
  status: number;
  ms: number;
  message: string;
}

/** The error message of an answer's JSON, or the start of its text. */
function messageOf(text: string): string {
  try {
    return (JSON.parse(text) as { error?: { message?: string } }).error?.message ?? text.slice(0, 120);
  } catch {
    return text.slice(0, 120);
  }
}

/**
 * Prepares an upload of `file` to `POST /api/questions` in a process of its own, started and
 * with the file read before `send()`: this process, which polls `/api/health` and reads the
 * server's memory meanwhile, is never busy sending it, and the measured window holds the
 * upload alone, not a Node process starting up beside the server.
 */
async function prepareUpload(server: ServerProcess, file: string, name: string): Promise<{ send(): Promise<Answer> }> {
  const child = spawn(process.execPath, ['--input-type=module', '-e', uploader, `${server.url}/api/questions`, file, name], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let [out, err] = ['', ''];
  const exited = new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', resolve);
  });
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    err += chunk;
  });
  const failed = (code: number | null) => new Error(`the upload of ${name} failed (exit ${code}): ${(err || out).trim().slice(0, 200)}`);
  await Promise.race([
    new Promise<void>((resolve) => child.stdout.on('data', () => out.startsWith('ready\n') && resolve())),
    exited.then((code) => Promise.reject(failed(code))),
  ]);
  return {
    send: async () => {
      child.stdin.end('go\n');
      const code = await exited;
      if (code !== 0) throw failed(code);
      const { status, ms, text } = JSON.parse(out.slice('ready\n'.length)) as { status: number; ms: number; text: string };
      return { status, ms, message: messageOf(text) };
    },
  };
}

/** Uploads `file` and waits for the answer. */
async function upload(server: ServerProcess, file: string, name: string): Promise<Answer> {
  return (await prepareUpload(server, file, name)).send();
}

/**
 * The hostile documents of the proof: the bench's generated bombs of about a megabyte (DOCX of
 * 300 MB of XML with true and with lying sizes, a PDF with a 300 MB FlateDecode stream, a PDF
 * of 8,000 pages). The 19 MB PDF of 120,000 pages is left to `npm run bench -- documents`:
 * it is refused in time, but an upload that large costs more than these bars.
 */
export function proofDocuments(): HostileDocument[] {
  return hostileDocuments().filter((doc) => doc.bytes.length < 4 * 1024 * 1024);
}

/**
 * One ordinary upload and a few health polls, so that the rows measure the documents, not the
 * server's first request or its first document worker.
 */
export async function warmUpUploads(server: ServerProcess, folder: string): Promise<void> {
  const file = join(folder, 'warm-up.md');
  writeFileSync(file, '# Warm-up\n\n## Risks\n\nNone.\n');
  const answer = await upload(server, file, 'warm-up.md');
  proofAssert(answer.status === 200, `an ordinary document was answered ${answer.status}: ${answer.message}`);
  for (let i = 0; i < 5; i++) proofAssert(await answersHealth(server), 'the server stopped answering /api/health while warming up');
}

/**
 * Uploads `doc` to a running server and holds it to the bars: 400 naming the budget within
 * 2 s, the server's peak resident memory under 256 MB (absolute, not over its idle level),
 * `/api/health` answering another client throughout and afterwards. Returns the row's figures.
 */
export async function proveUploadRefused(server: ServerProcess, doc: HostileDocument, folder: string): Promise<string> {
  const file = join(folder, doc.name);
  writeFileSync(file, doc.bytes);
  const prepared = await prepareUpload(server, file, doc.name);
  const cost = await costOf(server, () => prepared.send());
  const { status, message } = cost.result;
  const figures = `${costLine(cost, cost.result.ms)}; file ${(doc.bytes.length / 1024).toFixed(0)} KB`;
  proofAssert(status === 400, `answered ${status}, not 400: ${message}; ${figures}`);
  proofAssert(doc.budget.test(message), `refused for another reason than its budget: "${message}"`);
  proofAssert(cost.result.ms < maxMs, `refused after ${cost.result.ms.toFixed(0)} ms, over ${maxMs} ms; ${figures}`);
  proofAssert(
    cost.peakMb < maxPeakMb,
    `the server's resident memory peaked at ${cost.peakMb.toFixed(0)} MB, over ${maxPeakMb} MB; ${figures}`,
  );
  await assertHealthHeld(server, cost, ANSWERING_MS, figures);
  return `400 in ${figures}; "${message}"`;
}
