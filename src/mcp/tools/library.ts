import { z } from 'zod';
import { AppError } from '../../core/errors.js';
import { listTemplates } from '../../core/library/list-templates.js';
import type { DocumentFile } from '../../core/library/parse-document.js';
import { MAX_QUERY_CHARS, searchLibrary } from '../../core/library/search-library.js';
import { readDocumentOffThread } from '../../workers/read-document-off-thread.js';
import { defineTool } from '../define-tool.js';
import { core } from '../modules.js';

/**
 * Longest document argument, in characters: above the base64 form of the largest document
 * core reads (20 MB), so that core, not the schema, refuses a document too large, with its
 * own message. The stdio transport's buffer is sized from it.
 */
export const MAX_DOCUMENT_ARG = 28 * 1024 * 1024;

const extensions = { markdown: 'md', text: 'txt', html: 'html' } as const;

/** How a document is handed to a tool: its text, or its bytes in base64 with a file name. */
const documentInput = {
  text: z.string().max(MAX_DOCUMENT_ARG).optional().describe('The document’s text (Markdown, plain text or HTML)'),
  content: z
    .string()
    .max(MAX_DOCUMENT_ARG)
    .optional()
    .describe('Instead of text: the file’s bytes in base64, for DOCX or PDF (give its name too)'),
  name: z
    .string()
    .min(1)
    .max(255)
    .optional()
    .describe('File name, e.g. strategy.md: its extension picks the format (.md, .txt, .html, .docx, .pdf)'),
  format: z.enum(['markdown', 'text', 'html']).optional().describe('For text without a name: how it is written (default markdown)'),
};

const base64 = /^[A-Za-z0-9+/_-]*={0,2}$/;

/**
 * The file core reads from a tool's document arguments, as the CLI reads a file and the API an
 * upload: the name decides the format. Exactly one of text and content; a name with content.
 * The tools read it in a worker thread (`readDocumentOffThread`), so `ping` is answered meanwhile.
 */
function documentFile(args: { text?: string; content?: string; name?: string; format?: keyof typeof extensions }, fallback: string) {
  const { text, content, name, format } = args;
  if ((text === undefined) === (content === undefined)) {
    throw new AppError('invalid_input', 'Give the document either as text or as base64 content (with its name), one of the two');
  }
  if (format !== undefined && (name !== undefined || content !== undefined)) {
    throw new AppError('invalid_input', 'format is only for text without a name; otherwise the name’s extension picks the format');
  }
  if (content !== undefined) {
    if (name === undefined)
      throw new AppError('invalid_input', 'Give the file’s name with content: its extension (.docx, .pdf…) picks the format');
    const packed = content.replace(/\s+/g, '');
    if (!base64.test(packed)) throw new AppError('invalid_input', `content of ${name} is not base64`);
    return { name, bytes: new Uint8Array(Buffer.from(packed, 'base64')) } satisfies DocumentFile;
  }
  const file = name ?? `${fallback}.${extensions[format ?? 'markdown']}`;
  return { name: file, bytes: new TextEncoder().encode(text) } satisfies DocumentFile;
}

/**
 * The Artifact method (SPEC §1.7) as tools: the questions a document answers, the library's
 * search, the templates and the draft check. Each answers as the CLI's `--json` does; a list
 * comes wrapped in an object (`{hits}`, `{templates}`), as MCP's structured content is one.
 */
export const libraryTools = [
  defineTool({
    name: 'questions',
    title: 'Questions a document answers',
    description:
      'List the canonical product-document questions (problem, goals, risks, rollout…) a document answers, with the section and offsets of each answer, and the headings left empty.',
    kind: 'check',
    input: documentInput,
    run: async (args) => {
      const file = await readDocumentOffThread(documentFile(args, 'document'));
      const { questions } = await (await core.parseDocument()).parseDocument(file);
      return { questions };
    },
  }),
  defineTool({
    name: 'library_search',
    title: 'Search the library',
    description:
      'Full-text search of the user’s library of gold-standard documents, best first, each hit with a snippet and the offsets of the matched words in it.',
    kind: 'read',
    input: {
      query: z.string().max(MAX_QUERY_CHARS).describe('Words to find'),
      limit: z.number().int().min(1).max(100).optional().describe('How many hits at most, 1–100 (default 20)'),
    },
    run: async ({ query, limit }, { ctx }) => ({ hits: await searchLibrary(ctx, { query, limit }) }),
  }),
  defineTool({
    name: 'template_list',
    title: 'List templates',
    description:
      'List the user’s templates (the ordered union of the questions of gold-standard documents), with how many questions each has and the library documents it was built from.',
    kind: 'read',
    input: {},
    run: async (_args, { ctx }) => ({ templates: await listTemplates(ctx) }),
  }),
  defineTool({
    name: 'check_draft',
    title: 'Check a draft against a template',
    description:
      'Check a draft against a template (by name or id): which of its questions the draft answers and where, the coverage, and a hint for each missing question.',
    kind: 'read',
    input: {
      template: z.string().min(1).max(200).describe('The template’s name or id (see template_list)'),
      ...documentInput,
    },
    run: async ({ template, ...document }, { ctx }) => {
      const file = await readDocumentOffThread(documentFile(document, 'draft'));
      return (await core.checkDraftFile()).checkDraftFile(ctx, { template, file });
    },
  }),
];
