import { z } from 'zod';
import { dateArg, defineTool, idArg, textArg } from '../define-tool.js';
import { core } from '../modules.js';

/** The Mirror method: feedback requests and replies checked as logged, feedback with its mentor and shadow side. */
export const mirrorTools = [
  defineTool({
    name: 'list_feedback',
    title: 'Mirror history',
    description:
      'The user’s feedback requests (with their check verdict), feedback received (with its mentor, shadow side and adopted counter-behaviour) and replies (with their gratitude verdict), newest first; all, or one mentor’s.',
    kind: 'read',
    input: { mentorId: idArg('Only what concerns this mentor').optional() },
    run: async ({ mentorId }, { ctx }) => (await core.getMirrorHistory()).getMirrorHistory(ctx, { mentorId }),
  }),
  defineTool({
    name: 'request_feedback',
    title: 'Log a feedback request',
    description:
      'Log a request for feedback sent to someone (a name or a mentor); it is checked (specific needs an event, a focus and a subjective question) and kept with its check, whatever the verdict.',
    kind: 'write',
    input: {
      text: textArg('The request as sent'),
      giverName: z.string().max(300).optional().describe('Who was asked (default: the mentor’s name)'),
      mentorId: idArg('The mentor asked').optional(),
      event: z.string().max(1_000).optional().describe('The moment it is about, e.g. "Tuesday’s roadmap review"'),
      focus: z.string().max(1_000).optional().describe('The trait or behaviour, e.g. "executive presence"'),
      gapId: idArg('The EQ skill gap it serves').optional(),
      date: dateArg('Date sent, YYYY-MM-DD (default today)').optional(),
    },
    run: async ({ text, date, ...rest }, { ctx }) => ({
      request: await (await core.requestFeedback()).requestFeedback(ctx, { ...rest, body: text, sentOn: date }),
    }),
  }),
  defineTool({
    name: 'log_feedback',
    title: 'Log feedback received',
    description:
      'Log feedback the user received; answering a request to a mentor, it is that mentor’s. Returns it with the shadow side (strength overdone) its text points to.',
    kind: 'write',
    input: {
      text: textArg('What they said'),
      giverName: z.string().max(300).optional().describe('Who gave it (default: the mentor’s, or the request’s giver)'),
      mentorId: idArg('The mentor who gave it (default: the mentor of the request)').optional(),
      requestId: idArg('The feedback request it answers').optional(),
      theme: z.string().max(300).optional().describe('A few words to group it by'),
      adopted: z.string().max(5_000).optional().describe('The counter-behaviour adopted in response'),
      date: dateArg('Date received, YYYY-MM-DD (default today)').optional(),
    },
    run: async ({ text, date, ...rest }, { ctx }) => (await core.logFeedback()).logFeedback(ctx, { ...rest, body: text, receivedOn: date }),
  }),
  defineTool({
    name: 'reply_to_feedback',
    title: 'Log a reply to feedback',
    description:
      'Log the user’s reply to a piece of feedback; it is checked for gratitude (grateful or revise) and kept with its check. `adopt` records the counter-behaviour it commits to.',
    kind: 'write',
    input: {
      feedbackId: idArg('The feedback (see list_feedback)'),
      text: textArg('The reply as sent'),
      adopt: z.string().max(5_000).optional().describe('The counter-behaviour adopted, from the day of the reply'),
      date: dateArg('Date sent, YYYY-MM-DD (default today)').optional(),
    },
    run: async ({ feedbackId, text, adopt, date }, { ctx }) =>
      (await core.replyToFeedback()).replyToFeedback(ctx, { feedbackId, body: text, adopt, sentOn: date }),
  }),
  defineTool({
    name: 'adopt_counter_behaviour',
    title: 'Adopt a counter-behaviour',
    description:
      'Record what the user will do differently after a piece of feedback; a next action asks the same mirror again about the same kind of moment three weeks later.',
    kind: 'write',
    input: {
      feedbackId: idArg('The feedback (see list_feedback)'),
      counter: z.string().max(5_000).describe('What the user will do differently'),
      on: dateArg('Date adopted, YYYY-MM-DD (default today)').optional(),
    },
    run: async ({ feedbackId, counter, on }, { ctx }) => ({
      feedback: await (await core.adoptCounterBehaviour()).adoptCounterBehaviour(ctx, { feedbackId, counter, on }),
    }),
  }),
];
