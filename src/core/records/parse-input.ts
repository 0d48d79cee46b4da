import type { z } from 'zod';
import { AppError } from '../errors.js';

/**
 * Validates `input` against `schema` and returns the parsed value, or throws an
 * `invalid_input` AppError whose one-line message names each bad field.
 */
export function parseInput<T>(schema: z.ZodType<T>, input: unknown, what: string): T {
  const nul = pathOfNul(input, []);
  if (nul) {
    const where = nul.join('.');
    throw new AppError('invalid_input', `Invalid ${what}: ${where ? `${where}: ` : ''}text cannot contain the NUL character (U+0000)`, {
      issues: [{ path: where, message: 'contains U+0000' }],
    });
  }
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  const text = issues
    .slice(0, 5)
    .map((i) => (i.path ? `${i.path}: ${i.message}` : i.message))
    .join('; ');
  throw new AppError('invalid_input', `Invalid ${what}: ${text}`, { issues });
}

/**
 * Where in `value` a string holds U+0000, or null. PostgreSQL text cannot store it, so it is
 * refused on every database alike, before validation.
 */
function pathOfNul(value: unknown, path: Array<string | number>): Array<string | number> | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const found = pathOfNul(value[i], [...path, i]);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = pathOfNul(key, [...path, key]) ?? pathOfNul(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}
