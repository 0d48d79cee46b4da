import { type Kysely, sql, type Transaction } from 'kysely';
import type { TeamFigures, TeamFiguresQuery } from '../core/ports.js';
import type { AnyDB } from './schema.js';

type Db = Kysely<AnyDB> | Transaction<AnyDB>;

/**
 * Team-level counts across every account. Each query returns counts only and reads no text a
 * person wrote: accounts are counted by row, relationships by stage, messages by kind, date and
 * check verdict, so no note, body or statement is ever selected.
 */
export async function teamFigures(db: Db, query: TeamFiguresQuery): Promise<TeamFigures> {
  const count = (n: unknown) => Number(n ?? 0);
  const members = await db
    .selectFrom('authUsers')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirst();
  const loops =
    query.activeStages.length === 0
      ? { n: 0 }
      : await db
          .selectFrom('relationships')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('stage', 'in', [...query.activeStages])
          .executeTakeFirst();
  const messages = await db
    .selectFrom('messages')
    .select([
      sql<number>`sum(case when kind = 'circle-back' then 1 else 0 end)`.as('circleBacks'),
      sql<number>`sum(case when kind = 'ask' then 1 else 0 end)`.as('asks'),
      sql<number>`sum(case when kind = 'ask' and check_verdict = ${query.passedVerdict} then 1 else 0 end)`.as('asksPassed'),
    ])
    .where('kind', 'in', ['ask', 'circle-back'])
    .where('sentOn', '>=', query.from)
    .where('sentOn', '<', query.until)
    .executeTakeFirst();
  return {
    members: count(members?.n),
    activeLoops: count(loops?.n),
    circleBacks: count(messages?.circleBacks),
    asks: count(messages?.asks),
    asksPassed: count(messages?.asksPassed),
  };
}
