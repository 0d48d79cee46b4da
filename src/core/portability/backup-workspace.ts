import { AppError } from '../errors.js';
import type { Context } from '../ports.js';
import { entityDef, type RowOf } from '../records/entities.js';
import { type EntityName, entityNames } from '../records/schemas.js';
import type { User } from '../users/schemas.js';

/** The name written in every backup, so a restore can tell an Understudy backup from any JSON. */
export const BACKUP_FORMAT = 'understudy-backup';

/** The version of the backup document; a restore refuses versions it does not know. */
export const BACKUP_VERSION = 1;

/** A whole workspace as one JSON document: the user and every entity's rows, as stored. */
export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  user: User;
  entities: { [N in EntityName]: RowOf<N>[] };
}

/**
 * Reads the whole workspace of the current user into a backup: every entity in `entityNames`
 * order (parents before children), each sorted by id, with ids and timestamps exactly as
 * stored. Rows are read in one transaction, so the backup is one consistent moment.
 */
export async function backupWorkspace(ctx: Context): Promise<Backup> {
  const user = await ctx.ws.profile();
  if (!user) throw new AppError('not_found', `No user with id ${ctx.ws.userId}`);
  const lists = await ctx.ws.transaction(async (ws) => {
    const out: Array<[EntityName, Record<string, unknown>[]]> = [];
    for (const name of entityNames) {
      const rows = (await ws.table(name).list()) as Record<string, unknown>[];
      out.push([name, rows.map((row) => canonicalRow(name, row)).sort(byId)]);
    }
    return out;
  });
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    user: canonicalUser(user),
    entities: Object.fromEntries(lists) as Backup['entities'],
  };
}

/**
 * The backup as text: fixed key order (document, then each row's fields in schema order, and
 * nested JSON values with sorted keys), 2-space indentation and a trailing newline. The same
 * workspace always gives the same bytes, whichever database it was read from.
 */
export function serializeBackup(backup: Backup): string {
  const doc = {
    format: backup.format,
    version: backup.version,
    user: canonicalUser(backup.user),
    entities: Object.fromEntries(
      entityNames.map((name) => [name, (backup.entities[name] as Record<string, unknown>[]).map((row) => canonicalRow(name, row))]),
    ),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** The fields of entity `name` in the order its schema declares them. */
export function fieldsOf(name: EntityName): string[] {
  const schema = entityDef(name).schema as unknown as { shape?: Record<string, unknown> };
  return schema.shape ? Object.keys(schema.shape) : [];
}

/** Orders rows by id with a plain code-unit comparison, the same on every database. */
export function byId(a: Record<string, unknown>, b: Record<string, unknown>): number {
  const x = String(a.id);
  const y = String(b.id);
  return x < y ? -1 : x > y ? 1 : 0;
}

function canonicalUser(user: User): User {
  return { id: user.id, name: user.name, role: user.role, level: user.level, createdAt: user.createdAt, updatedAt: user.updatedAt };
}

function canonicalRow(name: EntityName, row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fieldsOf(name)) out[field] = canonicalValue(row[field]);
  return out;
}

/** A JSON value with object keys sorted at every depth; lists keep their order. */
function canonicalValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonicalValue);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([k, v]) => [k, canonicalValue(v)]));
  }
  return value;
}
