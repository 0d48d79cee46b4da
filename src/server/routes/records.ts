import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { errorSchema, idParam, pageOf, pageQuery } from '../../contracts/common.js';
import { entityPaths } from '../../contracts/records.js';
import { AppError } from '../../core/errors.js';
import { createRecord } from '../../core/records/create-record.js';
import { deleteRecord } from '../../core/records/delete-record.js';
import { entityDef } from '../../core/records/entities.js';
import { getRecord } from '../../core/records/get-record.js';
import { listRecords } from '../../core/records/list-records.js';
import { type EntityName, entityNames } from '../../core/records/schemas.js';
import { updateRecord } from '../../core/records/update-record.js';
import type { ServerEnv } from '../env.js';

const errors = {
  400: { description: 'Invalid input', content: { 'application/json': { schema: errorSchema } } },
  404: { description: 'No such record', content: { 'application/json': { schema: errorSchema } } },
};

/** What a filter's value must be: the column's type, read from the record's schema. */
type FilterKind = 'number' | 'text';

function kindOf(field: z.ZodType): FilterKind {
  let inner: z.ZodType = field;
  while (inner instanceof z.ZodNullable || inner instanceof z.ZodOptional || inner instanceof z.ZodDefault) {
    inner = inner.unwrap() as z.ZodType;
  }
  return inner instanceof z.ZodNumber ? 'number' : 'text';
}

/** Equality filters a list route accepts: the record's plain (non-JSON) fields, with their kinds. */
function filterFields(name: EntityName): Array<[string, FilterKind]> {
  const def = entityDef(name);
  const shape = (def.schema as unknown as z.ZodObject).shape as Record<string, z.ZodType>;
  return Object.entries(shape)
    .filter(([f]) => !def.json.includes(f) && f !== 'userId')
    .map(([f, type]) => [f, kindOf(type)]);
}

/** A filter's value as its column holds it; `null` matches an empty field. */
function filterValue(field: string, kind: FilterKind, value: string): string | number | null {
  if (value === 'null') return null;
  if (kind === 'text') return value;
  if (!/^-?\d+(\.\d+)?$/.test(value)) throw new AppError('invalid_input', `The filter ${field} takes a number or null, not "${value}"`);
  return Number(value);
}

/**
 * CRUD routes for every entity of the registry: list (paged, filtered by field), read,
 * create, change and delete, each documented in OpenAPI. Entities that only dedicated
 * use-cases may write get only the routes that apply to them; a feature that serves its own
 * routes (the library) gets none here.
 */
export function recordRoutes(app: OpenAPIHono<ServerEnv>): void {
  for (const name of entityNames) {
    const def = entityDef(name);
    if (def.routes === false) continue;
    const path = `/api/${entityPaths[name]}`;
    const tag = def.label;
    const record = def.schema;
    const filters = filterFields(name);
    const kinds = new Map(filters);
    const listQuery = pageQuery.extend(Object.fromEntries(filters.map(([f]) => [f, z.string().max(300).optional()])));

    app.openapi(
      createRoute({
        method: 'get',
        path,
        tags: [tag],
        summary: `List ${tag} records`,
        request: { query: listQuery },
        responses: {
          200: { description: 'A page of records', content: { 'application/json': { schema: pageOf(record) } } },
          400: errors[400],
        },
      }),
      async (c) => {
        const { limit, offset, ...rest } = c.req.valid('query') as { limit: number; offset: number } & Record<string, string | undefined>;
        const where = Object.fromEntries(
          Object.entries(rest)
            .filter(([, v]) => v !== undefined)
            .map(([k, v]) => [k, filterValue(k, kinds.get(k) ?? 'text', v as string)]),
        );
        const items = await listRecords(c.var.core, { entity: name, where, page: { limit, offset } });
        return c.json({ items, limit, offset }, 200);
      },
    );

    app.openapi(
      createRoute({
        method: 'get',
        path: `${path}/{id}`,
        tags: [tag],
        summary: `Read one ${tag}`,
        request: { params: idParam },
        responses: { 200: { description: 'The record', content: { 'application/json': { schema: record } } }, 404: errors[404] },
      }),
      async (c) => c.json(await getRecord(c.var.core, { entity: name, id: c.req.valid('param').id }), 200),
    );

    if (def.create && def.createRoute !== false) {
      app.openapi(
        createRoute({
          method: 'post',
          path,
          tags: [tag],
          summary: `Create a ${tag}`,
          request: { body: { required: true, content: { 'application/json': { schema: def.create } } } },
          responses: {
            201: { description: 'Created', content: { 'application/json': { schema: record } } },
            400: errors[400],
            404: errors[404],
          },
        }),
        async (c) => c.json(await createRecord(c.var.core, { entity: name, input: c.req.valid('json') }), 201),
      );
    }

    if (def.update) {
      app.openapi(
        createRoute({
          method: 'patch',
          path: `${path}/{id}`,
          tags: [tag],
          summary: `Change a ${tag}`,
          request: { params: idParam, body: { required: true, content: { 'application/json': { schema: def.update } } } },
          responses: {
            200: { description: 'Changed', content: { 'application/json': { schema: record } } },
            400: errors[400],
            404: errors[404],
          },
        }),
        async (c) => c.json(await updateRecord(c.var.core, { entity: name, id: c.req.valid('param').id, input: c.req.valid('json') }), 200),
      );
    }

    if (def.deletable !== false) {
      app.openapi(
        createRoute({
          method: 'delete',
          path: `${path}/{id}`,
          tags: [tag],
          summary: `Delete a ${tag}`,
          request: { params: idParam },
          responses: { 204: { description: 'Deleted' }, 404: errors[404] },
        }),
        async (c) => {
          await deleteRecord(c.var.core, { entity: name, id: c.req.valid('param').id });
          return c.body(null, 204);
        },
      );
    }
  }
}
