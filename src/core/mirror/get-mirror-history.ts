import type { Workspace } from '../ports.js';
import { getRecord } from '../records/get-record.js';
import type { Feedback, FeedbackReply, FeedbackRequest } from './schemas.js';

/** The Mirror's records, each list newest first. */
export interface MirrorHistory {
  requests: FeedbackRequest[];
  feedback: Feedback[];
  replies: FeedbackReply[];
}

/** Newest first by `date`, then by when it was logged. */
const newestFirst =
  <T extends { createdAt: string; id: string }>(date: (row: T) => string) =>
  (a: T, b: T) =>
    date(b).localeCompare(date(a)) || b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id);

/**
 * The mentor a piece of feedback came from: its own, else that of the request it answers (for
 * feedback logged before feedback named its mentor).
 */
export function mentorOfFeedback(feedback: Feedback, requests: ReadonlyMap<string, FeedbackRequest>): string | null {
  return feedback.mentorId ?? (feedback.requestId ? (requests.get(feedback.requestId)?.mentorId ?? null) : null);
}

/**
 * Requests sent, feedback received and replies, newest first: all of them, or those of one
 * mentor (requests made to them, feedback they gave, your replies to it). An unknown mentor is
 * `not_found`.
 */
export async function getMirrorHistory(ctx: { ws: Workspace }, options: { mentorId?: string | undefined } = {}): Promise<MirrorHistory> {
  const { mentorId } = options;
  if (mentorId) await getRecord(ctx, { entity: 'mentors', id: mentorId });
  const [requests, feedback, replies] = await Promise.all([
    ctx.ws.table('feedbackRequests').list(),
    ctx.ws.table('feedback').list(),
    ctx.ws.table('feedbackReplies').list(),
  ]);
  const byId = new Map(requests.map((r) => [r.id, r]));
  const theirs = mentorId ? feedback.filter((f) => mentorOfFeedback(f, byId) === mentorId) : feedback;
  const feedbackIds = new Set(theirs.map((f) => f.id));
  return {
    requests: (mentorId ? requests.filter((r) => r.mentorId === mentorId) : requests).sort(newestFirst((r) => r.sentOn)),
    feedback: theirs.sort(newestFirst((f) => f.receivedOn)),
    replies: replies.filter((r) => feedbackIds.has(r.feedbackId)).sort(newestFirst((r) => r.sentOn)),
  };
}
