import type { z } from 'zod';
import type { Clock } from '../clock.js';
import { categoryOf, gapCreate, gapSchema, gapUpdate, type Skill } from '../gaps/schemas.js';
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

type AnySchema = z.ZodType<Record<string, unknown>>;

/**
 * How one kind of record is stored and edited. The store, the API and the CLI read this
 * table, so a new entity is described once.
 */
export interface EntityDef {
  /** Singular label used in messages ("No mentor with id …"). */
  label: string;
  /** The full record. */
  schema: AnySchema;
  /** What a caller may supply on create; `null` when only a dedicated use-case creates it. */
  create: AnySchema | null;
  /** What a caller may change; `null` when records are immutable. */
  update: AnySchema | null;
  /** Reference fields and the entity each points to; checked to exist for this user. */
  refs: Readonly<Record<string, string>>;
  /** Fields kept as JSON text in the database. */
  json: readonly string[];
  /** Values for fields the caller left out. */
  defaults: (clock: Clock) => Record<string, unknown>;
  /** Values derived from the others (kept consistent on create and update). */
  derive?: (row: Record<string, unknown>) => Record<string, unknown>;
  /** Field lists sort by, oldest first. */
  orderBy: string;
  /** False for history that must not be rewritten (stage moves). */
  deletable?: boolean;
  /** False when the entity's feature serves its own HTTP routes (the library): no generic ones. */
  routes?: boolean;
  /** False when a use-case route creates it (a meeting with its action items): no generic create. */
  createRoute?: boolean;
}

const nulls = (...fields: string[]) => Object.fromEntries(fields.map((f) => [f, null]));

/** Every entity of the workspace, keyed by its table name (camelCase plural). */
export const entities = {
  outcomes: {
    label: 'outcome',
    schema: outcomeSchema,
    create: outcomeCreate,
    update: outcomeUpdate,
    refs: {},
    json: [],
    defaults: () => ({
      ...nulls('kind', 'metric', 'direction', 'baseline', 'target', 'unit', 'deadline', 'deliverable', 'criterion', 'stakeholders'),
      status: 'active',
    }),
    orderBy: 'createdAt',
  },
  checkins: {
    label: 'check-in',
    schema: checkinSchema,
    create: checkinCreate,
    update: checkinUpdate,
    refs: { outcomeId: 'outcomes' },
    json: [],
    defaults: (clock) => ({ date: clock.today(), ...nulls('value', 'note', 'confidence') }),
    orderBy: 'date',
  },
  gaps: {
    label: 'skill gap',
    schema: gapSchema,
    create: gapCreate,
    update: gapUpdate,
    refs: { outcomeId: 'outcomes' },
    json: [],
    defaults: () => ({ outcomeId: null, status: 'active' }),
    derive: (row) => (row.skill ? { category: categoryOf(row.skill as Skill) } : {}),
    orderBy: 'createdAt',
  },
  mentors: {
    label: 'mentor',
    schema: mentorSchema,
    create: mentorCreate,
    update: mentorUpdate,
    refs: {},
    json: ['expertise', 'handles', 'personalInterests'],
    defaults: () => ({
      ...nulls('title', 'company', 'whereFound', 'email', 'profileUrl', 'excellenceScore', 'explainingScore', 'notes'),
      expertise: [],
      handles: [],
      personalInterests: [],
    }),
    orderBy: 'name',
  },
  evidence: {
    label: 'evidence',
    schema: evidenceSchema,
    create: evidenceCreate,
    update: evidenceUpdate,
    refs: { mentorId: 'mentors' },
    json: [],
    defaults: () => nulls('url', 'note'),
    orderBy: 'createdAt',
  },
  giveBacks: {
    label: 'give-back',
    schema: giveBackSchema,
    create: giveBackCreate,
    update: giveBackUpdate,
    refs: { mentorId: 'mentors' },
    json: [],
    defaults: (clock) => ({ date: clock.today() }),
    orderBy: 'date',
  },
  relationships: {
    label: 'relationship',
    schema: relationshipRow,
    create: null,
    update: relationshipUpdate,
    refs: { mentorId: 'mentors', outcomeId: 'outcomes', gapId: 'gaps' },
    json: [],
    defaults: (clock) => ({
      stage: 'prospect',
      stageSince: clock.today(),
      idealGapDays: 30,
      maxGapDays: 60,
      ...nulls('outcomeId', 'gapId', 'officeHoursCadence', 'officeHoursMinutes'),
    }),
    orderBy: 'createdAt',
  },
  transitions: {
    label: 'stage move',
    schema: transitionSchema,
    create: null,
    update: null,
    deletable: false,
    refs: { relationshipId: 'relationships' },
    json: [],
    defaults: () => ({ note: null }),
    orderBy: 'createdAt',
  },
  messages: {
    label: 'message',
    schema: messageSchema,
    create: null,
    update: messageUpdate,
    refs: { relationshipId: 'relationships' },
    json: ['checkResult'],
    defaults: (clock) => ({ sentOn: clock.today(), ...nulls('subject', 'checkVerdict', 'checkScore', 'checkResult') }),
    orderBy: 'createdAt',
  },
  advice: {
    label: 'advice',
    schema: adviceRow,
    create: adviceCreate,
    update: adviceUpdate,
    refs: { relationshipId: 'relationships', messageId: 'messages', circleBackMessageId: 'messages' },
    json: [],
    defaults: (clock) => ({
      receivedOn: clock.today(),
      ...nulls('messageId', 'appliedOn', 'appliedContext', 'result', 'resultExpectedOn', 'circleBackMessageId', 'circledBackOn'),
    }),
    orderBy: 'createdAt',
  },
  meetings: {
    label: 'meeting',
    schema: meetingSchema,
    create: meetingCreate,
    update: meetingUpdate,
    refs: { relationshipId: 'relationships' },
    json: [],
    defaults: (clock) => ({ date: clock.today(), ...nulls('objective', 'notes', 'durationMinutes') }),
    orderBy: 'date',
    createRoute: false,
  },
  actionItems: {
    label: 'action item',
    schema: actionItemSchema,
    create: actionItemCreate,
    update: actionItemUpdate,
    refs: { meetingId: 'meetings' },
    json: [],
    defaults: () => nulls('dueOn', 'doneOn'),
    orderBy: 'createdAt',
  },
  artifacts: {
    label: 'artifact',
    schema: artifactSchema,
    create: artifactCreate,
    update: artifactUpdate,
    refs: {},
    json: ['tags'],
    defaults: () => ({ kind: 'other', tags: [], rating: null, sourceFile: null, body: '', contentHash: null }),
    orderBy: 'createdAt',
    routes: false,
  },
  artifactQuestions: {
    label: 'artifact question',
    schema: artifactQuestionSchema,
    create: artifactQuestionCreate,
    update: null,
    refs: { artifactId: 'artifacts' },
    json: [],
    defaults: () => ({ section: null }),
    orderBy: 'spanStart',
    routes: false,
  },
  templates: {
    label: 'template',
    schema: templateSchema,
    create: templateCreate,
    update: templateUpdate,
    refs: {},
    json: [],
    defaults: () => ({}),
    orderBy: 'name',
    routes: false,
  },
  templateQuestions: {
    label: 'template question',
    schema: templateQuestionSchema,
    create: templateQuestionCreate,
    update: null,
    refs: { templateId: 'templates' },
    json: [],
    defaults: () => ({}),
    orderBy: 'position',
    routes: false,
  },
  templateSources: {
    label: 'template source',
    schema: templateSourceSchema,
    create: templateSourceCreate,
    update: null,
    refs: { templateId: 'templates', artifactId: 'artifacts' },
    json: [],
    defaults: () => ({}),
    orderBy: 'createdAt',
    routes: false,
  },
  feedbackRequests: {
    label: 'feedback request',
    schema: feedbackRequestSchema,
    create: feedbackRequestCreate,
    update: feedbackRequestUpdate,
    refs: { gapId: 'gaps', mentorId: 'mentors' },
    json: ['checkResult'],
    defaults: (clock) => ({ sentOn: clock.today(), ...nulls('gapId', 'mentorId', 'event', 'focus', 'checkVerdict', 'checkResult') }),
    orderBy: 'sentOn',
  },
  feedback: {
    label: 'feedback',
    schema: feedbackSchema,
    create: feedbackCreate,
    update: feedbackUpdate,
    refs: { requestId: 'feedbackRequests', mentorId: 'mentors' },
    json: [],
    defaults: (clock) => ({ receivedOn: clock.today(), ...nulls('requestId', 'mentorId', 'theme', 'strengthId', 'adopted', 'adoptedOn') }),
    orderBy: 'receivedOn',
    // `POST /api/feedback` logs it through `logFeedback`, which takes the mentor of its request.
    createRoute: false,
  },
  feedbackReplies: {
    label: 'feedback reply',
    schema: feedbackReplySchema,
    create: feedbackReplyCreate,
    update: feedbackReplyUpdate,
    refs: { feedbackId: 'feedback' },
    json: ['checkResult'],
    defaults: (clock) => ({ sentOn: clock.today(), ...nulls('checkVerdict', 'checkResult') }),
    orderBy: 'sentOn',
  },
} satisfies Record<string, EntityDef>;

export type EntityName = keyof typeof entities;

/** The record type of entity `N`. */
export type RowOf<N extends EntityName> = z.infer<(typeof entities)[N]['schema']>;

/** Entity names in dependency order: a parent always comes before its children. */
export const entityNames = Object.keys(entities) as EntityName[];

/** The definition of `name`, typed loosely for generic code. */
export function entityDef(name: EntityName): EntityDef {
  return entities[name] as EntityDef;
}

/** True when `name` is an entity of the workspace. */
export function isEntityName(name: string): name is EntityName {
  return Object.hasOwn(entities, name);
}
