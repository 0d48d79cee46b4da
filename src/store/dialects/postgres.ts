import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { AppError } from '../../core/errors.js';
import type { AnyDB } from '../schema.js';

/** Opens a pool on a `postgres://` URL. Connections are made lazily, on the first query. */
export function open(url: string): Kysely<AnyDB> {
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5_000 });
  // A client losing its server (a restart, a crash) must not crash the process: idle clients
  // report it to the pool, clients in use to themselves, and their query fails with it (mapped
  // to `db_unavailable`). The pool drops such clients; the next query reconnects.
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', () => {}));
  return new Kysely<AnyDB>({ dialect: new PostgresDialect({ pool }) });
}

const unreachable = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'ECONNRESET', 'EHOSTUNREACH']);

/** Turns a PostgreSQL connection failure into a one-line AppError naming the server. */
export function mapError(error: unknown, url: string): unknown {
  if (error instanceof AppError) return error;
  const where = redact(url);
  const code = (error as { code?: string }).code ?? '';
  const message = (error as Error).message ?? String(error);
  if (unreachable.has(code) || /timeout|terminated|not queryable/i.test(message)) {
    return new AppError('db_unavailable', `Cannot reach PostgreSQL at ${where} (${code || message})`);
  }
  if (/\bSSL\b/.test(message)) {
    return new AppError('db_unavailable', `PostgreSQL at ${where} refused the connection: ${message.split('\n')[0]}`);
  }
  if (code === '3D000' || code === '28P01' || code === '28000') {
    return new AppError('db_unavailable', `PostgreSQL at ${where} refused the connection: ${message}`);
  }
  if (code === '23505') {
    return new AppError('conflict', 'That record exists already (another request may have created it at the same time)');
  }
  // Text with U+0000 (which PostgreSQL cannot store) or a value of the wrong type for a column.
  if (code === '22021' || code === '22P05') return new AppError('invalid_input', 'Text cannot contain the NUL character (U+0000)');
  if (code === '22P02') return new AppError('invalid_input', `A value does not fit its field: ${message.split('\n')[0]}`);
  if (code === '57P01' || code === '57P03' || code === '08006' || code === '08003') {
    return new AppError('db_unavailable', `PostgreSQL at ${where} is restarting or went away; try again`);
  }
  return error;
}

/** How messages name this database: host and database, never the password. */
export function describe(url: string): string {
  return `PostgreSQL database ${redact(url)}`;
}

function redact(url: string): string {
  try {
    const u = new URL(url);
    return `${u.host}${u.pathname}`;
  } catch {
    return 'the given URL';
  }
}

/** Ranked full-text search of one user's library. */
export { searchArtifacts, searchSharedArtifacts } from './postgres-search.js';
