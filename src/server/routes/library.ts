import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { MAX_DOCUMENT_BYTES } from '../../analysis/questions/read-document.js';
import { errorSchema, idParam, pageOf, pageQuery } from '../../contracts/common.js';
import {
  artifactHitSchema,
  artifactSummarySchema,
  artifactWithQuestionsSchema,
  documentQuestionSchema,
  draftCheckSchema,
  libraryListQuery,
  librarySearchQuery,
  libraryUploadForm,
  singleFileForm,
  templateCreateBody,
  templateRefParam,
  templateWithQuestionsSchema,
} from '../../contracts/library.js';
import { AppError } from '../../core/errors.js';
import { addArtifacts } from '../../core/library/add-artifacts.js';
import { checkDraftFile } from '../../core/library/check-draft-file.js';
import { createTemplate } from '../../core/library/create-template.js';
import { getArtifact } from '../../core/library/get-artifact.js';
import { getTemplate } from '../../core/library/get-template.js';
import { listArtifacts } from '../../core/library/list-artifacts.js';
import { type DocumentFile, parseDocument } from '../../core/library/parse-document.js';
import { artifactUpdate, templateSchema } from '../../core/library/schemas.js';
import { searchLibrary } from '../../core/library/search-library.js';
import { deleteRecord } from '../../core/records/delete-record.js';
import { listRecords } from '../../core/records/list-records.js';
import { updateRecord } from '../../core/records/update-record.js';
import { readDocumentOffThread } from '../../workers/read-document-off-thread.js';
import type { ServerEnv } from '../env.js';
import { json } from './openapi-parts.js';

const MB = 1024 * 1024;
/** Room in a one-document request for the multipart framing around the file. */
const FRAMING_BYTES = 1 * MB;
/** The largest body of a request carrying one document: the document's limit, plus framing. */
export const MAX_SINGLE_UPLOAD_BYTES = MAX_DOCUMENT_BYTES + FRAMING_BYTES;
/** The largest body of `POST /api/library`, which may carry several documents. */
export const MAX_LIBRARY_UPLOAD_BYTES = 100 * MB;

const uploadPaths = [/^\/api\/library$/, /^\/api\/questions$/, /^\/api\/templates\/[^/]+\/check$/, /^\/api\/import$/];

/**
 * True for the routes that take file uploads. They have limits of their own (below, and the
 * contact import's in routes/portability.ts), so the app's general body limit must let them through.
 */
export function isUploadRequest(method: string, path: string): boolean {
  return method === 'POST' && uploadPaths.some((p) => p.test(path));
}

/** A body limit for an upload route; too large a body is a 413 `too_large`, like any other. */
function uploadLimit(maxSize: number): MiddlewareHandler {
  return bodyLimit({
    maxSize,
    onError: () => {
      throw new AppError(
        'too_large',
        `Uploads here are limited to ${Math.round(maxSize / MB)} MB; each document can be at most ${MAX_DOCUMENT_BYTES / MB} MB`,
      );
    },
  });
}

/**
 * An uploaded part as core takes a file: a name (it decides the format) and the bytes, read in
 * a worker thread within the document budgets, so that neither copying nor parsing the upload
 * holds the event loop.
 */
async function documentFile(file: File): Promise<DocumentFile> {
  const name = file.name || 'document';
  if (file.size > MAX_DOCUMENT_BYTES) {
    const size = Math.ceil((file.size / MB) * 10) / 10;
    throw new AppError('too_large', `${name} is ${size} MB; documents can be at most ${MAX_DOCUMENT_BYTES / MB} MB`);
  }
  return readDocumentOffThread({ name, bytes: file });
}

/** Splits comma-separated tags, dropping blanks. */
const tagList = (tags: string | undefined) =>
  tags
    ?.split(',')
    .map((t) => t.trim())
    .filter((t) => t !== '');

const multipart = <T extends z.ZodType>(schema: T) => ({ required: true, content: { 'multipart/form-data': { schema } } });
const failures = {
  400: json(errorSchema, 'Invalid input, or a document that cannot be read (the message names it)'),
  404: json(errorSchema, 'No such document or template'),
  409: json(errorSchema, 'A template of that name exists already'),
  413: json(errorSchema, 'The upload is too large'),
};

const listTemplates = createRoute({
  method: 'get',
  path: '/api/templates',
  tags: ['template'],
  summary: 'List templates',
  request: { query: pageQuery },
  responses: { 200: json(pageOf(templateSchema), 'A page of templates'), 400: failures[400] },
});

const postTemplate = createRoute({
  method: 'post',
  path: '/api/templates',
  tags: ['template'],
  summary: 'Build a template from library documents: the ordered union of their questions',
  request: { body: { required: true, content: { 'application/json': { schema: templateCreateBody } } } },
  responses: { 201: json(templateWithQuestionsSchema, 'Created'), 400: failures[400], 404: failures[404], 409: failures[409] },
});

const readTemplate = createRoute({
  method: 'get',
  path: '/api/templates/{ref}',
  tags: ['template'],
  summary: 'A template by id or name, with its questions and sources',
  request: { params: templateRefParam },
  responses: { 200: json(templateWithQuestionsSchema, 'The template'), 404: failures[404] },
});

/**
 * The library of the Artifact method (SPEC §1.7): upload gold-standard documents, list,
 * read, search and delete them; the questions of a document without storing it; templates
 * and the draft check.
 */
export function libraryRoutes(app: OpenAPIHono<ServerEnv>): void {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/library',
      tags: ['library'],
      summary: 'Add documents to the library with the questions each answers; one unreadable file stores nothing',
      middleware: [uploadLimit(MAX_LIBRARY_UPLOAD_BYTES)],
      request: { body: multipart(libraryUploadForm) },
      responses: { 201: json(z.array(artifactWithQuestionsSchema), 'Added'), 400: failures[400], 413: failures[413] },
    }),
    async (c) => {
      const form = c.req.valid('form');
      const files: DocumentFile[] = [];
      for (const file of form.file) files.push(await documentFile(file));
      const details = { title: form.title, kind: form.kind, tags: tagList(form.tags), rating: form.rating };
      return c.json(await addArtifacts(c.var.core, { files, details }), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/library',
      tags: ['library'],
      summary: 'List the library, oldest first, optionally of one kind or with one tag (without the texts)',
      request: { query: libraryListQuery },
      responses: { 200: json(pageOf(artifactSummarySchema), 'A page of documents'), 400: failures[400] },
    }),
    async (c) => {
      const { kind, tag, limit, offset } = c.req.valid('query');
      return c.json({ items: await listArtifacts(c.var.core, { kind, tag, page: { limit, offset } }), limit, offset }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/library/search',
      tags: ['library'],
      summary: 'Ranked full-text search with a snippet and the matched words’ offsets in it',
      request: { query: librarySearchQuery },
      responses: { 200: json(z.array(artifactHitSchema), 'Hits, best first'), 400: failures[400] },
    }),
    async (c) => {
      const { q, limit } = c.req.valid('query');
      return c.json(await searchLibrary(c.var.core, { query: q ?? '', limit }), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/library/{id}',
      tags: ['library'],
      summary: 'A document with its text and the questions it answers',
      request: { params: idParam },
      responses: { 200: json(artifactWithQuestionsSchema, 'The document'), 404: failures[404] },
    }),
    async (c) => c.json(await getArtifact(c.var.core, { id: c.req.valid('param').id }), 200),
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/api/library/{id}',
      tags: ['library'],
      summary: 'Change a document’s title, kind, tags or rating',
      request: { params: idParam, body: { required: true, content: { 'application/json': { schema: artifactUpdate } } } },
      responses: { 200: json(artifactSummarySchema, 'The document, without its text'), 400: failures[400], 404: failures[404] },
    }),
    async (c) => {
      const { body, ...updated } = await updateRecord(c.var.core, {
        entity: 'artifacts',
        id: c.req.valid('param').id,
        input: c.req.valid('json'),
      });
      return c.json({ ...updated, characters: body.length }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/library/{id}',
      tags: ['library'],
      summary: 'Delete a document (templates built from it keep their questions)',
      request: { params: idParam },
      responses: { 204: { description: 'Deleted' }, 404: failures[404] },
    }),
    async (c) => {
      await deleteRecord(c.var.core, { entity: 'artifacts', id: c.req.valid('param').id });
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/questions',
      tags: ['library'],
      summary: 'The questions a document answers, and the headings it leaves empty; nothing is stored',
      middleware: [uploadLimit(MAX_SINGLE_UPLOAD_BYTES)],
      request: { body: multipart(singleFileForm) },
      responses: { 200: json(z.object({ questions: z.array(documentQuestionSchema) }), 'The questions'), ...failures },
    }),
    async (c) => {
      const { questions } = await parseDocument(await documentFile(c.req.valid('form').file));
      return c.json({ questions }, 200);
    },
  );

  app.openapi(listTemplates, async (c) => {
    const { limit, offset } = c.req.valid('query');
    return c.json({ items: await listRecords(c.var.core, { entity: 'templates', page: { limit, offset } }), limit, offset }, 200);
  });

  app.openapi(postTemplate, async (c) => c.json(await createTemplate(c.var.core, c.req.valid('json')), 201));

  app.openapi(readTemplate, async (c) => c.json(await getTemplate(c.var.core, { ref: c.req.valid('param').ref }), 200));

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/templates/{ref}',
      tags: ['template'],
      summary: 'Delete a template (its documents stay in the library)',
      request: { params: templateRefParam },
      responses: { 204: { description: 'Deleted' }, 404: failures[404] },
    }),
    async (c) => {
      const template = await getTemplate(c.var.core, { ref: c.req.valid('param').ref });
      await deleteRecord(c.var.core, { entity: 'templates', id: template.id });
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/templates/{ref}/check',
      tags: ['template'],
      summary: 'Check a draft against a template: which of its questions the draft answers, and where; nothing is stored',
      middleware: [uploadLimit(MAX_SINGLE_UPLOAD_BYTES)],
      request: { params: templateRefParam, body: multipart(singleFileForm) },
      responses: { 200: json(draftCheckSchema, 'The draft check'), ...failures },
    }),
    async (c) => {
      const file = await documentFile(c.req.valid('form').file);
      return c.json(await checkDraftFile(c.var.core, { template: c.req.valid('param').ref, file }), 200);
    },
  );
}
