import { extractAdvice } from '../../analysis/checks/advice/extract-advice.js';
import { AppError } from '../errors.js';
import type { Colleague, Context, ConversationSummary } from '../ports.js';
import { getMenteeRecord, type MenteeRecord } from '../relationships/get-mentee-record.js';
import type { Conversation, InboxMessage } from './schemas.js';

/** A piece of advice found in a reply, offered for capture (SPEC §1.4). */
export interface AdviceOffer {
  text: string;
  start: number;
  end: number;
}

/** A message as one of the two members sees it. */
export interface InboxMessageView {
  id: string;
  kind: InboxMessage['kind'];
  from: Colleague;
  /** True when the reader sent it. */
  mine: boolean;
  subject: string | null;
  body: string;
  checkVerdict: string | null;
  checkScore: number | null;
  sentAt: string;
  readAt: string | null;
  /** The mentee only: the message as logged in their history (to capture its advice), when it is. */
  loggedMessageId?: string | null;
  /** The mentee only, on a reply: the pieces of advice it holds. */
  advice?: AdviceOffer[];
}

/** A conversation as one of the two members sees it: the mentor never sees the mentee's record ids. */
export interface ConversationView {
  id: string;
  role: 'mentee' | 'mentor';
  other: Colleague;
  recordShared: boolean;
  unread: number;
  /** The mentor only: the mentee wrote last, and the mentor has not answered yet. */
  awaitingReply: boolean;
  createdAt: string;
  updatedAt: string;
  lastMessage: { kind: InboxMessage['kind']; mine: boolean; sentAt: string; preview: string } | null;
  /** The mentee only: their mentor record of the colleague and the relationship the messages are logged in. */
  mentorId?: string;
  relationshipId?: string;
}

const PREVIEW = 140;

function viewOf(summary: ConversationSummary, userId: string): ConversationView {
  const { conversation: c, other, role, lastMessage, unread } = summary;
  return {
    id: c.id,
    role,
    other,
    recordShared: c.recordShared,
    unread,
    awaitingReply: role === 'mentor' && lastMessage !== null && lastMessage.fromUserId !== userId,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    lastMessage: lastMessage && {
      kind: lastMessage.kind,
      mine: lastMessage.fromUserId === userId,
      sentAt: lastMessage.sentAt,
      preview: lastMessage.body.replace(/\s+/g, ' ').slice(0, PREVIEW),
    },
    ...(role === 'mentee' ? { mentorId: c.menteeMentorId, relationshipId: c.menteeRelationshipId } : {}),
  };
}

/** The reader's conversations as mentor whose mentee wrote last: asks waiting for an answer. */
export async function awaitingReply(ctx: Context): Promise<ConversationView[]> {
  return (await listInbox(ctx)).filter((c) => c.awaitingReply);
}

/** The reader's conversations, as mentee and as mentor, the most recently active first. */
export async function listInbox(ctx: Context): Promise<ConversationView[]> {
  return (await ctx.ws.mentoring.conversations()).map((s) => viewOf(s, ctx.ws.userId));
}

/** One of the reader's conversations with its summary; `not_found` for any other. */
async function summaryOf(ctx: Context, id: string): Promise<ConversationSummary> {
  const [summary] = await ctx.ws.mentoring.conversations({ ids: [id] });
  if (!summary) throw new AppError('not_found', `No conversation with id ${id}`, { id });
  return summary;
}

/** A conversation opened: its messages, oldest first (replies offer their advice to the mentee). */
export interface OpenedConversation {
  conversation: ConversationView;
  messages: InboxMessageView[];
}

/**
 * Opens one of the reader's conversations and marks what was sent to them read. The mentee sees
 * where each message is logged in their history and the advice each reply holds; the mentor sees
 * the messages only. Anyone else gets `not_found`, as for an id that does not exist.
 */
export async function openConversation(ctx: Context, options: { id: string }): Promise<OpenedConversation> {
  const summary = await summaryOf(ctx, options.id);
  const messages = await ctx.ws.mentoring.messages(options.id);
  if (summary.unread > 0) await ctx.ws.mentoring.markRead(options.id, ctx.clock.now());
  return {
    conversation: { ...viewOf(summary, ctx.ws.userId), unread: 0 },
    messages: messageViews(summary, messages, ctx.ws.userId),
  };
}

/**
 * Every conversation of the reader's with all its messages, as they see them, for them to keep
 * (their data to take away): nothing is marked read. Only the reader's conversations are there.
 */
export async function allConversations(ctx: Context): Promise<OpenedConversation[]> {
  const out: OpenedConversation[] = [];
  for (const summary of await ctx.ws.mentoring.conversations()) {
    const messages = await ctx.ws.mentoring.messages(summary.conversation.id);
    out.push({ conversation: viewOf(summary, ctx.ws.userId), messages: messageViews(summary, messages, ctx.ws.userId) });
  }
  return out;
}

/** A conversation's messages as `me` sees them (the mentee with where each is logged and each reply's advice). */
function messageViews(summary: ConversationSummary, messages: readonly InboxMessage[], me: string): InboxMessageView[] {
  const you: Colleague = { id: me, name: 'You' };
  const mentee = summary.role === 'mentee';
  return messages.map((m) => ({
    id: m.id,
    kind: m.kind,
    from: m.fromUserId === me ? you : summary.other,
    mine: m.fromUserId === me,
    subject: m.subject,
    body: m.body,
    checkVerdict: m.checkVerdict,
    checkScore: m.checkScore,
    sentAt: m.sentAt,
    readAt: m.readAt,
    ...(mentee ? { loggedMessageId: m.menteeMessageId } : {}),
    ...(mentee && m.kind === 'reply' ? { advice: extractAdvice(m.body).advice } : {}),
  }));
}

/**
 * The mentee lets the mentor of a conversation see their record as a mentee in it (SPEC §1.4),
 * or stops. Only the mentee can: to the mentor and to anyone else it is `not_found`.
 */
export async function shareMenteeRecord(ctx: Context, options: { id: string; shared: boolean }): Promise<ConversationView> {
  const summary = await summaryOf(ctx, options.id);
  if (summary.role !== 'mentee') throw new AppError('not_found', `No conversation with id ${options.id} of which you are the mentee`);
  const next: Conversation = { ...summary.conversation, recordShared: options.shared };
  await ctx.ws.mentoring.saveConversation(next);
  return viewOf({ ...summary, conversation: next }, ctx.ws.userId);
}

/**
 * The mentee's record in a conversation, for its mentor, when the mentee shared it: advice
 * received, applied, circled back with a result, and whether an escalation is earned. Read from
 * the mentee's workspace for that one relationship only. `not_found` when it is not shared, or
 * the reader is not the conversation's mentor.
 */
export async function sharedMenteeRecord(ctx: Context, options: { id: string }): Promise<MenteeRecord> {
  const summary = await summaryOf(ctx, options.id);
  const { conversation } = summary;
  const mentee =
    summary.role === 'mentor' && conversation.recordShared ? await ctx.ws.mentoring.menteeWorkspace(conversation.id) : undefined;
  if (!mentee) throw new AppError('not_found', `No mentee record shared with you in conversation ${options.id}`);
  return getMenteeRecord({ ws: mentee, clock: ctx.clock }, { relationshipId: conversation.menteeRelationshipId });
}
