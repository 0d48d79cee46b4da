import type { Doc } from './types.js';

/**
 * The value of `compute` for `doc`, worked out once per parsed text and kept on it: several
 * rules of a check read the same request sentences, word index or references, so each is
 * computed once per check. Kept on the text itself, it goes when the text goes.
 */
export function memo<T>(doc: Doc, key: unknown, compute: () => T): T {
  // A name or a function, of which the code holds a fixed number, gets a slot of its own (see `perDoc`).
  if (typeof key === 'string' || typeof key === 'function') {
    let slot = slotsByKey.get(key);
    if (slot === undefined) {
      slot = slotCount++;
      slotsByKey.set(key, slot);
    }
    return inSlot(doc, slot, compute);
  }
  if (doc.cache.has(key)) return doc.cache.get(key) as T;
  const value = compute();
  doc.cache.set(key, value);
  return value;
}

/** How many slots of `Doc.slots` analyses have taken, and the slot of each key `memo` was given. */
let slotCount = 0;
const slotsByKey = new Map<unknown, number>();
/** Stands in a slot for an analysis whose value is undefined, so it is not worked out again. */
const UNDEFINED = Symbol('undefined');

/** The value kept in `slot` of `doc`, computed on first use. */
function inSlot<T>(doc: Doc, slot: number, compute: () => T): T {
  const kept = doc.slots[slot];
  if (kept !== undefined) return (kept === UNDEFINED ? undefined : kept) as T;
  const value = compute();
  // Filled up to the slot first: writing far past the end of an array makes V8 store it as a slow dictionary.
  for (let i = doc.slots.length; i < slot; i++) doc.slots.push(undefined);
  doc.slots[slot] = value === undefined ? UNDEFINED : value;
  return value;
}

/**
 * `analyse`, computed once per parsed text (see `memo`). The value is kept in a slot of the
 * text numbered for `analyse`, which costs less than a look-up by key: the shared analyses are
 * read dozens of times per check.
 */
export function perDoc<T>(analyse: (doc: Doc) => T): (doc: Doc) => T {
  const slot = slotCount++;
  return (doc) => {
    const kept = doc.slots[slot];
    if (kept !== undefined) return (kept === UNDEFINED ? undefined : kept) as T;
    return inSlot(doc, slot, () => analyse(doc));
  };
}
