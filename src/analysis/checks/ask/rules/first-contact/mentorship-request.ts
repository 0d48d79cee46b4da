import type { Rule } from '../../../../engine/types.js';
import { findMentorshipRequests } from '../../find-mentorship-requests.js';
import { rewriteAsk } from '../../rewrite.js';

/** Messages of the `mentorship-request` rule. */
export const messages = {
  found: (phrase: string) =>
    `"${phrase}" asks them to be your mentor, a big open-ended commitment to a stranger. Ask one specific question about their work instead; mentorship grows from answers you act on.`,
};

/** Fails an ask that requests mentorship. */
export const mentorshipRequest: Rule = {
  id: 'mentorship-request',
  description: 'Fails a first contact that asks the recipient to be a mentor or for mentorship.',
  severity: 'error',
  check(doc) {
    const spans = findMentorshipRequests(doc);
    if (spans.length === 0) return [];
    const suggestion = rewriteAsk(doc);
    return spans.map((span) => ({ ...span, message: messages.found(doc.text.slice(span.start, span.end)), suggestion }));
  },
};
