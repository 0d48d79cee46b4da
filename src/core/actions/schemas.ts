/**
 * Kinds of next action, in priority order: when two fall on the same day, closing a loop with
 * a mentor comes before routine upkeep.
 */
export const actionKinds = [
  'circle-back',
  'apply',
  'follow-up',
  'escalate',
  'office-hours',
  'action-item',
  'dormant',
  'check-in',
  'ask-feedback',
  'remeasure',
  'keep-in-touch',
] as const;
export type ActionKind = (typeof actionKinds)[number];
