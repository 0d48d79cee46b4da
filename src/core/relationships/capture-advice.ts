import { extractAdvice } from '../../analysis/checks/advice/extract-advice.js';
import { AppError } from '../errors.js';
import type { Context } from '../ports.js';
import { entities } from '../records/entities.js';
import { getRecord } from '../records/get-record.js';
import { parseInput } from '../records/parse-input.js';
import { type Advice, adviceSchema, type Message } from './schemas.js';

/** What a capture found: every piece of advice of the reply, and how many were new. */
export interface CapturedAdvice {
  message: Message;
  /** All advice linked to the reply, in the order it was captured. */
  advice: Advice[];
  /** How many of them this capture stored; 0 when the reply was captured before. */
  created: number;
}

/** Compares pieces of advice regardless of case and spacing. */
const sameText = (a: string, b: string) => a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Lists the pieces of advice in a logged reply (SPEC §1.4 "Advice capture") and stores each as
 * advice of the relationship, linked to the reply and received on the reply's date, ready to be
 * applied, given a result and circled back. Idempotent: a piece already stored for this reply
 * (same text, ignoring case and spacing) is not stored again. Only a mentor's `reply` holds
 * advice; other messages are refused.
 */
export async function captureAdvice(ctx: Context, options: { messageId: string }): Promise<CapturedAdvice> {
  const read = await getRecord(ctx, { entity: 'messages', id: options.messageId });
  if (read.kind !== 'reply') {
    throw new AppError('invalid_input', `Advice is captured from a mentor's reply, and message ${read.id} is a ${read.kind}`);
  }
  // Read before the write transaction opens, so no write waits on the extractor; a message's
  // body never changes once logged.
  const pieces = extractAdvice(read.body).advice;
  return ctx.ws.transaction(async (ws) => {
    const message = await getRecord({ ws }, { entity: 'messages', id: options.messageId });
    const existing = (await ws.table('advice').list({ relationshipId: message.relationshipId })).filter((a) => a.messageId === message.id);
    const stored = [...existing];
    let created = 0;
    for (const piece of pieces) {
      const text = piece.text.trim().slice(0, 5_000);
      if (!text || stored.some((a) => sameText(a.text, text))) continue;
      const now = ctx.clock.now();
      const row = parseInput(
        adviceSchema,
        {
          ...entities.advice.defaults(ctx.clock),
          id: ctx.newId(),
          userId: ws.userId,
          relationshipId: message.relationshipId,
          messageId: message.id,
          text,
          receivedOn: message.sentOn,
          createdAt: now,
          updatedAt: now,
        },
        'advice',
      );
      await ws.table('advice').insert(row);
      stored.push(row);
      created += 1;
    }
    return { message, advice: stored, created };
  });
}
