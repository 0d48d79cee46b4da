import { clauseOpeners, contrastWords, negationWords } from '../data/language.js';
import { tokenIndexAt } from './positions.js';
import type { Doc, Token } from './types.js';

const NEGATORS = new Set(negationWords);

/** Words that open a clause in contrast, so a negation before them does not reach past them. */
const CONTRASTS: ReadonlySet<string> = new Set(contrastWords);
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(clauseOpeners);

/**
 * True when the words just before `start`, in the same sentence, negate it ("no need for a
 * call", "I'm not looking for a mentor"). Looks back at most `window` words.
 */
export function isNegated(doc: Doc, start: number, window = 4): boolean {
  const index = tokenIndexAt(doc, start);
  if (index < 0) return false;
  const sentence = doc.tokens[index]?.sentence;
  for (let i = index - 1, seen = 0; i >= 0 && seen < window; i--) {
    const token = doc.tokens[i] as Token;
    if (token.sentence !== sentence) break;
    if (token.kind === 'punct') {
      // A quote closes a name ("the 'completed without assist' metric"): its words negate nothing outside it.
      if (/[,;:.!?\-\u2013\u2014"'\u201c\u201d\u2018\u2019\u00ab\u00bb]/.test(token.text)) break;
      continue;
    }
    // "didn't move much, but we learned …": a contrast ends the negation's reach, and so does a
    // subordinate clause ("I never wrote back after you advised us…": the advice was given).
    if (CONTRASTS.has(token.lower) || CLAUSE_OPENERS.has(token.lower)) break;
    seen += 1;
    if (NEGATORS.has(token.lower) || token.lower.endsWith("n't")) return true;
  }
  return false;
}
