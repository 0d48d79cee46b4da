import { guiltPhrases } from '../../../../data/ask-follow-up.js';
import { findAll } from '../../../../engine/match.js';
import type { Rule } from '../../../../engine/types.js';
import { onePerSentence, phrasesRegex } from '../../request-language.js';

const pattern = phrasesRegex(guiltPhrases);

/** Messages of the `guilt` rule. */
export const messages = {
  found: (phrase: string) =>
    `"${phrase}" makes them feel guilty for not answering, which makes an answer less likely. Drop it: a plain "Following up on my question:" and the question itself are enough.`,
};

/**
 * Fails a follow-up that guilts the recipient: "I haven't heard back", "just bumping this",
 * "did you get my email?", "you read my message but didn't reply", "sorry to chase again".
 * "Following up", "a gentle nudge" and "no pressure" are guilt-free.
 */
export const guilt: Rule = {
  id: 'guilt',
  description: 'Fails a follow-up that guilts the recipient ("I haven\'t heard back", "just bumping this", "did you get my email?").',
  severity: 'error',
  check(doc) {
    return onePerSentence(doc, findAll(doc, pattern)).map((span) => ({
      ...span,
      message: messages.found(doc.text.slice(span.start, span.end)),
    }));
  },
};
