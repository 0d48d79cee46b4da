import { firstContactLimits } from '../../../../data/ask.js';
import type { Rule } from '../../../../engine/types.js';

/** Messages of the `too-many-questions` rule. */
export const messages = {
  several: (count: number) =>
    `The message asks ${count} questions; each one makes an answer less likely. Keep the one question that matters most and cut the rest.`,
};

/**
 * Counts the questions (sentences ending with "?"): a warning at two, an error at three or
 * more, reported over the questions after the first.
 */
export const tooManyQuestions: Rule = {
  id: 'too-many-questions',
  description: 'Warns about two questions in one ask and fails three or more.',
  severity: 'error',
  check(doc) {
    const questions = doc.sentences.filter((s) => s.question);
    const count = questions.length;
    if (count < firstContactLimits.questionsWarning) return [];
    const second = questions[1];
    const last = questions[count - 1];
    if (!second || !last) return [];
    return [
      {
        start: second.start,
        end: last.end,
        message: messages.several(count),
        severity: count >= firstContactLimits.questionsError ? 'error' : 'warning',
      },
    ];
  },
};
