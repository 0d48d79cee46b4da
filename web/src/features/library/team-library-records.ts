import type { z } from 'zod';
import type {
  sharedArtifactHitSchema,
  sharedArtifactSchema,
  sharedArtifactSummarySchema,
  sharedTemplateSchema,
  sharedTemplateSummarySchema,
  shareStateSchema,
} from '../../../../src/contracts/team-library.js';

/**
 * The team library's records as the API sends them (team mode), inferred from the shared
 * contracts: what members shared, each naming its owner.
 */

/** A shared document in a list: without its text, with its owner. */
export type SharedDocumentSummary = z.infer<typeof sharedArtifactSummarySchema>;

/** A shared document with its text, the questions it answers and its owner. */
export type SharedDocument = z.infer<typeof sharedArtifactSchema>;

/** A shared document found by a search of the team library. */
export type SharedHit = z.infer<typeof sharedArtifactHitSchema>;

/** A shared template in a list, with its question count and its owner. */
export type SharedTemplateSummary = z.infer<typeof sharedTemplateSummarySchema>;

/** A shared template with its questions in order and its owner. */
export type SharedTemplate = z.infer<typeof sharedTemplateSchema>;

/** What sharing or unsharing left. */
export type ShareState = z.infer<typeof shareStateSchema>;

/** What can be shared: one of the member's library documents or templates. */
export type Shareable = 'document' | 'template';

/** The ids of the items `userId` shared, read from the team's lists (which hold everyone's). */
export function ownSharedIds(items: ReadonlyArray<{ id: string; owner: { id: string } }> | undefined, userId: string): Set<string> {
  return new Set((items ?? []).filter((item) => item.owner.id === userId).map((item) => item.id));
}
