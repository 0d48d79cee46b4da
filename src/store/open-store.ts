import { CamelCasePlugin, type Kysely, sql, type Transaction } from 'kysely';
import type { Accounts } from '../core/accounts/ports.js';
import type { MemberMail, TeamMail } from '../core/mail/ports.js';
import type {
  ArtifactHit,
  LoopPlanStore,
  RecordTable,
  SharedArtifactHit,
  Store,
  TeamLibrary,
  TeamMentoring,
  Workspace,
} from '../core/ports.js';
import { entityDef } from '../core/records/entities.js';
import type { EntityName } from '../core/records/schemas.js';
import type { User } from '../core/users/schemas.js';
import { loopPlanStore } from './loop-plan-store.js';
import { migrateToLatest } from './migrate.js';
import { recordTable } from './record-table.js';
import type { AnyDB } from './schema.js';
import { teamFigures } from './team-figures.js';
import { teamLibrary } from './team-library.js';
import { memberMail, teamMail } from './team-mail.js';
import { teamMentoring } from './team-mentoring.js';

/** What each dialect module offers: open a handle, explain its errors, name it safely. */
interface DialectModule {
  open(url: string): Kysely<AnyDB>;
  searchArtifacts(db: Kysely<AnyDB>, userId: string, query: string, limit: number): Promise<ArtifactHit[]>;
  searchSharedArtifacts(db: Kysely<AnyDB>, query: string, limit: number): Promise<SharedArtifactHit[]>;
  mapError(error: unknown, url: string): unknown;
  describe(url: string): string;
  /** A check run before each write that the database is still the one opened, if it can vanish. */
  watch?(url: string): (() => void) | undefined;
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
  const search: Search = {
    own: (userId, query, limit) => dialect.searchArtifacts(raw, userId, query, limit),
    shared: (query, limit) => dialect.searchSharedArtifacts(raw, query, limit),
  };
  const beforeWrite = dialect.watch?.(url) ?? (() => {});
  return createStore(db, postgres ? 'postgres' : 'sqlite', { mapError, beforeWrite }, search, () => raw.destroy());
}

/** How a store turns driver errors into AppErrors, and what it checks before each write. */
interface Guards {
  mapError: (e: unknown) => unknown;
  beforeWrite: () => void;
}

type Guard = <R>(work: () => Promise<R>) => Promise<R>;

/** The dialect's full-text searches: of one user's documents, and of those shared with the team. */
interface Search {
  own(userId: string, query: string, limit: number): Promise<ArtifactHit[]>;
  shared(query: string, limit: number): Promise<SharedArtifactHit[]>;
}

function createStore(
  db: Kysely<AnyDB>,
  dialect: Store['dialect'],
  guards: Guards,
  search: Search,
  destroy: () => Promise<void>,
): Store & { db: Kysely<AnyDB> } {
  const guard: Guard = async (work) => {
    try {
      return await work();
    } catch (error) {
      throw guards.mapError(error);
    }
  };
  // Plain reads go on from a database whose file vanished (they show what was saved); writes
  // and transactions are refused before they start, so none is acknowledged and then lost.
  const guardWrite: Guard = (work) =>
    guard(async () => {
      guards.beforeWrite();
      return await work();
    });
  const both = { read: guard, write: guardWrite };
  const accounts = new Map<string, Promise<Accounts>>();
  const workspace = (userId: string, handle: Kysely<AnyDB> | Transaction<AnyDB>, inTransaction: boolean): Workspace => {
    const cache = new Map<EntityName, RecordTable<unknown>>();
    const ws: Workspace = {
      userId,
      table(name) {
        let table = cache.get(name);
        if (!table) {
          table = guarded(recordTableFor(handle, name, userId), both);
          cache.set(name, table);
        }
        return table as never;
      },
      searchArtifacts: (query, limit) => guard(() => search.own(userId, query, limit)),
      loopPlan: guardedPlan(loopPlanStore(handle, userId), both),
      team: guardedTeam(teamLibrary(handle, userId, search.shared), both),
      // A mentor's grant to a mentee's workspace shares the handle: inside a transaction, the
      // reply logged there commits or rolls back with the message sent.
      mentoring: guardedMentoring(
        teamMentoring(handle, userId, (menteeId) => workspace(menteeId, handle, inTransaction)),
        both,
      ),
      mail: guardedMemberMail(memberMail(handle, userId), both),
      teamFigures: (query) => guard(() => teamFigures(handle, query)),
      profile: () =>
        guard(async () => (await handle.selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirst()) as User | undefined),
      updateProfile: (patch) =>
        guardWrite(async () => {
          const write = async (db: Kysely<AnyDB> | Transaction<AnyDB>) => {
            await db.updateTable('users').set(patch).where('id', '=', userId).execute();
            // In a team, the account's name follows the profile's (the admin's member list, the
            // account menu); solo mode has no account row, and nothing changes there.
            if (patch.name !== undefined) await db.updateTable('authUsers').set({ name: patch.name }).where('id', '=', userId).execute();
          };
          if (inTransaction || patch.name === undefined) await write(handle);
          else await handle.transaction().execute(write);
        }),
      transaction(fn, options) {
        if (inTransaction) return fn(ws);
        return guardWrite(() =>
          handle.transaction().execute(async (trx) => {
            // Derived data only: PostgreSQL answers without waiting for the disk (about 2.5 ms a
            // commit). A commit lost in a crash loses the plan with its stale marks' removal, so
            // the plan is made again. SQLite in WAL mode with synchronous=NORMAL waits for no
            // disk on commit anyway.
            if (options?.derivedOnly && dialect === 'postgres') await sql`SET LOCAL synchronous_commit = off`.execute(trx);
            return fn(workspace(userId, trx, true));
          }),
        );
      },
    };
    return ws;
  };
  return {
    db,
    dialect,
    getUser: (id) =>
      guard(async () => (await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst()) as User | undefined),
    insertUser: (user) => guardWrite(async () => void (await db.insertInto('users').values(user).execute())),
    workspace: (userId) => workspace(userId, db, false),
    mail: guardedTeamMail(teamMail(db), both),
    accounts(options, clock) {
      let made = accounts.get(options.publicUrl);
      if (!made) {
        // The sign-in library loads only when team mode asks for it: solo mode starts without it.
        made = import('./accounts/better-auth-accounts.js').then((m) => m.betterAuthAccounts({ db, dialect, clock }, options));
        made.catch(() => accounts.delete(options.publicUrl));
        accounts.set(options.publicUrl, made);
      }
      return made;
    },
    close: destroy,
  };
}

function recordTableFor(handle: Kysely<AnyDB> | Transaction<AnyDB>, name: EntityName, userId: string): RecordTable<unknown> {
  return recordTable(handle, name, entityDef(name), userId);
}

function guarded<T>(table: RecordTable<T>, guard: { read: Guard; write: Guard }): RecordTable<T> {
  return {
    insert: (row) => guard.write(() => table.insert(row)),
    get: (id) => guard.read(() => table.get(id)),
    list: (where, page) => guard.read(() => table.list(where, page)),
    listIn: (column, values) => guard.read(() => table.listIn(column, values)),
    maxBy: (column, group) => guard.read(() => table.maxBy(column, group)),
    update: (id, patch) => guard.write(() => table.update(id, patch)),
    remove: (id) => guard.write(() => table.remove(id)),
  };
}

function guardedPlan(plan: LoopPlanStore, guard: { read: Guard; write: Guard }): LoopPlanStore {
  return {
    isStale: (version) => guard.read(() => plan.isStale(version)),
    takeStale: (version) => guard.write(() => plan.takeStale(version)),
    replace: (mentorIds, items) => guard.write(() => plan.replace(mentorIds, items)),
    due: (item, until) => guard.read(() => plan.due(item, until)),
  };
}

function guardedTeam(team: TeamLibrary, guard: { read: Guard; write: Guard }): TeamLibrary {
  return {
    listArtifacts: (page) => guard.read(() => team.listArtifacts(page)),
    getArtifact: (id) => guard.read(() => team.getArtifact(id)),
    searchArtifacts: (query, limit) => guard.read(() => team.searchArtifacts(query, limit)),
    listTemplates: (page) => guard.read(() => team.listTemplates(page)),
    getTemplate: (id) => guard.read(() => team.getTemplate(id)),
    sharedTitles: (ids) => guard.read(() => team.sharedTitles(ids)),
    setShared: (entity, id, at) => guard.write(() => team.setShared(entity, id, at)),
  };
}

function guardedMentoring(m: TeamMentoring, guard: { read: Guard; write: Guard }): TeamMentoring {
  return {
    ownOffer: () => guard.read(() => m.ownOffer()),
    saveOffer: (offer) => guard.write(() => m.saveOffer(offer)),
    removeOffer: () => guard.write(() => m.removeOffer()),
    offers: () => guard.read(() => m.offers()),
    offer: (id) => guard.read(() => m.offer(id)),
    holdOffer: (id) => guard.write(() => m.holdOffer(id)),
    asksReceived: (ids, since) => guard.read(() => m.asksReceived(ids, since)),
    conversationWith: (id) => guard.read(() => m.conversationWith(id)),
    saveConversation: (c) => guard.write(() => m.saveConversation(c)),
    conversation: (id) => guard.read(() => m.conversation(id)),
    conversations: (only) => guard.read(() => m.conversations(only)),
    insertMessage: (message) => guard.write(() => m.insertMessage(message)),
    messages: (id) => guard.read(() => m.messages(id)),
    markRead: (id, at) => guard.write(() => m.markRead(id, at)),
    bookedStarts: (id, from) => guard.read(() => m.bookedStarts(id, from)),
    insertBooking: (booking) => guard.write(() => m.insertBooking(booking)),
    booking: (id) => guard.read(() => m.booking(id)),
    removeBooking: (id) => guard.write(() => m.removeBooking(id)),
    bookings: (from) => guard.read(() => m.bookings(from)),
    menteeWorkspace: (id) => guard.read(() => m.menteeWorkspace(id)),
  };
}

function guardedMemberMail(mail: MemberMail, guard: { read: Guard; write: Guard }): MemberMail {
  return {
    settings: () => guard.read(() => mail.settings()),
    saveSettings: (settings, at) => guard.write(() => mail.saveSettings(settings, at)),
    email: () => guard.read(() => mail.email()),
    calendarFeed: () => guard.read(() => mail.calendarFeed()),
    replaceCalendarFeed: (at) => guard.write(() => mail.replaceCalendarFeed(at)),
    removeCalendarFeed: () => guard.write(() => mail.removeCalendarFeed()),
  };
}

function guardedTeamMail(mail: TeamMail, guard: { read: Guard; write: Guard }): TeamMail {
  return {
    recipient: (userId) => guard.read(() => mail.recipient(userId)),
    dueDigests: (periods) => guard.read(() => mail.dueDigests(periods)),
    claimDigest: (userId, period, at) => guard.write(() => mail.claimDigest(userId, period, at)),
    releaseDigest: (userId, period) => guard.write(() => mail.releaseDigest(userId, period)),
    forgetDigestsBefore: (at) => guard.write(() => mail.forgetDigestsBefore(at)),
    calendarFeedOwner: (token) => guard.read(() => mail.calendarFeedOwner(token)),
  };
}
