/**
 * The reminder intervals of the loop (SPEC §1.4), in days. Kept as data in one place so next
 * actions, the doctor and the calendar agree on when something is due and when it is late.
 */
export const loopDefaults = {
  /** Circle back this many days after the advice was applied. */
  circleBackAfterApplied: 7,
  /** Apply (or circle back on) advice this many days after it was received. */
  applyAfterReceived: 14,
  /** One polite follow-up this many days after an ask with no reply. */
  followUpAfterAsk: 10,
  /** Suggest `dormant` this many days after the follow-up, when it got no reply either. */
  dormantAfterFollowUp: 10,
  /** Suggest escalating this many days after a circle-back that reported a result. */
  escalateAfterCircleBack: 7,
  /** Check in on an active outcome this often. */
  checkinEvery: 14,
  /** An outcome with no check-in for longer than this is stale (doctor). */
  staleOutcomeAfter: 30,
  /** Ask for feedback on an EQ gap at least this often (the Mirror method). */
  feedbackEvery: 30,
  /** Ask the same mirror again about the same kind of moment this many days after adopting a counter-behaviour. */
  remeasureAfterAdopted: 21,
  /** Days ahead `next` looks by default. */
  horizon: 7,
} as const;
