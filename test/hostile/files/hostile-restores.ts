import { join } from 'node:path';
import { type ProofContext, proofAssert } from '../../proof/proof.js';
import { runCli, type ServerProcess } from '../../proof/server-process.js';
import { costLine, costOf } from './server-watch.js';

/** Two backups of the demo workspace, each made in a workspace of its own (so every id differs). */
export interface DemoBackups {
  first: string;
  second: string;
}

let made = 0;

/** Writes the demo workspace into a new SQLite file with `init --demo` and returns `backup -` of it. */
function demoBackup(ctx: ProofContext): string {
  made += 1;
  const db = join(ctx.workDir, `hostile-restore-source-${made}.db`);
  const init = runCli(ctx, ['--db', db, 'init', '--demo']);
  proofAssert(init.code === 0, `init --demo failed: ${init.stderr.trim()}`);
  const backup = runCli(ctx, ['--db', db, 'backup', '-']);
  proofAssert(backup.code === 0, `backup failed: ${backup.stderr.trim()}`);
  return backup.stdout;
}

/** Two different backups of the demo workspace, for the restore rows of every database. */
export function demoBackups(ctx: ProofContext): DemoBackups {
  return { first: demoBackup(ctx), second: demoBackup(ctx) };
}

/** Sends a restore of `text` (a backup document) and returns the status and the error, if any. */
async function restore(server: ServerProcess, text: string): Promise<{ status: number; code: string; message: string }> {
  const response = await fetch(`${server.url}/api/restore`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: text,
    signal: AbortSignal.timeout(120_000),
  });
  const body = (await response.json()) as { error?: { code: string; message: string } };
  return { status: response.status, code: body.error?.code ?? '', message: body.error?.message ?? '' };
}

/** The workspace as `GET /api/backup` writes it. */
async function backupOf(server: ServerProcess): Promise<string> {
  const response = await fetch(`${server.url}/api/backup`, { signal: AbortSignal.timeout(60_000) });
  proofAssert(response.status === 200, `GET /api/backup answered ${response.status}`);
  return response.text();
}

/** The number of rows of every entity in a backup document. */
function rowCount(text: string): number {
  const doc = JSON.parse(text) as { entities: Record<string, unknown[]> };
  return Object.values(doc.entities).reduce((sum, rows) => sum + rows.length, 0);
}

/**
 * A backup whose second outcome was created `"not a date"` is refused with 400 naming the row
 * and field, on a server over an empty workspace; the workspace stays as it was (its backup
 * has no rows) and the loop keeps answering (`/api/next-actions` and the doctor, no NaN).
 */
export async function proveBadRestoreRefused(server: ServerProcess, backups: DemoBackups): Promise<string> {
  const empty = await backupOf(server);
  proofAssert(rowCount(empty) === 0, 'the workspace was not empty to begin with');
  const doc = JSON.parse(backups.first) as { entities: { outcomes: Array<Record<string, unknown>> } };
  const outcome = doc.entities.outcomes[1];
  proofAssert(outcome, 'the demo backup has no second outcome');
  outcome.createdAt = 'not a date';
  const cost = await costOf(server, () => restore(server, JSON.stringify(doc)));
  const { status, code, message } = cost.result;
  proofAssert(status === 400 && code === 'invalid_input', `the restore answered ${status} ${code}: ${message}`);
  proofAssert(/createdAt/.test(message) && /not a date/.test(message), `the refusal does not name the field: "${message}"`);
  const after = await backupOf(server);
  proofAssert(after === empty, `the workspace changed: ${rowCount(after)} rows after the refused restore`);
  for (const path of ['/api/next-actions', '/api/doctor']) {
    const response = await fetch(`${server.url}${path}`);
    const text = await response.text();
    proofAssert(response.status === 200 && !/NaN/.test(text), `${path} answered ${response.status} after the refused restore`);
  }
  return `400 in ${costLine(cost)}; workspace still empty (0 rows); "${message.replace(/, row [\w-]+/, '')}"`;
}

/**
 * Two restores of different backups sent at once into one empty workspace: exactly one 200
 * and one 409 ("not empty"), and the workspace afterwards is exactly the winner's backup.
 */
export async function proveConcurrentRestores(server: ServerProcess, backups: DemoBackups): Promise<string> {
  proofAssert(rowCount(await backupOf(server)) === 0, 'the workspace was not empty to begin with');
  proofAssert(backups.first !== backups.second, 'the two demo backups are the same');
  const cost = await costOf(server, () => Promise.all([restore(server, backups.first), restore(server, backups.second)]));
  const statuses = cost.result.map((answer) => answer.status);
  const figures = `answers ${statuses.join(' and ')} in ${costLine(cost)}`;
  proofAssert([...statuses].sort().join() === '200,409', `expected one 200 and one 409; ${figures}`);
  const lost = cost.result.find((answer) => answer.status === 409);
  proofAssert(lost?.code === 'conflict' && /not empty/.test(lost.message), `the loser was refused otherwise: ${lost?.message}`);
  const winner = statuses[0] === 200 ? backups.first : backups.second;
  const kept = await backupOf(server);
  proofAssert(kept === winner, `the workspace is not the winning backup (${rowCount(kept)} rows, the winner has ${rowCount(winner)})`);
  return `${figures}; workspace equals the winner (${rowCount(kept)} rows)`;
}
