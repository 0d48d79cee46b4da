import { z } from 'zod';
import { AppError } from '../../core/errors.js';
import { skills } from '../../core/gaps/schemas.js';
import { listBookings } from '../../core/mentoring/book-office-hours.js';
import { listInbox, openConversation } from '../../core/mentoring/inbox.js';
import { listDirectory } from '../../core/mentoring/list-directory.js';
import { replyInApp } from '../../core/mentoring/reply-in-app.js';
import { inAppKinds } from '../../core/mentoring/schemas.js';
import { sendInApp } from '../../core/mentoring/send-in-app.js';
import { defineTool, idArg } from '../define-tool.js';
import type { McpSession } from '../session.js';

/** The session's context when it acts as a team account; mentoring colleagues needs one. */
function memberContext(session: McpSession) {
  if (!session.member) {
    throw new AppError(
      'not_found',
      'Mentoring colleagues needs a team account: start the server as `understudy mcp --user EMAIL` on the team’s database',
    );
  }
  return session.ctx;
}

const body = (what: string) => z.string().min(1).max(100_000).describe(what);

/**
 * Team mentoring for an assistant acting as one team account (`mcp --user`): the directory of
 * colleagues who offer to mentor, the inbox with office hours to come, reading a conversation,
 * and sending or replying in the app with the same check and order rules as the web app. No
 * notice mail goes from here: the colleague sees it in their inbox and their digest.
 */
export const mentoringTools = [
  defineTool({
    name: 'mentor_directory',
    title: 'Colleagues who offer to mentor',
    description:
      'The team’s mentor directory: each colleague’s skills, tags, evidence and room for new asks this month (with the day they have room again). Team accounts only.',
    kind: 'read',
    input: { skill: z.enum(skills).optional().describe('Only colleagues who offer this skill') },
    run: async ({ skill }, session) => ({ items: await listDirectory(memberContext(session), { skill }) }),
  }),
  defineTool({
    name: 'team_inbox',
    title: 'Inbox with colleagues',
    description:
      'The user’s conversations with colleagues in the app, as mentee and as mentor (unread counts; `awaitingReply` when a mentee waits for the user’s answer), and their office hours to come. Team accounts only.',
    kind: 'read',
    input: {},
    run: async (_args, session) => {
      const ctx = memberContext(session);
      return { conversations: await listInbox(ctx), officeHours: await listBookings(ctx) };
    },
  }),
  defineTool({
    name: 'read_conversation',
    title: 'Read a conversation with a colleague',
    description:
      'One conversation with all its messages, oldest first; what was sent to the user is marked read. As mentee, each reply lists its advice to capture (capture_advice with the logged message id). Team accounts only.',
    kind: 'write',
    input: { conversationId: idArg('The conversation (see team_inbox)') },
    run: ({ conversationId }, session) => openConversation(memberContext(session), { id: conversationId }),
  }),
  defineTool({
    name: 'send_to_colleague',
    title: 'Send a colleague a message in the app',
    description:
      'Send a colleague a message in the app, checked first: one that fails comes back unsent with its findings (sendAnyway once the user saw them). Sent, it is logged in the user’s history. Team accounts only.',
    kind: 'write',
    input: {
      to: idArg('The colleague’s user id'),
      kind: z.enum(inAppKinds).default('ask').describe('What the message is; the check and the order rules follow it'),
      body: body('The message as the colleague will read it'),
      subject: z.string().max(300).optional().describe('A subject line, optional'),
      gapId: idArg('The skill gap a first ask serves').optional(),
      sendAnyway: z.boolean().default(false).describe('Send even though the check failed (the user has seen the findings)'),
    },
    run: async (input, session) => {
      const result = await sendInApp(memberContext(session), input);
      if (!result.sent) return result;
      return {
        sent: true,
        check: result.check,
        conversation: { id: result.conversation.id },
        message: { id: result.message.id, kind: result.message.kind, sentAt: result.message.sentAt },
        logged: { message: result.logged.message, relationship: result.logged.relationship },
      };
    },
  }),
  defineTool({
    name: 'reply_to_colleague',
    title: 'Reply to a mentee in the app',
    description:
      'Reply, as the mentor, in a conversation a mentee started: the reply reaches their inbox and is logged in their relationship for them to capture its advice. Team accounts only.',
    kind: 'write',
    input: {
      conversationId: idArg('The conversation (see team_inbox)'),
      body: body('The reply: advice the mentee can apply, each piece a sentence'),
    },
    run: async ({ conversationId, body: text }, session) => {
      const replied = await replyInApp(memberContext(session), { conversationId, input: { body: text } });
      return {
        conversationId: replied.conversation.id,
        messageId: replied.message.id,
        sentAt: replied.message.sentAt,
        loggedForMentee: replied.loggedForMentee,
      };
    },
  }),
];
