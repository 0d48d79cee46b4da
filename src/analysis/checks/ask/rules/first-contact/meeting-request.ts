import type { Rule } from '../../../../engine/types.js';
import { findMeetingRequests } from '../../find-meeting-requests.js';
import { rewriteAsk } from '../../rewrite.js';

/** Messages of the `meeting-request` rule. */
export const messages = {
  found: (phrase: string) =>
    `"${phrase}" asks for a meeting; a first contact should cost them under two minutes. Drop the call and ask the one question you would have asked in it.`,
};

/** Fails an ask that requests a meeting, call or chat. */
export const meetingRequest: Rule = {
  id: 'meeting-request',
  description: 'Fails a first contact that asks for coffee, a call, a chat, a meeting or time on their calendar.',
  severity: 'error',
  check(doc) {
    const spans = findMeetingRequests(doc);
    if (spans.length === 0) return [];
    const suggestion = rewriteAsk(doc);
    return spans.map((span) => ({ ...span, message: messages.found(doc.text.slice(span.start, span.end)), suggestion }));
  },
};
