import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { freshDatabase, type ProofDb } from '../proof/databases.js';
import { type ProofContext, type ProofDatabase, proofAssert } from '../proof/proof.js';
import { cliJson, runCli } from '../proof/server-process.js';
import {
  type Attempt,
  describeAttempts,
  killFractions,
  killMidway,
  linkedinExport,
  spawnCli,
  timeUntilClosed,
  transactionProbe,
  waitForTransaction,
} from './kill-parts.js';

/** A backup document, as `GET /api/backup` and `understudy backup` write it. */
interface BackupDoc {
  user: Record<string, unknown>;
  entities: Record<string, unknown[]>;
}

let files = 0;
/** A new file name in the run's folder. */
function fileIn(ctx: ProofContext, name: string): string {
  files += 1;
  return join(ctx.workDir, `kill-${files}-${name}`);
}

/** A workspace with the demo and a profile of its own, so that a restore that loses the profile shows. */
const PROFILE = ['init', '--demo', '--name', 'Kill Proof', '--role', 'Senior PM, Growth', '--level', 'senior'];

/** The backup of a populated workspace: the demo, a profile and `mentors` imported contacts, all made with the CLI. */
function populatedBackup(ctx: ProofContext, kind: ProofDatabase, mentors: number): Promise<{ path: string; doc: BackupDoc }> {
  return withDatabase(ctx, kind, async (db) => {
    const contacts = fileIn(ctx, 'Connections.csv');
    writeFileSync(contacts, linkedinExport(mentors, 'restore'));
    const path = fileIn(ctx, 'source.json');
    for (const args of [PROFILE, ['import', contacts], ['backup', path]]) {
      const run = runCli(ctx, ['--db', db.url, ...args]);
      proofAssert(run.code === 0, `understudy ${args[0]} failed: ${run.stderr.trim()}`);
    }
    return { path, doc: JSON.parse(readFileSync(path, 'utf8')) as BackupDoc };
  });
}

/** Runs `work` on a fresh database and drops it afterwards. */
async function withDatabase<T>(ctx: ProofContext, kind: ProofDatabase, work: (db: ProofDb) => Promise<T>): Promise<T> {
  const db = await freshDatabase(ctx, kind);
  try {
    return await work(db);
  } finally {
    await db.drop().catch(() => {});
  }
}

/** A fresh database opened once by the CLI (migrated, with its user), so a restore's only write is the restore. */
async function emptyWorkspace(ctx: ProofContext, kind: ProofDatabase): Promise<ProofDb> {
  const db = await freshDatabase(ctx, kind);
  const opened = runCli(ctx, ['--db', db.url, 'outcome', 'list', '--json']);
  proofAssert(opened.code === 0, `opening a new workspace failed: ${opened.stderr.trim()}`);
  return db;
}

/** Reopens the workspace with `understudy backup` and says whether it is empty or exactly the backup; fails on anything else. */
function reopened(ctx: ProofContext, db: ProofDb, source: BackupDoc, when: string): 'nothing' | 'whole' {
  const path = fileIn(ctx, 'check.json');
  const { records } = cliJson<{ records: Record<string, number> }>(ctx, ['--db', db.url, 'backup', path]);
  const now = JSON.parse(readFileSync(path, 'utf8')) as BackupDoc;
  const total = Object.values(records).reduce((a, b) => a + b, 0);
  if (total === 0) return 'nothing';
  const entities = Object.keys(source.entities);
  const counts = entities.map((e) => `${e} ${records[e] ?? 0}/${source.entities[e]?.length ?? 0}`).join(', ');
  const same = entities.every((e) => isDeepStrictEqual(now.entities[e], source.entities[e]));
  proofAssert(same, `a half restore ${when}: ${counts}`);
  const { name, role, level } = source.user;
  proofAssert(
    isDeepStrictEqual({ name: now.user.name, role: now.user.role, level: now.user.level }, { name, role, level }),
    `the records are restored ${when} but the profile is not: ${JSON.stringify(now.user)}`,
  );
  return 'whole';
}

/**
 * Claim 3: a restore is one transaction, so `understudy restore` SIGKILLed in the middle leaves
 * the workspace empty (and a restore run again succeeds) or, when the kill lands after the
 * commit, entirely restored: never half. One uninterrupted restore measures the transaction;
 * each attempt then kills at a fraction of it after it is seen open.
 */
export async function killDuringRestore(ctx: ProofContext, kind: ProofDatabase): Promise<string> {
  const { path, doc } = await populatedBackup(ctx, kind, ctx.short ? 3_000 : 15_000);
  const records = Object.values(doc.entities).reduce((a, list) => a + list.length, 0);
  const made: ProofDb[] = [];
  try {
    const measure = await emptyWorkspace(ctx, kind);
    made.push(measure);
    const probe = await transactionProbe(kind, measure.url);
    const first = spawnCli(ctx, ['--db', measure.url, 'restore', path]);
    const measured = async () => {
      const seen = await waitForTransaction(probe, () => !first.running());
      return { seen, transactionMs: await timeUntilClosed(probe), done: await first.exited };
    };
    const { seen, transactionMs, done } = await measured().finally(async () => {
      await first.kill9();
      await probe.close();
    });
    proofAssert(seen, 'the uninterrupted restore was never seen in its transaction');
    proofAssert(done.code === 0, `the uninterrupted restore exited ${done.code}: ${first.output().trim()}`);
    proofAssert(reopened(ctx, measure, doc, 'uninterrupted') === 'whole', 'the uninterrupted restore left the workspace empty');

    const attempts: Attempt[] = [];
    let db = await emptyWorkspace(ctx, kind);
    made.push(db);
    let kills = 0;
    // Latest first: a late kill may land after the commit, and the early ones then leave an
    // empty, killed workspace for the restore run again at the end.
    for (const fraction of killFractions(ctx.short).reverse()) {
      const watch = await transactionProbe(kind, db.url);
      const child = spawnCli(ctx, ['--db', db.url, 'restore', path]);
      const { atMs, midway } = await killMidway(watch, child.running, fraction * transactionMs, child.kill9).finally(() => watch.close());
      kills += 1;
      const outcome = reopened(ctx, db, doc, `after a kill ${atMs.toFixed(0)} ms into the transaction`);
      attempts.push({ atMs, midway, outcome });
      if (outcome === 'whole') {
        db = await emptyWorkspace(ctx, kind);
        made.push(db);
        kills = 0;
      }
    }
    proofAssert(
      attempts.some((a) => a.midway),
      `no kill landed mid-transaction: ${describeAttempts(attempts, transactionMs, 'empty', 'restored')}`,
    );
    const again = runCli(ctx, ['--db', db.url, 'restore', path]);
    proofAssert(again.code === 0, `the restore run again after ${kills} kills exited ${again.code}: ${again.stderr.trim()}`);
    proofAssert(reopened(ctx, db, doc, 'run again') === 'whole', 'the restore run again left the workspace empty');
    return (
      `backup of ${records} records restored by the CLI; ${describeAttempts(attempts, transactionMs, 'empty', 'restored')}; ` +
      `run again after ${kills} kill${kills === 1 ? '' : 's'} on that workspace: restored, identical to the backup`
    );
  } finally {
    for (const db of made) await db.drop().catch(() => {});
  }
}
