import type { RowOf } from '../core/records/entities.js';
import { type EntityName, entityNames } from '../core/records/schemas.js';

/**
 * The records of the generic API routes: their types by entity and their URL segments. Record
 * shapes come from the domain, so the API can never drift from what core accepts.
 */

/** A record as the API sends it, by entity (`ApiRecord<'mentors'>`): the web app's record types. */
export type ApiRecord<N extends EntityName> = RowOf<N>;

/** URL segment of each entity under `/api`, e.g. `giveBacks` → `give-backs`. */
export const entityPaths: Record<EntityName, string> = Object.fromEntries(
  entityNames.map((name) => [name, name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)]),
) as Record<EntityName, string>;
