import { wholeText } from '../../../../engine/positions.js';
import type { Rule } from '../../../../engine/types.js';
import type { AskContext } from '../../ask-context.js';
import { askKind } from '../../ask-kind.js';
import { recalledParts } from '../../loop-parts.js';
import { askedAbout } from '../../loop-tokens.js';
import { untriedSign } from '../../no-circle-back-sign.js';

/** Messages of the `prior-context` rule. */
export const messages = {
  neither: (noun: string, backstage: boolean) =>
    backstage
      ? `The ${noun} does not mention the earlier help they gave or what came of it. Open with it, e.g. "your outline template got my PRD approved in one review".`
      : `The ${noun} does not mention their earlier advice or its result. Open with both, e.g. "your invite-prompt idea lifted activation from 18% to 24%".`,
  noResult: (noun: string) =>
    `The ${noun} mentions the earlier advice but not what came of it. Add the result (a number, an outcome or a learning) before the new question.`,
  noAdvice: (noun: string) =>
    `The ${noun} reports a result but not which of their advice led to it. Name the advice, e.g. "your three-experiments rule".`,
};

/** Fails an escalation that does not recall the earlier advice and its result. */
export const priorContext: Rule<AskContext> = {
  id: 'prior-context',
  description: 'Fails an escalation or backstage request that does not recall the earlier advice and what came of it.',
  severity: 'error',
  check(doc, ctx) {
    const { noun, backstage } = askKind(ctx);
    const parts = recalledParts(doc);
    // Any mention of the advice recalls it here; the circle-back already named it in full. What a
    // question names ("how you handled a bank with that rule?") is what is asked, not advice recalled.
    const recalled = (span: { start: number }) => !askedAbout(doc, span.start);
    const advice = parts.advice.some(recalled) || (parts.advicePlaceholder !== undefined && recalled(parts.advicePlaceholder));
    // "We haven't been able to try it yet": whatever numbers the message holds, none is the advice's result.
    const untried = untriedSign(doc) !== undefined;
    const result = parts.results.length > 0 && !untried;
    if (advice && result) return [];
    const message = !advice && !result ? messages.neither(noun, backstage) : advice ? messages.noResult(noun) : messages.noAdvice(noun);
    return [{ ...wholeText(doc), message }];
  },
};
