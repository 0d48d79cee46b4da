import type { Clock } from './clock.js';
import type { IdGenerator } from './ids.js';
import type { EntityName, RowOf } from './records/entities.js';
import type { User } from './users/schemas.js';

/** A window of a list. */
export interface Page {
  limit: number;
  offset: number;
}

/** Equality filters on a table's columns. */
export type Where<T> = { [K in keyof T]?: T[K] };

/**
 * One table of one user's workspace. Every read and write is scoped to that user, so a shared
 * server can host many users without changing what a row means.
 */
export interface RecordTable<T> {
  insert(row: T): Promise<void>;
  get(id: string): Promise<T | undefined>;
  /** Records matching `where`, in the entity's order; `page` limits how many. */
  list(where?: Where<T>, page?: Page): Promise<T[]>;
  update(id: string, patch: Partial<T>): Promise<T | undefined>;
  remove(id: string): Promise<boolean>;
}

/** A library document found by a search, with a snippet around the match. */
export interface ArtifactHit {
  id: string;
  title: string;
  kind: string;
  tags: string[];
  rating: number | null;
  sourceFile: string | null;
  /** Higher is better; comparable within one search only. */
  score: number;
  snippet: string;
  /** Where the matched words are in `snippet` (UTF-16 offsets, end exclusive). */
  highlights: Array<[number, number]>;
}

/** The records of one user, with transactions that cover several tables. */
export interface Workspace {
  readonly userId: string;
  table<N extends EntityName>(name: N): RecordTable<RowOf<N>>;
  /** Library documents matching the words of `query`, best first (ranked full-text search). */
  searchArtifacts(query: string, limit: number): Promise<ArtifactHit[]>;
  /** Runs `fn` atomically: on an error nothing it wrote is kept. */
  transaction<R>(fn: (ws: Workspace) => Promise<R>): Promise<R>;
}

/** What the store offers to core: users and each user's workspace. */
export interface Store {
  readonly dialect: 'sqlite' | 'postgres';
  getUser(id: string): Promise<User | undefined>;
  insertUser(user: User): Promise<void>;
  updateUser(id: string, patch: Partial<User>): Promise<User | undefined>;
  workspace(userId: string): Workspace;
  close(): Promise<void>;
}

/** What every use-case receives besides its own input. */
export interface Context {
  ws: Workspace;
  clock: Clock;
  newId: IdGenerator;
}
