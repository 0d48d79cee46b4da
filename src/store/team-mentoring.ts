import type { ExpressionBuilder, Kysely, Transaction } from 'kysely';
import type { Conversation, InboxMessage, MentorOffer, OfficeHourBooking } from '../core/mentoring/schemas.js';
import type { ConversationSummary, TeamMentoring, Workspace } from '../core/ports.js';
import type { AnyDB } from './schema.js';

type Db = Kysely<AnyDB> | Transaction<AnyDB>;
type Row = Record<string, unknown>;

const JSON_OFFER_COLUMNS = ['skills', 'tags', 'evidence', 'officeHours'] as const;

/** An offer row as core reads it: JSON parsed, flags as booleans. */
function offerOf(row: Row): MentorOffer {
  const parsed: Row = { ...row, acceptsBackstage: Boolean(row.acceptsBackstage) };
  for (const column of JSON_OFFER_COLUMNS) {
    const value = row[column];
    parsed[column] = typeof value === 'string' ? JSON.parse(value) : (value ?? null);
  }
  return parsed as unknown as MentorOffer;
}

/** An offer as stored: JSON text and 0/1 flags. */
function offerRow(offer: MentorOffer, userId: string): Row {
  return {
    userId,
    skills: JSON.stringify(offer.skills),
    tags: JSON.stringify(offer.tags),
    evidence: JSON.stringify(offer.evidence),
    asksPerMonth: offer.asksPerMonth,
    acceptsBackstage: offer.acceptsBackstage ? 1 : 0,
    officeHours: offer.officeHours ? JSON.stringify(offer.officeHours) : null,
    note: offer.note,
    createdAt: offer.createdAt,
    updatedAt: offer.updatedAt,
  };
}

function conversationOf(row: Row): Conversation {
  return { ...row, recordShared: Boolean(row.recordShared) } as unknown as Conversation;
}

const CONVERSATION_COLUMNS = [
  'id',
  'menteeUserId',
  'mentorUserId',
  'menteeMentorId',
  'menteeRelationshipId',
  'recordShared',
  'createdAt',
  'updatedAt',
] as const;

const OFFER_COLUMNS = [
  'userId',
  'skills',
  'tags',
  'evidence',
  'asksPerMonth',
  'acceptsBackstage',
  'officeHours',
  'note',
  'createdAt',
  'updatedAt',
] as const;

/**
 * Team mentoring as the member `userId` sees it. Offers are the team's directory; a
 * conversation, its messages and its bookings are read only with `userId` as one of its two
 * members, in the same query, so an id alone never reaches another member's rows. What the
 * mentee keeps about a mentor (their mentor record, relationship) is read from a conversation
 * only by the mentee, and its workspace handed to the mentor only for their own conversation.
 */
export function teamMentoring(db: Db, userId: string, workspaceOf: (userId: string) => Workspace): TeamMentoring {
  const mine = (alias = '') =>
    db
      .selectFrom(`conversations${alias ? ` as ${alias}` : ''}`)
      .select(CONVERSATION_COLUMNS.map((c) => (alias ? `${alias}.${c}` : c)))
      .where((eb) => eb.or([eb(ref(alias, 'menteeUserId'), '=', userId), eb(ref(alias, 'mentorUserId'), '=', userId)]));
  const conversation = async (id: string) => {
    const row = await mine().where('id', '=', id).executeTakeFirst();
    return row ? conversationOf(row) : undefined;
  };
  const offers = () =>
    db
      .selectFrom('mentorOffers as o')
      .innerJoin('users as u', 'u.id', 'o.userId')
      .select([...OFFER_COLUMNS.map((c) => `o.${c}`), 'u.name']);
  return {
    async ownOffer() {
      const row = await db
        .selectFrom('mentorOffers')
        .select([...OFFER_COLUMNS])
        .where('userId', '=', userId)
        .executeTakeFirst();
      return row ? offerOf(row) : undefined;
    },
    async saveOffer(offer) {
      const row = offerRow(offer, userId);
      const { userId: _, createdAt: __, ...changes } = row;
      await db
        .insertInto('mentorOffers')
        .values(row)
        .onConflict((oc) => oc.column('userId').doUpdateSet(changes))
        .execute();
    },
    async removeOffer() {
      const result = await db.deleteFrom('mentorOffers').where('userId', '=', userId).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
    async offers() {
      const rows = await offers().orderBy('u.name').orderBy('o.userId').execute();
      return rows.map((row) => ({ ...offerOf(row), name: row.name as string }));
    },
    async offer(id) {
      const row = await offers().where('o.userId', '=', id).executeTakeFirst();
      return row ? { ...offerOf(row), name: row.name as string } : undefined;
    },
    async holdOffer(mentorUserId) {
      // An update that changes nothing takes the row's lock on PostgreSQL until the commit.
      await db
        .updateTable('mentorOffers')
        .set((eb) => ({ asksPerMonth: eb.ref('asksPerMonth') }))
        .where('userId', '=', mentorUserId)
        .execute();
    },
    async asksReceived(mentorUserIds, since) {
      const counts = new Map<string, number>();
      if (mentorUserIds.length === 0) return counts;
      const rows = await db
        .selectFrom('inboxMessages')
        .select(['toUserId', (eb) => eb.fn.countAll().as('n')])
        .where('toUserId', 'in', [...mentorUserIds])
        .where('kind', '=', 'ask')
        .where('sentAt', '>=', since)
        .groupBy('toUserId')
        .execute();
      for (const row of rows) counts.set(row.toUserId as string, Number(row.n));
      return counts;
    },
    async conversationWith(mentorUserId) {
      const row = await db
        .selectFrom('conversations')
        .select([...CONVERSATION_COLUMNS])
        .where('menteeUserId', '=', userId)
        .where('mentorUserId', '=', mentorUserId)
        .executeTakeFirst();
      return row ? conversationOf(row) : undefined;
    },
    async saveConversation(c) {
      const row = { ...c, menteeUserId: userId, recordShared: c.recordShared ? 1 : 0 };
      const { id: _, menteeUserId: __, mentorUserId: ___, createdAt: ____, ...changes } = row;
      // Only the mentee's own conversation is changed: the update matches the acting member as mentee.
      const updated = await db
        .updateTable('conversations')
        .set(changes)
        .where('id', '=', c.id)
        .where('menteeUserId', '=', userId)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) === 0) await db.insertInto('conversations').values(row).execute();
    },
    conversation,
    async conversations(only) {
      if (only?.ids.length === 0) return [];
      const rows = await mine('c')
        .$if(only !== undefined, (qb) => qb.where('c.id', 'in', [...(only?.ids ?? [])] as never))
        .innerJoin('users as u', (join) =>
          join.on((eb) =>
            eb.or([
              eb.and([eb('c.menteeUserId', '=', userId as never), eb('u.id', '=', eb.ref('c.mentorUserId'))]),
              eb.and([eb('c.mentorUserId', '=', userId as never), eb('u.id', '=', eb.ref('c.menteeUserId'))]),
            ]),
          ),
        )
        .select(['u.name as otherName', 'u.id as otherId'])
        .orderBy('c.updatedAt', 'desc')
        .orderBy('c.id')
        .execute();
      const ids = rows.map((r) => r.id as string);
      const last = new Map<string, InboxMessage>();
      const unread = new Map<string, number>();
      if (ids.length > 0) {
        // The latest message of each conversation, and the unread count: two grouped reads over
        // the conversation index, whatever the length of the conversations.
        const latest = db
          .selectFrom('inboxMessages')
          .select(['conversationId', (eb) => eb.fn.max('sentAt').as('latestAt')])
          .where('conversationId', 'in', ids)
          .groupBy('conversationId')
          .as('latest');
        const messages = (await db
          .selectFrom('inboxMessages as m')
          .innerJoin(latest, (join) =>
            join.onRef('latest.conversationId', '=', 'm.conversationId').onRef('latest.latestAt', '=', 'm.sentAt'),
          )
          .selectAll('m')
          .orderBy('m.id')
          .execute()) as unknown as InboxMessage[];
        for (const m of messages) last.set(m.conversationId, m);
        const counted = await db
          .selectFrom('inboxMessages')
          .select(['conversationId', (eb) => eb.fn.countAll().as('n')])
          .where('conversationId', 'in', ids)
          .where('toUserId', '=', userId)
          .where('readAt', 'is', null)
          .groupBy('conversationId')
          .execute();
        for (const c of counted) unread.set(c.conversationId as string, Number(c.n));
      }
      return rows.map((row): ConversationSummary => {
        const { otherName, otherId, ...rest } = row;
        const c = conversationOf(rest);
        return {
          conversation: c,
          other: { id: otherId as string, name: otherName as string },
          role: c.menteeUserId === userId ? 'mentee' : 'mentor',
          lastMessage: last.get(c.id) ?? null,
          unread: unread.get(c.id) ?? 0,
        };
      });
    },
    async insertMessage(message) {
      const c = await conversation(message.conversationId);
      if (!c) throw new Error('A message goes only into a conversation of the sender');
      const to = c.menteeUserId === userId ? c.mentorUserId : c.menteeUserId;
      await db
        .insertInto('inboxMessages')
        .values({ ...message, fromUserId: userId, toUserId: to })
        .execute();
      await db.updateTable('conversations').set({ updatedAt: message.sentAt }).where('id', '=', c.id).execute();
    },
    async messages(conversationId) {
      if (!(await conversation(conversationId))) return [];
      return (await db
        .selectFrom('inboxMessages')
        .selectAll()
        .where('conversationId', '=', conversationId)
        .orderBy('sentAt')
        .orderBy('id')
        .execute()) as unknown as InboxMessage[];
    },
    async markRead(conversationId, at) {
      await db
        .updateTable('inboxMessages')
        .set({ readAt: at })
        .where('conversationId', '=', conversationId)
        .where('toUserId', '=', userId)
        .where('readAt', 'is', null)
        .execute();
    },
    async bookedStarts(mentorUserId, from) {
      const rows = await db
        .selectFrom('officeHourBookings')
        .select('startsAt')
        .where('mentorUserId', '=', mentorUserId)
        .where('startsAt', '>=', from)
        .execute();
      return rows.map((r) => r.startsAt as string);
    },
    async insertBooking(booking) {
      const c = await conversation(booking.conversationId);
      if (!c || c.menteeUserId !== userId) throw new Error('A booking is made only by the mentee of its conversation');
      const result = await db
        .insertInto('officeHourBookings')
        .values({ ...booking, menteeUserId: userId, mentorUserId: c.mentorUserId })
        .onConflict((oc) => oc.columns(['mentorUserId', 'startsAt']).doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
    },
    async booking(id) {
      const row = await db
        .selectFrom('officeHourBookings')
        .selectAll()
        .where('id', '=', id)
        .where((eb) => eb.or([eb('menteeUserId', '=', userId), eb('mentorUserId', '=', userId)]))
        .executeTakeFirst();
      return row as OfficeHourBooking | undefined;
    },
    async removeBooking(id) {
      const pair = (eb: ExpressionBuilder<AnyDB, 'officeHourBookings'>) =>
        eb.or([eb('menteeUserId', '=', userId), eb('mentorUserId', '=', userId)]);
      const row = await db.selectFrom('officeHourBookings').selectAll().where('id', '=', id).where(pair).executeTakeFirst();
      if (!row) return undefined;
      await db.deleteFrom('officeHourBookings').where('id', '=', id).where(pair).execute();
      return row as unknown as OfficeHourBooking;
    },
    async bookings(from) {
      return (await db
        .selectFrom('officeHourBookings')
        .selectAll()
        .where((eb) => eb.or([eb('menteeUserId', '=', userId), eb('mentorUserId', '=', userId)]))
        .where('startsAt', '>=', from)
        .orderBy('startsAt')
        .orderBy('id')
        .execute()) as unknown as OfficeHourBooking[];
    },
    async menteeWorkspace(conversationId) {
      const row = await db
        .selectFrom('conversations')
        .select('menteeUserId')
        .where('id', '=', conversationId)
        .where('mentorUserId', '=', userId)
        .executeTakeFirst();
      return row ? workspaceOf(row.menteeUserId as string) : undefined;
    },
  };
}

function ref(alias: string, column: string): string {
  return alias ? `${alias}.${column}` : column;
}
