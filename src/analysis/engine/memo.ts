import type { Doc } from './types.js';

/**
 * The value of `compute` for `doc`, worked out once per parsed text and kept on it: several
 * rules of a check read the same request sentences, word index or references, so each is
 * computed once per check. Kept on the text itself, it goes when the text goes.
 */
export function memo<T>(doc: Doc, key: unknown, compute: () => T): T {
  if (doc.cache.has(key)) return doc.cache.get(key) as T;
  const value = compute();
  doc.cache.set(key, value);
  return value;
}

/** `analyse`, computed once per parsed text (see `memo`). */
export function perDoc<T>(analyse: (doc: Doc) => T): (doc: Doc) => T {
  const key = Symbol(analyse.name);
  return (doc) => memo(doc, key, () => analyse(doc));
}
