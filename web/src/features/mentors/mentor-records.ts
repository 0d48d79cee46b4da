import type { z } from 'zod';
import type { capturedAdviceSchema, importResultSchema, meetingLogBody, menteeRecordSchema } from '../../../../src/contracts/api.js';

/**
 * The records the mentor pages read from the API, as the server sends them. The web app may
 * not import the domain, so these mirror the record schemas field for field; the
 * shapes the API contract names are taken from it.
 */

/** A relationship stage (SPEC §1.4). */
export type Stage = 'prospect' | 'asked' | 'replied' | 'applied' | 'circled-back' | 'escalated' | 'office-hours' | 'dormant' | 'declined';

/** How often office hours recur; `null` means none. */
export type OfficeHoursCadence = 'weekly' | 'biweekly' | 'monthly' | 'quarterly';

/** A person excellent at a skill who can explain how. */
export interface Mentor {
  id: string;
  name: string;
  title: string | null;
  company: string | null;
  expertise: string[];
  whereFound: string | null;
  email: string | null;
  profileUrl: string | null;
  handles: string[];
  personalInterests: string[];
  excellenceScore: number | null;
  explainingScore: number | null;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

/** One mentor relationship with its stage and keep-in-touch cadence. */
export interface Relationship {
  id: string;
  mentorId: string;
  outcomeId: string | null;
  gapId: string | null;
  stage: Stage;
  stageSince: string;
  idealGapDays: number;
  maxGapDays: number;
  officeHoursCadence: OfficeHoursCadence | null;
  officeHoursMinutes: number | null;
}

/** A link or note backing one of the two scores. */
export interface Evidence {
  id: string;
  mentorId: string;
  criterion: 'excellence' | 'explaining';
  url: string | null;
  note: string | null;
}

/** Something offered or given back to a mentor. */
export interface GiveBack {
  id: string;
  mentorId: string;
  date: string;
  description: string;
}

/** A dated stage move. */
export interface Transition {
  id: string;
  fromStage: Stage | null;
  toStage: Stage;
  date: string;
  note: string | null;
  createdAt: string;
}

/** A message sent to or received from a mentor, with the verdict of its check. */
export interface Message {
  id: string;
  relationshipId: string;
  kind: 'ask' | 'follow-up' | 'reply' | 'circle-back' | 'escalation' | 'backstage';
  direction: 'out' | 'in';
  subject: string | null;
  body: string;
  sentOn: string;
  checkVerdict: string | null;
  checkScore: number | null;
  createdAt: string;
}

/** One piece of advice, tracked applied → result → circled back. */
export interface Advice {
  id: string;
  relationshipId: string;
  messageId: string | null;
  text: string;
  receivedOn: string;
  appliedOn: string | null;
  appliedContext: string | null;
  result: string | null;
  circledBackOn: string | null;
}

/** Something to do after a meeting. */
export interface ActionItem {
  id: string;
  text: string;
  dueOn: string | null;
  doneOn: string | null;
}

/** A meeting or exchange with its action items. */
export interface Meeting {
  id: string;
  date: string;
  objective: string | null;
  notes: string | null;
  durationMinutes: number | null;
  createdAt: string;
  actionItems: ActionItem[];
}

/** One relationship with everything that happened in it. */
export interface RelationshipHistory {
  relationship: Relationship;
  outcome: { id: string; statement: string } | null;
  transitions: Transition[];
  messages: Message[];
  advice: Advice[];
  meetings: Meeting[];
}

/** Everything about one mentor: `GET /api/mentors/{id}/history`. */
export interface MentorHistory {
  mentor: Mentor;
  evidence: Evidence[];
  giveBacks: GiveBack[];
  relationships: RelationshipHistory[];
}

/** Your record as a mentee in one relationship: `GET /api/relationships/{id}/mentee-record`. */
export type MenteeRecord = z.infer<typeof menteeRecordSchema>;

/** What a contact import did (or would do, on a dry run): `POST /api/import`. */
export type ImportResult = z.infer<typeof importResultSchema>;

/** What capturing a reply found: the advice linked to it and how many pieces are new. */
export type CapturedAdvice = z.infer<typeof capturedAdviceSchema>;

/** Body of `POST /api/meetings`: a meeting that happened, with its action items. */
export type MeetingLog = z.input<typeof meetingLogBody>;

/** A page of records from a list route. */
export interface PageOf<T> {
  items: T[];
  limit: number;
  offset: number;
}
