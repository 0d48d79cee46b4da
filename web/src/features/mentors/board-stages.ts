import type { Stage } from './mentor-records.js';

/** One column of the board: a stage, its name, what it means and what to do there. */
export interface BoardStage {
  stage: Stage;
  label: string;
  hint: string;
  /** What to do with a relationship at this stage, as a card's badge explains it. */
  todo: string;
  /** A side exit of the loop (dormant, declined), shown apart from the loop's own stages. */
  parked: boolean;
}

/**
 * The stages in loop order, then the two side exits (SPEC §1.4). Only names, order and advice
 * live here: which moves are allowed is the server's to say (`useStageMoves`).
 */
export const boardStages: readonly BoardStage[] = [
  {
    stage: 'prospect',
    label: 'Prospect',
    hint: 'Found, not yet asked',
    todo: 'Write the smallest ask: one specific question about something they made or said.',
    parked: false,
  },
  {
    stage: 'asked',
    label: 'Asked',
    hint: 'Smallest ask sent',
    todo: 'Wait for the reply; after 10 days send at most one polite follow-up, then set it dormant.',
    parked: false,
  },
  {
    stage: 'replied',
    label: 'Replied',
    hint: 'Advice received',
    todo: 'Apply the advice, then record where you applied it.',
    parked: false,
  },
  {
    stage: 'applied',
    label: 'Applied',
    hint: 'Advice put to work',
    todo: 'Circle back: tell them what you applied, what happened, and thank them.',
    parked: false,
  },
  {
    stage: 'circled-back',
    label: 'Circled back',
    hint: 'Told them what happened',
    todo: 'Apply more of their advice, or escalate: ask for about 15 minutes on one nuanced problem.',
    parked: false,
  },
  {
    stage: 'escalated',
    label: 'Escalated',
    hint: 'Asked for 15 minutes',
    todo: 'Bring the nuanced problem; if it helped both of you, offer a recurring slot.',
    parked: false,
  },
  {
    stage: 'office-hours',
    label: 'Office hours',
    hint: 'A recurring slot',
    todo: 'Keep the slot and its cadence; bring one problem and a result each time.',
    parked: false,
  },
  {
    stage: 'dormant',
    label: 'Dormant',
    hint: 'No reply after one follow-up',
    todo: 'Leave it be; revive it later with a new smallest ask.',
    parked: true,
  },
  {
    stage: 'declined',
    label: 'Declined',
    hint: 'Said no, for now',
    todo: 'Thank them and move on; you may approach again later as a prospect.',
    parked: true,
  },
];

/** Days in one stage after which a card's badge turns orange: the relationship is stalling. */
export const STALLING_DAYS = 30;

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
