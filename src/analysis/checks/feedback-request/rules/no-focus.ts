import { wholeText } from '../../../engine/positions.js';
import type { Rule } from '../../../engine/types.js';
import { sentenceOf } from '../../../engine/words-around.js';
import { readRequest } from '../read-request.js';
import { rewriteRequest } from '../rewrite.js';

/** Messages of the `no-focus` rule. */
export const messages = {
  missing: () =>
    'No trait or behaviour to look at: "how did I come across?" alone gets a polite "fine". Name one, e.g. confident, pacing, listening or tone.',
};

/** Fails a request that names no trait or behaviour to give feedback on. */
export const noFocus: Rule = {
  id: 'no-focus',
  description: 'Fails a feedback request that names no trait or behaviour (confident, pacing, listening, tone, taking charge).',
  severity: 'error',
  check(doc) {
    const reading = readRequest(doc);
    if (reading.focus.length > 0) return [];
    const span = reading.subjective ? sentenceOf(doc, reading.subjective.start) : wholeText(doc);
    return [{ start: span.start, end: span.end, message: messages.missing(), suggestion: rewriteRequest(reading) }];
  },
};
