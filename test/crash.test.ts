import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, expect, it } from 'vitest';
import { createRecord } from '../src/core/records/create-record.js';
import { repoRoot } from './helpers/cli.js';
import { describeEachDialect } from './helpers/dialects.js';
import { openTestWorkspace } from './helpers/workspace.js';

const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx');
const writer = join(repoRoot, 'test', 'fixtures', 'write-outcomes.ts');
/** How many acknowledged writes the writer must have made before it is killed. */
const ACKNOWLEDGED = 200;

/** What the killed writer had said by the time its output closed. */
interface WriterRun {
  pid: number;
  ids: string[];
  stderr: string;
}

/**
 * Starts the writer in its own process group (tsx runs the script in a child process of its
 * own), and once it has acknowledged `enough` writes kills the whole group with SIGKILL.
 * Resolves when every process holding its output is gone.
 */
function writeUntilKilled(url: string, enough: number, started: ChildProcess[]): Promise<WriterRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, [writer, url], { cwd: repoRoot, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    started.push(child);
    let pid = 0;
    let pending = '';
    let stderr = '';
    let killed = false;
    const ids: string[] = [];
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      // A line without its newline may have been cut by the kill: it does not count.
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const ready = /^ready (\d+)$/.exec(line);
        if (ready) pid = Number(ready[1]);
        else ids.push(line);
      }
      if (!killed && ids.length >= enough) {
        killed = true;
        killGroup(child);
      }
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (!killed) reject(new Error(`the writer stopped on its own (${signal ?? code}) after ${ids.length} writes: ${stderr.trim()}`));
      else resolve({ pid, ids, stderr });
    });
  });
}

function killGroup(child: ChildProcess): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/** True while `pid` is a running process (a zombie waiting to be reaped counts as gone). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true;
  }
}

async function waitUntilGone(pid: number): Promise<boolean> {
  for (let i = 0; i < 50 && isRunning(pid); i += 1) await new Promise((r) => setTimeout(r, 100));
  return !isRunning(pid);
}

describeEachDialect('a writer killed with SIGKILL', (dialect, newDatabase) => {
  const started: ChildProcess[] = [];
  afterEach(() => {
    for (const child of started.splice(0)) killGroup(child);
  });

  it(`loses none of at least ${ACKNOWLEDGED} acknowledged writes`, async () => {
    const url = await newDatabase();
    const run = await writeUntilKilled(url, ACKNOWLEDGED, started);
    expect(run.pid).toBeGreaterThan(0);
    // The process that wrote, not just the tsx launcher, must be dead before we look.
    expect(await waitUntilGone(run.pid)).toBe(true);
    expect(new Set(run.ids).size).toBe(run.ids.length);

    if (dialect === 'sqlite') {
      const raw = new Database(url);
      try {
        expect(raw.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
      } finally {
        raw.close();
      }
    }

    const workspace = await openTestWorkspace(url);
    try {
      const stored = new Set((await workspace.ctx.ws.table('outcomes').list()).map((o) => o.id));
      expect(run.ids.filter((id) => !stored.has(id))).toEqual([]);
      // Writes are sequential: at most the one in flight at the kill landed unacknowledged.
      expect(stored.size - run.ids.length).toBeLessThanOrEqual(1);
      // The workspace takes new writes after the crash.
      const next = await createRecord(workspace.ctx, { entity: 'outcomes', input: { statement: 'Written after the crash' } });
      expect(await workspace.ctx.ws.table('outcomes').get(next.id)).toEqual(next);
    } finally {
      await workspace.close();
    }
  }, 60_000);
});
