import type { LoopRecords, LoopSnapshot, LoopTable } from '../actions/load-loop-snapshot.js';
import type { EntityName } from '../records/schemas.js';
import type { PitfallId } from './schemas.js';

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

/** A finding made from one mentor's records, with the first day it holds. */
export interface PlannedFinding {
  /** The first day the finding holds (`always` when it does not depend on the day). */
  from: string;
  mentorId: string;
  finding: DoctorFinding;
}

/** `from` of a finding that holds whatever the day. */
export const always = '0000-01-01';

interface PitfallInfo {
  id: PitfallId;
  /** One sentence: what the pitfall is. */
  description: string;
}

/**
 * A check of each mentor's records. `plan` is pure and does not know the day: it is run again
 * only when the mentor's records change, and the doctor keeps the findings whose `from` has come.
 */
export interface MentorPitfall extends PitfallInfo {
  scope: 'mentor';
  plan(records: LoopRecords): PlannedFinding[];
}

/**
 * A check over the workspace's own records (outcomes, gaps, feedback), run on every call.
 * `find` is pure: it reads the snapshot (only the tables named in `tables` are loaded for it)
 * and judges against `today`.
 */
export interface WorkspacePitfall extends PitfallInfo {
  scope: 'workspace';
  tables: readonly LoopTable[];
  find(snapshot: LoopSnapshot, today: string): DoctorFinding[];
}

/** One pitfall of SPEC §1.8. */
export type Pitfall = MentorPitfall | WorkspacePitfall;
