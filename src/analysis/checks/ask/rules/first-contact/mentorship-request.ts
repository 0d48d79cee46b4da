import { mentorshipPhrases } from '../../../../data/ask.js';
import { findAll, type Span } from '../../../../engine/match.js';
import { memo } from '../../../../engine/memo.js';
import type { Doc, Rule } from '../../../../engine/types.js';
import { isDenied, onePerSentence, phrasesRegex } from '../../request-language.js';
import { rewriteAsk } from '../../rewrite.js';

const pattern = phrasesRegex(mentorshipPhrases);

/** Messages of the `mentorship-request` rule. */
export const messages = {
  found: (phrase: string) =>
    `"${phrase}" asks them to be your mentor, a big open-ended commitment to a stranger. Ask one specific question about their work instead; mentorship grows from answers you act on.`,
};

/**
 * Where `doc` asks someone to be a mentor or for mentorship ("be my mentor", "mentor me",
 * "looking for a mentor"), one span per sentence; negated asks ("I'm not looking for a
 * mentor") do not count. Shared with the follow-up stage, where it is a new ask.
 */
export function findMentorshipRequests(doc: Doc): Span[] {
  return memo(doc, 'mentorship', () => collectMentorshipRequests(doc));
}

function collectMentorshipRequests(doc: Doc): Span[] {
  return onePerSentence(
    doc,
    findAll(doc, pattern).filter((s) => !isDenied(doc, s.start)),
  );
}

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
