import { wholeText } from '../../../../engine/positions.js';
import type { Rule } from '../../../../engine/types.js';
import { rewriteAsk } from '../../rewrite.js';
import { findReferences } from '../../work-reference.js';

/** Messages of the `no-specific-reference` rule. */
export const messages = {
  none: () =>
    'The message names none of their specific work, so the question could go to anyone. Tie it to one talk, post, book, podcast or framework of theirs ("You mentioned…").',
};

/**
 * Fails an ask that names none of the recipient's specific work: a talk, post, article,
 * podcast, book, framework, product or "you mentioned…". "Your work", "your profile" and
 * "following you on LinkedIn" do not count.
 */
export const noSpecificReference: Rule = {
  id: 'no-specific-reference',
  description: 'Fails a first contact that names none of their specific work (talk, post, book, podcast, framework, "you mentioned…").',
  severity: 'error',
  check(doc) {
    if (findReferences(doc).length > 0) return [];
    return [{ ...wholeText(doc), message: messages.none(), suggestion: rewriteAsk(doc) }];
  },
};
