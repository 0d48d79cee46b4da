import type { Kysely, Transaction } from 'kysely';
import { AppError } from '../core/errors.js';
import type { Page, RecordTable, Where } from '../core/ports.js';
import type { EntityDef } from '../core/records/entities.js';
import { fieldLabel } from '../core/records/field-labels.js';
import { findUnstorableText } from '../core/records/find-unstorable-text.js';
import type { AnyDB } from './schema.js';

type Db = Kysely<AnyDB> | Transaction<AnyDB>;

/** How many values one `IN` list binds. */
const IN_CHUNK = 500;

/** Compares rows as `ORDER BY <column>, id` does for the text and number columns lists sort on. */
function byOrder(column: string): (a: Record<string, unknown>, b: Record<string, unknown>) => number {
  const key = (row: Record<string, unknown>, c: string) => row[c] as string | number | null;
  const cmp = (x: string | number | null, y: string | number | null) => (x === y ? 0 : x === null ? -1 : y === null ? 1 : x < y ? -1 : 1);
  return (a, b) => cmp(key(a, column), key(b, column)) || cmp(key(a, 'id'), key(b, 'id'));
}

/**
 * Refuses values holding text the two databases would keep differently (a lone surrogate:
 * three U+FFFD on SQLite, one on PostgreSQL) or not at all (U+0000 on PostgreSQL). Every row
 * written passes here, including those of use-cases that take text without `parseInput`.
 */
function refuseUnstorable(def: EntityDef, values: unknown): void {
  const bad = findUnstorableText(values);
  if (!bad) return;
  throw new AppError('invalid_input', `Invalid ${def.label}: ${fieldLabel(bad.path) || 'the text'} ${bad.problem}`, {
    issues: [{ path: bad.path.join('.'), message: `contains ${bad.char}` }],
  });
}

/**
 * One entity's table, scoped to one user: every read and write names the user, and a row
 * written is always theirs, whatever it says. Lists and check results are JSON text in the
 * database and plain values in code; the conversion happens here and nowhere else. Text that
 * cannot be stored alike on both databases is refused before any write.
 */
export function recordTable<T>(db: Db, table: string, def: EntityDef, userId: string): RecordTable<T> {
  const json = def.json;
  // The schema's fields only: a table may hold more (the search vector of artifacts).
  const columns = 'shape' in def.schema ? Object.keys((def.schema as unknown as { shape: object }).shape) : null;
  const select = () => (columns ? db.selectFrom(table).select(columns) : db.selectFrom(table).selectAll());
  const toRow = (values: Record<string, unknown>): Record<string, unknown> => {
    if (json.length === 0) return values;
    const row = { ...values };
    for (const field of json) if (field in row) row[field] = row[field] == null ? null : JSON.stringify(row[field]);
    return row;
  };
  const fromRow = (row: Record<string, unknown>): T => {
    for (const field of json) {
      const v = row[field];
      if (typeof v === 'string') row[field] = JSON.parse(v);
    }
    return row as T;
  };
  const get = async (id: string): Promise<T | undefined> => {
    const row = await select().where('userId', '=', userId).where('id', '=', id).executeTakeFirst();
    return row ? fromRow(row) : undefined;
  };
  return {
    get,
    async insert(row) {
      refuseUnstorable(def, row);
      // The row is the table's user's, whatever it says: no write lands in another workspace.
      await db
        .insertInto(table)
        .values(toRow({ ...(row as Record<string, unknown>), userId }))
        .execute();
    },
    async list(where?: Where<T>, page?: Page) {
      let query = select().where('userId', '=', userId);
      for (const [column, value] of Object.entries(where ?? {})) {
        if (value === undefined) continue;
        query = value === null ? query.where(column, 'is', null) : query.where(column, '=', value);
      }
      query = query.orderBy(def.orderBy).orderBy('id');
      if (page) query = query.limit(page.limit).offset(page.offset);
      const rows = await query.execute();
      return rows.map(fromRow);
    },
    async maxBy(column, group) {
      const rows = await db
        .selectFrom(table)
        .select((eb) => [eb.ref(group).as('group'), eb.fn.max(column).as('max')])
        .where('userId', '=', userId)
        .groupBy(group)
        .execute();
      return new Map(rows.map((row) => [row.group, row.max] as never));
    },
    async listIn(column, values) {
      const rows: Record<string, unknown>[] = [];
      // In chunks, well under either database's limit on bound parameters.
      for (let i = 0; i < values.length; i += IN_CHUNK) {
        const chunk = values.slice(i, i + IN_CHUNK) as never;
        rows.push(...(await select().where('userId', '=', userId).where(column, 'in', chunk).execute()));
      }
      if (values.length > IN_CHUNK) rows.sort(byOrder(def.orderBy));
      return rows.map(fromRow);
    },
    async update(id, patch) {
      refuseUnstorable(def, patch);
      // A row never changes hands or ids.
      const { userId: _owner, id: _id, ...changes } = patch as Record<string, unknown>;
      if (Object.keys(changes).length === 0) return get(id);
      const result = await db.updateTable(table).set(toRow(changes)).where('userId', '=', userId).where('id', '=', id).executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) return undefined;
      return get(id);
    },
    async remove(id) {
      const result = await db.deleteFrom(table).where('userId', '=', userId).where('id', '=', id).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
  };
}
