import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pdfOfPages } from '../../test/helpers/document-bombs.js';
import { childEnv } from '../children.js';
import type { SectionOptions, Table } from '../report.js';
import { startOurServer } from '../servers.js';
import { type HostileDocument, hostileDocuments } from './hostile-documents.js';

/** The bars of issue 18 for a hostile document: refused within 2 s, under 256 MB, health within 100 ms. */
export const hostileDocumentTargets = { maxMs: 2_000, maxPeakMb: 256, maxHealthMs: 100 };

const refuseScript = fileURLToPath(new URL('./refuse-document.ts', import.meta.url));
const mb = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** What reading a file in a process of its own cost (`refuse-document.ts`). */
interface InProcess {
  ms: number;
  startMb: number;
  peakMb: number;
  message: string | null;
}

function readInProcess(repoRoot: string, file: string): InProcess {
  const child = spawnSync(process.execPath, ['--import', 'tsx', refuseScript, file], { cwd: repoRoot, encoding: 'utf8', timeout: 120_000 });
  if (child.status !== 0) throw new Error(`refuse-document ${file} failed: ${child.stderr}`);
  return JSON.parse(child.stdout) as InProcess;
}

/** The server's resident memory now and at its peak, in MB, from /proc (Linux); null elsewhere. */
function memoryOf(pid: number): { rssMb: number; peakMb: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name: string) => Number(status.match(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm'))?.[1] ?? Number.NaN) / 1024;
    return { rssMb: field('VmRSS'), peakMb: field('VmHWM') };
  } catch {
    return null;
  }
}

/** Resets the peak the kernel keeps of the server's resident memory, so each upload's peak is its own. */
function resetPeak(pid: number): void {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
  } catch {
    // Not Linux, or not allowed: the peak then covers the whole run.
  }
}

/** Posts a file to a URL as a multipart upload, from a process of its own; prints the status, time and body. */
const uploader = `
const [url, file, name] = process.argv.slice(1);
const { readFileSync } = await import('node:fs');
const body = new FormData();
body.append('file', new File([readFileSync(file)], name));
const started = performance.now();
const response = await fetch(url, { method: 'POST', body });
const text = await response.text();
process.stdout.write(JSON.stringify({ status: response.status, ms: performance.now() - started, text }));
`;

function uploadInChild(url: string, file: string, name: string): Promise<{ status: number; ms: number; text: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', uploader, url, file, name], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
    });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`the upload of ${name} failed (${code})`))));
  });
}

/**
 * Uploads a file to `POST /api/questions` from another process while this one polls
 * `/api/health` every 20 ms (so a busy client cannot slow the polls); what each took.
 */
async function upload(url: string, pid: number, doc: HostileDocument, file: string) {
  resetPeak(pid);
  const before = memoryOf(pid);
  let uploading = true;
  const health: number[] = [];
  const poll = (async () => {
    while (uploading) {
      const started = performance.now();
      await (await fetch(new URL('api/health', url))).arrayBuffer();
      health.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  const answer = await uploadInChild(new URL('api/questions', url).href, file, doc.name).finally(() => {
    uploading = false;
  });
  await poll;
  const message = (JSON.parse(answer.text) as { error?: { message: string } }).error?.message ?? null;
  return { status: answer.status, ms: answer.ms, message, before, after: memoryOf(pid), health };
}

/**
 * The hostile documents of issue 18 (`hostileDocuments`): each read in a process of its own,
 * with its time and peak memory, then each uploaded to a running server (the built CLI's
 * `serve`) with the server's peak memory and the slowest `/api/health` answer meanwhile; a PDF
 * of 1,500 pages, within the budgets and seconds of work, shows health while a worker is busy.
 */
export async function runHostileDocumentsSection(options: SectionOptions): Promise<{ tables: Table[]; results: unknown }> {
  const { repoRoot, workDir, say } = options;
  const folder = join(workDir, 'hostile-documents');
  mkdirSync(folder, { recursive: true });
  const docs = hostileDocuments();
  const { maxMs, maxPeakMb, maxHealthMs } = hostileDocumentTargets;

  const inProcess = docs.map((doc) => {
    const file = join(folder, doc.name);
    writeFileSync(file, doc.bytes);
    say(`  reading ${doc.name} in a process of its own…`);
    return { doc, figures: readInProcess(repoRoot, file) };
  });

  const env = childEnv(join(workDir, 'hostile-documents-home'));
  const server = await startOurServer({
    bin: join(repoRoot, 'bin', 'understudy.js'),
    databaseUrl: join(folder, 'server.db'),
    cwd: folder,
    env,
  });
  const pid = server.child.process.pid ?? 0;
  const slow: HostileDocument = {
    label: 'PDF of 1,500 pages (within budget)',
    name: 'pages-1500.pdf',
    bytes: pdfOfPages(1_500),
    budget: /./,
  };
  writeFileSync(join(folder, slow.name), slow.bytes);
  writeFileSync(join(folder, 'warm-up.md'), '# Warm-up\n\n## Risks\n\nNone.\n');
  const uploads = [];
  try {
    // One ordinary upload first, so the rows measure the documents, not the server's first request.
    await uploadInChild(new URL('api/questions', server.url).href, join(folder, 'warm-up.md'), 'warm-up.md');
    for (let i = 0; i < 5; i++) await (await fetch(new URL('api/health', server.url))).arrayBuffer();
    for (const doc of [...docs, slow]) {
      say(`  uploading ${doc.name} to the server…`);
      uploads.push({ doc, figures: await upload(server.url, pid, doc, join(folder, doc.name)) });
    }
  } finally {
    await server.stop();
  }

  const readTable: Table = {
    title: `Hostile documents read in one process (readDocument, its budgets, no worker): targets < ${maxMs} ms, < ${maxPeakMb} MB peak`,
    headers: ['document', 'file', 'time', 'peak RSS', 'at start', 'refused with', 'result'],
    rows: inProcess.map(({ doc, figures: f }) => {
      const pass = f.message !== null && doc.budget.test(f.message) && f.ms < maxMs && f.peakMb < maxPeakMb;
      return [
        doc.label,
        mb(doc.bytes.length),
        `${f.ms.toFixed(0)} ms`,
        `${f.peakMb.toFixed(0)} MB`,
        `${f.startMb.toFixed(0)} MB`,
        f.message ?? '(read)',
        pass ? 'PASS' : 'MISS',
      ];
    }),
  };
  const serverTable: Table = {
    title: `The same uploaded to POST /api/questions of a running server, /api/health polled meanwhile: targets < ${maxMs} ms, health < ${maxHealthMs} ms`,
    headers: ['document', 'status', 'time', 'server RSS before', 'server peak', 'health slowest', 'polls', 'result'],
    rows: uploads.map(({ doc, figures: f }) => {
      const slowest = Math.max(0, ...f.health);
      const refused = doc === slow || (f.status === 400 && f.message !== null && doc.budget.test(f.message) && f.ms < maxMs);
      return [
        doc.label,
        String(f.status),
        `${f.ms.toFixed(0)} ms`,
        f.before ? `${f.before.rssMb.toFixed(0)} MB` : '—',
        f.after ? `${f.after.peakMb.toFixed(0)} MB` : '—',
        `${slowest.toFixed(1)} ms`,
        String(f.health.length),
        refused && slowest < maxHealthMs ? 'PASS' : 'MISS',
      ];
    }),
    notes: [
      'After one ordinary upload and a few polls. Server peak: the kernel’s high-water mark of the server process (VmHWM), reset before each upload; it includes the worker thread.',
      'Health is polled from this process while another process uploads, so that a busy client cannot slow the polls.',
    ],
  };
  return {
    tables: [readTable, serverTable],
    results: {
      targets: hostileDocumentTargets,
      inProcess: inProcess.map(({ doc, figures }) => ({ document: doc.label, bytes: doc.bytes.length, ...figures })),
      uploads: uploads.map(({ doc, figures }) => ({
        document: doc.label,
        bytes: doc.bytes.length,
        ...figures,
        health: undefined,
        healthSlowestMs: Math.max(0, ...figures.health),
        healthPolls: figures.health.length,
      })),
    },
  };
}
