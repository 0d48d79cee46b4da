import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { withAdminClient as admin } from '../helpers/pg-admin.js';
import type { ProofContext, ProofDatabase } from './proof.js';

/** A database made for one proof: its URL (a SQLite path or a `postgres://` URL) and how to remove it. */
export interface ProofDb {
  kind: ProofDatabase;
  url: string;
  drop(): Promise<void>;
}

let count = 0;

/** A fresh, empty database of `kind`; SQLite files live in the run's folder. */
export async function freshDatabase(ctx: ProofContext, kind: ProofDatabase): Promise<ProofDb> {
  count += 1;
  if (kind === 'SQLite') return { kind, url: join(ctx.workDir, `proof-${count}.db`), drop: async () => {} };
  if (!ctx.postgresAdminUrl) throw new Error('PostgreSQL is not available');
  const adminUrl = ctx.postgresAdminUrl;
  const name = `understudy_proof_${randomBytes(6).toString('hex')}`;
  await admin(adminUrl, (client) => client.query(`create database ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    kind,
    url: url.toString(),
    drop: () => admin(adminUrl, (client) => client.query(`drop database if exists ${name} with (force)`)).then(() => {}),
  };
}

/** The databases a proof should run on: SQLite always, PostgreSQL when the run has a server. */
export function proofDatabases(ctx: ProofContext): ProofDatabase[] {
  return ctx.postgresAdminUrl ? ['SQLite', 'PostgreSQL'] : ['SQLite'];
}
