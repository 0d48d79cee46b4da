/**
 * The database as Kysely sees it in generic code: tables of loosely typed rows. Column names
 * are snake_case in SQL and camelCase in code (Kysely's CamelCasePlugin maps them).
 */
export type AnyDB = Record<string, Record<string, unknown>>;

/** The migration bookkeeping table Kysely keeps. */
export const MIGRATION_TABLE = 'kysely_migration';
