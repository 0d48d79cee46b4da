import Database from 'better-sqlite3';
import { CompiledQuery, type DatabaseConnection, type Driver, Kysely, type SqliteDatabase, SqliteDialect } from 'kysely';
import { AppError } from '../../core/errors.js';
import type { AnyDB } from '../schema.js';
import { createPrivateDatabaseFile, restrictCompanionFiles, watchDatabaseFile } from './sqlite-file.js';

/**
 * Opens (or creates) a SQLite workspace file with WAL, foreign keys and a busy timeout.
 * WAL with `synchronous = NORMAL` keeps every committed write when the process is killed.
 * A new file and its folder are the user's only (0600, 0700).
 */
export function open(path: string): Kysely<AnyDB> {
  let sqlite: Database.Database;
  try {
    const created = path !== ':memory:' && createPrivateDatabaseFile(path);
    sqlite = new Database(path);
    sqlite.pragma('journal_mode = WAL');
    if (created) restrictCompanionFiles(path);
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    const foreign = sqlite
      .prepare("select count(*) as n from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%'")
      .get() as { n: number };
    const ours = sqlite.prepare("select count(*) as n from sqlite_master where name = 'kysely_migration'").get() as { n: number };
    if (foreign.n > 0 && ours.n === 0) {
      sqlite.close();
      throw new AppError('db_corrupt', `${path} is a SQLite database of another application, not an Understudy workspace`);
    }
  } catch (error) {
    throw mapError(error, path);
  }
  const database = sqlite;
  return new Kysely<AnyDB>({
    dialect: new ImmediateSqliteDialect({ database: withStatementCache(database) }, () => database.inTransaction),
  });
}

/** How many prepared statements are kept for reuse. */
const STATEMENT_CACHE_SIZE = 256;

/**
 * Reuses prepared statements by SQL text: Kysely prepares every query anew, and preparing
 * costs as much as running a small read. Statements are never streamed here, so one prepared
 * statement is never busy twice at once.
 */
function withStatementCache(sqlite: Database.Database): SqliteDatabase {
  const cache = new Map<string, Database.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql) {
      let statement = cache.get(sql);
      if (!statement) {
        statement = sqlite.prepare(sql);
        if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
        cache.set(sql, statement);
      }
      return statement;
    },
  };
}

/**
 * SQLite with write transactions that take the write lock when they begin (`BEGIN
 * IMMEDIATE`). A plain `BEGIN` that reads first and writes later fails at once with
 * SQLITE_BUSY when another process writes; an immediate one waits for `busy_timeout`. A
 * rollback is sent only while a transaction is open.
 */
class ImmediateSqliteDialect extends SqliteDialect {
  readonly #inTransaction: () => boolean;

  constructor(config: ConstructorParameters<typeof SqliteDialect>[0], inTransaction: () => boolean) {
    super(config);
    this.#inTransaction = inTransaction;
  }

  override createDriver(): Driver {
    const driver = super.createDriver();
    const rollback = driver.rollbackTransaction.bind(driver);
    driver.beginTransaction = async (connection: DatabaseConnection) => {
      await connection.executeQuery(CompiledQuery.raw('begin immediate'));
    };
    // Some failures (a full disk, I/O errors) make SQLite roll the transaction back by itself;
    // a ROLLBACK then fails and would hide the error that explains what happened.
    driver.rollbackTransaction = async (connection: DatabaseConnection) => {
      if (this.#inTransaction()) await rollback(connection);
    };
    return driver;
  }
}

/**
 * A check, before each write, that the file at `path` is still the database opened; none for
 * an in-memory database.
 */
export function watch(path: string): (() => void) | undefined {
  return path === ':memory:' ? undefined : watchDatabaseFile(path);
}

/** Turns a SQLite open/read/write failure into a one-line AppError naming the file. */
export function mapError(error: unknown, path: string): unknown {
  if (error instanceof AppError) return error;
  const code = (error as { code?: string }).code ?? '';
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return new AppError('db_corrupt', `${path} is not a usable Understudy database: the file is corrupt or not SQLite`);
  }
  if (code === 'SQLITE_READONLY_DBMOVED') {
    return new AppError('db_unavailable', `The workspace database ${path} was moved or deleted while in use; nothing was written`);
  }
  if (code.startsWith('SQLITE_READONLY')) {
    return new AppError('db_unavailable', `The workspace database ${path} is read-only; nothing was written`);
  }
  if (code.startsWith('SQLITE_IOERR')) {
    return new AppError('db_unavailable', `Cannot read or write ${path} (${code}); the disk or its folder failed, nothing was written`);
  }
  if (code.startsWith('SQLITE_CANTOPEN') || code === 'EACCES' || code === 'ENOENT' || code === 'EROFS') {
    return new AppError('db_unavailable', `Cannot open ${path}: ${(error as Error).message}`);
  }
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return new AppError('db_unavailable', `${path} is busy: another Understudy process is writing to it; try again`);
  }
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    return new AppError('conflict', 'That record exists already (another request may have created it at the same time)');
  }
  if (code === 'SQLITE_FULL') return new AppError('db_unavailable', `The disk holding ${path} is full; nothing was written`);
  return error;
}

/** How messages name this database. */
export function describe(path: string): string {
  return path;
}

/** Ranked full-text search of one user's library. */
export { searchArtifacts, searchSharedArtifacts } from './sqlite-search.js';
