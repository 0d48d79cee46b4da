import type { ActionKind } from './schemas.js';

/**
 * One thing to do, with the day it is due and why. The id is derived from the kind and the
 * record it is about (`circle-back:<adviceId>`), so it stays the same while the action is
 * pending: a calendar that imports it again updates the event instead of adding another.
 */
export interface NextAction {
  id: string;
  kind: ActionKind;
  dueOn: string;
  /** One sentence naming the mentor or the outcome. */
  reason: string;
  mentorId?: string;
  relationshipId?: string;
  outcomeId?: string;
  gapId?: string;
  adviceId?: string;
  /** The feedback whose counter-behaviour is measured again (`remeasure`). */
  feedbackId?: string;
  /** Due before the reference date. */
  overdue: boolean;
}

/**
 * An action before it is dated against today. `whenLosing` gives the reason to use from the day
 * a relationship is past its maximum keep-in-touch gap.
 */
export type ActionDraft = Omit<NextAction, 'overdue'> & { whenLosing?: { from: string; reason: string } };

/** A short label for each kind, for lists and calendar titles. */
export const actionLabels: Record<ActionKind, string> = {
  'circle-back': 'Circle back',
  apply: 'Apply advice',
  'follow-up': 'Follow up',
  escalate: 'Escalate',
  'office-hours': 'Office hours',
  'action-item': 'Action item',
  dormant: 'Set dormant',
  'check-in': 'Check in',
  'ask-feedback': 'Ask for feedback',
  remeasure: 'Ask again',
  'keep-in-touch': 'Keep in touch',
};
