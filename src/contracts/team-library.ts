import { z } from 'zod';
import { artifactQuestionSchema, artifactSchema, templateQuestionSchema, templateSchema } from '../core/library/schemas.js';
import { blank } from './common.js';
import { artifactHitSchema, artifactSummarySchema } from './library.js';

/** What members share with the team over HTTP, the team library, and the admin's team figures. */

/** Body of `POST /api/library/{id}/share` and `POST /api/templates/{ref}/share`. */
export const shareBody = z.object({ shared: z.boolean().meta({ description: 'true to share with the team, false to stop' }) });

/** What sharing left: whether the item is shared, and since when. */
export const shareStateSchema = z.object({ id: z.string(), shared: z.boolean(), sharedAt: z.string().nullable() });

/** Who shared an item, and when. */
const sharedMark = {
  owner: z.object({ id: z.string(), name: z.string() }),
  sharedAt: z.string(),
};

/** A shared document in a list: without its text. */
export const sharedArtifactSummarySchema = artifactSummarySchema.extend(sharedMark);

/** A shared document with its text and the questions it answers. */
export const sharedArtifactSchema = artifactSchema.extend({ questions: z.array(artifactQuestionSchema), ...sharedMark });

/** A shared document found by a search of the team library. */
export const sharedArtifactHitSchema = artifactHitSchema.extend(sharedMark);

/** A shared template in a list, with how many questions it has. */
export const sharedTemplateSummarySchema = templateSchema.extend({ questionCount: z.number().int(), ...sharedMark });

/** A shared template with its questions in order. */
export const sharedTemplateSchema = templateSchema.extend({ questions: z.array(templateQuestionSchema), ...sharedMark });

/** Query of `GET /api/team/library`: a page of the list, or with `q` the best matches of a search. */
export const teamLibraryQuery = z.object({
  q: z.string().max(10_000).optional().meta({ description: 'words to search the shared documents for' }),
  limit: z
    .preprocess(blank, z.coerce.number().int().optional())
    .meta({ description: 'list: 1–1000, default 100; search: 1–100, default 20' }),
  offset: z.preprocess(blank, z.coerce.number().int().min(0).optional()).meta({ description: 'list only' }),
});

/** Answer of `GET /api/team/library`: a page of shared documents, or with `q` the search's hits, best first. */
export const teamLibraryAnswer = z.union([
  z.object({ items: z.array(sharedArtifactSummarySchema), limit: z.number().int(), offset: z.number().int() }),
  z.object({ query: z.string(), items: z.array(sharedArtifactHitSchema), limit: z.number().int() }),
]);

/** The admin's team-level figures for the current calendar month: counts only. */
export const teamFiguresSchema = z.object({
  month: z.string().meta({ description: 'YYYY-MM' }),
  from: z.string(),
  to: z.string(),
  members: z.number().int(),
  activeLoops: z.number().int().meta({ description: 'relationships asked and not set aside (dormant, declined)' }),
  circleBacks: z.number().int().meta({ description: 'circle-backs logged this month' }),
  asks: z.number().int().meta({ description: 'asks logged this month' }),
  asksPassed: z.number().int().meta({ description: 'of those asks, how many passed their check' }),
});
