import { firstContactLimits, otherWords, selfWords } from '../../../../data/ask.js';
import { wholeText } from '../../../../engine/positions.js';
import type { Rule } from '../../../../engine/types.js';

const self = new Set(selfWords);
const other = new Set(otherWords);

/** Messages of the `self-focus` rule. */
export const messages = {
  found: (mine: number, yours: number) =>
    `The message says I/me/my ${mine} times and you/your ${yours} times, so it reads as about you rather than them. Cut your backstory and point at their work.`,
};

/** Warns when I/me/my words are at least twice the you/your words, and more than six. */
export const selfFocus: Rule = {
  id: 'self-focus',
  description: 'Warns when I/me/my words are at least twice the you/your words and more than six.',
  severity: 'warning',
  check(doc) {
    let mine = 0;
    let yours = 0;
    for (const w of doc.words) {
      if (self.has(w.lower)) mine += 1;
      else if (other.has(w.lower)) yours += 1;
    }
    if (mine <= firstContactLimits.selfFocusMinimum || mine < firstContactLimits.selfFocusRatio * yours) return [];
    return [{ ...wholeText(doc), message: messages.found(mine, yours) }];
  },
};
