import type { z } from 'zod';
import type {
  artifactHitSchema,
  artifactSummarySchema,
  artifactWithQuestionsSchema,
  draftCheckSchema,
  templateWithQuestionsSchema,
} from '../../../../src/contracts/library.js';

/**
 * The library's records as the API sends them, inferred from the shared contracts so the page
 * cannot drift from the server.
 */

/** A library document in a list: everything but its text. */
export type DocumentSummary = z.infer<typeof artifactSummarySchema>;

/** A library document with its text and the questions it answers. */
export type LibraryDocument = z.infer<typeof artifactWithQuestionsSchema>;

/** One question a document answers, with the span of the text that answers it. */
export type DocumentQuestion = LibraryDocument['questions'][number];

/** What a document is (PRD, strategy…). */
export type DocumentKind = DocumentSummary['kind'];

/** A template with its questions in order and its source documents. */
export type TemplateWithQuestions = z.infer<typeof templateWithQuestionsSchema>;

/** A template in a list. */
export type TemplateSummary = Omit<TemplateWithQuestions, 'questions' | 'sources'>;

/** A draft checked against a template. */
export type DraftCheck = z.infer<typeof draftCheckSchema>;

/** One full-text search hit with its snippet and the matched words' offsets in it. */
export type SearchHit = z.infer<typeof artifactHitSchema>;

/** A page of records from a list route. */
export interface PageOf<T> {
  items: T[];
  limit: number;
  offset: number;
}

/** How each kind of document is named on the page; every kind the API knows is listed. */
export const kindLabels: Record<DocumentKind, string> = {
  prd: 'PRD',
  strategy: 'Strategy',
  vision: 'Vision',
  'one-pager': 'One-pager',
  'exec-update': 'Executive update',
  'launch-email': 'Launch email',
  'post-mortem': 'Post-mortem',
  other: 'Other',
};

/** The kinds as options of a select. */
export const kindOptions = Object.entries(kindLabels).map(([value, label]) => ({ value, label }));

/** File types the library reads, as the dropzone accepts them. */
export const documentTypes = {
  'text/markdown': ['.md', '.markdown'],
  'text/plain': ['.txt'],
  'text/html': ['.html', '.htm'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['.docx'],
  'application/pdf': ['.pdf'],
};

/** The largest document the server reads (20 MB): larger files are turned away before upload; the server checks again. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
