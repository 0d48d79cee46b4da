/**
 * The Mirror method's intervals, in days, kept as data beside the loop's (`loopDefaults`), so
 * next actions and the calendar agree on when a shadow side is measured again.
 */
export const mirrorDefaults = {
  /** Ask the same mirror again about the same kind of moment this many days after adopting a counter-behaviour. */
  remeasureAfterAdopted: 21,
} as const;
