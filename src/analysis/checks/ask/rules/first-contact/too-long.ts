import { firstContactLimits } from '../../../../data/ask.js';
import { wholeText } from '../../../../engine/positions.js';
import type { Rule } from '../../../../engine/types.js';

/** Messages of the `too-long` rule. */
export const messages = {
  long: (words: number, limit: number) =>
    `The message has ${words} words (over ${limit}); a busy expert skims long cold messages. Cut it to the reference and the one question.`,
};

/** Warns about a first contact of more than 100 words and fails one of more than 150. */
export const tooLong: Rule = {
  id: 'too-long',
  description: 'Warns about a first contact of more than 100 words and fails one of more than 150.',
  severity: 'error',
  check(doc) {
    const words = doc.words.length;
    if (words <= firstContactLimits.wordsWarning) return [];
    const error = words > firstContactLimits.wordsError;
    return [
      {
        ...wholeText(doc),
        message: messages.long(words, error ? firstContactLimits.wordsError : firstContactLimits.wordsWarning),
        severity: error ? 'error' : 'warning',
      },
    ];
  },
};
