import { z } from 'zod';
import { skills } from '../core/gaps/schemas.js';
import type { Capacity } from '../core/mentoring/capacity.js';
import type { ConversationView, InboxMessageView, OpenedConversation } from '../core/mentoring/inbox.js';
import type { DirectoryEntry } from '../core/mentoring/list-directory.js';
import { inboxKinds, mentorOfferSchema, offerEvidence } from '../core/mentoring/schemas.js';
import type { TeamShortlist } from '../core/mentoring/team-shortlist.js';
import { mentorSchema } from '../core/mentors/schemas.js';
import { messageSchema, relationshipSchema } from '../core/relationships/schemas.js';
import { askCheckSchema } from './checks.js';
import { blank } from './common.js';
import { shortlistEntrySchema } from './mentors.js';

/** Team mentoring over HTTP: offers, the directory, the team shortlist and the inbox. */

/** The limits and choices an offer's form offers: new asks a month, slot cadences, weekdays. */
export {
  inAppMessageInput as inAppMessageBody,
  inAppReplyInput as inAppReplyBody,
  MAX_ASKS_PER_MONTH,
  mentorOfferInput as offerBody,
  slotCadences,
  weekdays,
} from '../core/mentoring/schemas.js';

/** A member of the team as another sees them. */
export const colleagueSchema = z.object({ id: z.string(), name: z.string() });

/** A mentor's room for new asks this month. */
export const capacitySchema = z.object({
  asksPerMonth: z.number().int(),
  used: z.number().int().meta({ description: 'first asks received this calendar month' }),
  available: z.boolean(),
  roomFrom: z.string().nullable().meta({ description: 'YYYY-MM-DD when they have room again, when they have none now' }),
}) satisfies z.ZodType<Capacity>;

/** The acting member's offer to mentor. */
export const offerSchema = mentorOfferSchema;

/** One member who offers to mentor, as the directory shows them. */
export const directoryEntrySchema = z.object({
  colleague: colleagueSchema,
  you: z.boolean(),
  offer: mentorOfferSchema.extend({
    evidence: z.array(z.intersection(offerEvidence, z.object({ title: z.string().nullable() }))),
  }),
  capacity: capacitySchema,
}) satisfies z.ZodType<DirectoryEntry>;

/** Query of `GET /api/team/directory`. */
export const directoryQuery = z.object({ skill: z.enum(skills).optional() });

/** Query of `GET /api/team/shortlist`. */
export const teamShortlistQuery = z.object({
  gapId: z.string().min(1).max(64),
  limit: z.preprocess(blank, z.coerce.number().int().optional()).meta({ description: '1–100, default 10' }),
});

/** A shortlist for a gap in a team: own mentors and colleagues in one ranking, and colleagues without room. */
export const teamShortlistSchema = z.object({
  entries: z.array(
    z.discriminatedUnion('kind', [
      shortlistEntrySchema.extend({ kind: z.literal('mentor'), mentor: mentorSchema }),
      z.object({
        kind: z.literal('colleague'),
        colleague: colleagueSchema,
        score: z.number().int(),
        reasons: z.array(z.string()),
        capacity: capacitySchema,
        acceptsBackstage: z.boolean(),
        officeHours: z.boolean(),
        conversationId: z.string().nullable(),
      }),
    ]),
  ),
  unavailable: z.array(z.object({ colleague: colleagueSchema, capacity: capacitySchema, reason: z.string() })),
}) satisfies z.ZodType<TeamShortlist>;

/** A conversation as one of its two members sees it. */
export const conversationViewSchema = z.object({
  id: z.string(),
  role: z.enum(['mentee', 'mentor']),
  other: colleagueSchema,
  recordShared: z.boolean(),
  unread: z.number().int(),
  awaitingReply: z.boolean().meta({ description: 'the mentor only: the mentee wrote last' }),
  createdAt: z.string(),
  updatedAt: z.string(),
  lastMessage: z.object({ kind: z.enum(inboxKinds), mine: z.boolean(), sentAt: z.string(), preview: z.string() }).nullable(),
  mentorId: z.string().optional().meta({ description: 'the mentee only: their mentor record of the colleague' }),
  relationshipId: z.string().optional().meta({ description: 'the mentee only: where the messages are logged' }),
}) satisfies z.ZodType<ConversationView>;

/** A message of a conversation as one of its two members sees it. */
export const inboxMessageViewSchema = z.object({
  id: z.string(),
  kind: z.enum(inboxKinds),
  from: colleagueSchema,
  mine: z.boolean(),
  subject: z.string().nullable(),
  body: z.string(),
  checkVerdict: z.string().nullable(),
  checkScore: z.number().int().nullable(),
  sentAt: z.string(),
  readAt: z.string().nullable(),
  loggedMessageId: z.string().nullable().optional(),
  advice: z.array(z.object({ text: z.string(), start: z.number().int(), end: z.number().int() })).optional(),
}) satisfies z.ZodType<InboxMessageView>;

/** A conversation opened, with its messages. */
export const openedConversationSchema = z.object({
  conversation: conversationViewSchema,
  messages: z.array(inboxMessageViewSchema),
}) satisfies z.ZodType<OpenedConversation>;

/** What sending in the app did: held back by its check (`sent: false`), or delivered and logged. */
export const sendResultSchema = z.discriminatedUnion('sent', [
  z.object({ sent: z.literal(false), check: askCheckSchema, reason: z.string() }),
  z.object({
    sent: z.literal(true),
    check: askCheckSchema,
    conversation: conversationViewSchema.pick({ id: true }),
    message: inboxMessageViewSchema.pick({ id: true, kind: true, sentAt: true }),
    logged: z.object({ message: messageSchema, relationship: relationshipSchema }),
  }),
]);

/** What replying did. */
export const replyResultSchema = z.object({
  conversationId: z.string(),
  messageId: z.string(),
  sentAt: z.string(),
  loggedForMentee: z.boolean().meta({ description: "false when the mentee's relationship takes no reply now" }),
});

/** Body of `POST /api/team/conversations/{id}/record-sharing`. */
export const recordSharingBody = z.object({ shared: z.boolean() });
