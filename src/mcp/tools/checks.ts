import { z } from 'zod';
import { askStages } from '../../analysis/checks/ask/ask-context.js';
import { isIsoDate } from '../../core/clock.js';
import { AppError } from '../../core/errors.js';
import { dateArg, defineTool, idArg, textArg } from '../define-tool.js';
import { analysis, core } from '../modules.js';

/**
 * The checks of SPEC §1.5–1.6 as tools (the questions of §1.7 are with the library's tools).
 * Each returns the same result object as the CLI's `--json`: `{verdict, score, findings[{rule,
 * severity, message, start, end, suggestion?}], stats}` for the message checks, with offsets
 * into the text given.
 */
export const checkTools = [
  defineTool({
    name: 'check_ask',
    title: 'Check an outreach message',
    description:
      'Check a message to a mentor against the smallest-ask rules at its stage of the loop (first-contact by default); returns verdict pass/revise with findings, offsets and fixes.',
    kind: 'check',
    input: {
      text: textArg('The message, exactly as it would be sent'),
      stage: z.enum(askStages).optional().describe('Stage of the loop the message is for (default first-contact)'),
      mentorId: idArg('Optional: check an escalation against this mentor’s relationship (it needs a circle-back first)').optional(),
    },
    run: async ({ text, stage, mentorId }, { ctx }) => {
      const hasCircleBack = mentorId ? await (await core.hasCircledBack()).hasCircledBack(ctx, { mentorId }) : undefined;
      return (await analysis.checkAsk()).checkAsk(text, { stage, hasCircleBack });
    },
  }),
  defineTool({
    name: 'check_goal',
    title: 'Check a goal',
    description:
      'Check that a goal is a concrete 3–6 month outcome (measurable, time-bound, not an activity); returns verdict concrete/vague, findings and the extracted outcome fields.',
    kind: 'check',
    input: {
      text: textArg('The goal in the user’s words, e.g. "Raise activation from 30% to 40% by June"'),
      today: dateArg('Reference date for deadlines, YYYY-MM-DD (default today)').optional(),
    },
    run: async ({ text, today }, { ctx }) => {
      if (today !== undefined && !isIsoDate(today))
        throw new AppError('invalid_input', `"today" must be a real date written YYYY-MM-DD, not ${today}`);
      return (await analysis.checkGoal()).checkGoal(text, { today: today ?? ctx.clock.today() });
    },
  }),
  defineTool({
    name: 'classify_skill',
    title: 'Classify a skill gap',
    description:
      'Classify what blocks the user as an IQ skill (execution, strategy, product-sense: study documents) or an EQ skill (communication, leadership, management: ask for feedback), with method and horizon.',
    kind: 'check',
    input: { text: textArg('What blocks the user, in their words') },
    run: async ({ text }) => (await analysis.classifySkill()).classifySkill(text),
  }),
  defineTool({
    name: 'check_feedback_request',
    title: 'Check a feedback request',
    description:
      'Check that a request for feedback names a particular event, a focus behaviour and asks how the user came across; returns verdict specific/generic with findings.',
    kind: 'check',
    input: { text: textArg('The feedback request, as it would be sent') },
    run: async ({ text }) => (await analysis.checkFeedbackRequest()).checkFeedbackRequest(text),
  }),
  defineTool({
    name: 'check_feedback_reply',
    title: 'Check a reply to feedback',
    description:
      'Check that the user’s reply to feedback is grateful and not defensive (no justifying, contradicting or minimising); returns verdict grateful/revise with findings.',
    kind: 'check',
    input: { text: textArg('The user’s reply to the feedback they received') },
    run: async ({ text }) => (await analysis.checkFeedbackReply()).checkFeedbackReply(text),
  }),
  defineTool({
    name: 'shadow',
    title: 'Find the shadow side',
    description:
      'Name the strength whose overdone form a piece of feedback describes (its shadow side) and the counter-behaviour to practise.',
    kind: 'check',
    input: { text: textArg('Feedback the user received') },
    run: async ({ text }) => (await analysis.findShadow()).findShadow(text),
  }),
  defineTool({
    name: 'advice',
    title: 'List the advice in a reply',
    description:
      'List the pieces of advice (imperatives and recommendations) in a mentor’s reply, with offsets, so each can be applied and circled back on.',
    kind: 'check',
    input: { text: textArg('The mentor’s reply') },
    run: async ({ text }) => (await analysis.extractAdvice()).extractAdvice(text),
  }),
];
