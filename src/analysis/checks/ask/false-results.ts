/**
 * What reads like a result and is none: a verb in the present after "when" (a condition), a
 * result line with only a placeholder after its label, learning with nothing learned named, and
 * an amount that was set rather than reached. `find-result.ts` leaves these out.
 */
import { tokenIndexAt } from '../../engine/positions.js';
import type { Quantity } from '../../engine/quantity.js';
import type { Doc, Token } from '../../engine/types.js';

/**
 * True when the verb at `start` is in the present after "when" or "whenever": "…when our traffic
 * drops ~40% in August" sets a condition; it reports nothing that happened.
 */
export function whenPresent(doc: Doc, start: number): boolean {
  const at = tokenIndexAt(doc, start);
  const verb = doc.tokens[at];
  if (!verb || !/^\p{L}{2,}s$/u.test(verb.lower) || /(?:ss|us|is|was|has)$/.test(verb.lower)) return false;
  for (let i = at - 1; i >= 0 && i >= at - 4; i--) {
    const t = doc.tokens[i] as Token;
    if (t.sentence !== verb.sentence || t.kind === 'punct') return false;
    if (t.lower === 'when' || t.lower === 'whenever') return true;
  }
  return false;
}

/** True when a labelled result line holds only a placeholder ("Result: good results"). */
export function isPlaceholderOnly(body: string): boolean {
  // "Outcome: will report back at quarter end", "Result: too early to tell": a result still to come.
  if (
    /^\s*(?:(?:we|i)(?:'ll| will| plan| are planning|'re planning| aim| intend| expect| hope)|will|to be|too early|not yet|no (?:numbers|data|results) yet|pending|tbc|tbd)(?![\p{L}])/u.test(
      body.toLowerCase(),
    )
  )
    return true;
  const words = body.toLowerCase().match(/[\p{L}\p{N}%]+/gu) ?? [];
  const rest = words.filter(
    (w) => !['a', 'an', 'the', 'some', 'we', 'saw', 'got', 'good', 'great', 'positive', 'tbd', 'pending'].includes(w),
  );
  return (
    rest.length === 0 ||
    (rest.length <= 2 && rest.every((w) => ['result', 'results', 'improvement', 'success', 'worked', 'it'].includes(w)))
  );
}

/** "we learned a lot, results coming soon": learning with nothing learned named. */
export const VAGUE_LEARNING =
  /^(?:we |i )?(?:learned|learnt|learned so|learnt so) (?:a lot|so much|loads|tons|a ton|heaps|plenty|a great deal)\s*(?:[.!,;)]|$|and |but |so )/;

/**
 * True when an amount is what was set, not reached: a share it ran on ("running it on 20% of
 * traffic", "rolled out to 10% of users") or the same amount kept ("same $5 for both sides").
 */
export function setAmount(doc: Doc, q: Quantity): boolean {
  if (doc.tokens[tokenIndexAt(doc, q.start) - 1]?.lower === 'same') return true;
  // "running it on 20% of traffic", not "signed digitally on 70% of deliveries".
  return (
    ALLOCATED.test(doc.lower.slice(Math.max(0, q.start - 40), q.start)) && /^\s?of(?![\p{L}])/u.test(doc.lower.slice(q.end, q.end + 4))
  );
}
const ALLOCATED =
  /(?:run|runs|running|ran|roll(?:ed|ing)? (?:it |this |them )?out|test(?:ed|ing)?|launch(?:ed|ing)?|pilot(?:ed|ing)?|releas(?:ed|ing)|expos(?:ed|ing)|show(?:n|ing)|enabl(?:ed|ing)|live)(?: (?:it|this|them|the [\p{L}-]+))? (?:on|to|for|across|with) $/u;
