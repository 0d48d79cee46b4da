import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { type ProofContext, type ProofRow, proofAssert, prove } from '../proof/proof.js';
import { runCli, type ServerProcess, startServer } from '../proof/server-process.js';

/** Size of the small file system the workspace lives on. */
const DISK_BYTES = 8 * 1024 * 1024;
/** Notes of each mentor written until the disk is full: large, so it fills in a few hundred writes. */
const NOTE = 'Long notes about how this mentor explains pricing experiments. '.repeat(250);

function mount(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const result = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${DISK_BYTES}`, 'tmpfs', dir], { encoding: 'utf8' });
  proofAssert(result.status === 0, `cannot mount a small file system (this proof needs root): ${(result.stderr || '').trim()}`);
}

function unmount(dir: string): void {
  spawnSync('umount', [dir]);
  rmSync(dir, { recursive: true, force: true });
}

interface Refusal {
  status: number;
  code: string;
  message: string;
}

/** Adds mentors until the server refuses one; returns the acknowledged ids and the refusal. */
async function fillUp(server: ServerProcess): Promise<{ acknowledged: string[]; refusal: Refusal }> {
  const acknowledged: string[] = [];
  for (let i = 0; i < 5_000; i += 1) {
    const response = await fetch(`${server.url}/api/mentors`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: `Mentor ${i}`, notes: NOTE }),
    });
    const body = (await response.json()) as { id?: string; error?: { code: string; message: string } };
    if (response.ok && body.id) {
      acknowledged.push(body.id);
      continue;
    }
    return { acknowledged, refusal: { status: response.status, code: body.error?.code ?? '', message: body.error?.message ?? '' } };
  }
  throw new Error('the disk never filled up');
}

async function mentorIds(server: ServerProcess): Promise<Set<string>> {
  const response = await fetch(`${server.url}/api/mentors?limit=1000`);
  proofAssert(response.ok, `reading mentors on a full disk failed with ${response.status}`);
  return new Set(((await response.json()) as { items: Array<{ id: string }> }).items.map((m) => m.id));
}

/**
 * A full disk: the workspace on a small file system, written to until it is full. The write
 * that does not fit gets a clear error (503, "disk … is full") and reads go on; once space is
 * freed, the database passes SQLite's integrity check, every acknowledged write is there and
 * writing works again, without repair.
 */
async function fullDisk(ctx: ProofContext): Promise<string> {
  const dir = join(ctx.workDir, 'small-disk');
  mount(dir);
  let server: ServerProcess | null = null;
  try {
    const db = join(dir, 'workspace.db');
    const init = runCli(ctx, ['--db', db, 'init']);
    proofAssert(init.code === 0, `init failed: ${init.stderr.trim()}`);
    // Room to free later: a file that takes a quarter of the disk.
    const filler = join(dir, 'filler');
    writeFileSync(filler, Buffer.alloc(DISK_BYTES / 4));
    server = await startServer(ctx, db);
    const { acknowledged, refusal } = await fillUp(server);
    proofAssert(refusal.status === 503 && refusal.code === 'db_unavailable', `the full disk gave ${refusal.status} ${refusal.code}`);
    proofAssert(/full/i.test(refusal.message) && !/\n\s+at /.test(refusal.message), `unclear message: ${refusal.message}`);
    const seen = await mentorIds(server);
    proofAssert(
      acknowledged.every((id) => seen.has(id)),
      'an acknowledged write is missing while the disk is full',
    );
    const cli = runCli(ctx, ['--db', db, 'mentor', 'add', 'One more']);
    proofAssert(cli.code === 2 && /full/i.test(cli.stderr) && cli.stderr.trim().split('\n').length === 1, `the CLI said: ${cli.stderr}`);
    await server.stop();
    server = null;

    rmSync(filler);
    const check = new Database(db, { readonly: true });
    const integrity = check.pragma('integrity_check', { simple: true });
    check.close();
    proofAssert(integrity === 'ok', `integrity check: ${String(integrity)}`);
    server = await startServer(ctx, db);
    const after = await mentorIds(server);
    proofAssert(
      acknowledged.every((id) => after.has(id)),
      'an acknowledged write is missing after space was freed',
    );
    const again = await fetch(`${server.url}/api/mentors`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'After the disk was freed' }),
    });
    proofAssert(again.status === 201 || again.status === 200, `writing after space was freed gave ${again.status}`);
    return `${acknowledged.length} writes acknowledged on an ${DISK_BYTES / 1_048_576} MB disk, then ${refusal.status} “${refusal.message}”; integrity ok, all kept, writes resume`;
  } finally {
    await server?.stop();
    unmount(dir);
  }
}

/** The full-disk proof (SQLite: the file lives on the user's disk; PostgreSQL's disk is its server's). */
export async function proveFullDisk(ctx: ProofContext): Promise<ProofRow[]> {
  ctx.say('full disk on SQLite…');
  return [
    await prove({ area: 'faults', claim: 'full disk: clear error, nothing corrupted, recovers when freed', database: 'SQLite' }, () =>
      fullDisk(ctx),
    ),
  ];
}
