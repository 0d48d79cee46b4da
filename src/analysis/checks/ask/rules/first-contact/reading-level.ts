import { firstContactLimits } from '../../../../data/ask.js';
import { wholeText } from '../../../../engine/positions.js';
import { textStats } from '../../../../engine/stats.js';
import type { Rule } from '../../../../engine/types.js';

/** Messages of the `reading-level` rule. */
export const messages = {
  hard: (grade: number) =>
    `The message reads at grade ${grade} (Flesch–Kincaid; aim for 8 or below). Use shorter sentences and plainer words so it is answered at a glance.`,
};

/** Warns when the Flesch–Kincaid grade of the message is above 8. */
export const readingLevel: Rule = {
  id: 'reading-level',
  description: 'Warns when the Flesch–Kincaid grade of the message is above 8.',
  severity: 'warning',
  check(doc) {
    const grade = textStats(doc).readingGrade;
    if (grade <= firstContactLimits.readingGrade) return [];
    return [{ ...wholeText(doc), message: messages.hard(grade) }];
  },
};
