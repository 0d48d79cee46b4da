import type { z } from 'zod';
import { gapCreate, gapSchema, gapUpdate } from '../gaps/schemas.js';
import {
  artifactCreate,
  artifactQuestionCreate,
  artifactQuestionSchema,
  artifactSchema,
  artifactUpdate,
  templateCreate,
  templateQuestionCreate,
  templateQuestionSchema,
  templateSchema,
  templateSourceCreate,
  templateSourceSchema,
  templateUpdate,
} from '../library/schemas.js';
import {
  evidenceCreate,
  evidenceSchema,
  evidenceUpdate,
  giveBackCreate,
  giveBackSchema,
  giveBackUpdate,
  mentorCreate,
  mentorSchema,
  mentorUpdate,
} from '../mentors/schemas.js';
import {
  feedbackCreate,
  feedbackReplyCreate,
  feedbackReplySchema,
  feedbackReplyUpdate,
  feedbackRequestCreate,
  feedbackRequestSchema,
  feedbackRequestUpdate,
  feedbackSchema,
  feedbackUpdate,
} from '../mirror/schemas.js';
import { checkinCreate, checkinSchema, checkinUpdate, outcomeCreate, outcomeSchema, outcomeUpdate } from '../outcomes/schemas.js';
import {
  actionItemCreate,
  actionItemSchema,
  actionItemUpdate,
  adviceCreate,
  adviceRow,
  adviceUpdate,
  meetingCreate,
  meetingSchema,
  meetingUpdate,
  messageSchema,
  messageUpdate,
  relationshipRow,
  relationshipUpdate,
  transitionSchema,
} from '../relationships/schemas.js';

import type { EntityName } from './schemas.js';

type AnySchema = z.ZodType<Record<string, unknown>>;

/** The zod schemas of one entity: the record, and what a caller may write. */
export interface EntitySchemas {
  /** The full record. */
  schema: AnySchema;
  /** What a caller may supply on create; `null` when only a dedicated use-case creates it. */
  create: AnySchema | null;
  /** What a caller may change; `null` when records are immutable. */
  update: AnySchema | null;
}

/** The schemas of every entity, from each feature's `schemas.ts`; `entities.ts` adds how each is kept. */
export const entitySchemas = {
  outcomes: { schema: outcomeSchema, create: outcomeCreate, update: outcomeUpdate },
  checkins: { schema: checkinSchema, create: checkinCreate, update: checkinUpdate },
  gaps: { schema: gapSchema, create: gapCreate, update: gapUpdate },
  mentors: { schema: mentorSchema, create: mentorCreate, update: mentorUpdate },
  evidence: { schema: evidenceSchema, create: evidenceCreate, update: evidenceUpdate },
  giveBacks: { schema: giveBackSchema, create: giveBackCreate, update: giveBackUpdate },
  relationships: { schema: relationshipRow, create: null, update: relationshipUpdate },
  transitions: { schema: transitionSchema, create: null, update: null },
  messages: { schema: messageSchema, create: null, update: messageUpdate },
  advice: { schema: adviceRow, create: adviceCreate, update: adviceUpdate },
  meetings: { schema: meetingSchema, create: meetingCreate, update: meetingUpdate },
  actionItems: { schema: actionItemSchema, create: actionItemCreate, update: actionItemUpdate },
  artifacts: { schema: artifactSchema, create: artifactCreate, update: artifactUpdate },
  artifactQuestions: { schema: artifactQuestionSchema, create: artifactQuestionCreate, update: null },
  templates: { schema: templateSchema, create: templateCreate, update: templateUpdate },
  templateQuestions: { schema: templateQuestionSchema, create: templateQuestionCreate, update: null },
  templateSources: { schema: templateSourceSchema, create: templateSourceCreate, update: null },
  feedbackRequests: { schema: feedbackRequestSchema, create: feedbackRequestCreate, update: feedbackRequestUpdate },
  feedback: { schema: feedbackSchema, create: feedbackCreate, update: feedbackUpdate },
  feedbackReplies: { schema: feedbackReplySchema, create: feedbackReplyCreate, update: feedbackReplyUpdate },
} satisfies Record<EntityName, EntitySchemas>;
