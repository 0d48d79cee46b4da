import { z } from 'zod';

/**
 * What every part of the HTTP API shares: the error body, a record's id in the URL, paging,
 * and how an empty form field reads. The schemas of each feature are in the modules beside
 * this one; the server validates with them, the web app takes its types from them.
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

/** A record by its id in the URL. */
export const idParam = z.object({ id: z.string().min(1).max(64) });

/** A page of records from a list route. */
export interface ApiPage<T> {
  items: T[];
  limit: number;
  offset: number;
}

/** Paging of list routes. */
export const pageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(1_000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

/** A page of records. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), limit: z.number().int(), offset: z.number().int() });
}

/** A form field left empty counts as not given (browsers send `""` for an empty input). */
export const blank = (value: unknown) => (value === '' ? undefined : value);
