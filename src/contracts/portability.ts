import { z } from 'zod';
import type { ImportContactsResult } from '../core/portability/import-contacts.js';
import { contactFormats } from '../core/portability/schemas.js';
import { entityNames } from '../core/records/schemas.js';
import { blank } from './common.js';

/** The workspace's data out and back in over HTTP: backup, restore, exports and contact import. */

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
