import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { entityPaths } from '../../src/contracts/records.js';
import { type EntityName, entityNames } from '../../src/core/records/schemas.js';
import { createTeamTestApp } from './team-app.js';

/*
 * What the privacy sweeps need to try every route of the API as another member: the routes as
 * the app documents them, the smallest valid body of each, and which entity an id names.
 */

/** A JSON Schema as the OpenAPI document writes it (the parts the sweep reads). */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  format?: string;
  pattern?: string;
  minimum?: number;
  exclusiveMinimum?: number;
  minLength?: number;
  default?: unknown;
}

/** One operation of the API: its method, path, path parameters, query parameters and body. */
export interface Operation {
  method: string;
  path: string;
  /** Names of the `{param}`s of the path, in order. */
  params: string[];
  /** Query parameters: name and whether the route requires it. */
  query: Array<{ name: string; required: boolean }>;
  /** The JSON body's schema, when the route takes one. */
  json?: JsonSchema | undefined;
  /** The multipart form's schema, when the route takes one. */
  multipart?: JsonSchema | undefined;
}

/** Every route the app serves under `/api`: its operations from `/api/openapi.json`, and the router's own list. */
export interface ApiRoutes {
  operations: Operation[];
  /** `METHOD /path` of every route the router holds under `/api` with a `:param`, as Hono writes them. */
  routedWithParams: string[];
}

/** The sweep's reference date: the day the test app's clock is fixed on. */
export const SWEEP_TODAY = '2026-11-28';

interface OpenApiOperation {
  parameters?: Array<{ name: string; in: string; required?: boolean }>;
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}

/** Reads the app's routes from its own OpenAPI document (as a member would) and from its router. */
export async function readApiRoutes(): Promise<ApiRoutes> {
  const dir = mkdtempSync(join(tmpdir(), 'understudy-routes-'));
  const team = await createTeamTestApp(join(dir, 'routes.db'), { today: SWEEP_TODAY });
  try {
    const reader = await team.member('reader@example.com');
    const answer = await team.call(reader, 'GET', '/api/openapi.json');
    if (answer.status !== 200) throw new Error(`GET /api/openapi.json answered ${answer.status}`);
    const doc = (await answer.json()) as { paths: Record<string, Record<string, OpenApiOperation>> };
    const operations: Operation[] = [];
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        const content = op.requestBody?.content ?? {};
        operations.push({
          method: method.toUpperCase(),
          path,
          params: [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string),
          query: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => ({ name: p.name, required: p.required === true })),
          json: content['application/json']?.schema,
          multipart: content['multipart/form-data']?.schema,
        });
      }
    }
    const routedWithParams = [
      ...new Set(team.app.routes.filter((r) => r.path.startsWith('/api/') && r.path.includes('/:')).map((r) => `${r.method} ${r.path}`)),
    ];
    return { operations, routedWithParams };
  } finally {
    await team.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The OpenAPI path of a Hono route path: `/api/outcomes/:id` → `/api/outcomes/{id}`. */
export function openApiPath(honoPath: string): string {
  return honoPath.replace(/:(\w+)/g, '{$1}');
}

const segmentEntities = new Map<string, EntityName>([
  ...entityNames.map((name) => [entityPaths[name], name] as const),
  ['library', 'artifacts'],
]);

/** Team routes read shared records: the entity is the path's second segment (`/api/team/library/{id}`). */
const teamSegmentEntities = new Map<string, EntityName>([
  ['library', 'artifacts'],
  ['templates', 'templates'],
]);

/** The entity whose id a route's path parameter names, read from the path's first segment; null when none. */
export function entityOfPath(path: string): EntityName | null {
  const [, , first, second] = path.split('/');
  if (first === 'team') return teamSegmentEntities.get(second ?? '') ?? null;
  return segmentEntities.get(first ?? '') ?? null;
}

/**
 * What a team mentoring route's path parameter names: a conversation or a booking two members
 * hold together, or a colleague's account (`/api/team/mentors/{id}/…`). Null for any other route.
 */
export type TeamRef = 'conversations' | 'bookings' | 'colleagues';

const teamRefSegments = new Map<string, TeamRef>([
  ['conversations', 'conversations'],
  ['bookings', 'bookings'],
  ['mentors', 'colleagues'],
]);

/** The team mentoring rows a route's path parameter names (`/api/team/bookings/{id}` → bookings); null when none. */
export function teamRefOfPath(path: string): TeamRef | null {
  const [, , first, second] = path.split('/');
  return first === 'team' ? (teamRefSegments.get(second ?? '') ?? null) : null;
}

/** Fields of team routes that name a member's account: the colleague a message goes to, the mentor whose office hours are booked. */
const colleagueFields = new Set(['to', 'mentorUserId']);

/** True when `field` of a route's body names a member's account (a team route's `to`, `mentorUserId`). */
export function isColleagueField(path: string, field: string): boolean {
  return path.startsWith('/api/team/') && colleagueFields.has(field);
}

/** Record references a field may hold whose name does not give its entity away (a template goes by name or id). */
const fieldEntities: Record<string, EntityName> = {
  requestId: 'feedbackRequests',
  artifactIds: 'artifacts',
  circleBackMessageId: 'messages',
  template: 'templates',
};

/**
 * The entity a body, query or tool field refers to (`mentorId` → mentors, `adviceIds` →
 * advice), or null for a field that names no record (`strengthId`, a catalogue entry).
 * Undefined when the field is not a reference at all.
 */
export function entityOfField(field: string): EntityName | null | undefined {
  if (fieldEntities[field]) return fieldEntities[field];
  if (!/Ids?$/.test(field) || field === 'id') return undefined;
  // A catalogue entry, a member's account (swept as a colleague field), and a conversation between
  // two members (swept by its route's path, and for the MCP tools in mcp-mentoring.test.ts): no
  // record of one workspace.
  if (field === 'strengthId' || field === 'mentorUserId' || field === 'conversationId') return null;
  const stem = field.replace(/Ids?$/, '');
  const found = entityNames.find((name) => name === stem || name === `${stem}s` || name.replace(/s$/, '') === stem);
  if (!found) throw new Error(`The sweep does not know which records the field ${field} names: teach entityOfField`);
  return found;
}

/**
 * The smallest value `schema` accepts: required properties only, the first choice of an enum,
 * today for a date. A route with a refinement the schema cannot express gets an override in the
 * test, and the sweep fails loudly (400) until it has one.
 */
export function minimalValue(schema: JsonSchema): unknown {
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum.find((v) => v !== '' && v !== null) ?? schema.enum[0];
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return minimalValue(variants.find((v) => v.type !== 'null') ?? (variants[0] as JsonSchema));
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const name of schema.required ?? []) out[name] = minimalValue(schema.properties?.[name] ?? {});
      return out;
    }
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => minimalValue(schema.items ?? {}));
    case 'integer':
    case 'number':
      return schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 1);
    case 'boolean':
      return false;
    default:
      if (schema.format === 'date' || schema.pattern?.includes('\\d{4}')) return SWEEP_TODAY;
      if (schema.format === 'date-time') return `${SWEEP_TODAY}T09:00:00.000Z`;
      return 'A plain sentence written for the privacy sweep.';
  }
}

/** The smallest multipart form `schema` accepts: a short Markdown document for each file part. */
export function minimalForm(schema: JsonSchema): FormData {
  const form = new FormData();
  for (const name of schema.required ?? []) {
    const part = schema.properties?.[name] ?? {};
    if (part.format === 'binary') form.append(name, new File(['# Draft\n\n## Goal\nA sentence.\n'], 'draft.md', { type: 'text/markdown' }));
    else form.append(name, String(minimalValue(part)));
  }
  return form;
}

/** A path with its parameters filled in, each value URL-encoded. */
export function fillPath(path: string, values: Record<string, string>): string {
  return path.replace(/\{(\w+)\}/g, (_m, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`no value for {${name}} of ${path}`);
    return encodeURIComponent(value);
  });
}
