import { wholeText } from '../../../../engine/positions.js';
import type { Rule } from '../../../../engine/types.js';
import type { AskContext } from '../../ask-context.js';
import { askKind } from '../../ask-kind.js';
import { noCircleBackSign } from '../../no-circle-back-sign.js';

/** Messages of the `no-circle-back` rule. */
export const messages = {
  record: (aNoun: string, backstage: boolean) =>
    backstage
      ? `There is no circle-back with them yet, so the trust ${aNoun} needs is not there. Apply something they suggested and tell them how it went first.`
      : `There is no circle-back with them yet: ${aNoun} comes only after you applied their advice and reported the result. Circle back first.`,
  text: (phrase: string, noun: string) =>
    `"${phrase}" shows there has been no circle-back yet. Apply their advice and report the result before this ${noun}.`,
};

/**
 * Fails an escalation when the relationship has no circle-back yet, or when the text shows
 * none happened ("we haven't met yet", "I haven't tried your idea yet"). Without a
 * relationship the check assumes a circle-back happened unless the text says otherwise.
 */
export const noCircleBack: Rule<AskContext> = {
  id: 'no-circle-back',
  description: 'Fails an escalation or backstage request made before any circle-back with this person.',
  severity: 'error',
  check(doc, ctx) {
    const { noun, aNoun, backstage } = askKind(ctx);
    const sign = noCircleBackSign(doc);
    if (sign) return [{ ...sign, message: messages.text(doc.text.slice(sign.start, sign.end), noun) }];
    if (ctx?.hasCircleBack === false) return [{ ...wholeText(doc), message: messages.record(aNoun, backstage) }];
    return [];
  },
};
