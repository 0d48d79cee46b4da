import { followUpLimits } from '../../../../data/ask-follow-up.js';
import { wholeText } from '../../../../engine/positions.js';
import type { Rule } from '../../../../engine/types.js';

/** Messages of the follow-up `too-long` rule. */
export const messages = {
  long: (words: number) =>
    `The follow-up has ${words} words (over ${followUpLimits.wordsError}); a nudge should be read in seconds. Keep one line of context and restate the one question.`,
};

/** Fails a follow-up of more than 80 words. */
export const tooLong: Rule = {
  id: 'too-long',
  description: 'Fails a follow-up of more than 80 words.',
  severity: 'error',
  check(doc) {
    const words = doc.words.length;
    if (words <= followUpLimits.wordsError) return [];
    return [{ ...wholeText(doc), message: messages.long(words) }];
  },
};
