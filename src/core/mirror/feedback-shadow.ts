import { findShadow } from '../../analysis/checks/shadow/find-shadow.js';
import { MIN_SHADOW_CONFIDENCE, strengths } from '../../analysis/data/strengths.js';

/** A strength of the catalogue with its shadow side and the counter-behaviour (SPEC §1.6). */
export interface ShadowSide {
  strength: string;
  strengthName: string;
  shadow: string;
  counter: string;
}

/** The catalogue entry of a strength id, or `null` for an unknown or missing id. */
export function strengthById(id: string | null | undefined): ShadowSide | null {
  const s = strengths.find((entry) => entry.id === id);
  return s ? { strength: s.id, strengthName: s.strength, shadow: s.shadow, counter: s.counter } : null;
}

/**
 * The shadow side a piece of feedback points to, as the Mirror page suggests it: the strength
 * whose overdone form the text describes, or `null` when nothing points to one clearly enough.
 */
export function feedbackShadow(text: string): ShadowSide | null {
  const found = findShadow(text);
  if (found.strength === null || found.confidence < MIN_SHADOW_CONFIDENCE) return null;
  return strengthById(found.strength);
}
