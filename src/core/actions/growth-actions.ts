import type { RowOf } from '../records/entities.js';
import type { LoopSnapshot } from './load-loop-snapshot.js';
import { loopDefaults } from './loop-defaults.js';
import { latest, quote, shiftDays } from './loop-facts.js';
import type { ActionDraft } from './next-action.js';

/**
 * The check-in that keeps an outcome measured: 14 days after its last check-in (`lastCheckin`,
 * the latest date of its check-ins), or after its creation when it has none. Only an active
 * outcome has one.
 */
export function checkinAction(outcome: RowOf<'outcomes'>, lastCheckin: string | undefined): ActionDraft | null {
  if (outcome.status !== 'active') return null;
  const since = lastCheckin ?? outcome.createdAt.slice(0, 10);
  return {
    id: `check-in:${outcome.id}`,
    kind: 'check-in',
    dueOn: shiftDays(since, loopDefaults.checkinEvery),
    reason: `Check in on ${quote(outcome.statement)}: ${lastCheckin ? `last check-in ${lastCheckin}` : `no check-in since you set it on ${since}`}.`,
    outcomeId: outcome.id,
  };
}

/**
 * The actions that keep the Mirror measured: a feedback request on each active EQ gap 30 days
 * after the last one (or its creation). A request tied to no gap counts for every EQ gap.
 */
export function feedbackActions(s: Pick<LoopSnapshot, 'gaps' | 'feedbackRequests'>): ActionDraft[] {
  const actions: ActionDraft[] = [];
  const since = feedbackSince(s);
  for (const gap of s.gaps) {
    if (gap.status !== 'active' || gap.category !== 'eq') continue;
    const { date, asked } = since(gap);
    actions.push({
      id: `ask-feedback:${gap.id}`,
      kind: 'ask-feedback',
      dueOn: shiftDays(date, loopDefaults.feedbackEvery),
      reason: `Ask someone for specific feedback on your ${gap.skill} gap ${quote(gap.statement)}: ${asked ? `last request ${date}` : `no request since you named it on ${date}`}.`,
      gapId: gap.id,
      ...(gap.outcomeId ? { outcomeId: gap.outcomeId } : {}),
    });
  }
  return actions;
}

/**
 * When the Mirror clock of each EQ gap started: its last feedback request (a request tied to
 * no gap counts for every gap), or the day the gap was named when there was none.
 */
export function feedbackSince(s: Pick<LoopSnapshot, 'feedbackRequests'>): (gap: RowOf<'gaps'>) => { date: string; asked: boolean } {
  const last = new Map<string | null, string>();
  for (const r of s.feedbackRequests) {
    const seen = last.get(r.gapId);
    if (!seen || r.sentOn > seen) last.set(r.gapId, r.sentOn);
  }
  return (gap) => {
    const asked = latest([last.get(gap.id), last.get(null)]);
    return asked ? { date: asked, asked: true } : { date: gap.createdAt.slice(0, 10), asked: false };
  };
}
