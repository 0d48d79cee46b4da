import { wholeText } from '../../../engine/positions.js';
import type { Rule } from '../../../engine/types.js';
import { readRequest } from '../read-request.js';
import { rewriteRequest } from '../rewrite.js';

/** Messages of the `no-event` rule. */
export const messages = {
  missing: () =>
    'No particular occasion: feedback on "meetings in general" is vague and hard to give. Name one moment, e.g. "during Tuesday\'s roadmap review".',
};

/** Fails a request that names no particular occasion (a meeting, a call, a day). */
export const noEvent: Rule = {
  id: 'no-event',
  description: 'Fails a feedback request that names no particular occasion, such as "during Tuesday\'s roadmap review".',
  severity: 'error',
  check(doc) {
    const reading = readRequest(doc);
    if (reading.event) return [];
    return [{ ...wholeText(doc), message: messages.missing(), suggestion: rewriteRequest(reading) }];
  },
};
