import type { Kysely, Transaction } from 'kysely';
import type { Artifact, Template } from '../core/library/schemas.js';
import type { SharedArtifactHit, SharedMark, TeamLibrary } from '../core/ports.js';
import { entityDef } from '../core/records/entities.js';
import type { EntityName } from '../core/records/schemas.js';
import type { AnyDB } from './schema.js';

type Db = Kysely<AnyDB> | Transaction<AnyDB>;

/** The columns of an entity's schema (a table may hold more), read from table alias `alias` if given. */
function columnsOf(name: EntityName, alias?: string): string[] {
  const shape = (entityDef(name).schema as unknown as { shape: object }).shape;
  return Object.keys(shape).map((c) => (alias ? `${alias}.${c}` : c));
}

/** A joined row's owner and sharing time as the item's mark; the row keeps its own fields. */
function splitMark(row: Record<string, unknown>): { rest: Record<string, unknown>; mark: SharedMark } {
  const { ownerName, sharedAt, ...rest } = row;
  return { rest, mark: { owner: { id: rest.userId as string, name: ownerName as string }, sharedAt: sharedAt as string } };
}

/** An artifact row as core reads it: its tags parsed. */
function artifactOf(rest: Record<string, unknown>): Artifact {
  const tags = typeof rest.tags === 'string' ? (JSON.parse(rest.tags) as string[]) : rest.tags;
  return { ...rest, tags } as Artifact;
}

/**
 * The team library as the user `userId` sees it: every user's rows marked shared (`shared_at`
 * set), joined with the owner's name; sharing and unsharing touch only `userId`'s own rows. The
 * questions of a shared document or template are read with its owner's id, so nothing of
 * another user is read through a shared row's id alone. `search` is the dialect's search of
 * shared documents.
 */
export function teamLibrary(db: Db, userId: string, search: (query: string, limit: number) => Promise<SharedArtifactHit[]>): TeamLibrary {
  const artifacts = () =>
    db
      .selectFrom('artifacts as a')
      .innerJoin('users as u', 'u.id', 'a.userId')
      .select([...columnsOf('artifacts', 'a'), 'a.sharedAt', 'u.name as ownerName'])
      .where('a.sharedAt', 'is not', null);
  const templates = () =>
    db
      .selectFrom('templates as t')
      .innerJoin('users as u', 'u.id', 't.userId')
      .select([...columnsOf('templates', 't'), 't.sharedAt', 'u.name as ownerName'])
      .where('t.sharedAt', 'is not', null);
  return {
    async listArtifacts(page) {
      const rows = await artifacts().orderBy('a.sharedAt', 'desc').orderBy('a.id', 'desc').limit(page.limit).offset(page.offset).execute();
      return rows.map((row) => {
        const { rest, mark } = splitMark(row);
        const { body, ...artifact } = artifactOf(rest);
        return { ...artifact, characters: body.length, ...mark };
      });
    },
    async getArtifact(id) {
      const row = await artifacts().where('a.id', '=', id).executeTakeFirst();
      if (!row) return undefined;
      const { rest, mark } = splitMark(row);
      const artifact = artifactOf(rest);
      const questions = await db
        .selectFrom('artifactQuestions')
        .select(columnsOf('artifactQuestions'))
        .where('userId', '=', artifact.userId)
        .where('artifactId', '=', artifact.id)
        .orderBy('spanStart')
        .orderBy('id')
        .execute();
      return { ...artifact, questions: questions as never, ...mark };
    },
    searchArtifacts: search,
    async listTemplates(page) {
      const rows = await templates().orderBy('t.sharedAt', 'desc').orderBy('t.id', 'desc').limit(page.limit).offset(page.offset).execute();
      const ids = rows.map((r) => r.id as string);
      const counts = new Map<string, number>();
      if (ids.length > 0) {
        // Each template's questions are its owner's: the id and the owner are matched together.
        const counted = await db
          .selectFrom('templateQuestions as q')
          .innerJoin('templates as t', (join) => join.onRef('t.id', '=', 'q.templateId').onRef('t.userId', '=', 'q.userId'))
          .select(['q.templateId', (eb) => eb.fn.countAll().as('n')])
          .where('t.sharedAt', 'is not', null)
          .where('q.templateId', 'in', ids)
          .groupBy('q.templateId')
          .execute();
        for (const c of counted) counts.set(c.templateId as string, Number(c.n));
      }
      return rows.map((row) => {
        const { rest, mark } = splitMark(row);
        return { ...(rest as Template), questionCount: counts.get(rest.id as string) ?? 0, ...mark };
      });
    },
    async getTemplate(id) {
      const row = await templates().where('t.id', '=', id).executeTakeFirst();
      if (!row) return undefined;
      const { rest, mark } = splitMark(row);
      const template = rest as Template;
      const questions = await db
        .selectFrom('templateQuestions')
        .select(columnsOf('templateQuestions'))
        .where('userId', '=', template.userId)
        .where('templateId', '=', template.id)
        .orderBy('position')
        .orderBy('id')
        .execute();
      return { ...template, questions: questions as never, ...mark };
    },
    async sharedTitles(ids) {
      if (ids.length === 0) return new Map();
      const rows = await db
        .selectFrom('artifacts')
        .select(['id', 'userId', 'title'])
        .where('sharedAt', 'is not', null)
        .where('id', 'in', [...ids])
        .execute();
      return new Map(rows.map((r) => [r.id as string, { title: r.title as string, ownerId: r.userId as string }]));
    },
    async setShared(entity, id, at) {
      const result = await db
        .updateTable(entity)
        .set((eb) => ({ sharedAt: at === null ? null : eb.fn.coalesce('sharedAt', eb.val(at)) }))
        .where('userId', '=', userId)
        .where('id', '=', id)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) return undefined;
      const row = await db.selectFrom(entity).select('sharedAt').where('userId', '=', userId).where('id', '=', id).executeTakeFirst();
      return row ? { sharedAt: (row.sharedAt as string | null) ?? null } : undefined;
    },
  };
}
