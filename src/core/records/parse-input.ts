import type { z } from 'zod';
import { AppError } from '../errors.js';

/**
 * Validates `input` against `schema` and returns the parsed value, or throws an
 * `invalid_input` AppError whose one-line message names each bad field.
 */
export function parseInput<T>(schema: z.ZodType<T>, input: unknown, what: string): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  const text = issues
    .slice(0, 5)
    .map((i) => (i.path ? `${i.path}: ${i.message}` : i.message))
    .join('; ');
  throw new AppError('invalid_input', `Invalid ${what}: ${text}`, { issues });
}
