import { z } from 'zod';
import { AppError } from '../../core/errors.js';
import { applyAdvice } from '../../core/relationships/apply-advice.js';
import { recordAdviceResult } from '../../core/relationships/record-advice-result.js';
import { messageKinds } from '../../core/relationships/schemas.js';
import { dateArg, defineTool, idArg, textArg } from '../define-tool.js';
import { core } from '../modules.js';

/** The loop itself: messages, advice from applied to result, what to do next and the pitfalls. */
export const loopTools = [
  defineTool({
    name: 'log_message',
    title: 'Log a message',
    description:
      'Log a message to a mentor (ask, follow-up, circle-back, escalation, backstage) or their reply, checked at its stage; moves the loop. A circle-back that passes closes the advice it names, once each result is recorded.',
    kind: 'write',
    input: {
      mentorId: idArg('The mentor'),
      kind: z.enum(messageKinds).describe('What the message is; "reply" is the mentor’s'),
      text: textArg('The message text as sent or received'),
      subject: z.string().max(500).optional().describe('Subject line'),
      date: dateArg('Date sent or received, YYYY-MM-DD (default today)').optional(),
      gapId: idArg('Which relationship, when the mentor has several').optional(),
      adviceIds: z
        .array(idArg('An advice id'))
        .max(100)
        .optional()
        .describe(
          'For a circle-back: the advice it reports on; each whose result is recorded is circled back when the message passes its check',
        ),
      force: z.boolean().optional().describe('Log a follow-up sent before the 10-day wait after the ask (the doctor reports it)'),
    },
    run: async ({ mentorId, kind, text, subject, date, gapId, adviceIds, force }, { ctx }) =>
      (await core.logMentorMessage()).logMentorMessage(ctx, { mentorId, gapId, kind, body: text, subject, sentOn: date, adviceIds, force }),
  }),
  defineTool({
    name: 'capture_advice',
    title: 'Capture advice from a reply',
    description:
      'Store each piece of advice in a logged reply (a message id, or the mentor’s latest reply) so it can be applied and circled back on; capturing twice adds nothing.',
    kind: 'write',
    input: {
      messageId: idArg('The logged reply').optional(),
      mentorId: idArg('Or: the mentor whose latest reply to capture').optional(),
      gapId: idArg('Which relationship, when the mentor has several').optional(),
    },
    run: async ({ messageId, mentorId, gapId }, { ctx }) => {
      if (!messageId && !mentorId) throw new AppError('invalid_input', 'Name the reply with messageId, or the mentor with mentorId');
      const { latestReplyId } = await core.logMentorMessage();
      const { captureAdvice } = await core.captureAdvice();
      return captureAdvice(ctx, { messageId: messageId ?? (await latestReplyId(ctx, { mentorId: mentorId as string, gapId })) });
    },
  }),
  defineTool({
    name: 'apply_advice',
    title: 'Record advice applied',
    description: 'Record where and when the user applied a piece of advice; the circle-back falls due 7 days later.',
    kind: 'write',
    input: {
      adviceId: idArg('The advice (see relationship_history)'),
      context: z.string().max(5_000).describe('Where the advice was applied, e.g. "the Q3 pricing test on the Pro plan"'),
      on: dateArg('Date applied, YYYY-MM-DD (default today)').optional(),
    },
    run: ({ adviceId, context, on }, { ctx }) => applyAdvice(ctx, { adviceId, context, on: on ?? ctx.clock.today() }),
  }),
  defineTool({
    name: 'record_advice_result',
    title: 'Record the result of advice',
    description: 'Record what happened after applying a piece of advice: a number, an outcome or a learning, to report in the circle-back.',
    kind: 'write',
    input: {
      adviceId: idArg('The advice, already applied'),
      result: z.string().max(5_000).describe('What happened, e.g. "trial-to-paid rose from 4.1% to 5.3% in two weeks"'),
    },
    run: async ({ adviceId, result }, { ctx }) => ({ advice: await recordAdviceResult(ctx, { adviceId, result }) }),
  }),
  defineTool({
    name: 'next_actions',
    title: 'Next actions',
    description:
      'What the user should do next, soonest first: circle back, apply advice, follow up, escalate, check in on outcomes, ask for feedback, keep in touch; each with a due date and reason.',
    kind: 'read',
    input: { horizonDays: z.number().int().min(0).max(366).optional().describe('Days ahead to include (default 7)') },
    run: async ({ horizonDays }, { ctx }) => (await core.nextActions()).nextActions(ctx, { horizonDays }),
  }),
  defineTool({
    name: 'doctor',
    title: 'Pitfalls',
    description:
      'Check the whole workspace for the common pitfalls (vague asks and goals, unclosed loops, transactional relationships, premature escalation, stale outcomes, no mirror for EQ gaps…), each with its records and fix.',
    kind: 'read',
    input: {},
    run: async (_args, session) => (await core.runDoctor()).runDoctor(session.ctx),
  }),
];
