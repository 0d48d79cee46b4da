import { wholeText } from '../../../../engine/positions.js';
import type { Rule } from '../../../../engine/types.js';
import type { AskContext } from '../../ask-context.js';
import { loopParts } from '../../loop-parts.js';

/** Messages of the `gratitude` rule. */
export const messages = {
  missing: () =>
    'The message reports back without thanking them. Add one line of thanks, e.g. "Thank you for the tip — it made a real difference."',
};

/** Fails a circle-back with no thanks ("thanks to your idea" is a cause, not thanks). */
export const gratitude: Rule<AskContext> = {
  id: 'gratitude',
  description: 'Fails a circle-back that does not thank them for the advice.',
  severity: 'error',
  check(doc) {
    return loopParts(doc).gratitude.length > 0 ? [] : [{ ...wholeText(doc), message: messages.missing() }];
  },
};
