/** A character no text field may hold, and where it is. */
export interface UnstorableText {
  /** Keys and indexes down to the string (a key itself counts as the place of its value). */
  path: Array<string | number>;
  /** The code unit, written `U+XXXX`. */
  char: string;
  /** What is wrong with it, read after the field's name ("cannot contain …"). */
  problem: string;
}

/** U+0000, or a surrogate without its other half (a high one not followed by a low one, or a low one alone). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: U+0000 is one of the characters looked for.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Finds the first string in `value` (at any depth, keys included) holding a character the
 * databases would not keep as given: U+0000, which PostgreSQL cannot store, or a lone
 * surrogate, which is no character at all (SQLite keeps it as three U+FFFD, PostgreSQL as one).
 * Returns null when every string is storable text. Linear in the size of `value`.
 */
export function findUnstorableText(value: unknown, path: Array<string | number> = []): UnstorableText | null {
  if (typeof value === 'string') {
    const match = UNSTORABLE.exec(value);
    if (!match) return null;
    const code = match[0].charCodeAt(0);
    const char = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    const problem =
      code === 0
        ? 'cannot contain the NUL character (U+0000)'
        : `cannot contain a lone surrogate (${char}): half of a character, which is not text; remove it or type the character again`;
    return { path, char, problem };
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const found = findUnstorableText(value[i], [...path, i]);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = findUnstorableText(key, [...path, key]) ?? findUnstorableText(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}
