import { wholeText } from '../../../engine/positions.js';
import type { Rule } from '../../../engine/types.js';
import { readRequest } from '../read-request.js';
import { rewriteRequest } from '../rewrite.js';

/** Messages of the `no-contrast` rule. */
export const messages = {
  missing: () =>
    'No two named alternatives: an either-or question ("confident, or defensive?") is easier to answer honestly. Add the opposite you fear.',
};

/** Warns when a request does not offer two named alternatives. */
export const noContrast: Rule = {
  id: 'no-contrast',
  description: 'Warns when a feedback request does not offer two named alternatives, such as "confident or defensive?".',
  severity: 'warning',
  check(doc) {
    const reading = readRequest(doc);
    if (reading.contrast) return [];
    const span = reading.focus[0] ?? reading.subjective ?? wholeText(doc);
    return [{ start: span.start, end: span.end, message: messages.missing(), suggestion: rewriteRequest(reading) }];
  },
};
