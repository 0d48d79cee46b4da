import type { z } from 'zod';
import { AppError } from '../errors.js';
import { fieldLabel } from './field-labels.js';
import { findUnstorableText } from './find-unstorable-text.js';

/**
 * Validates `input` against `schema` and returns the parsed value, or throws an
 * `invalid_input` AppError whose one-line message names each bad field in the user's words
 * ("Proven Excellence must be 1–5"); `details.issues` keeps the field paths for programs.
 * Text the databases would not keep as given (U+0000, a lone surrogate) is refused first, the
 * same on every database.
 */
export function parseInput<T>(schema: z.ZodType<T>, input: unknown, what: string): T {
  const bad = findUnstorableText(input);
  if (bad) {
    const label = fieldLabel(bad.path);
    throw new AppError('invalid_input', `Invalid ${what}: ${label || 'the text'} ${bad.problem}`, {
      issues: [{ path: bad.path.join('.'), message: `contains ${bad.char}` }],
    });
  }
  const result = schema.safeParse(input, { error: plainMessage });
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  const text = result.error.issues
    .slice(0, 5)
    .map((i) => (i.path.length > 0 ? `${fieldLabel(i.path)} ${i.message}` : i.message))
    .join('; ');
  throw new AppError('invalid_input', `Invalid ${what}: ${text}`, { issues });
}

/** The parts of a validation issue a plain message is made from. */
export interface Issue {
  code?: string;
  input?: unknown;
  expected?: string;
  origin?: string;
  minimum?: unknown;
  maximum?: unknown;
  inclusive?: boolean;
  values?: readonly unknown[];
  keys?: readonly string[];
}

const typeWords: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text',
  array: 'a list',
  boolean: 'true or false',
  object: 'an object',
};

/**
 * A message that reads after the field's label ("must be at most 300 characters"), for the
 * issues whose schema gave none of its own; messages a schema states are kept as they are.
 * Pass it as zod's `error` option to read issues in the same words elsewhere (a restore).
 */
export function plainMessage(issue: Issue): string | undefined {
  const min = Number(issue.minimum);
  const max = Number(issue.maximum);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      return `must be ${typeWords[issue.expected ?? ''] ?? issue.expected}`;
    case 'too_small':
      if (issue.origin === 'string') return min <= 1 ? 'must not be empty' : `must be at least ${min} characters`;
      if (issue.origin === 'array') return `must have at least ${min} item${min === 1 ? '' : 's'}`;
      return issue.inclusive === false ? `must be more than ${min}` : `must be at least ${min}`;
    case 'too_big':
      if (issue.origin === 'string') return `must be at most ${max.toLocaleString('en-US')} characters`;
      if (issue.origin === 'array') return `must have at most ${max} item${max === 1 ? '' : 's'}`;
      return issue.inclusive === false ? `must be less than ${max}` : `must be at most ${max}`;
    case 'invalid_value':
      return `must be one of ${(issue.values ?? []).map(String).join(', ')}`;
    case 'unrecognized_keys':
      return `has unknown fields: ${(issue.keys ?? []).join(', ')}`;
    default:
      return undefined;
  }
}
