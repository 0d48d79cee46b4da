import { z } from 'zod';
import { type EntityName, entities } from '../core/records/entities.js';
import { stages } from '../core/relationships/stages.js';

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

/** URL segment of each entity under `/api`, e.g. `giveBacks` → `give-backs`. */
export const entityPaths: Record<EntityName, string> = Object.fromEntries(
  (Object.keys(entities) as EntityName[]).map((name) => [name, name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)]),
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
