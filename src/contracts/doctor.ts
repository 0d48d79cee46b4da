import { z } from 'zod';
import type { DoctorFinding } from '../core/doctor/pitfall.js';
import type { DoctorReport } from '../core/doctor/run-doctor.js';
import { pitfallIds } from '../core/doctor/schemas.js';
import { entityNames } from '../core/records/schemas.js';

/** The doctor over HTTP (SPEC §1.8): the pitfalls found in the workspace. Its query is `todayQuery` (actions.ts). */

/** One pitfall found by the doctor (SPEC §1.8), with the records it is about so a page can link them. */
export const doctorFindingSchema = z.object({
  pitfall: z.enum(pitfallIds),
  message: z.string(),
  fix: z.string(),
  records: z.array(z.object({ entity: z.enum(entityNames), id: z.string() })),
}) satisfies z.ZodType<DoctorFinding>;

/** Response of `GET /api/doctor`. */
export const doctorReportSchema = z.object({
  today: z.string(),
  checked: z.array(z.enum(pitfallIds)),
  findings: z.array(doctorFindingSchema),
  covered: z
    .object({ goals: z.number().int(), gaps: z.number().int(), mentors: z.boolean(), asks: z.boolean() })
    .meta({ description: 'what there was to judge: active and draft goals, active skill gaps, whether any mentor and any sent ask exist' }),
  allClear: z.string().nullable().meta({ description: 'with no findings, what the clean report can truly say; else null' }),
}) satisfies z.ZodType<DoctorReport>;
