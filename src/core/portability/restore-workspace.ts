import { AppError } from '../errors.js';
import type { Context } from '../ports.js';
import { type EntityName, entityDef, entityNames } from '../records/entities.js';
import { userSchema } from '../users/schemas.js';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup, fieldsOf } from './backup-workspace.js';

/** Where a backup goes wrong: the entity, the row and the field, when known. */
interface Problem {
  entity?: string;
  id?: string;
  field?: string;
  message: string;
}

/** Fields that must be unique per user, beyond the id (mirrors the database's unique indexes). */
const uniqueFields: Partial<Record<EntityName, readonly string[]>> = { templates: ['name'] };

/**
 * Fields records gained after backups of this version were first written, with the value an
 * older backup restores them with: the backup stays readable, and nothing else may be missing.
 */
const laterFields: Partial<Record<EntityName, Readonly<Record<string, unknown>>>> = {
  outcomes: { deliverable: null, criterion: null, stakeholders: null },
  artifacts: { contentHash: null },
};

/**
 * Checks a whole backup document before anything is written: JSON text or an already parsed
 * value; a known format and version; the user; every row against its entity's schema, with
 * exactly the schema's fields, owned by the backup's user, with unique ids; and every
 * reference resolvable inside the backup. Returns the rows as the schemas parse them, or
 * throws `invalid_input` naming the first problem (entity, row id, field).
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
  const userKeys = Object.keys(userSchema.shape);
  if (!isObject(doc.user)) fail({ entity: 'user', message: 'missing or not an object' });
  extraKeys(doc.user, userKeys, { entity: 'user' });
  const user = userSchema.safeParse(doc.user);
  if (!user.success) fail({ entity: 'user', ...firstIssue(user.error.issues) });
  if (!isObject(doc.entities)) fail({ field: 'entities', message: 'missing or not an object' });
  const unknown = Object.keys(doc.entities).find((key) => !(entityNames as string[]).includes(key));
  if (unknown !== undefined) fail({ entity: unknown, message: 'is not a known entity' });

  const rowsByEntity = {} as Record<EntityName, Record<string, unknown>[]>;
  const ids = {} as Record<EntityName, Set<string>>;
  for (const name of entityNames) {
    const list = doc.entities[name];
    if (!Array.isArray(list)) fail({ entity: name, message: 'missing or not a list' });
    rowsByEntity[name] = list.map((row, index) => validateRow(name, row, index, user.data.id));
    ids[name] = new Set();
    for (const row of rowsByEntity[name]) {
      const id = row.id as string;
      if (ids[name].has(id)) fail({ entity: name, id, field: 'id', message: 'appears twice' });
      ids[name].add(id);
    }
    for (const field of uniqueFields[name] ?? []) {
      const seen = new Set<unknown>();
      for (const row of rowsByEntity[name]) {
        if (seen.has(row[field]))
          fail({ entity: name, id: row.id as string, field, message: `${JSON.stringify(row[field])} appears twice` });
        seen.add(row[field]);
      }
    }
  }
  for (const name of entityNames) {
    for (const [field, target] of Object.entries(entityDef(name).refs)) {
      for (const row of rowsByEntity[name]) {
        const ref = row[field];
        if (typeof ref === 'string' && !ids[target as EntityName].has(ref)) {
          const label = entityDef(target as EntityName).label;
          fail({ entity: name, id: row.id as string, field, message: `points to ${label} ${ref}, which is not in the backup` });
        }
      }
    }
  }
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, user: user.data, entities: rowsByEntity as Backup['entities'] };
}

/**
 * Restores a backup into the current user's empty workspace, keeping every id and timestamp.
 * The whole document is validated first (see `validateBackup`); then all rows are inserted in
 * one transaction, parents before children, so a failure leaves nothing behind. A workspace
 * that already holds any record is refused with `conflict`. Rows are re-owned by the current
 * user, and the user's profile (name, role, level, times) is restored in the same transaction.
 */
export async function restoreWorkspace(ctx: Context, options: { backup: unknown }): Promise<{ restored: Record<EntityName, number> }> {
  const backup = validateBackup(options.backup);
  const restored = {} as Record<EntityName, number>;
  await ctx.ws.transaction(async (ws) => {
    for (const name of entityNames) {
      const existing = await ws.table(name).list(undefined, { limit: 1, offset: 0 });
      if (existing.length > 0) {
        throw new AppError('conflict', `The workspace is not empty (it has ${name}); restore into a new database`, { entity: name });
      }
    }
    for (const name of entityNames) {
      const rows = backup.entities[name] as Record<string, unknown>[];
      for (const row of rows) await ws.table(name).insert({ ...row, userId: ws.userId } as never);
      restored[name] = rows.length;
    }
    const { name, role, level, createdAt, updatedAt } = backup.user;
    await ws.updateProfile({ name, role, level, createdAt, updatedAt });
  });
  return { restored };
}

function validateRow(name: EntityName, input: unknown, index: number, userId: string): Record<string, unknown> {
  const where = (r: Record<string, unknown>) => ({ entity: name, id: typeof r.id === 'string' ? r.id : `#${index + 1}` });
  if (!isObject(input)) fail({ entity: name, id: `#${index + 1}`, message: 'not an object' });
  const row = { ...laterFields[name], ...input };
  const fields = fieldsOf(name);
  extraKeys(row, fields, where(row));
  for (const field of fields) if (!Object.hasOwn(row, field)) fail({ ...where(row), field, message: 'missing' });
  const def = entityDef(name);
  const parsed = def.schema.safeParse(row);
  if (!parsed.success) fail({ ...where(row), ...firstIssue(parsed.error.issues) });
  const data = parsed.data;
  if (data.userId !== userId) fail({ ...where(row), field: 'userId', message: `belongs to another user than the backup's (${userId})` });
  for (const [field, value] of Object.entries(def.derive?.(data) ?? {})) {
    if (data[field] !== value) fail({ ...where(row), field, message: `must be ${JSON.stringify(value)} to match the other fields` });
  }
  return data;
}

function extraKeys(value: Record<string, unknown>, allowed: readonly string[], where: Omit<Problem, 'message' | 'field'>): void {
  const extra = Object.keys(value).find((key) => !allowed.includes(key));
  if (extra !== undefined) fail({ ...where, field: extra, message: 'is not a known field' });
}

function firstIssue(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): { field?: string; message: string } {
  const issue = issues[0];
  if (!issue) return { message: 'is invalid' };
  const field = issue.path.map(String).join('.');
  return field ? { field, message: issue.message } : { message: issue.message };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function fail(problem: Problem): never {
  const place = [problem.entity, problem.id && `row ${problem.id}`, problem.field && `field ${problem.field}`].filter(Boolean).join(', ');
  throw new AppError('invalid_input', `Invalid backup${place ? ` (${place})` : ''}: ${problem.message}`, problem);
}
