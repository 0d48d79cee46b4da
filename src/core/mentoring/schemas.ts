import { z } from 'zod';
import { skills } from '../gaps/schemas.js';
import { idField, labelList, timestampField } from '../records/schemas.js';

/** The days of the week, as an office-hour slot names them (ISO order, Monday first). */
export const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof weekdays)[number];

/** How often a mentor's office-hour slots recur: every week, or on the first such weekday of each month. */
export const slotCadences = ['weekly', 'monthly'] as const;

/** Largest number of new asks a month a mentor may offer. */
export const MAX_ASKS_PER_MONTH = 50;

/** A clock time `HH:MM`, 24-hour. */
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time written HH:MM (24-hour)');

/** One recurring office-hour slot: a weekday, a start time in the mentor's time zone, and its length. */
export const officeHourSlot = z.object({
  weekday: z.enum(weekdays),
  time: clockTime,
  minutes: z.number().int().min(10, 'a slot lasts 10–60 minutes').max(60, 'a slot lasts 10–60 minutes'),
});
export type OfficeHourSlot = z.infer<typeof officeHourSlot>;

/** True when `zone` is an IANA time zone this runtime knows ("Europe/Paris", "UTC"). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The office hours a mentor offers: slots, how often they recur, and the time zone they are written in. */
export const officeHours = z.object({
  cadence: z.enum(slotCadences),
  timeZone: z.string().max(64).refine(isTimeZone, { message: 'must be a time zone such as Europe/Paris or UTC' }),
  slots: z.array(officeHourSlot).min(1, 'office hours need at least one slot').max(14),
});
export type OfficeHours = z.infer<typeof officeHours>;

/**
 * A piece of evidence a mentor offers for one of the two criteria (SPEC §1.3): a link (a talk, a
 * post), a document the mentor shared in the team library, or a note.
 */
export const offerEvidence = z
  .object({
    criterion: z.enum(['excellence', 'explaining']),
    url: z.string().trim().max(2_000).nullable().default(null),
    artifactId: idField.nullable().default(null),
    note: z.string().trim().max(1_000).nullable().default(null),
  })
  .refine((e) => Boolean(e.url || e.artifactId || e.note), { message: 'evidence needs a link, a shared document or a note' });
export type OfferEvidence = z.infer<typeof offerEvidence>;

/**
 * What a member offers as a mentor: the skills (SPEC §1.2) and tags they are good at, the evidence
 * for Proven Excellence and Explaining Power, how many new asks a month they take, office-hour
 * slots, and whether they accept backstage requests.
 */
export const mentorOfferInput = z.object({
  skills: z.array(z.enum(skills)).min(1, 'offer at least one skill').max(skills.length),
  tags: labelList.default([]),
  evidence: z.array(offerEvidence).max(20).default([]),
  asksPerMonth: z
    .number()
    .int()
    .min(0, `new asks a month are 0–${MAX_ASKS_PER_MONTH}`)
    .max(MAX_ASKS_PER_MONTH, `new asks a month are 0–${MAX_ASKS_PER_MONTH}`),
  acceptsBackstage: z.boolean().default(false),
  officeHours: officeHours.nullable().default(null),
  note: z.string().trim().max(2_000).nullable().default(null),
});
export type MentorOfferInput = z.infer<typeof mentorOfferInput>;

/** A member's offer as stored. */
export const mentorOfferSchema = mentorOfferInput.extend({
  userId: idField,
  createdAt: timestampField,
  updatedAt: timestampField,
});
export type MentorOffer = z.infer<typeof mentorOfferSchema>;

/** What can be sent to a colleague in the app: the outgoing kinds of message (SPEC §1.4). */
export const inAppKinds = ['ask', 'follow-up', 'circle-back', 'escalation', 'backstage'] as const;
export type InAppKind = (typeof inAppKinds)[number];
/** Every kind of message an inbox holds: what mentees send and the mentor's reply. */
export const inboxKinds = [...inAppKinds, 'reply'] as const;
export type InboxKind = (typeof inboxKinds)[number];

/** One message between two members, as the store keeps it. */
export interface InboxMessage {
  id: string;
  conversationId: string;
  fromUserId: string;
  toUserId: string;
  kind: InboxKind;
  subject: string | null;
  body: string;
  /** The check's verdict and score when it was sent (asks only). */
  checkVerdict: string | null;
  checkScore: number | null;
  /** The message as logged in the mentee's workspace (their history); only the mentee reads it. */
  menteeMessageId: string | null;
  sentAt: string;
  readAt: string | null;
}

/**
 * A mentee and a colleague mentor. The mentee's side of the loop is logged in their own
 * workspace: `menteeMentorId` and `menteeRelationshipId` name those records, and only the
 * mentee's reads ever return them.
 */
export interface Conversation {
  id: string;
  menteeUserId: string;
  mentorUserId: string;
  menteeMentorId: string;
  menteeRelationshipId: string;
  /** The mentee lets the mentor see their record as a mentee in this relationship (SPEC §1.4). */
  recordShared: boolean;
  createdAt: string;
  updatedAt: string;
}

/** A booking of one of a mentor's office-hour slots. */
export interface OfficeHourBooking {
  id: string;
  conversationId: string;
  mentorUserId: string;
  menteeUserId: string;
  /** The slot's start, an ISO timestamp in UTC. */
  startsAt: string;
  minutes: number;
  createdAt: string;
}

/** A message body sent in the app: what a mail would hold (100,000 characters at most). */
const inAppBody = z.string().trim().min(1, 'must not be empty').max(100_000);

/** What a mentee sends a colleague in the app. */
export const inAppMessageInput = z.object({
  to: idField,
  kind: z.enum(inAppKinds).default('ask'),
  body: inAppBody,
  subject: z.string().trim().max(300).optional(),
  gapId: idField.optional(),
  sendAnyway: z.boolean().default(false),
});

/** A mentor's reply in the app. */
export const inAppReplyInput = z.object({
  body: inAppBody,
  subject: z.string().trim().max(300).nullable().optional(),
});

/** What a mentee sends to book one of a colleague's office-hour slots. */
export const bookingInput = z.object({
  mentorUserId: z.string().min(1).max(64),
  startsAt: z.iso
    .datetime({ offset: true, message: 'must be an ISO timestamp such as 2027-01-07T08:30:00Z' })
    .meta({ description: 'the start of one of the slots `GET /api/team/mentors/{id}/office-hours` offers' }),
});
