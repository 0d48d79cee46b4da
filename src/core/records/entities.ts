import type { z } from 'zod';
import type { Clock } from '../clock.js';
import { categoryOf, type Skill } from '../gaps/schemas.js';
import { type EntitySchemas, entitySchemas } from './entity-schemas.js';
import type { EntityName } from './schemas.js';

/**
 * How one kind of record is stored and edited. The store, the API and the CLI read this
 * table, so a new entity is described once.
 */
export interface EntityDef extends EntitySchemas {
  /** Singular label used in messages ("No mentor with id …"). */
  label: string;
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
    ...entitySchemas.outcomes,
    label: 'outcome',
    refs: {},
    json: [],
    defaults: () => ({
      ...nulls('kind', 'metric', 'direction', 'baseline', 'target', 'unit', 'deadline', 'deliverable', 'criterion', 'stakeholders'),
      status: 'active',
    }),
    orderBy: 'createdAt',
  },
  checkins: {
    ...entitySchemas.checkins,
    label: 'check-in',
    refs: { outcomeId: 'outcomes' },
    json: [],
    defaults: (clock) => ({ date: clock.today(), ...nulls('value', 'note', 'confidence') }),
    orderBy: 'date',
  },
  gaps: {
    ...entitySchemas.gaps,
    label: 'skill gap',
    refs: { outcomeId: 'outcomes' },
    json: [],
    defaults: () => ({ outcomeId: null, status: 'active' }),
    derive: (row) => (row.skill ? { category: categoryOf(row.skill as Skill) } : {}),
    orderBy: 'createdAt',
  },
  mentors: {
    ...entitySchemas.mentors,
    label: 'mentor',
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
    ...entitySchemas.evidence,
    label: 'evidence',
    refs: { mentorId: 'mentors' },
    json: [],
    defaults: () => nulls('url', 'note'),
    orderBy: 'createdAt',
  },
  giveBacks: {
    ...entitySchemas.giveBacks,
    label: 'give-back',
    refs: { mentorId: 'mentors' },
    json: [],
    defaults: (clock) => ({ date: clock.today() }),
    orderBy: 'date',
  },
  relationships: {
    ...entitySchemas.relationships,
    label: 'relationship',
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
    ...entitySchemas.transitions,
    label: 'stage move',
    deletable: false,
    refs: { relationshipId: 'relationships' },
    json: [],
    defaults: () => ({ note: null }),
    orderBy: 'createdAt',
  },
  messages: {
    ...entitySchemas.messages,
    label: 'message',
    refs: { relationshipId: 'relationships' },
    json: ['checkResult'],
    defaults: (clock) => ({ sentOn: clock.today(), ...nulls('subject', 'checkVerdict', 'checkScore', 'checkResult') }),
    orderBy: 'createdAt',
  },
  advice: {
    ...entitySchemas.advice,
    label: 'advice',
    refs: { relationshipId: 'relationships', messageId: 'messages', circleBackMessageId: 'messages' },
    json: [],
    defaults: (clock) => ({
      receivedOn: clock.today(),
      ...nulls('messageId', 'appliedOn', 'appliedContext', 'result', 'resultExpectedOn', 'circleBackMessageId', 'circledBackOn'),
    }),
    orderBy: 'createdAt',
  },
  meetings: {
    ...entitySchemas.meetings,
    label: 'meeting',
    refs: { relationshipId: 'relationships' },
    json: [],
    defaults: (clock) => ({ date: clock.today(), ...nulls('objective', 'notes', 'durationMinutes') }),
    orderBy: 'date',
    createRoute: false,
  },
  actionItems: {
    ...entitySchemas.actionItems,
    label: 'action item',
    refs: { meetingId: 'meetings' },
    json: [],
    defaults: () => nulls('dueOn', 'doneOn'),
    orderBy: 'createdAt',
  },
  artifacts: {
    ...entitySchemas.artifacts,
    label: 'artifact',
    refs: {},
    json: ['tags'],
    defaults: () => ({ kind: 'other', tags: [], rating: null, sourceFile: null, body: '', contentHash: null }),
    orderBy: 'createdAt',
    routes: false,
  },
  artifactQuestions: {
    ...entitySchemas.artifactQuestions,
    label: 'artifact question',
    refs: { artifactId: 'artifacts' },
    json: [],
    defaults: () => ({ section: null }),
    orderBy: 'spanStart',
    routes: false,
  },
  templates: {
    ...entitySchemas.templates,
    label: 'template',
    refs: {},
    json: [],
    defaults: () => ({}),
    orderBy: 'name',
    routes: false,
  },
  templateQuestions: {
    ...entitySchemas.templateQuestions,
    label: 'template question',
    refs: { templateId: 'templates' },
    json: [],
    defaults: () => ({}),
    orderBy: 'position',
    routes: false,
  },
  templateSources: {
    ...entitySchemas.templateSources,
    label: 'template source',
    refs: { templateId: 'templates', artifactId: 'artifacts' },
    json: [],
    defaults: () => ({}),
    orderBy: 'createdAt',
    routes: false,
  },
  feedbackRequests: {
    ...entitySchemas.feedbackRequests,
    label: 'feedback request',
    refs: { gapId: 'gaps', mentorId: 'mentors' },
    json: ['checkResult'],
    defaults: (clock) => ({ sentOn: clock.today(), ...nulls('gapId', 'mentorId', 'event', 'focus', 'checkVerdict', 'checkResult') }),
    orderBy: 'sentOn',
  },
  feedback: {
    ...entitySchemas.feedback,
    label: 'feedback',
    refs: { requestId: 'feedbackRequests', mentorId: 'mentors' },
    json: [],
    defaults: (clock) => ({ receivedOn: clock.today(), ...nulls('requestId', 'mentorId', 'theme', 'strengthId', 'adopted', 'adoptedOn') }),
    orderBy: 'receivedOn',
    // `POST /api/feedback` logs it through `logFeedback`, which takes the mentor of its request.
    createRoute: false,
  },
  feedbackReplies: {
    ...entitySchemas.feedbackReplies,
    label: 'feedback reply',
    refs: { feedbackId: 'feedback' },
    json: ['checkResult'],
    defaults: (clock) => ({ sentOn: clock.today(), ...nulls('checkVerdict', 'checkResult') }),
    orderBy: 'sentOn',
  },
} satisfies Record<EntityName, EntityDef>;

/** The record type of entity `N`. */
export type RowOf<N extends EntityName> = z.infer<(typeof entities)[N]['schema']>;

/** The definition of `name`, typed loosely for generic code. */
export function entityDef(name: EntityName): EntityDef {
  return entities[name] as EntityDef;
}

/** True when `name` is an entity of the workspace. */
export function isEntityName(name: string): name is EntityName {
  return Object.hasOwn(entities, name);
}
