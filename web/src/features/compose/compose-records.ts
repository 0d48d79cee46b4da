import type { ApiPage } from '../../../../src/contracts/common.js';
import type { ApiRecord } from '../../../../src/contracts/records.js';
import type { MentorHistory } from '../../../../src/contracts/relationships.js';

/** The records Compose reads from the API, with the types the API contract gives them. */

/** The kinds of message Compose writes; each is also the kind it is logged as. */
export type ComposeKind = 'ask' | 'follow-up' | 'circle-back' | 'escalation' | 'backstage';

/** A mentor, as listed by `GET /api/mentors`. */
export type MentorRecord = ApiRecord<'mentors'>;

/** A page of records. */
export type RecordPage<T> = ApiPage<T>;

/** A mentor relationship and its stage. */
export type RelationshipRecord = ApiRecord<'relationships'>;

/** A message logged in a relationship, with the check it had. */
export type MessageRecord = ApiRecord<'messages'>;

/** `GET /api/mentors/{id}/history`: the mentor and each relationship with what happened in it. */
export type MentorHistoryRecord = MentorHistory;

/** `POST /api/messages`: the logged message and the relationship, moved when the message moves it. */
export interface LoggedMessage {
  message: MessageRecord;
  relationship: RelationshipRecord;
  /** For a circle-back: the advice it named, as each stands after it. */
  advice?: Array<{ id: string; circledBackOn: string | null }>;
}
