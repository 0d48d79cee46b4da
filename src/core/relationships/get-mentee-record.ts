import { addDays } from '../clock.js';
import type { Workspace } from '../ports.js';
import { getRecord } from '../records/get-record.js';
import type { Advice, Relationship } from './schemas.js';
import type { Stage } from './stages.js';

/** Days after which the next step of a piece of advice is due (SPEC §1.4 default nudges). */
export const ADVICE_NUDGE_DAYS = { apply: 14, circleBack: 7 } as const;

/** A piece of advice whose loop is still open, with its next step and when it is due. */
export interface OpenAdvice {
  advice: Advice;
  next: 'apply' | 'circle back';
  dueOn: string;
  overdue: boolean;
}

/** Your record as a mentee in one relationship (SPEC §1.4). */
export interface MenteeRecord {
  relationship: Relationship;
  advice: Advice[];
  counts: {
    received: number;
    applied: number;
    /** Applied advice with a result recorded. */
    withResult: number;
    circledBack: number;
    /** Circle-backs that reported a result: what earns an escalation. */
    circledBackWithResult: number;
  };
  /** Advice not yet applied, or applied and not yet circled back, oldest first. */
  open: OpenAdvice[];
  escalationSuggested: boolean;
  /** One sentence on whether to escalate and why. */
  suggestion: string;
}

/** Stages where suggesting an escalation makes no sense: done already, or no longer in touch. */
const noEscalation: readonly Stage[] = ['escalated', 'office-hours', 'declined'];

/**
 * Reads your record as a mentee in one relationship: advice received, applied, given a result
 * and circled back, the loops still open with their due dates (apply within 14 days of
 * receiving, circle back within 7 of applying), and whether to escalate — suggested once a
 * circle-back reported a result, unless the relationship is escalated, in office hours or
 * declined.
 */
export async function getMenteeRecord(
  ctx: { ws: Workspace; clock: { today(): string } },
  options: { relationshipId: string },
): Promise<MenteeRecord> {
  const relationship = await getRecord(ctx, { entity: 'relationships', id: options.relationshipId });
  const advice = await ctx.ws.table('advice').list({ relationshipId: relationship.id });
  const today = ctx.clock.today();
  const applied = advice.filter((a) => a.appliedOn !== null);
  const circled = applied.filter((a) => a.circledBackOn !== null);
  const counts = {
    received: advice.length,
    applied: applied.length,
    withResult: applied.filter((a) => a.result !== null).length,
    circledBack: circled.length,
    circledBackWithResult: circled.filter((a) => a.result !== null).length,
  };
  const open: OpenAdvice[] = [];
  for (const a of advice) {
    if (a.circledBackOn !== null) continue;
    const next = a.appliedOn === null ? 'apply' : 'circle back';
    const dueOn =
      a.appliedOn === null ? addDays(a.receivedOn, ADVICE_NUDGE_DAYS.apply) : addDays(a.appliedOn, ADVICE_NUDGE_DAYS.circleBack);
    open.push({ advice: a, next, dueOn, overdue: dueOn < today });
  }
  open.sort((x, y) => x.dueOn.localeCompare(y.dueOn));
  const blocked = noEscalation.includes(relationship.stage);
  const escalationSuggested = counts.circledBackWithResult > 0 && !blocked;
  const suggestion = escalationSuggested
    ? 'A circle-back reported a result: you may escalate with a short, bounded ask about a nuanced problem'
    : blocked
      ? `No escalation to suggest: the relationship is ${relationship.stage}`
      : counts.circledBack > 0
        ? 'Record the result of the advice you circled back about before escalating'
        : 'Apply the advice and circle back with a result before escalating';
  return { relationship, advice, counts, open, escalationSuggested, suggestion };
}
