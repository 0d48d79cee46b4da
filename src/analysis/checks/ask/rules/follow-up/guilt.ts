import { bumpOpeners, guiltPhrases } from '../../../../data/ask-follow-up.js';
import { findAll, type Span } from '../../../../engine/match.js';
import type { Doc, Rule } from '../../../../engine/types.js';
import { onePerSentence, phrasesRegex } from '../../request-language.js';

const pattern = phrasesRegex(guiltPhrases);
const openers = phrasesRegex(bumpOpeners);

/**
 * "bump 👆", "Bumping:", "2nd reminder —": the message opens by pushing itself up the inbox. Inside
 * a sentence these words are about something else ("did the price bump hurt renewals?").
 */
function openingBump(doc: Doc): Span[] {
  const first = doc.words[0];
  if (!first) return [];
  return findAll(doc, openers).filter((span) => span.start === first.start);
}

/** Messages of the `guilt` rule. */
export const messages = {
  found: (phrase: string) =>
    `"${phrase}" makes them feel guilty for not answering, which makes an answer less likely. Drop it: a plain "Following up on my question:" and the question itself are enough.`,
};

/**
 * Fails a follow-up that guilts the recipient: "I haven't heard back", "just bumping this",
 * "did you get my email?", "you read my message but didn't reply", "sorry to chase again".
 * A message that opens with "bump" or "2nd reminder" guilts too. "Following up", "a gentle nudge"
 * and "no pressure" are guilt-free.
 */
export const guilt: Rule = {
  id: 'guilt',
  description: 'Fails a follow-up that guilts the recipient ("I haven\'t heard back", "just bumping this", "did you get my email?").',
  severity: 'error',
  check(doc) {
    return onePerSentence(doc, [...findAll(doc, pattern), ...openingBump(doc)]).map((span) => ({
      ...span,
      message: messages.found(doc.text.slice(span.start, span.end)),
    }));
  },
};
