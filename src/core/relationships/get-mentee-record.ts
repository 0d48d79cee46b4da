import { loadMentorRecords } from '../actions/load-loop-snapshot.js';
import { mentorActions } from '../actions/loop-plan.js';
import type { Workspace } from '../ports.js';
import { getRecord } from '../records/get-record.js';
import { hasPassedCircleBack } from './passed-check.js';
import type { Advice, Relationship, Stage } from './schemas.js';

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
  /** Advice not yet applied, or applied and not yet circled back, soonest due first. */
  open: OpenAdvice[];
  escalationSuggested: boolean;
  /** One sentence on whether to escalate and why. */
  suggestion: string;
}

/** Stages where suggesting an escalation makes no sense: done already, or no longer in touch. */
const noEscalation: readonly Stage[] = ['escalated', 'office-hours', 'declined', 'dormant'];

/**
 * Reads your record as a mentee in one relationship: advice received, applied, given a result
 * and circled back; the loops still open with the very due dates next actions and the doctor
 * use (the same plan, made from the same records); and whether to escalate — suggested once a
 * circle-back passed its check (it named the advice and reported its result), unless the
 * relationship is escalated, in office hours, dormant or declined.
 */
export async function getMenteeRecord(
  ctx: { ws: Workspace; clock: { today(): string } },
  options: { relationshipId: string },
): Promise<MenteeRecord> {
  const relationship = await getRecord(ctx, { entity: 'relationships', id: options.relationshipId });
  const loop = await loadMentorRecords(ctx.ws, [relationship.mentorId]);
  const records = loop.records(relationship.id);
  const advice = records.advice;
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
  const byId = new Map(advice.map((a) => [a.id, a]));
  const open: OpenAdvice[] = [];
  for (const action of mentorActions(loop)) {
    const piece = action.adviceId ? byId.get(action.adviceId) : undefined;
    if (!piece || action.relationshipId !== relationship.id) continue;
    if (action.kind !== 'apply' && action.kind !== 'circle-back') continue;
    open.push({
      advice: piece,
      next: action.kind === 'apply' ? 'apply' : 'circle back',
      dueOn: action.dueOn,
      overdue: action.dueOn < today,
    });
  }
  open.sort((x, y) => (x.dueOn < y.dueOn ? -1 : x.dueOn > y.dueOn ? 1 : 0));
  const blocked = noEscalation.includes(relationship.stage);
  const earned = hasPassedCircleBack(records.messages);
  const escalationSuggested = earned && !blocked;
  const suggestion = escalationSuggested
    ? 'A circle-back reported a result: you may escalate with a short, bounded ask about a nuanced problem'
    : blocked
      ? `No escalation to suggest: the relationship is ${relationship.stage}`
      : records.messages.some((m) => m.kind === 'circle-back')
        ? 'Your circle-back did not pass its check: circle back naming the advice and its result before escalating'
        : 'Apply the advice, record its result and circle back before escalating';
  return { relationship, advice, counts, open, escalationSuggested, suggestion };
}
