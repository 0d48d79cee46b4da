import type { z } from 'zod';
import { AppError } from '../errors.js';
import { entityDef } from '../records/entities.js';
import { findUnstorableText } from '../records/find-unstorable-text.js';
import { plainMessage } from '../records/parse-input.js';
import { type EntityName, entityNames } from '../records/schemas.js';
import type { Relationship, Transition } from '../relationships/schemas.js';
import { userSchema } from '../users/schemas.js';
import type { BackupProblem } from './backup-problem.js';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup, fieldsOf } from './backup-workspace.js';
import { checkStageHistory } from './check-stage-history.js';

/** Fields that must be unique per user, beyond the id (mirrors the database's unique indexes). */
const uniqueFields: Partial<Record<EntityName, readonly string[]>> = { templates: ['name'] };

/**
 * Fields records gained after backups of this version were first written, with the value an
 * older backup restores them with: the backup stays readable, and nothing else may be missing.
 */
const laterFields: Partial<Record<EntityName, Readonly<Record<string, unknown>>>> = {
  outcomes: { deliverable: null, criterion: null, stakeholders: null },
  artifacts: { contentHash: null },
  advice: { resultExpectedOn: null, circleBackMessageId: null },
  feedback: { mentorId: null, adoptedOn: null },
};

/**
 * Checks a whole backup document before anything is written: JSON text or an already parsed
 * value; a known format and version; the user; every row against the very schema its entity
 * is created with (dates, timestamps, enums, limits, the JSON of lists and check results),
 * with exactly the schema's fields, text both databases store alike, owned by the backup's
 * user, with unique ids; every reference resolvable inside the backup; and each
 * relationship's stage agreeing with its stage history. Returns the rows as the schemas parse
 * them, or throws `invalid_input` naming the first problem: the record (`mentors[3]`, its id),
 * the field and the value ("not a date" must be a timestamp …).
 */
export function validateBackup(input: unknown): Backup {
  let doc: unknown = input;
  if (typeof input === 'string') {
    try {
      doc = JSON.parse(input);
    } catch (error) {
      fail({ message: `not valid JSON (${(error as Error).message})` });
    }
  }
  if (!isObject(doc)) fail({ message: 'expected a JSON object' });
  if (doc.format !== BACKUP_FORMAT) fail({ field: 'format', message: `not an Understudy backup (format must be "${BACKUP_FORMAT}")` });
  if (doc.version !== BACKUP_VERSION) {
    fail({
      field: 'version',
      message: `version ${JSON.stringify(doc.version)} is not supported (this Understudy reads version ${BACKUP_VERSION})`,
    });
  }
  extraKeys(doc, ['format', 'version', 'user', 'entities'], {});
  if (!isObject(doc.user)) fail({ entity: 'user', message: 'missing or not an object' });
  const user = validateAgainst(userSchema, doc.user, Object.keys(userSchema.shape), { entity: 'user' });
  if (!isObject(doc.entities)) fail({ field: 'entities', message: 'missing or not an object' });
  const unknown = Object.keys(doc.entities).find((key) => !(entityNames as readonly string[]).includes(key));
  if (unknown !== undefined) fail({ entity: unknown, message: 'is not a known entity' });

  const rowsByEntity = {} as Record<EntityName, Record<string, unknown>[]>;
  const ids = {} as Record<EntityName, Set<string>>;
  for (const name of entityNames) {
    const list = doc.entities[name];
    if (!Array.isArray(list)) fail({ entity: name, message: 'missing or not a list' });
    rowsByEntity[name] = list.map((row, index) => validateRow(name, row, index, user.id as string));
    ids[name] = new Set();
    for (const [index, row] of rowsByEntity[name].entries()) {
      const id = row.id as string;
      if (ids[name].has(id)) fail({ entity: name, index, id, field: 'id', message: 'appears twice' });
      ids[name].add(id);
    }
    for (const field of uniqueFields[name] ?? []) {
      const seen = new Set<unknown>();
      for (const [index, row] of rowsByEntity[name].entries()) {
        if (seen.has(row[field])) fail({ entity: name, index, id: row.id as string, field, message: `${show(row[field])} appears twice` });
        seen.add(row[field]);
      }
    }
  }
  for (const name of entityNames) {
    for (const [field, target] of Object.entries(entityDef(name).refs)) {
      for (const [index, row] of rowsByEntity[name].entries()) {
        const ref = row[field];
        if (typeof ref === 'string' && !ids[target as EntityName].has(ref)) {
          const label = entityDef(target as EntityName).label;
          fail({ entity: name, index, id: row.id as string, field, message: `points to ${label} ${ref}, which is not in the backup` });
        }
      }
    }
  }
  const history = checkStageHistory(
    rowsByEntity.relationships as unknown as Relationship[],
    rowsByEntity.transitions as unknown as Transition[],
  );
  if (history) fail(history);
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    user: user as unknown as Backup['user'],
    entities: rowsByEntity as Backup['entities'],
  };
}

function validateRow(name: EntityName, input: unknown, index: number, userId: string): Record<string, unknown> {
  if (!isObject(input)) fail({ entity: name, index, message: 'not an object' });
  const row = { ...laterFields[name], ...input };
  const at = { entity: name, index, ...(typeof row.id === 'string' ? { id: row.id } : {}) };
  const def = entityDef(name);
  const data = validateAgainst(def.schema, row, fieldsOf(name), at);
  if (data.userId !== userId) fail({ ...at, field: 'userId', message: `belongs to another user than the backup's (${userId})` });
  for (const [field, value] of Object.entries(def.derive?.(data) ?? {})) {
    if (data[field] !== value) fail({ ...at, field, message: `${show(data[field])} must be ${show(value)} to match the other fields` });
  }
  return data;
}

/**
 * One object of the backup against its schema: exactly the schema's `fields`, each present,
 * text both databases store alike, then the schema itself, read in the words `parseInput`
 * uses. Returns what the schema parsed.
 */
function validateAgainst(
  schema: z.ZodType<Record<string, unknown>>,
  value: Record<string, unknown>,
  fields: readonly string[],
  at: Omit<BackupProblem, 'message' | 'field'>,
): Record<string, unknown> {
  extraKeys(value, fields, at);
  for (const field of fields) if (!Object.hasOwn(value, field)) fail({ ...at, field, message: 'missing' });
  const bad = findUnstorableText(value);
  if (bad) fail({ ...at, field: bad.path.join('.'), message: bad.problem });
  const parsed = schema.safeParse(value, { error: plainMessage });
  if (!parsed.success) fail({ ...at, ...firstIssue(parsed.error.issues, value) });
  return parsed.data;
}

function extraKeys(value: Record<string, unknown>, allowed: readonly string[], where: Omit<BackupProblem, 'message' | 'field'>): void {
  const extra = Object.keys(value).find((key) => !allowed.includes(key));
  if (extra !== undefined) fail({ ...where, field: extra, message: 'is not a known field' });
}

/** The first issue of a validation, with the value it is about when it has one. */
function firstIssue(
  issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>,
  value: Record<string, unknown>,
): { field?: string; message: string } {
  const issue = issues[0];
  if (!issue) return { message: 'is invalid' };
  if (issue.path.length === 0) return { message: issue.message };
  const found = valueAt(value, issue.path);
  return { field: issue.path.map(String).join('.'), message: found === undefined ? issue.message : `${show(found)} ${issue.message}` };
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let here = value;
  for (const key of path) {
    if (here === null || typeof here !== 'object') return undefined;
    here = (here as Record<PropertyKey, unknown>)[key];
  }
  return here;
}

/** A value as JSON, cut to 60 characters so one bad field cannot flood the message. */
function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function fail(problem: BackupProblem): never {
  const row = problem.entity && problem.index !== undefined ? `${problem.entity}[${problem.index}]` : problem.entity;
  const place = [row, problem.id && `row ${problem.id}`, problem.field && `field ${problem.field}`].filter(Boolean).join(', ');
  throw new AppError('invalid_input', `Invalid backup${place ? ` (${place})` : ''}: ${problem.message}`, problem);
}
