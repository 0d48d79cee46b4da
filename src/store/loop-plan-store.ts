import type { Kysely, Transaction } from 'kysely';
import type { LoopPlanStore } from '../core/ports.js';
import type { AnyDB } from './schema.js';

type Db = Kysely<AnyDB> | Transaction<AnyDB>;

/** Rows per multi-row insert: 6 values each, well under either database's parameter limit. */
const INSERT_CHUNK = 500;
/** Mentor ids per `IN` list. */
const IN_CHUNK = 500;

/** The loop plan of one user (tables of the loop-plan migration; decision 0004). */
export function loopPlanStore(db: Db, userId: string): LoopPlanStore {
  const storedVersion = async () =>
    (await db.selectFrom('loopPlanVersion').select('version').where('userId', '=', userId).executeTakeFirst())?.version as
      | string
      | undefined;
  return {
    async isStale(version) {
      // One round trip: next actions, the doctor and losing touch all start with this check.
      const row = await db
        .selectNoFrom((eb) => [
          eb.selectFrom('loopPlanVersion').select('version').where('userId', '=', userId).as('version'),
          eb.exists(eb.selectFrom('loopStale').select('mentorId').where('userId', '=', userId)).as('stale'),
        ])
        .executeTakeFirstOrThrow();
      return row.version !== version || Boolean(row.stale);
    },
    async takeStale(version) {
      // The delete comes first, so the transaction holds its locks before it reads anything.
      const taken = await db.deleteFrom('loopStale').where('userId', '=', userId).returning('mentorId').execute();
      if ((await storedVersion()) === version) return taken.map((r) => r.mentorId as string);
      await db
        .insertInto('loopPlanVersion')
        .values({ userId, version })
        .onConflict((oc) => oc.column('userId').doUpdateSet({ version }))
        .execute();
      return 'all';
    },
    async replace(mentorIds, items) {
      if (mentorIds === 'all') {
        await db.deleteFrom('loopPlan').where('userId', '=', userId).execute();
      } else {
        for (let i = 0; i < mentorIds.length; i += IN_CHUNK) {
          const chunk = mentorIds.slice(i, i + IN_CHUNK) as string[];
          await db.deleteFrom('loopPlan').where('userId', '=', userId).where('mentorId', 'in', chunk).execute();
        }
      }
      for (let i = 0; i < items.length; i += INSERT_CHUNK) {
        const rows = items.slice(i, i + INSERT_CHUNK).map((p) => ({
          userId,
          mentorId: p.mentorId,
          item: p.item,
          id: p.id,
          dueOn: p.dueOn,
          body: JSON.stringify(p.body),
        }));
        await db.insertInto('loopPlan').values(rows).execute();
      }
    },
    async due(item, until) {
      // The body alone: it holds everything core needs, and one column per row is the cheap read.
      const rows = await db
        .selectFrom('loopPlan')
        .select('body')
        .where('userId', '=', userId)
        .where('item', '=', item)
        .where('dueOn', '<=', until)
        .orderBy('dueOn')
        .orderBy('id')
        .execute();
      return rows.map((r) => JSON.parse(r.body as string) as unknown);
    },
  };
}
