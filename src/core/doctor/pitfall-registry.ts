import type { MentorPitfall, Pitfall, WorkspacePitfall } from './pitfall.js';
import { earlyFollowUp } from './pitfalls/early-follow-up.js';
import { iqOverReliance } from './pitfalls/iq-over-reliance.js';
import { noMirror } from './pitfalls/no-mirror.js';
import { prematureEscalation } from './pitfalls/premature-escalation.js';
import { staleOutcome } from './pitfalls/stale-outcome.js';
import { transactional } from './pitfalls/transactional.js';
import { unclosedLoop } from './pitfalls/unclosed-loop.js';
import { vagueAsk } from './pitfalls/vague-ask.js';
import { vagueGoal } from './pitfalls/vague-goal.js';

/** Every pitfall the doctor checks (SPEC §1.8), in report order. */
export const pitfalls: readonly Pitfall[] = [
  vagueAsk,
  earlyFollowUp,
  unclosedLoop,
  transactional,
  iqOverReliance,
  staleOutcome,
  prematureEscalation,
  vagueGoal,
  noMirror,
];

/** The pitfalls judged on each mentor's records, planned when those records change. */
export const mentorPitfalls = pitfalls.filter((p): p is MentorPitfall => p.scope === 'mentor');

/** The pitfalls judged on the workspace's own records on every call. */
export const workspacePitfalls = pitfalls.filter((p): p is WorkspacePitfall => p.scope === 'workspace');
