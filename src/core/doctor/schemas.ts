/**
 * The pitfalls of SPEC §1.8, in the order the doctor reports them, and `early-follow-up`: a
 * follow-up forced before the wait of SPEC §1.4.
 */
export const pitfallIds = [
  'vague-ask',
  'early-follow-up',
  'unclosed-loop',
  'transactional',
  'iq-over-reliance',
  'stale-outcome',
  'premature-escalation',
  'vague-goal',
  'no-mirror',
] as const;
export type PitfallId = (typeof pitfallIds)[number];
