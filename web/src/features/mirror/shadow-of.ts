import { findShadow } from '../../../../src/analysis/checks/shadow/find-shadow.js';
import { MIN_SHADOW_CONFIDENCE, strengths } from '../../../../src/analysis/data/strengths.js';

/** A strength with its shadow side and the counter-behaviour (SPEC §1.6). */
export interface ShadowSide {
  strength: string;
  strengthName: string;
  shadow: string;
  counter: string;
  /** 1 for a strength named outright; otherwise how clearly the feedback points to it. */
  confidence: number;
}

/** The catalogue's strengths, for pickers: id and name. */
export const strengthOptions = strengths.map((s) => ({ value: s.id, label: s.strength }));

/** The catalogue entry of a strength id, or `null`. */
export function strengthById(id: string | null | undefined): ShadowSide | null {
  const s = strengths.find((entry) => entry.id === id);
  return s ? { strength: s.id, strengthName: s.strength, shadow: s.shadow, counter: s.counter, confidence: 1 } : null;
}

/**
 * The shadow side a text names: a strength typed outright ("Decisive") is looked up in the
 * catalogue; anything else is read as feedback, and the strength whose overdone form it
 * describes is found with `findShadow`. `null` when nothing points to one.
 */
export function shadowOf(text: string): ShadowSide | null {
  const typed = text
    .trim()
    .toLowerCase()
    .replace(/[.!]+$/, '');
  if (!typed) return null;
  const named = strengths.find((s) => s.id === typed || s.strength.toLowerCase() === typed);
  if (named) return strengthById(named.id);
  const found = findShadow(text);
  const { strength, strengthName, shadow, counter, confidence } = found;
  if (strength === null || strengthName === null || shadow === null || counter === null || confidence < MIN_SHADOW_CONFIDENCE) return null;
  return { strength, strengthName, shadow, counter, confidence };
}
