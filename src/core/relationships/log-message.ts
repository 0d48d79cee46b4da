import type { AskStage } from '../../analysis/checks/ask/ask-context.js';
import { checkAsk } from '../../analysis/checks/ask/check-ask.js';
import { loopDefaults } from '../actions/loop-defaults.js';
import { addDays } from '../clock.js';
import { AppError } from '../errors.js';
import type { Context, Workspace } from '../ports.js';
import { dropUndefined } from '../records/create-record.js';
import { entities } from '../records/entities.js';
import { getRecord } from '../records/get-record.js';
import { parseInput } from '../records/parse-input.js';
import { closeNamedAdvice } from './close-named-advice.js';
import { relationshipCircledBack } from './has-circled-back.js';
import { applyMove } from './move-relationship.js';
import { passedCheck } from './passed-check.js';
import type { Stage } from './schemas.js';
import { type Advice, type Message, type MessageKind, messageCreate, messageSchema, type Relationship } from './schemas.js';

/** What logging a message did. */
export interface LoggedMessage {
  message: Message;
  /** The relationship after the message (and its stage move, if any). */
  relationship: Relationship;
  /** For a circle-back that named advice: each piece as it stands after the message. */
  advice?: Advice[];
}

/** An outgoing message's check result, and whether its relationship had circled back when it ran. */
export interface CheckedMessage {
  circledBack: boolean;
  result: ReturnType<typeof checkAsk>;
}

/** The stage a message of each kind moves a relationship to, and from which stages. */
const advances: Partial<Record<MessageKind, { from: readonly Stage[]; to: Stage }>> = {
  ask: { from: ['prospect', 'dormant'], to: 'asked' },
  reply: { from: ['asked'], to: 'replied' },
  'circle-back': { from: ['applied'], to: 'circled-back' },
  escalation: { from: ['circled-back'], to: 'escalated' },
};

/** The check stage of each outgoing kind; a reply is the mentor's and is not checked. */
export const checkStage: Readonly<Partial<Record<MessageKind, AskStage>>> = {
  ask: 'first-contact',
  'follow-up': 'follow-up',
  'circle-back': 'circle-back',
  escalation: 'escalation',
  backstage: 'backstage',
};

/**
 * Logs a message sent to (or received from) a mentor with the check result it had, and moves
 * the relationship along the loop when the message is the step that moves it: an ask makes a
 * prospect `asked`, a reply makes it `replied`, and so on. Messages out of order are refused,
 * and so is a follow-up before the wait of SPEC §1.4 unless it is forced. An outgoing message
 * is checked at its stage when logged, and keeps that result. A circle-back is logged whatever
 * its check says, but only one that passed moves the relationship to `circled-back` (which is
 * what earns an escalation) and closes the advice it names whose results are recorded.
 */
export async function logMessage(
  ctx: Context,
  options: {
    input: unknown;
    /**
     * The message's check, run already (before the caller's transaction opened) at its kind's
     * stage, with whether the relationship had circled back then: it is not run again.
     */
    checked?: CheckedMessage | undefined;
  },
): Promise<LoggedMessage> {
  const { adviceIds = [], force = false, ...input } = parseInput(messageCreate, options.input, 'message');
  if (adviceIds.length > 0 && input.kind !== 'circle-back') {
    throw new AppError('invalid_input', `Only a circle-back reports on advice; a ${input.kind} closes none`);
  }
  const stage = checkStage[input.kind];
  // The check runs before the write transaction opens, so no write waits on it; what it read
  // (whether the relationship has circled back) is confirmed inside the transaction.
  const checked = options.checked
    ? options.checked
    : stage
      ? await (async () => {
          const circledBack = await relationshipCircledBack(ctx.ws, input.relationshipId);
          return { circledBack, result: checkAsk(input.body, { stage, hasCircleBack: circledBack }) };
        })()
      : undefined;
  return ctx.ws.transaction(async (ws) => {
    let rel = await getRecord({ ws }, { entity: 'relationships', id: input.relationshipId });
    const now = ctx.clock.now();
    const message = parseInput(
      messageSchema,
      {
        ...entities.messages.defaults(ctx.clock),
        ...dropUndefined(input),
        direction: input.kind === 'reply' ? 'in' : 'out',
        id: ctx.newId(),
        userId: ws.userId,
        createdAt: now,
        updatedAt: now,
      },
      'message',
    );
    if (message.sentOn > ctx.clock.today()) {
      throw new AppError('invalid_input', `A message cannot be dated in the future (${message.sentOn})`);
    }
    await refuseOutOfOrder(ws, rel, message, force);
    if (checked) {
      if ((await relationshipCircledBack(ws, rel.id)) !== checked.circledBack) {
        throw new AppError('conflict', 'The relationship moved while the message was being checked; log it again');
      }
      const { result } = checked;
      Object.assign(message, { checkVerdict: result.verdict, checkScore: result.score, checkResult: result });
    }
    await ws.table('messages').insert(message);
    const named =
      message.kind === 'circle-back' && adviceIds.length > 0
        ? await closeNamedAdvice({ ...ctx, ws }, { relationship: rel, message, adviceIds })
        : undefined;
    const step = advances[message.kind];
    // A circle-back moves the stage (and so earns the escalation) only when it passed its check.
    const moves = message.kind !== 'circle-back' || passedCheck(message);
    if (moves && step?.from.includes(rel.stage)) {
      rel = await applyMove({ ...ctx, ws }, { relationshipId: rel.id, to: step.to, date: message.sentOn });
    }
    return { message, relationship: rel, ...(named ? { advice: named.advice } : {}) };
  });
}

async function refuseOutOfOrder(ws: Workspace, rel: Relationship, message: Message, force: boolean): Promise<void> {
  const { kind } = message;
  const refuse = (why: string, details: Record<string, unknown> = {}) => {
    throw new AppError('illegal_transition', why, { stage: rel.stage, kind, ...details });
  };
  if (rel.stage === 'declined') refuse('This mentor declined; move the relationship back to prospect before writing again');
  switch (kind) {
    case 'follow-up': {
      if (rel.stage !== 'asked') refuse(`A follow-up nudges an unanswered ask, but the relationship is at "${rel.stage}"`);
      const history = await ws.table('messages').list({ relationshipId: rel.id });
      const lastAsk = history.filter((m) => m.kind === 'ask').at(-1);
      const since = history.filter((m) => m.kind === 'follow-up' && (!lastAsk || m.createdAt > lastAsk.createdAt));
      if (since.length > 0) refuse('At most one polite follow-up per ask: move the relationship to dormant instead');
      const wait = loopDefaults.followUpAfterAsk;
      const askedOn = lastAsk?.sentOn ?? rel.stageSince;
      const possibleOn = addDays(askedOn, wait);
      if (message.sentOn < possibleOn && !force) {
        refuse(
          `A follow-up waits ${wait} days after the ask (sent ${askedOn}): it becomes possible on ${possibleOn}. Force it to log one sent earlier anyway`,
          { possibleOn },
        );
      }
      return;
    }
    case 'reply':
      if (rel.stage === 'prospect') refuse('Log your ask before the reply');
      return;
    case 'circle-back':
      if (['prospect', 'asked', 'replied', 'dormant'].includes(rel.stage)) {
        refuse(`Circle back after applying the advice: the relationship is at "${rel.stage}", apply a piece of its advice first`);
      }
      return;
    case 'escalation':
    case 'backstage': {
      if (!(await relationshipCircledBack(ws, rel.id))) {
        refuse(
          `An ${kind === 'escalation' ? 'escalation' : 'backstage request'} comes only after a circle-back that passed its check: one that names the advice and reports its result`,
        );
      }
      return;
    }
    default:
      return;
  }
}
