import { CamelCasePlugin, type Kysely, type Transaction } from 'kysely';
import type { ArtifactHit, LoopPlanStore, RecordTable, Store, Workspace } from '../core/ports.js';
import { type EntityName, entityDef } from '../core/records/entities.js';
import type { User } from '../core/users/schemas.js';
import { loopPlanStore } from './loop-plan-store.js';
import { migrateToLatest } from './migrate.js';
import { recordTable } from './record-table.js';
import type { AnyDB } from './schema.js';

/** What each dialect module offers: open a handle, explain its errors, name it safely. */
interface DialectModule {
  open(url: string): Kysely<AnyDB>;
  searchArtifacts(db: Kysely<AnyDB>, userId: string, query: string, limit: number): Promise<ArtifactHit[]>;
  mapError(error: unknown, url: string): unknown;
  describe(url: string): string;
}

/** Where the workspace lives: a SQLite file path or a `postgres://` URL. */
export interface StoreLocation {
  url: string;
}

/** True when `url` names a PostgreSQL database rather than a SQLite file. */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

/**
 * Opens the workspace database, migrating it when needed, and returns the store core works
 * with. Drivers are imported here, lazily, so commands that need no database start fast.
 */
export async function openStore(location: StoreLocation): Promise<Store & { db: Kysely<AnyDB> }> {
  const { url } = location;
  const postgres = isPostgresUrl(url);
  const dialect: DialectModule = postgres ? await import('./dialects/postgres.js') : await import('./dialects/sqlite.js');
  const mapError = (e: unknown) => dialect.mapError(e, url);
  const raw = dialect.open(url);
  try {
    await migrateToLatest(raw, dialect.describe(url));
  } catch (error) {
    await raw.destroy().catch(() => {});
    throw mapError(error);
  }
  const db = raw.withPlugin(new CamelCasePlugin());
  // Search runs on the raw handle: its SQL names snake_case columns itself.
  const search = (userId: string, query: string, limit: number) => dialect.searchArtifacts(raw, userId, query, limit);
  return createStore(db, postgres ? 'postgres' : 'sqlite', mapError, search, () => raw.destroy());
}

function createStore(
  db: Kysely<AnyDB>,
  dialect: Store['dialect'],
  mapError: (e: unknown) => unknown,
  search: (userId: string, query: string, limit: number) => Promise<ArtifactHit[]>,
  destroy: () => Promise<void>,
): Store & { db: Kysely<AnyDB> } {
  const guard = async <R>(work: () => Promise<R>): Promise<R> => {
    try {
      return await work();
    } catch (error) {
      throw mapError(error);
    }
  };
  const workspace = (userId: string, handle: Kysely<AnyDB> | Transaction<AnyDB>, inTransaction: boolean): Workspace => {
    const cache = new Map<EntityName, RecordTable<unknown>>();
    const ws: Workspace = {
      userId,
      table(name) {
        let table = cache.get(name);
        if (!table) {
          table = guarded(recordTableFor(handle, name, userId), guard);
          cache.set(name, table);
        }
        return table as never;
      },
      searchArtifacts: (query, limit) => guard(() => search(userId, query, limit)),
      loopPlan: guardedPlan(loopPlanStore(handle, userId), guard),
      updateProfile: (patch) => guard(async () => void (await handle.updateTable('users').set(patch).where('id', '=', userId).execute())),
      transaction(fn) {
        if (inTransaction) return fn(ws);
        return guard(() => handle.transaction().execute((trx) => fn(workspace(userId, trx, true))));
      },
    };
    return ws;
  };
  return {
    db,
    dialect,
    getUser: (id) =>
      guard(async () => (await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst()) as User | undefined),
    insertUser: (user) => guard(async () => void (await db.insertInto('users').values(user).execute())),
    workspace: (userId) => workspace(userId, db, false),
    close: destroy,
  };
}

function recordTableFor(handle: Kysely<AnyDB> | Transaction<AnyDB>, name: EntityName, userId: string): RecordTable<unknown> {
  return recordTable(handle, name, entityDef(name), userId);
}

function guarded<T>(table: RecordTable<T>, guard: <R>(work: () => Promise<R>) => Promise<R>): RecordTable<T> {
  return {
    insert: (row) => guard(() => table.insert(row)),
    get: (id) => guard(() => table.get(id)),
    list: (where, page) => guard(() => table.list(where, page)),
    listIn: (column, values) => guard(() => table.listIn(column, values)),
    update: (id, patch) => guard(() => table.update(id, patch)),
    remove: (id) => guard(() => table.remove(id)),
  };
}

function guardedPlan(plan: LoopPlanStore, guard: <R>(work: () => Promise<R>) => Promise<R>): LoopPlanStore {
  return {
    isStale: (version) => guard(() => plan.isStale(version)),
    takeStale: (version) => guard(() => plan.takeStale(version)),
    replace: (mentorIds, items) => guard(() => plan.replace(mentorIds, items)),
    due: (item, until) => guard(() => plan.due(item, until)),
  };
}
