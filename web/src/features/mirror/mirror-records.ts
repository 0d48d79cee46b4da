import type { ApiPage } from '../../../../src/contracts/common.js';
import type { MirrorHistoryResponse } from '../../../../src/contracts/mirror.js';
import type { ApiRecord } from '../../../../src/contracts/records.js';

/** The Mirror records as the API sends them, with the types the API contract gives them. */

/** A request for specific, subjective feedback. */
export type FeedbackRequestRecord = ApiRecord<'feedbackRequests'>;

/** Feedback received, optionally answering a request, with its theme and the strength it points to. */
export type FeedbackRecord = ApiRecord<'feedback'>;

/** What the user said back to a piece of feedback. */
export type FeedbackReplyRecord = ApiRecord<'feedbackReplies'>;

/** A page of records. */
export type RecordPage<T> = ApiPage<T>;

/** `GET /api/mirror`: requests, feedback and replies, each newest first. */
export type MirrorHistory = MirrorHistoryResponse;

/** A mentor, as the Mirror's pickers show them. */
export type MirrorMentor = ApiRecord<'mentors'>;
