import type { LoopSnapshot, LoopTable } from '../actions/load-loop-snapshot.js';
import type { EntityName } from '../records/entities.js';

/** The pitfalls of SPEC §1.8, in the order the doctor reports them. */
export const pitfallIds = [
  'vague-ask',
  'unclosed-loop',
  'transactional',
  'iq-over-reliance',
  'stale-outcome',
  'premature-escalation',
  'vague-goal',
  'no-mirror',
] as const;
export type PitfallId = (typeof pitfallIds)[number];

/** A record a finding is about, so a surface can link to it. */
export interface RecordRef {
  entity: EntityName;
  id: string;
}

/** One pitfall found in the workspace: what is wrong (naming the records) and how to fix it. */
export interface DoctorFinding {
  pitfall: PitfallId;
  message: string;
  fix: string;
  records: RecordRef[];
}

/**
 * One check over the whole workspace. `find` is pure: it reads the snapshot (only the tables
 * named in `tables` are loaded for it) and judges against `today`.
 */
export interface Pitfall {
  id: PitfallId;
  /** One sentence: what the pitfall is. */
  description: string;
  tables: readonly LoopTable[];
  find(snapshot: LoopSnapshot, today: string): DoctorFinding[];
}
