import { z } from 'zod';
import type { LosingTouch } from '../core/actions/losing-touch.js';
import type { NextAction } from '../core/actions/next-action.js';
import type { NextActions } from '../core/actions/next-actions.js';
import { actionKinds } from '../core/actions/schemas.js';
import type { DoctorFinding } from '../core/doctor/pitfall.js';
import type { DoctorReport } from '../core/doctor/run-doctor.js';
import { pitfallIds } from '../core/doctor/schemas.js';
import { artifactKinds, artifactQuestionSchema, artifactSchema, templateQuestionSchema, templateSchema } from '../core/library/schemas.js';
import type { StageMoves } from '../core/mentors/list-stage-moves.js';
import { mentorSchema } from '../core/mentors/schemas.js';
import type { ShortlistEntry } from '../core/mentors/shortlist-mentors.js';
import type { ImportContactsResult } from '../core/portability/import-contacts.js';
import { contactFormats } from '../core/portability/schemas.js';
import type { RowOf } from '../core/records/entities.js';
import { dateField, type EntityName, entityNames, idField } from '../core/records/schemas.js';
import type { CapturedAdvice } from '../core/relationships/capture-advice.js';
import type { MenteeRecord } from '../core/relationships/get-mentee-record.js';
import { actionItemSchema, adviceSchema, meetingSchema, messageSchema, relationshipSchema, stages } from '../core/relationships/schemas.js';

/**
 * The HTTP API's schemas, shared by the server (validation, OpenAPI) and the web app (types).
 * Record shapes come from the domain so the API can never drift from what core accepts.
 */

/** The body of every error response. */
export const errorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ApiError = z.infer<typeof errorSchema>;

/** A record as the API sends it, by entity (`ApiRecord<'mentors'>`): the web app's record types. */
export type ApiRecord<N extends EntityName> = RowOf<N>;

/** A page of records from a list route. */
export interface ApiPage<T> {
  items: T[];
  limit: number;
  offset: number;
}
export type { MentorHistory, RelationshipHistory } from '../core/relationships/get-mentor-history.js';
export type { Stage } from '../core/relationships/schemas.js';

/** URL segment of each entity under `/api`, e.g. `giveBacks` → `give-backs`. */
export const entityPaths: Record<EntityName, string> = Object.fromEntries(
  entityNames.map((name) => [name, name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)]),
) as Record<EntityName, string>;

/** Paging of list routes. */
export const pageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(1_000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

/** A page of records. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), limit: z.number().int(), offset: z.number().int() });
}

export const idParam = z.object({ id: z.string().min(1).max(64) });

/** Body of `POST /api/relationships/{id}/moves`. */
export const moveBody = z.object({
  to: z.enum(stages),
  date: z.string().optional(),
  note: z.string().max(5_000).optional(),
});
export type MoveBody = z.infer<typeof moveBody>;

/**
 * Response of `GET /api/stage-moves`: each stage with the stages a relationship may move to from
 * it, as the loop's rules say, so a surface offers only legal moves without a copy of the rules.
 */
export const stageMovesSchema = z.record(z.enum(stages), z.array(z.enum(stages))) satisfies z.ZodType<StageMoves>;

/** A form field left empty counts as not given (browsers send `""` for an empty input). */
const blank = (value: unknown) => (value === '' ? undefined : value);

/** One document in a multipart upload: a part with a file name. */
export const uploadedFile = z
  .custom<File>((value) => typeof File !== 'undefined' && value instanceof File, { message: 'must be one document file' })
  .meta({ type: 'string', format: 'binary', description: 'Markdown, text, HTML, DOCX or PDF; at most 20 MB' });

/** Most documents one `POST /api/library` takes. */
export const MAX_UPLOAD_FILES = 50;

/** Form of `POST /api/library`: one or more `file` parts and what to record about them. */
export const libraryUploadForm = z.object({
  file: z.preprocess(
    (value) => (value === undefined || Array.isArray(value) ? value : [value]),
    z
      .array(uploadedFile, { error: 'give one or more documents as "file" parts' })
      .min(1, 'give one or more documents as "file" parts')
      .max(MAX_UPLOAD_FILES, `at most ${MAX_UPLOAD_FILES} documents at once`),
  ),
  title: z.preprocess(blank, z.string().max(500).optional()),
  kind: z.preprocess(blank, z.enum(artifactKinds).optional()),
  tags: z.preprocess(blank, z.string().max(10_000).optional()).meta({ description: 'comma-separated, e.g. "rfc, growth"' }),
  rating: z.preprocess(blank, z.coerce.number().int().min(1).max(5).optional()),
});
export type LibraryUploadForm = z.input<typeof libraryUploadForm>;

/** Form of the routes that read one document without storing it. */
export const singleFileForm = z.object({ file: uploadedFile });

/** Query of `GET /api/library`. */
export const libraryListQuery = pageQuery.extend({
  kind: z.preprocess(blank, z.enum(artifactKinds).optional()),
  tag: z.preprocess(blank, z.string().max(100).optional()),
});

/** Query of `GET /api/library/search`. */
export const librarySearchQuery = z.object({
  q: z.string().max(10_000).optional().meta({ description: 'the words to find' }),
  limit: z.preprocess(blank, z.coerce.number().int().optional()).meta({ description: '1–100, default 20' }),
});

/** An artifact in a list: everything but its text, and the text's length. */
export const artifactSummarySchema = artifactSchema.omit({ body: true }).extend({ characters: z.number().int() });

/** An artifact with its text and the questions it answers. */
export const artifactWithQuestionsSchema = artifactSchema.extend({ questions: z.array(artifactQuestionSchema) });

/** A search hit: `highlights` are `[start, end)` offsets of the matched words in `snippet`. */
export const artifactHitSchema = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.string(),
  tags: z.array(z.string()),
  rating: z.number().int().nullable(),
  sourceFile: z.string().nullable(),
  score: z.number(),
  snippet: z.string(),
  highlights: z.array(z.tuple([z.number().int(), z.number().int()])),
});

/** A question a document answers (SPEC §1.7); `empty` marks a heading with nothing under it. */
export const documentQuestionSchema = z.object({
  id: z.string(),
  question: z.string(),
  section: z.string().nullable(),
  start: z.number().int(),
  end: z.number().int(),
  empty: z.boolean(),
});

/** A template with its questions in order and the ids of its source documents. */
export const templateWithQuestionsSchema = templateSchema.extend({
  questions: z.array(templateQuestionSchema),
  sources: z.array(z.string()),
});

/** Body of `POST /api/templates`: a name and the library documents to build it from. */
export const templateCreateBody = z.object({
  name: z.string().max(200),
  artifactIds: z.array(z.string().min(1).max(64)),
});

/** A template by id or by name. */
export const templateRefParam = z.object({ ref: z.string().min(1).max(200) });

/** A draft checked against a template: each template question, answered or not, and where. */
export const draftCheckSchema = z.object({
  template: z.string(),
  file: z.string(),
  coverage: z.number(),
  answered: z.number().int(),
  total: z.number().int(),
  items: z.array(
    z.object({
      questionId: z.string(),
      question: z.string(),
      support: z.number().int(),
      answered: z.boolean(),
      section: z.string().nullable(),
      start: z.number().int().nullable(),
      end: z.number().int().nullable(),
      hint: z.string().nullable(),
    }),
  ),
});

/** Query of `GET /api/next-actions`: how many days ahead, as of which day. */
export const nextActionsQuery = z.object({
  days: z
    .preprocess(blank, z.coerce.number().int().min(0).max(366).optional())
    .meta({ description: 'days ahead to include, 0–366; default 7' }),
  today: z.preprocess(blank, dateField.optional()).meta({ description: 'the reference date, YYYY-MM-DD; default the server’s today' }),
});

/** Query of `GET /api/next-actions.ics`: a calendar looks further ahead than today's list. */
export const calendarQuery = z.object({
  days: z
    .preprocess(blank, z.coerce.number().int().min(0).max(366).optional())
    .meta({ description: 'days ahead to include, 0–366; default 30 (overdue actions are always in)' }),
});

/** Query of the routes judged as of a day (losing touch, the doctor). */
export const todayQuery = nextActionsQuery.pick({ today: true });

/** One next action (SPEC §2): what to do, when, and a reason naming the mentor or outcome. */
export const nextActionSchema = z.object({
  id: z.string().meta({ description: 'stable while the action is pending: `<kind>:<record id>`' }),
  kind: z.enum(actionKinds),
  dueOn: z.string(),
  reason: z.string(),
  mentorId: z.string().optional(),
  relationshipId: z.string().optional(),
  outcomeId: z.string().optional(),
  gapId: z.string().optional(),
  adviceId: z.string().optional(),
  feedbackId: z.string().optional(),
  overdue: z.boolean(),
}) satisfies z.ZodType<NextAction>;

/** A relationship past its maximum keep-in-touch gap. */
export const losingTouchSchema = z.object({
  relationshipId: z.string(),
  mentorId: z.string(),
  mentorName: z.string(),
  stage: z.enum(stages),
  lastInteraction: z.string(),
  daysSince: z.number().int(),
  maxGapDays: z.number().int(),
}) satisfies z.ZodType<LosingTouch>;

/** Response of `GET /api/next-actions`. */
export const nextActionsSchema = z.object({
  today: z.string(),
  horizonDays: z.number().int(),
  actions: z.array(nextActionSchema),
  losingTouch: z.array(losingTouchSchema),
}) satisfies z.ZodType<NextActions>;

/** One pitfall found by the doctor (SPEC §1.8), with the records it is about so a page can link them. */
export const doctorFindingSchema = z.object({
  pitfall: z.enum(pitfallIds),
  message: z.string(),
  fix: z.string(),
  records: z.array(z.object({ entity: z.enum(entityNames), id: z.string() })),
}) satisfies z.ZodType<DoctorFinding>;

/** Response of `GET /api/doctor`. */
export const doctorReportSchema = z.object({
  today: z.string(),
  checked: z.array(z.enum(pitfallIds)),
  findings: z.array(doctorFindingSchema),
  covered: z
    .object({ goals: z.number().int(), gaps: z.number().int(), mentors: z.boolean(), asks: z.boolean() })
    .meta({ description: 'what there was to judge: active and draft goals, active skill gaps, whether any mentor and any sent ask exist' }),
  allClear: z.string().nullable().meta({ description: 'with no findings, what the clean report can truly say; else null' }),
}) satisfies z.ZodType<DoctorReport>;

/** Query of `GET /api/mentors/shortlist`. */
export const shortlistQuery = z.object({
  gapId: idField,
  limit: z.preprocess(blank, z.coerce.number().int().optional()).meta({ description: '1–100, default 10' }),
});

/** One mentor on a shortlist, with the score that ranked them and why. */
export const shortlistEntrySchema = z.object({
  mentor: mentorSchema,
  score: z.number().int(),
  reasons: z.array(z.string()),
  declined: z.boolean(),
}) satisfies z.ZodType<ShortlistEntry>;

/** Body of `POST /api/advice/capture`: the logged reply to read advice from. */
export const adviceCaptureBody = z.object({ messageId: idField });

/** What a capture found: every piece of advice of the reply, and how many were new. */
export const capturedAdviceSchema = z.object({
  message: messageSchema,
  advice: z.array(adviceSchema),
  created: z.number().int(),
}) satisfies z.ZodType<CapturedAdvice>;

/** Body of `POST /api/advice/{id}/apply`. */
export const adviceApplyBody = z.object({
  on: dateField.optional().meta({ description: 'the day it was applied; default today' }),
  context: z.string().meta({ description: 'where it was applied, e.g. "the Q3 pricing test"' }),
});

/** Body of `POST /api/advice/{id}/result`. */
export const adviceResultBody = z.object({
  result: z.string().meta({ description: 'what happened: a number, an outcome or a learning' }),
});

/** Body of `POST /api/advice/{id}/circled-back`. */
export const circledBackBody = z
  .object({})
  .strict()
  .meta({ description: 'empty: the advice is circled back on the date of the logged circle-back that named it' });

/** Body of `POST /api/advice/merge`: the pieces, the one that keeps its steps first. */
export const adviceMergeBody = z.object({ adviceIds: z.array(idField).min(2).max(20) }).strict();

/** A piece of advice after a step of its loop, with the relationship the step may have moved. */
export const adviceStepSchema = z.object({ advice: adviceSchema, relationship: relationshipSchema });

/** Your record as a mentee in one relationship (SPEC §1.4). */
export const menteeRecordSchema = z.object({
  relationship: relationshipSchema,
  advice: z.array(adviceSchema),
  counts: z.object({
    received: z.number().int(),
    applied: z.number().int(),
    withResult: z.number().int(),
    circledBack: z.number().int(),
    circledBackWithResult: z.number().int(),
  }),
  open: z.array(z.object({ advice: adviceSchema, next: z.enum(['apply', 'circle back']), dueOn: z.string(), overdue: z.boolean() })),
  escalationSuggested: z.boolean(),
  suggestion: z.string(),
}) satisfies z.ZodType<MenteeRecord>;

/** Body of `POST /api/meetings`: the meeting and its action items, logged in one step. Strict: unknown fields are refused. */
export const meetingLogBody = z
  .object({
    relationshipId: idField,
    date: dateField.optional().meta({ description: 'default today; never in the future' }),
    objective: z.string().optional(),
    notes: z.string().optional(),
    durationMinutes: z.number().int().optional(),
    actionItems: z.array(z.object({ text: z.string(), dueOn: dateField.optional() })).optional(),
  })
  .strict();

/** A logged meeting with its action items. */
export const loggedMeetingSchema = z.object({ meeting: meetingSchema, actionItems: z.array(actionItemSchema) });

/** Body of `POST /api/restore`: a document written by `GET /api/backup` (core checks every part of it). */
export const backupDocument = z
  .record(z.string(), z.unknown())
  .meta({ description: 'a backup as `GET /api/backup` or `understudy backup` writes it: format, version, user, entities' });

/** How many records of each entity a restore wrote. */
export const restoredSchema = z.object({ restored: z.record(z.enum(entityNames), z.number().int()) });

/** An entity by name (`actionItems`) or by its URL segment (`action-items`). */
export const entityParam = z.object({ entity: z.string().min(1).max(64) });

/** Largest contact file an import reads (20 MB), as the command line's import. */
export const MAX_CONTACT_FILE_BYTES = 20 * 1024 * 1024;

/** Form of `POST /api/import`: one contact file and how to read it. */
export const contactImportForm = z.object({
  file: z
    .custom<File>((value) => typeof File !== 'undefined' && value instanceof File, { message: 'must be one contact file' })
    .meta({ type: 'string', format: 'binary', description: 'LinkedIn Connections.csv, a vCard file or a CSV; UTF-8, at most 20 MB' }),
  format: z.preprocess(blank, z.enum(contactFormats).optional()).meta({ description: 'default: detected from the file' }),
  map: z
    .preprocess(blank, z.string().max(2_000).optional())
    .meta({ description: 'CSV columns by field, e.g. "name=Full Name,email=E-mail"' }),
  dryRun: z.preprocess(blank, z.stringbool().optional()).meta({ description: 'true to check the file and count without writing' }),
});

/** What an import did (or, on a dry run, would do). */
export const importResultSchema = z.object({
  format: z.enum(contactFormats),
  created: z.number().int(),
  merged: z.number().int(),
  skipped: z.number().int(),
  mentors: z.array(z.string()),
  dryRun: z.boolean(),
}) satisfies z.ZodType<ImportContactsResult>;
