import { z } from 'zod';
import { isIsoDate } from '../clock.js';

/**
 * Field schemas shared by every entity, so limits and messages read the same everywhere.
 * Lengths are bounded: a huge string is refused with a clear message, never stored.
 */
export const idField = z.string().min(1).max(64);

/** A calendar date `YYYY-MM-DD`. */
export const dateField = z.string().refine(isIsoDate, { message: 'must be a date written YYYY-MM-DD' });

/** Short text: names, titles, labels. */
export const shortText = z.string().trim().min(1, 'must not be empty').max(300);

/** Free text: statements, notes, message bodies (100,000 characters at most). */
export const longText = z.string().max(100_000);

/** A list of short labels (tags, expertise, interests). */
export const labelList = z.array(z.string().trim().min(1).max(100)).max(100);

/** A score of 1–5. */
export const score = z.number().int('must be 1–5').min(1, 'must be 1–5').max(5, 'must be 1–5');

/**
 * A moment as the clock writes it: ISO 8601 in UTC (`2026-11-28T09:30:00.000Z`). Only this
 * form is accepted, so timestamps compare as text and their first ten characters are the date.
 */
export const timestampField = z.iso.datetime({ message: 'must be a timestamp written like 2026-11-28T09:30:00.000Z' });

/** Columns every row has: who owns it and when it was written. */
export const rowFields = {
  id: idField,
  userId: idField,
  createdAt: timestampField,
  updatedAt: timestampField,
};

/** One finding of a stored check result; other keys a check adds are kept. */
const storedFinding = z.looseObject({
  rule: z.string().min(1).max(100),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string().max(5_000),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});

/**
 * A text check's result kept with what it checked (a message, a feedback request or reply):
 * the verdict, the score and the findings the loop and the doctor read; other keys (the
 * figures) are kept as they are.
 */
export const checkResultField = z.looseObject({
  verdict: z.string().min(1).max(40),
  score: z.number().int().min(0).max(100),
  findings: z.array(storedFinding),
});

/**
 * The entities of the workspace, by table name (camelCase plural), in dependency order: a
 * parent always comes before its children. `entities.ts` describes how each is kept.
 */
export const entityNames = [
  'outcomes',
  'checkins',
  'gaps',
  'mentors',
  'evidence',
  'giveBacks',
  'relationships',
  'transitions',
  'messages',
  'advice',
  'meetings',
  'actionItems',
  'artifacts',
  'artifactQuestions',
  'templates',
  'templateQuestions',
  'templateSources',
  'feedbackRequests',
  'feedback',
  'feedbackReplies',
] as const;
export type EntityName = (typeof entityNames)[number];
