import { AppError } from '../errors.js';
import type { Context } from '../ports.js';
import { createRecord, dropUndefined } from '../records/create-record.js';
import { getRecord } from '../records/get-record.js';
import { parseInput } from '../records/parse-input.js';
import { feedbackShadow, type ShadowSide, strengthById } from './feedback-shadow.js';
import { giverOf } from './giver-of.js';
import { type Feedback, feedbackCreate } from './schemas.js';

/** Feedback as it is logged: what was said and by whom, the request it answers, what was adopted. */
export interface FeedbackInput {
  body: string;
  giverName?: string | undefined;
  mentorId?: string | undefined;
  requestId?: string | undefined;
  receivedOn?: string | undefined;
  theme?: string | undefined;
  /** The strength whose shadow it describes; found from the text when not given, none for `null`. */
  strengthId?: string | null | undefined;
  adopted?: string | undefined;
  adoptedOn?: string | undefined;
}

/** Feedback logged, with the shadow side it points to (`null` when it points to none). */
export interface LoggedFeedback {
  feedback: Feedback;
  shadow: ShadowSide | null;
}

/**
 * Logs feedback received. Feedback answering a request to a mentor is that mentor's (naming
 * another mentor is refused), and is named after the request's giver unless a name is given.
 * The strength whose shadow it describes is found from the text, as the Mirror page suggests
 * it, unless one is named; a counter-behaviour adopted with it dates from the day it was received.
 */
export async function logFeedback(ctx: Context, options: FeedbackInput): Promise<LoggedFeedback> {
  const request = options.requestId ? await getRecord(ctx, { entity: 'feedbackRequests', id: options.requestId }) : null;
  if (options.mentorId && request?.mentorId && options.mentorId !== request.mentorId) {
    throw new AppError('invalid_input', `Request ${request.id} was made to another mentor (${request.mentorId}), not ${options.mentorId}`);
  }
  const mentorId = options.mentorId ?? request?.mentorId ?? undefined;
  const giverName = await giverOf(ctx, { giverName: options.giverName, mentorId, fallback: request?.giverName });
  if (options.strengthId && !strengthById(options.strengthId)) {
    throw new AppError('invalid_input', `Unknown strength "${options.strengthId}": name one of the catalogue (see understudy shadow)`);
  }
  const input = parseInput(feedbackCreate, dropUndefined({ ...options, mentorId, giverName }), 'feedback');
  const receivedOn = input.receivedOn ?? ctx.clock.today();
  if (receivedOn > ctx.clock.today()) throw new AppError('invalid_input', `Feedback cannot be dated in the future (${receivedOn})`);
  if (request && receivedOn < request.sentOn) {
    throw new AppError('invalid_input', `Feedback on ${receivedOn} cannot answer a request sent later, on ${request.sentOn}`);
  }
  const shadow = options.strengthId === null ? null : input.strengthId ? strengthById(input.strengthId) : feedbackShadow(input.body);
  const adopted = input.adopted?.trim() ? { adopted: input.adopted.trim(), adoptedOn: input.adoptedOn ?? receivedOn } : {};
  const feedback = await createRecord(ctx, {
    entity: 'feedback',
    input: { ...input, receivedOn, strengthId: shadow?.strength ?? null, ...adopted },
  });
  return { feedback, shadow };
}
