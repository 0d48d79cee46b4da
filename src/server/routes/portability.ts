import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { errorSchema } from '../../contracts/common.js';
import {
  backupDocument,
  contactImportForm,
  entityParam,
  importResultSchema,
  MAX_CONTACT_FILE_BYTES,
  restoredSchema,
} from '../../contracts/portability.js';
import { entityPaths } from '../../contracts/records.js';
import { AppError } from '../../core/errors.js';
import { backupWorkspace, serializeBackup } from '../../core/portability/backup-workspace.js';
import { parseColumnMap } from '../../core/portability/contacts/parse-csv-contacts.js';
import { exportCsv } from '../../core/portability/export-csv.js';
import { exportReport } from '../../core/portability/export-report.js';
import { importContacts } from '../../core/portability/import-contacts.js';
import { restoreWorkspace } from '../../core/portability/restore-workspace.js';
import { entityNames } from '../../core/records/schemas.js';
import type { ServerEnv } from '../env.js';
import { download, loopFailures as failures, fileResponse, json, jsonBody } from './openapi-parts.js';

const MB = 1024 * 1024;

/** Contact files are read whole as text, so the body of an import is bounded by the file's limit plus framing. */
const importLimit = bodyLimit({
  maxSize: MAX_CONTACT_FILE_BYTES + MB,
  onError: () => {
    throw new AppError('too_large', `Contact files can be at most ${MAX_CONTACT_FILE_BYTES / MB} MB`);
  },
});

/** An uploaded contact file as text, refusing files over the limit, binary files and text that is not UTF-8. */
async function contactText(upload: File): Promise<{ fileName: string; text: string }> {
  const fileName = upload.name || 'contacts';
  if (upload.size > MAX_CONTACT_FILE_BYTES) {
    const size = Math.ceil((upload.size / MB) * 10) / 10;
    throw new AppError('too_large', `${fileName} is ${size} MB; contact files can be at most ${MAX_CONTACT_FILE_BYTES / MB} MB`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await upload.arrayBuffer());
  } catch {
    throw new AppError('invalid_input', `${fileName} is not UTF-8 text; save it as UTF-8 CSV or vCard and try again`);
  }
  if (text.includes('\u0000')) throw new AppError('invalid_input', `${fileName} looks binary, not a CSV or vCard file`);
  return { fileName, text };
}

/**
 * The workspace's data out and back in: the backup and its restore, the Markdown report and
 * CSV exports, and contacts imported as mentors.
 */
export function portabilityRoutes(app: OpenAPIHono<ServerEnv>): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/backup',
      tags: ['data'],
      summary: 'The whole workspace as one JSON document, as `understudy backup` writes it',
      responses: { 200: fileResponse('application/json', 'The backup') },
    }),
    async (c) => {
      const text = serializeBackup(await backupWorkspace(c.var.core));
      return c.body(text, 200, download('application/json', 'understudy-backup.json'));
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/restore',
      tags: ['data'],
      summary: 'Restore a backup into an empty workspace, keeping ids and dates; a bad document changes nothing',
      request: { body: jsonBody(backupDocument) },
      responses: { 200: json(restoredSchema, 'Restored'), 400: failures[400], 409: json(errorSchema, 'The workspace is not empty') },
    }),
    async (c) => c.json(await restoreWorkspace(c.var.core, { backup: c.req.valid('json') }), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/export/report.md',
      tags: ['data'],
      summary: 'The loop as a Markdown report, one section per outcome',
      responses: { 200: fileResponse('text/markdown', 'The report') },
    }),
    async (c) => c.body(await exportReport(c.var.core), 200, { 'content-type': 'text/markdown; charset=utf-8' }),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/export/csv/{entity}',
      tags: ['data'],
      summary: 'One entity’s records as a CSV file, safe to open in a spreadsheet',
      request: { params: entityParam },
      responses: { 200: fileResponse('text/csv', 'The CSV file'), 404: json(errorSchema, 'No such entity') },
    }),
    async (c) => {
      const wanted = c.req.valid('param').entity;
      const entity = entityNames.find((name) => name === wanted || entityPaths[name] === wanted);
      if (!entity) throw new AppError('not_found', `No entity "${wanted}"; the entities are: ${entityNames.join(', ')}`);
      const csv = (await exportCsv(c.var.core)).find((f) => f.entity === entity);
      if (!csv) throw new AppError('not_found', `No CSV export of ${entity}`);
      return c.body(csv.text, 200, download('text/csv; charset=utf-8', csv.fileName));
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/import',
      tags: ['data'],
      summary: 'Import contacts as mentors (LinkedIn export, vCard, CSV); a file with any malformed row imports nothing',
      middleware: [importLimit],
      request: { body: { required: true, content: { 'multipart/form-data': { schema: contactImportForm } } } },
      responses: {
        200: json(importResultSchema, 'Imported, or counted on a dry run'),
        400: json(errorSchema, 'Invalid input, or a file with malformed rows (the message names the lines)'),
        413: json(errorSchema, 'The file is too large'),
      },
    }),
    async (c) => {
      const form = c.req.valid('form');
      const map = form.map === undefined ? undefined : parseColumnMap(form.map);
      const { fileName, text } = await contactText(form.file);
      return c.json(await importContacts(c.var.core, { fileName, text, format: form.format, map, dryRun: form.dryRun }), 200);
    },
  );
}
