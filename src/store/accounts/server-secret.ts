import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AnyDB } from '../schema.js';

const KEY = 'auth_secret';

/**
 * The secret that signs session cookies, made once and kept in the database: every process of
 * a team server reads the same one, so a cookie made by one is accepted by all. The first
 * process to start writes it; the others find it there.
 */
export async function serverSecret(db: Kysely<AnyDB>): Promise<string> {
  await db
    .insertInto('settings')
    .values({ key: KEY, value: randomBytes(32).toString('base64url') })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const row = await db.selectFrom('settings').select('value').where('key', '=', KEY).executeTakeFirstOrThrow();
  return String(row.value);
}
