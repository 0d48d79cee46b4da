import { z } from 'zod';
import type { AdviceResult } from '../analysis/checks/advice/extract-advice.js';
import { askStages } from '../analysis/checks/ask/ask-context.js';
import type { GoalOutcome } from '../analysis/checks/goal/check-goal.js';
import type { ShadowResult } from '../analysis/checks/shadow/find-shadow.js';
import type { SkillResult } from '../analysis/checks/skill/classify-skill.js';
import { skills } from '../analysis/data/skills.js';
import { type StrengthId, strengths } from '../analysis/data/strengths.js';
import { fitsTextLimit, MAX_TEXT_BYTES } from '../analysis/engine/text-limit.js';
import { type CheckResult, checkNames, type Finding, type TextStats } from '../analysis/engine/types.js';
import { dateField, idField } from '../core/records/schemas.js';

/**
 * The schemas of the text checks over HTTP (SPEC §1.5–1.7): what each takes and the result it
 * returns, the very object the command line prints with `--json`.
 */

const limitInWords = `${MAX_TEXT_BYTES / 1024 / 1024} MB`;

/**
 * The text a check reads: any string up to `MAX_TEXT_BYTES` of UTF-8, the bound the command
 * line puts on a file, so a text one surface takes is never refused by another.
 */
export const checkText = z
  .string()
  .refine(fitsTextLimit, { message: `must be at most ${limitInWords} of UTF-8` })
  .meta({ description: `The text to check, at most ${limitInWords} of UTF-8` });

/** Body of `POST /api/checks/ask`: the message and the stage of the loop it is for. */
export const askCheckBody = z.object({
  text: checkText,
  stage: z.enum(askStages).optional().meta({
    description: 'Stage of the loop the message is for (default first-contact); a backstage request is checked like an escalation',
  }),
  mentorId: idField.optional().meta({
    description: 'Check against this mentor’s relationship: an escalation needs a circle-back that passed its check first',
  }),
});

/** Body of `POST /api/checks/goal`: the statement and the date relative deadlines count from. */
export const goalCheckBody = z.object({
  text: checkText,
  today: dateField.optional().meta({ description: 'Reference date for relative deadlines, YYYY-MM-DD (default the server’s today)' }),
});

/** Body of the checks that read a text alone (feedback request and reply, skill, shadow, advice). */
export const textCheckBody = z.object({ text: checkText });

/** One finding of a check, with UTF-16 offsets into the text sent (end exclusive). */
export const findingSchema = z.object({
  rule: z.string(),
  check: z.enum(checkNames).meta({ description: 'The check whose rule it is; two checks may share a rule id (gratitude)' }),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  suggestion: z.string().optional(),
}) satisfies z.ZodType<Finding>;

/** The figures shown beside a check's findings. */
export const textStatsSchema = z.object({
  words: z.number().int(),
  sentences: z.number().int(),
  questions: z.number().int(),
  readingGrade: z.number(),
  readSeconds: z.number(),
}) satisfies z.ZodType<TextStats>;

/** A check's result with the verdicts it can give: `{verdict, score, findings, stats}`. */
export function checkResultOf<const V extends readonly [string, ...string[]]>(verdicts: V) {
  return z.object({
    verdict: z.enum(verdicts),
    score: z.number().int().min(0).max(100),
    findings: z.array(findingSchema),
    stats: textStatsSchema,
  }) satisfies z.ZodType<CheckResult<V[number]>>;
}

/** Result of the ask check. */
export const askCheckSchema = checkResultOf(['pass', 'revise']);
/** Result of the feedback-request check. */
export const feedbackRequestCheckSchema = checkResultOf(['specific', 'generic']);
/** Result of the feedback-reply check. */
export const feedbackReplyCheckSchema = checkResultOf(['grateful', 'revise']);

/** The fields of an outcome the goal check reads from a statement (SPEC §1.1); null when not said. */
export const goalOutcomeSchema = z.object({
  kind: z.enum(['metric', 'deliverable']).nullable(),
  metric: z.string().nullable(),
  direction: z.enum(['up', 'down']).nullable(),
  change: z.object({ value: z.number(), unit: z.enum(['percent', 'points', 'multiple', 'count', 'currency']) }).nullable(),
  baseline: z.number().nullable(),
  target: z.number().nullable(),
  deliverable: z.string().nullable(),
  criterion: z.string().nullable(),
  stakeholders: z.number().nullable(),
  horizonMonths: z.number().nullable(),
  deadline: z.string().nullable(),
}) satisfies z.ZodType<GoalOutcome>;

/** Result of the goal check: the check's result plus the outcome it read. */
export const goalCheckSchema = checkResultOf(['concrete', 'vague']).extend({ outcome: goalOutcomeSchema });

/** Words of a text, with their UTF-16 offsets. */
const spanSchema = z.object({ text: z.string(), start: z.number().int(), end: z.number().int() });

/** Result of classifying a skill gap (SPEC §1.2). */
export const skillResultSchema = z.object({
  category: z.enum(['IQ', 'EQ']),
  skill: z.enum(skills),
  method: z.enum(['artifact', 'mirror']),
  horizon: z.enum(['3-6 months', '12+ months']),
  confidence: z.number(),
  evidence: z.array(spanSchema.extend({ skill: z.enum(skills) })),
  scores: z.record(z.enum(skills), z.number()),
  stats: textStatsSchema,
}) satisfies z.ZodType<SkillResult>;

const strengthIds = strengths.map((s) => s.id) as [StrengthId, ...StrengthId[]];

/**
 * Result of the shadow check (SPEC §1.6): the strength overdone, its shadow and the
 * counter-behaviour; all four null when the text describes no strength overdone.
 */
export const shadowResultSchema = z.object({
  strength: z.enum(strengthIds).nullable(),
  strengthName: z.string().nullable(),
  shadow: z.string().nullable(),
  counter: z.string().nullable(),
  confidence: z.number(),
  evidence: z.array(spanSchema),
  alternatives: z.array(z.object({ strength: z.enum(strengthIds), score: z.number() })),
}) satisfies z.ZodType<ShadowResult>;

/** Result of reading the pieces of advice in a mentor's reply. */
export const adviceResultSchema = z.object({ advice: z.array(spanSchema) }) satisfies z.ZodType<AdviceResult>;
