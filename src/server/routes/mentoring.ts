import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context as HonoContext } from 'hono';
import { z } from 'zod';
import { menteeRecordSchema } from '../../contracts/advice.js';
import { errorSchema, idParam } from '../../contracts/common.js';
import {
  conversationViewSchema,
  directoryEntrySchema,
  directoryQuery,
  inAppMessageBody,
  inAppReplyBody,
  offerBody,
  offerSchema,
  openedConversationSchema,
  recordSharingBody,
  replyResultSchema,
  sendResultSchema,
  teamShortlistQuery,
  teamShortlistSchema,
} from '../../contracts/mentoring.js';
import type { SignedIn } from '../../core/accounts/ports.js';
import { AppError } from '../../core/errors.js';
import { allConversations, listInbox, openConversation, sharedMenteeRecord, shareMenteeRecord } from '../../core/mentoring/inbox.js';
import { listDirectory } from '../../core/mentoring/list-directory.js';
import type { Notices } from '../../core/mentoring/notices.js';
import { getOwnOffer, offerToMentor, withdrawOffer } from '../../core/mentoring/offer-to-mentor.js';
import { replyInApp } from '../../core/mentoring/reply-in-app.js';
import { sendInApp } from '../../core/mentoring/send-in-app.js';
import { teamShortlist } from '../../core/mentoring/team-shortlist.js';
import type { ServerEnv } from '../env.js';
import { download, fileResponse, json, jsonBody } from './openapi-parts.js';

const failures = {
  400: json(errorSchema, 'Invalid input'),
  401: json(errorSchema, 'Not signed in'),
  404: json(errorSchema, 'Not found: nothing that is not addressed to you is found; every route is 404 in solo mode'),
  409: json(errorSchema, 'Not allowed now: out of the loop’s order, or the mentor has no room'),
};

/** The signed-in member; team mentoring needs a team, so in solo mode these routes answer 404. */
export function memberOf(c: HonoContext<ServerEnv>): SignedIn {
  const signedIn = c.var.signedIn;
  if (!signedIn) throw new AppError('not_found', 'This server runs in solo mode: mentoring colleagues needs a team server');
  return signedIn;
}

/** The acting member's name as the other person's notice gives it. */
export async function nameOf(c: HonoContext<ServerEnv>): Promise<string> {
  return (await c.var.core.ws.profile())?.name ?? 'A colleague';
}

/**
 * Team mentoring (team mode only): a member offers to mentor (skills, evidence, capacity,
 * office hours, backstage requests); the directory lists the offers; the team shortlist ranks
 * colleagues beside one's own mentors for a gap; asks go to a colleague's inbox in the app with
 * their check first and are logged in the sender's history; the mentor replies in the app and the
 * reply is logged in the mentee's relationship. Every conversation is readable only by its two
 * members, and a mentee's record only by its mentor when the mentee shares it. `notices` tells
 * the recipient that something arrived.
 */
export function mentoringRoutes(app: OpenAPIHono<ServerEnv>, notices: Notices | undefined): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/team/offer',
      tags: ['mentoring'],
      summary: 'Your offer to mentor colleagues (404 when you offer none)',
      responses: { 200: json(offerSchema, 'Your offer'), ...failures },
    }),
    async (c) => {
      memberOf(c);
      return c.json(await getOwnOffer(c.var.core), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/api/team/offer',
      tags: ['mentoring'],
      summary: 'Offer to mentor: skills and tags, evidence, new asks a month, office-hour slots, backstage requests',
      request: { body: jsonBody(offerBody) },
      responses: { 200: json(offerSchema, 'Your offer as saved'), ...failures },
    }),
    async (c) => {
      memberOf(c);
      return c.json(await offerToMentor(c.var.core, { input: c.req.valid('json') }), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/team/offer',
      tags: ['mentoring'],
      summary: 'Withdraw your offer: you leave the directory; conversations under way go on',
      responses: { 204: { description: 'Withdrawn' }, ...failures },
    }),
    async (c) => {
      memberOf(c);
      await withdrawOffer(c.var.core);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/team/directory',
      tags: ['mentoring'],
      summary: 'The members who offer to mentor, with their skills, evidence, office hours and room this month',
      request: { query: directoryQuery },
      responses: { 200: json(z.object({ items: z.array(directoryEntrySchema) }), 'The directory, by name'), ...failures },
    }),
    async (c) => {
      memberOf(c);
      return c.json({ items: await listDirectory(c.var.core, { skill: c.req.valid('query').skill }) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/team/shortlist',
      tags: ['mentoring'],
      summary: 'Your mentors and the colleagues who offer to mentor, ranked for a skill gap; colleagues without room are listed apart',
      request: { query: teamShortlistQuery },
      responses: { 200: json(teamShortlistSchema, 'The ranking, and who has no room until when'), ...failures },
    }),
    async (c) => {
      memberOf(c);
      const { gapId, limit } = c.req.valid('query');
      return c.json(await teamShortlist(c.var.core, { gapId, limit }), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/team/messages',
      tags: ['mentoring'],
      summary:
        'Send an ask (or a follow-up, circle-back, escalation, backstage request) to a colleague in the app. Its check runs first: when it fails nothing is sent and the findings come back (`sent: false`) unless `sendAnyway`',
      request: { body: jsonBody(inAppMessageBody) },
      responses: {
        201: json(sendResultSchema, 'Delivered to their inbox and logged in your history'),
        200: json(sendResultSchema, 'Held back: the check failed; nothing was sent'),
        ...failures,
      },
    }),
    async (c) => {
      memberOf(c);
      const result = await sendInApp(c.var.core, c.req.valid('json'));
      if (!result.sent) return c.json(result, 200);
      notices?.arrived({
        toUserId: result.message.toUserId,
        fromName: await nameOf(c),
        kind: result.message.kind,
        conversationId: result.conversation.id,
      });
      return c.json(
        {
          sent: true as const,
          check: result.check,
          conversation: { id: result.conversation.id },
          message: { id: result.message.id, kind: result.message.kind, sentAt: result.message.sentAt },
          logged: { message: result.logged.message, relationship: result.logged.relationship },
        },
        201,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/team/inbox',
      tags: ['mentoring'],
      summary: 'Your conversations in the app, as mentee and as mentor, the most recently active first',
      responses: { 200: json(z.object({ items: z.array(conversationViewSchema) }), 'Your conversations'), ...failures },
    }),
    async (c) => {
      memberOf(c);
      return c.json({ items: await listInbox(c.var.core) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/team/inbox/export',
      tags: ['mentoring'],
      summary: 'Every one of your conversations with all its messages, as a JSON file to keep (nothing is marked read)',
      responses: { 200: fileResponse('application/json', 'Your conversations, to download'), ...failures },
    }),
    async (c) => {
      memberOf(c);
      const text = `${JSON.stringify(
        { format: 'understudy-conversations', exportedAt: c.var.core.clock.now(), items: await allConversations(c.var.core) },
        null,
        2,
      )}\n`;
      return c.body(text, 200, download('application/json', 'understudy-conversations.json'));
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/team/conversations/{id}',
      tags: ['mentoring'],
      summary: 'One of your conversations with its messages; what was sent to you is marked read',
      request: { params: idParam },
      responses: { 200: json(openedConversationSchema, 'The conversation'), ...failures },
    }),
    async (c) => {
      memberOf(c);
      return c.json(await openConversation(c.var.core, { id: c.req.valid('param').id }), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/team/conversations/{id}/reply',
      tags: ['mentoring'],
      summary: 'Reply to a mentee in the app (the conversation’s mentor only): delivered, and logged in their relationship',
      request: { params: idParam, body: jsonBody(inAppReplyBody) },
      responses: { 201: json(replyResultSchema, 'Delivered'), ...failures },
    }),
    async (c) => {
      memberOf(c);
      const replied = await replyInApp(c.var.core, { conversationId: c.req.valid('param').id, input: c.req.valid('json') });
      notices?.arrived({
        toUserId: replied.message.toUserId,
        fromName: await nameOf(c),
        kind: 'reply',
        conversationId: replied.conversation.id,
      });
      return c.json(
        {
          conversationId: replied.conversation.id,
          messageId: replied.message.id,
          sentAt: replied.message.sentAt,
          loggedForMentee: replied.loggedForMentee,
        },
        201,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/team/conversations/{id}/record-sharing',
      tags: ['mentoring'],
      summary: 'Let the mentor see your record as a mentee in this relationship, or stop (the mentee only)',
      request: { params: idParam, body: jsonBody(recordSharingBody) },
      responses: { 200: json(conversationViewSchema, 'The conversation after'), ...failures },
    }),
    async (c) => {
      memberOf(c);
      return c.json(await shareMenteeRecord(c.var.core, { id: c.req.valid('param').id, shared: c.req.valid('json').shared }), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/team/conversations/{id}/mentee-record',
      tags: ['mentoring'],
      summary: 'The mentee’s record in this relationship, for its mentor, when the mentee shared it',
      request: { params: idParam },
      responses: { 200: json(menteeRecordSchema, 'Advice received, applied and circled back'), ...failures },
    }),
    async (c) => {
      memberOf(c);
      return c.json(await sharedMenteeRecord(c.var.core, { id: c.req.valid('param').id }), 200);
    },
  );
}
