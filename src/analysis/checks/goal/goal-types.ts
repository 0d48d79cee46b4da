import type { TimeBound } from '../../engine/dates.js';
import type { Quantity } from '../../engine/quantity.js';
import type { Doc, Span } from '../../engine/types.js';

/** The unit of a goal's change (SPEC §1.1). */
export type ChangeUnit = 'percent' | 'points' | 'multiple' | 'count' | 'currency';

/** How much a goal moves its metric or how many outputs it ships. */
export interface GoalChange {
  value: number;
  unit: ChangeUnit;
}

/** The fields the goal check extracts (SPEC §1.1); each is null when the statement does not say. */
export interface GoalOutcome {
  kind: 'metric' | 'deliverable' | null;
  metric: string | null;
  direction: 'up' | 'down' | null;
  change: GoalChange | null;
  baseline: number | null;
  target: number | null;
  deliverable: string | null;
  criterion: string | null;
  /** How many stakeholders must approve or align, where a number is stated ("aligns 3 teams"). */
  stakeholders: number | null;
  horizonMonths: number | null;
  /** The deadline as an ISO date (`YYYY-MM-DD`). */
  deadline: string | null;
}

/** A metric outcome read from one part of the statement. */
export interface MetricReading extends Span {
  kind: 'metric';
  metric: string;
  direction: 'up' | 'down' | null;
  change: GoalChange | null;
  baseline: number | null;
  target: number | null;
  /** Whether it names a quantified change or target (SPEC §1.1 "measurable result"). */
  measurable: boolean;
  /** Where the metric is named. */
  metricSpan: Span;
  /** Several metrics coordinated under one verb ("activation, retention and revenue"). */
  coordinated: Span | null;
  /** The quantity stated as the target level ("to 40%"), when there is one. */
  targetQuantity: Quantity | null;
}

/** A deliverable outcome read from one part of the statement. */
export interface DeliverableReading extends Span {
  kind: 'deliverable';
  deliverable: string;
  /** The launch verb when the deliverable is released to people ("launch", "roll out"), else null. */
  launchVerb: string | null;
  criterion: string | null;
  /** The number of outputs for a countable deliverable ("ship 12 experiments"). */
  count: number | null;
  stakeholders: number | null;
  measurable: boolean;
  deliverableSpan: Span;
}

/** One outcome of the statement. */
export type OutcomeReading = MetricReading | DeliverableReading;

/** Everything the goal rules read, computed once per text. */
export interface GoalAnalysis {
  outcome: GoalOutcome;
  /** The outcomes of the statement in text order; the first is the one `outcome` describes. */
  outcomes: OutcomeReading[];
  /** True when some outcome is measurable (a quantified metric or a deliverable with a criterion). */
  measurable: boolean;
  /** Spans of learning, practising or aspiration phrases that lead a clause. */
  activities: Span[];
  /** True when the statement is only activities: no metric and no deliverable. */
  activityOnly: boolean;
  /** The first time bound, which sets the deadline. */
  bound: TimeBound | null;
  /** Timing words that bound nothing ("asap", "eventually", "per week"). */
  nonBounds: Span[];
  /** Verb phrases whose object names no measurable metric, or that give a vague amount ("significantly"). */
  vague: Array<Span & { phrase: string }>;
}

/** What the goal rules receive besides the parsed text. */
export interface GoalContext {
  today: string;
  analysis: GoalAnalysis;
}

/** The parsed statement with what every reader shares: quantities, bounds, metric and artifact names. */
export interface GoalEnv {
  doc: Doc;
  /** Quantities that can state a change: no years, durations, denominators or parts of a date. */
  quantities: Quantity[];
  bounds: TimeBound[];
  /** Named metrics (not those used as a modifier of an artifact: "monetization strategy"). */
  metricSpans: Span[];
  /** Artifact nouns ("strategy", "experiments"). */
  nounSpans: Span[];
  /** Completion criteria: approvals ("signed off") and launch audiences ("to all EU customers"). */
  approvalSpans: Span[];
  audienceSpans: Span[];
  /** One flag per code unit: inside a quantity, a time bound, a named metric. */
  quantityMask: Uint8Array;
  metricMask: Uint8Array;
  nounMask: Uint8Array;
  boundMask: Uint8Array;
}
