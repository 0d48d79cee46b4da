/**
 * Weighted cue lists (`data/cue-tiers.ts`) compiled into one phrase index and scanned in one
 * pass: the lexicons of the skill classifier and of the shadow side.
 */
import type { CueTiers } from '../data/cue-tiers.js';
import { indexPhrases, type PhraseIndex, scanPhrases, tierPhrases } from './phrase-index.js';
import type { Doc } from './types.js';

/** One cue found in a text. */
export interface CueHit<L extends string> {
  label: L;
  cue: string;
  weight: number;
  start: number;
  end: number;
}

/** A lexicon of weighted cues per label, indexed for a linear scan. */
export interface CompiledLexicon<L extends string> {
  labels: readonly L[];
  index: PhraseIndex<{ label: L; weight: number }>;
}

/** Compiles tiers of cues per label into one phrase index. */
export function compileLexicon<L extends string>(lexicon: Readonly<Record<L, CueTiers>>): CompiledLexicon<L> {
  const labels = Object.keys(lexicon) as L[];
  const entries: Array<{ phrase: string; data: { label: L; weight: number } }> = [];
  for (const label of labels) {
    for (const [weight, tier] of Object.entries(lexicon[label])) {
      for (const phrase of tierPhrases(tier ?? '')) entries.push({ phrase, data: { label, weight: Number(weight) } });
    }
  }
  return { labels, index: indexPhrases(entries) };
}

/**
 * Finds the cues of every label in the text. Where cues overlap, the longer (more specific)
 * one wins — "user interviews" beats "interviews" — and ties go to the heavier cue, so each
 * word counts once. Linear in the length of the text.
 */
export function scanLexicon<L extends string>(doc: Doc, lexicon: CompiledLexicon<L>): CueHit<L>[] {
  const hits = scanPhrases(doc, lexicon.index).map((h) => ({
    label: h.data.label,
    cue: h.phrase,
    weight: h.data.weight,
    start: h.start,
    end: h.end,
  }));
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || b.weight - a.weight || a.start - b.start);
  const taken = new Uint8Array(doc.text.length + 1);
  const kept: CueHit<L>[] = [];
  for (const hit of hits) {
    let free = true;
    for (let i = hit.start; i < hit.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, hit.start, hit.end);
    kept.push(hit);
  }
  return kept.sort((a, b) => a.start - b.start);
}
