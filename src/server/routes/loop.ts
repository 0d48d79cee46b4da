import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { calendarQuery, losingTouchSchema, nextActionsQuery, nextActionsSchema, todayQuery } from '../../contracts/actions.js';
import {
  adviceApplyBody,
  adviceCaptureBody,
  adviceMergeBody,
  adviceResultBody,
  adviceStepSchema,
  capturedAdviceSchema,
  circledBackBody,
  menteeRecordSchema,
} from '../../contracts/advice.js';
import { errorSchema, idParam } from '../../contracts/common.js';
import { doctorReportSchema } from '../../contracts/doctor.js';
import { shortlistEntrySchema, shortlistQuery } from '../../contracts/mentors.js';
import {
  backupDocument,
  contactImportForm,
  entityParam,
  importResultSchema,
  MAX_CONTACT_FILE_BYTES,
  restoredSchema,
} from '../../contracts/portability.js';
import { entityPaths } from '../../contracts/records.js';
import { loggedMeetingSchema, meetingLogBody } from '../../contracts/relationships.js';
import { actionsCalendar } from '../../core/actions/actions-calendar.js';
import { losingTouch } from '../../core/actions/losing-touch.js';
import { nextActions } from '../../core/actions/next-actions.js';
import { runDoctor } from '../../core/doctor/run-doctor.js';
import { AppError } from '../../core/errors.js';
import { shortlistMentors } from '../../core/mentors/shortlist-mentors.js';
import { backupWorkspace, serializeBackup } from '../../core/portability/backup-workspace.js';
import { parseColumnMap } from '../../core/portability/contacts/parse-csv-contacts.js';
import { exportCsv } from '../../core/portability/export-csv.js';
import { exportReport } from '../../core/portability/export-report.js';
import { importContacts } from '../../core/portability/import-contacts.js';
import { restoreWorkspace } from '../../core/portability/restore-workspace.js';
import { entityNames } from '../../core/records/schemas.js';
import { applyAdvice } from '../../core/relationships/apply-advice.js';
import { captureAdvice } from '../../core/relationships/capture-advice.js';
import { circledBack } from '../../core/relationships/circle-back-advice.js';
import { getMenteeRecord } from '../../core/relationships/get-mentee-record.js';
import { logMeeting } from '../../core/relationships/log-meeting.js';
import { mergeAdvice } from '../../core/relationships/merge-advice.js';
import { recordAdviceResult } from '../../core/relationships/record-advice-result.js';
import { adviceSchema } from '../../core/relationships/schemas.js';
import type { ServerEnv } from '../env.js';
import { fileResponse, json, jsonBody, loopFailures } from './openapi-parts.js';

const MB = 1024 * 1024;
/** Days ahead the calendar feed covers by default, as `understudy export --format ics`. */
const CALENDAR_DAYS = 30;

const failures = loopFailures;

/** Headers of a download: its type and the name a browser saves it under. */
const download = (type: string, name: string) => ({ 'content-type': type, 'content-disposition': `attachment; filename="${name}"` });

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
 * The loop's use-cases beyond records: next actions (also as a calendar), losing touch, the
 * doctor, the mentor shortlist, advice from capture to circle-back, the mentee record, logged
 * meetings, and the workspace's data out and back in (backup, restore, exports, contact
 * import). Each route validates, calls one core use-case and returns what it gives.
 */
export function loopRoutes(app: OpenAPIHono<ServerEnv>): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/next-actions',
      tags: ['actions'],
      summary: 'What to do next, soonest first, with a reason each; and who you are losing touch with',
      request: { query: nextActionsQuery },
      responses: { 200: json(nextActionsSchema, 'The next actions'), 400: failures[400] },
    }),
    async (c) => {
      const { days, today } = c.req.valid('query');
      return c.json(await nextActions(c.var.core, { today, horizonDays: days }), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/next-actions.ics',
      tags: ['actions'],
      summary: 'The next actions as an iCalendar file; event UIDs stay the same while an action is pending',
      request: { query: calendarQuery },
      responses: { 200: fileResponse('text/calendar', 'One all-day event per action'), 400: failures[400] },
    }),
    async (c) => {
      const ctx = c.var.core;
      const { actions } = await nextActions(ctx, { horizonDays: c.req.valid('query').days ?? CALENDAR_DAYS });
      return c.body(actionsCalendar(ctx, { actions }), 200, download('text/calendar; charset=utf-8', 'understudy-next-actions.ics'));
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/losing-touch',
      tags: ['actions'],
      summary: 'Relationships with no message or meeting for longer than their maximum gap, longest silence first',
      request: { query: todayQuery },
      responses: { 200: json(z.array(losingTouchSchema), 'The relationships slipping away'), 400: failures[400] },
    }),
    async (c) => c.json(await losingTouch(c.var.core, { today: c.req.valid('query').today }), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/doctor',
      tags: ['doctor'],
      summary: 'The pitfalls found in the workspace, each with the records it is about and how to fix it',
      request: { query: todayQuery },
      responses: { 200: json(doctorReportSchema, 'The findings'), 400: failures[400] },
    }),
    async (c) => {
      const ctx = c.var.core;
      return c.json(await runDoctor(ctx, { today: c.req.valid('query').today }), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/mentors/shortlist',
      tags: ['mentor'],
      summary: 'Mentors ranked for a skill gap, best first, with the reasons for each rank',
      request: { query: shortlistQuery },
      responses: { 200: json(z.array(shortlistEntrySchema), 'The shortlist'), 400: failures[400], 404: failures[404] },
    }),
    async (c) => c.json(await shortlistMentors(c.var.core, c.req.valid('query')), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/advice/capture',
      tags: ['advice'],
      summary: 'Store each piece of advice in a logged reply; capturing the same reply again adds nothing',
      request: { body: jsonBody(adviceCaptureBody) },
      responses: { 201: json(capturedAdviceSchema, 'The reply’s advice'), ...failures },
    }),
    async (c) => c.json(await captureAdvice(c.var.core, c.req.valid('json')), 201),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/advice/{id}/apply',
      tags: ['advice'],
      summary: 'Record that advice was applied, when and where; moves a replied relationship to applied',
      request: { params: idParam, body: jsonBody(adviceApplyBody) },
      responses: { 200: json(adviceStepSchema, 'Applied'), ...failures },
    }),
    async (c) => {
      const ctx = c.var.core;
      const { on, context } = c.req.valid('json');
      return c.json(await applyAdvice(ctx, { adviceId: c.req.valid('param').id, on: on ?? ctx.clock.today(), context }), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/advice/{id}/result',
      tags: ['advice'],
      summary: 'Record what happened when applied advice was tried',
      request: { params: idParam, body: jsonBody(adviceResultBody) },
      responses: { 200: json(adviceSchema, 'Recorded'), ...failures },
    }),
    async (c) => c.json(await recordAdviceResult(c.var.core, { adviceId: c.req.valid('param').id, ...c.req.valid('json') }), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/advice/{id}/circled-back',
      tags: ['advice'],
      summary:
        'Close the loop on applied advice with a result, through the logged circle-back that named it and passed its check; refused otherwise',
      request: { params: idParam, body: jsonBody(circledBackBody) },
      responses: { 200: json(adviceStepSchema, 'Circled back'), ...failures },
    }),
    async (c) => c.json(await circledBack(c.var.core, { adviceId: c.req.valid('param').id }), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/advice/merge',
      tags: ['advice'],
      summary: 'Merge pieces of advice that are one instruction; the first keeps its id and steps, the others are removed',
      request: { body: jsonBody(adviceMergeBody) },
      responses: { 200: json(adviceSchema, 'The merged advice'), ...failures },
    }),
    async (c) => c.json(await mergeAdvice(c.var.core, c.req.valid('json')), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/relationships/{id}/mentee-record',
      tags: ['relationship'],
      summary: 'Your record as a mentee: advice received, applied and circled back, open loops, and whether to escalate',
      request: { params: idParam },
      responses: { 200: json(menteeRecordSchema, 'The record'), 404: failures[404] },
    }),
    async (c) => c.json(await getMenteeRecord(c.var.core, { relationshipId: c.req.valid('param').id }), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/meetings',
      tags: ['meeting'],
      summary: 'Log a meeting that happened, with its action items, in one step',
      request: { body: jsonBody(meetingLogBody) },
      responses: { 201: json(loggedMeetingSchema, 'Logged'), ...failures },
    }),
    async (c) => c.json(await logMeeting(c.var.core, c.req.valid('json')), 201),
  );

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
