import type { NextAction } from '../core/actions/next-action.js';
import type { DoctorFinding } from '../core/doctor/pitfall.js';
import { listMentorsWithStages } from '../core/mentors/list-mentors-with-stages.js';
import { listRecords } from '../core/records/list-records.js';
import { core } from './modules.js';
import type { McpSession } from './session.js';

/** The workspace at a glance, for an assistant that starts a conversation about it. */
export interface WorkspaceSummary {
  today: string;
  outcomes: Array<{
    id: string;
    statement: string;
    status: string;
    deadline: string | null;
    lastCheckin: { date: string; value: number | null; confidence: number | null } | null;
  }>;
  gaps: Array<{ id: string; statement: string; category: string; skill: string; outcomeId: string | null; status: string }>;
  mentors: Array<{ id: string; name: string; expertise: string[]; stages: string[] }>;
  /** Actions due within a week (overdue first), at most ten; `actionsDue` counts them all. */
  nextActions: NextAction[];
  actionsDue: number;
  findings: DoctorFinding[];
}

/**
 * Reads what an assistant needs to coach the user without a dozen calls: outcomes with their
 * latest check-in, gaps, mentors with their stages, what is due this week and the pitfalls.
 */
export async function workspaceSummary(session: McpSession): Promise<WorkspaceSummary> {
  const { ctx } = session;
  const [outcomes, checkins, gaps, mentors] = await Promise.all([
    listRecords(ctx, { entity: 'outcomes' }),
    listRecords(ctx, { entity: 'checkins' }),
    listRecords(ctx, { entity: 'gaps' }),
    listMentorsWithStages(ctx),
  ]);
  // One after the other: both bring the stored loop plan up to date first.
  const next = await (await core.nextActions()).nextActions(ctx);
  const doctor = await (await core.runDoctor()).runDoctor(ctx);
  const latest = new Map<string, (typeof checkins)[number]>();
  for (const c of checkins) {
    const seen = latest.get(c.outcomeId);
    if (!seen || c.date >= seen.date) latest.set(c.outcomeId, c);
  }
  return {
    today: next.today,
    outcomes: outcomes.map((o) => {
      const c = latest.get(o.id);
      return {
        id: o.id,
        statement: o.statement,
        status: o.status,
        deadline: o.deadline,
        lastCheckin: c ? { date: c.date, value: c.value, confidence: c.confidence } : null,
      };
    }),
    gaps: gaps.map((g) => ({
      id: g.id,
      statement: g.statement,
      category: g.category,
      skill: g.skill,
      outcomeId: g.outcomeId,
      status: g.status,
    })),
    mentors: mentors.map((m) => ({
      id: m.id,
      name: m.name,
      expertise: m.expertise,
      stages: m.relationships.map((r) => r.stage),
    })),
    nextActions: next.actions.slice(0, 10),
    actionsDue: next.actions.length,
    findings: doctor.findings,
  };
}
