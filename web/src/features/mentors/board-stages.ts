import type { Stage } from './mentor-records.js';

/** One column of the board: a stage, its name and what it means. */
export interface BoardStage {
  stage: Stage;
  label: string;
  hint: string;
}

/**
 * The stages in loop order, then the two side exits (SPEC §1.4). Only names and order live
 * here: which moves are allowed is the server's to say, and a refused move shows its reason.
 */
export const boardStages: readonly BoardStage[] = [
  { stage: 'prospect', label: 'Prospect', hint: 'Found, not yet asked' },
  { stage: 'asked', label: 'Asked', hint: 'Smallest ask sent' },
  { stage: 'replied', label: 'Replied', hint: 'Advice received' },
  { stage: 'applied', label: 'Applied', hint: 'Advice put to work' },
  { stage: 'circled-back', label: 'Circled back', hint: 'Told them what happened' },
  { stage: 'escalated', label: 'Escalated', hint: 'Asked for 15 minutes' },
  { stage: 'office-hours', label: 'Office hours', hint: 'A recurring slot' },
  { stage: 'dormant', label: 'Dormant', hint: 'No reply after one follow-up' },
  { stage: 'declined', label: 'Declined', hint: 'Said no, for now' },
];

/** The display name of a stage. */
export function stageLabel(stage: Stage): string {
  return boardStages.find((s) => s.stage === stage)?.label ?? stage;
}

/** Days from an ISO date to today (never negative), for "days in stage". */
export function daysSince(date: string, today: string = isoToday()): number {
  const ms = Date.parse(`${today}T00:00:00Z`) - Date.parse(`${date}T00:00:00Z`);
  return Number.isFinite(ms) ? Math.max(0, Math.round(ms / 86_400_000)) : 0;
}

/** Today's local date as `YYYY-MM-DD`. */
export function isoToday(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
