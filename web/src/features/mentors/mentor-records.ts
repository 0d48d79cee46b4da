import type { z } from 'zod';
import type { capturedAdviceSchema, menteeRecordSchema } from '../../../../src/contracts/advice.js';
import type { ApiPage } from '../../../../src/contracts/common.js';
import type { importResultSchema } from '../../../../src/contracts/portability.js';
import type { ApiRecord } from '../../../../src/contracts/records.js';
import type { meetingLogBody, stageMovesSchema } from '../../../../src/contracts/relationships.js';

/** The records the mentor pages read from the API, with the types the API contract gives them. */

export type { MentorHistory, RelationshipHistory, Stage } from '../../../../src/contracts/relationships.js';

/** How often office hours recur; `null` means none. */
export type OfficeHoursCadence = NonNullable<Relationship['officeHoursCadence']>;

/** A person excellent at a skill who can explain how. */
export type Mentor = ApiRecord<'mentors'>;
/** One mentor relationship with its stage and keep-in-touch cadence. */
export type Relationship = ApiRecord<'relationships'>;
/** A link or note backing one of the two scores. */
export type Evidence = ApiRecord<'evidence'>;
/** Something offered or given back to a mentor. */
export type GiveBack = ApiRecord<'giveBacks'>;
/** A dated stage move. */
export type Transition = ApiRecord<'transitions'>;
/** A message sent to or received from a mentor, with the verdict of its check. */
export type Message = ApiRecord<'messages'>;
/** One piece of advice, tracked applied → result → circled back. */
export type Advice = ApiRecord<'advice'>;
/** Something to do after a meeting. */
export type ActionItem = ApiRecord<'actionItems'>;
/** A meeting or exchange with its action items. */
export type Meeting = ApiRecord<'meetings'> & { actionItems: ActionItem[] };

/** Your record as a mentee in one relationship: `GET /api/relationships/{id}/mentee-record`. */
export type MenteeRecord = z.infer<typeof menteeRecordSchema>;

/** What a contact import did (or would do, on a dry run): `POST /api/import`. */
export type ImportResult = z.infer<typeof importResultSchema>;

/** What capturing a reply found: the advice linked to it and how many pieces are new. */
export type CapturedAdvice = z.infer<typeof capturedAdviceSchema>;

/** Body of `POST /api/meetings`: a meeting that happened, with its action items. */
export type MeetingLog = z.input<typeof meetingLogBody>;

/** Each stage with the stages a relationship may move to from it: `GET /api/stage-moves`. */
export type StageMoves = z.infer<typeof stageMovesSchema>;

/** A page of records from a list route. */
export type PageOf<T> = ApiPage<T>;
