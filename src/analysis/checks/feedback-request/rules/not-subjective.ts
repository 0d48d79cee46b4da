import { wholeText } from '../../../engine/positions.js';
import type { Rule } from '../../../engine/types.js';
import { readRequest } from '../read-request.js';
import { rewriteRequest } from '../rewrite.js';

/** Messages of the `not-subjective` rule. */
export const messages = {
  missing: () =>
    'Does not ask how you came across: asking what to improve, for tips, a rating or whether the content was right gets advice, not a mirror. Ask "did I come across as … or …?".',
};

/** Fails a request that does not ask how the writer came across. */
export const notSubjective: Rule = {
  id: 'not-subjective',
  description:
    'Fails a feedback request that does not ask how you came across (asking what to improve, for tips, a rating or about the content).',
  severity: 'error',
  check(doc) {
    const reading = readRequest(doc);
    if (reading.subjective) return [];
    const question = doc.sentences.find((s) => s.question);
    const span = question ?? wholeText(doc);
    return [{ start: span.start, end: span.end, message: messages.missing(), suggestion: rewriteRequest(reading) }];
  },
};
