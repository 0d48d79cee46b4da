import type { z } from 'zod';
import type { nextActionsSchema } from '../../../../src/contracts/actions.js';
import type { ApiPage } from '../../../../src/contracts/common.js';
import type { doctorReportSchema } from '../../../../src/contracts/doctor.js';
import type { ApiRecord } from '../../../../src/contracts/records.js';

/** What the dashboard reads from the API, with the types the API contract gives them. */

/** `GET /api/next-actions`: actions due soon, with who you are losing touch with. */
export type NextActionsReport = z.infer<typeof nextActionsSchema>;
/** One next action with its reason and due date. */
export type NextAction = NextActionsReport['actions'][number];
/** `GET /api/doctor`: the pitfalls found, each with its fix and the records it concerns. */
export type DoctorReport = z.infer<typeof doctorReportSchema>;
/** One doctor finding. */
export type DoctorFinding = DoctorReport['findings'][number];
/** An outcome, as the API sends it. */
export type Outcome = ApiRecord<'outcomes'>;
/** A dated check-in on an outcome. */
export type Checkin = ApiRecord<'checkins'>;
/** A skill gap. */
export type Gap = ApiRecord<'gaps'>;
/** A page of records from a list route. */
export type Page<T> = ApiPage<T>;

/**
 * Short labels for the kinds of action, as a list shows them. Kept here rather than imported at
 * run time: the contracts module would bring zod and every record schema into the dashboard.
 */
export const actionLabels: Record<NextAction['kind'], string> = {
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
