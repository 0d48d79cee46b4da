import { verbLikeMetrics } from '../../data/goal.js';
import { findNonBounds, findTimeBounds } from '../../engine/dates.js';
import { findQuantities } from '../../engine/numbers.js';
import type { Quantity } from '../../engine/quantity.js';
import { parseText } from '../../engine/text.js';
import type { Doc, Span } from '../../engine/types.js';
import { findHits, type Segment, segmentsOf } from './find-segments.js';
import { cleanText, lexicon, matchesText, REACH, spansIn, within, wordsBefore } from './goal-lexicon.js';
import type { GoalAnalysis, GoalContext, GoalEnv, GoalOutcome, MetricReading, OutcomeReading } from './goal-types.js';
import { readApproval, readDeliverable } from './read-deliverable.js';
import { changeBetween, readMetric } from './read-metric.js';

const VERB_LIKE = new Set(verbLikeMetrics);
const PURPOSE_WORDS = new Set(['to', 'so', 'thereby', 'order']);

/** Builds what every reader shares: quantities, bounds, named metrics and artifacts, and their masks. */
function envOf(doc: Doc, today: string): GoalEnv {
  const length = doc.text.length + 1;
  const bounds = findTimeBounds(doc, today);
  const boundMask = new Uint8Array(length);
  for (const b of bounds) boundMask.fill(1, b.start, b.end);
  // A duration is a change only when "from / to / by" governs it ("from 10 days to 4 days"); otherwise it names a metric window ("30-day retention").
  const changeCue = (q: Quantity) => ['from', 'to', 'by', 'under', 'below'].includes(wordsBefore(doc, q.start, 1)[0] ?? '');
  const quantities = findQuantities(doc).filter(
    (q) =>
      q.unit !== 'year' && (q.unit !== 'duration' || changeCue(q)) && !q.denominator && !boundMask.subarray(q.start, q.end).includes(1),
  );
  const quantityMask = new Uint8Array(length);
  for (const q of quantities) quantityMask.fill(1, q.start, q.end);
  const nounSpans = spansIn(doc, lexicon.noun);
  const nounMask = new Uint8Array(length);
  for (const n of nounSpans) nounMask.fill(1, n.start, n.end);
  // A metric right before an artifact names the artifact's topic ("monetization strategy", "revenue dashboard").
  const modifier = (m: Span) => nextWordIsNoun(doc, m.end, nounMask);
  // "Spend 5 hours a week…": a metric name that leads its sentence is the verb of an imperative.
  const imperative = (m: Span) => VERB_LIKE.has(doc.lower.slice(m.start, m.end)) && wordsBefore(doc, m.start, 1).length === 0;
  const metricSpans = [...spansIn(doc, lexicon.metric), ...spansIn(doc, lexicon.metricShape)]
    .filter((m) => !modifier(m) && !imperative(m) && boundMask[m.start] !== 1)
    .sort((a, b) => a.start - b.start);
  const metricMask = new Uint8Array(length);
  for (const m of metricSpans) metricMask.fill(1, m.start, m.end);
  const approvalSpans = spansIn(doc, lexicon.approval);
  const audienceSpans = spansIn(doc, lexicon.audience);
  return { doc, quantities, bounds, metricSpans, nounSpans, approvalSpans, audienceSpans, quantityMask, boundMask, metricMask, nounMask };
}

/** Whether the word right after `offset` is an artifact noun. */
function nextWordIsNoun(doc: Doc, offset: number, nounMask: Uint8Array): boolean {
  const m = /^[ -]{1,2}(?=[\p{L}])/u.exec(doc.lower.slice(offset, offset + 3));
  return m !== null && nounMask[offset + m[0].length] === 1;
}

const LEVEL_CUES = new Set(['is', 'at', 'currently', 'today', 'now', 'stands', 'sits', 'of', 'from', 'was', 'around', 'about', 'only']);
const PRONOUN = /^(?:it|this|that|them|this metric|the metric|this number|that number)$/i;
const kindOf = (q: Quantity) => (q.unit === 'number' || q.unit === 'count' ? 'count' : q.unit);

/**
 * "Activation is 30% today. Raise it to 40% by March.": a target with no change takes its
 * baseline from a level stated earlier in the text, and a pronoun takes that metric's name.
 */
function borrowBaseline(env: GoalEnv, r: MetricReading): void {
  const t = r.targetQuantity;
  if (r.change !== null || r.baseline !== null || !t) return;
  const base = within(env.quantities, Math.max(0, r.start - REACH), r.start)
    .filter((q) => q.end <= r.start && kindOf(q) === kindOf(t) && LEVEL_CUES.has(wordsBefore(env.doc, q.start, 1)[0] ?? ''))
    .at(-1);
  if (!base) return;
  const named = within(env.metricSpans, Math.max(0, base.start - REACH), base.start)
    .filter((m) => m.end <= base.start)
    .at(-1);
  const name = named ? env.doc.lower.slice(named.start, named.end) : r.metric.toLowerCase();
  const pair = changeBetween(base, t, matchesText(lexicon.scoreMetric, name));
  r.baseline = base.value;
  r.change = pair.change;
  if (pair.sign !== 0) r.direction = pair.sign > 0 ? 'up' : 'down';
  if (PRONOUN.test(r.metric) && named) r.metric = cleanText(env.doc, named);
}

/** Reads one clause: its outcome (if any), activity, and vague wording. */
function readSegment(
  env: GoalEnv,
  seg: Segment,
  analysis: { outcomes: OutcomeReading[]; activities: Span[]; vague: GoalAnalysis['vague'] },
) {
  const type = seg.hit?.type;
  if (type === 'activity' && seg.hit) {
    analysis.activities.push({ start: seg.hit.start, end: seg.hit.end });
    return;
  }
  if (type === 'ship' || type === 'make') {
    const reading = readDeliverable(env, seg);
    if (reading) analysis.outcomes.push(reading);
    return;
  }
  const metric = readMetric(env, seg);
  analysis.vague.push(...metric.vague);
  // "get approval for a vision document": a "metric" whose name holds an approval is a deliverable with its criterion.
  const approvalInName =
    metric.reading !== null && within(env.approvalSpans, metric.reading.metricSpan.start, metric.reading.metricSpan.end).length > 0;
  const approved = approvalInName ? readApproval(env, seg) : null;
  if (approved) {
    analysis.outcomes.push(approved);
    return;
  }
  if (metric.reading) {
    analysis.outcomes.push(metric.reading);
    return;
  }
  const approval = readApproval(env, seg);
  if (approval) analysis.outcomes.push(approval);
}

/**
 * Reads a goal statement (SPEC §1.1): its outcomes clause by clause, the first time bound, the
 * activities and the vague wording, and the extracted fields of the first outcome. A means
 * followed by its purpose ("launch X *to* grow Y by 10%") counts as the purpose alone.
 */
export function analyseGoal(doc: Doc, today: string): GoalAnalysis {
  const env = envOf(doc, today);
  const hits = findHits(
    doc,
    [...env.metricSpans, ...env.nounSpans.filter((n) => /\s/.test(doc.lower.slice(n.start, n.end)))],
    env.approvalSpans,
    env.nounSpans,
  );
  const collected = { outcomes: [] as OutcomeReading[], activities: [] as Span[], vague: [] as GoalAnalysis['vague'] };
  for (const seg of segmentsOf(doc, hits)) readSegment(env, seg, collected);
  for (const o of collected.outcomes) if (o.kind === 'metric') borrowBaseline(env, o);
  const outcomes = collected.outcomes.filter((o, i, all) => {
    const next = all[i + 1];
    if (!next || o.kind !== 'deliverable' || next.kind !== 'metric' || !next.measurable) return true;
    return !PURPOSE_WORDS.has(wordsBefore(doc, next.start, 1)[0] ?? '');
  });
  const bound = env.bounds[0] ?? null;
  const first = outcomes[0] ?? null;
  const outcome: GoalOutcome = {
    kind: first?.kind ?? null,
    metric: first?.kind === 'metric' ? first.metric : null,
    direction: first?.kind === 'metric' ? first.direction : null,
    change: first?.kind === 'metric' ? first.change : first?.count != null ? { value: first.count, unit: 'count' } : null,
    baseline: first?.kind === 'metric' ? first.baseline : null,
    target: first?.kind === 'metric' ? first.target : null,
    deliverable: first?.kind === 'deliverable' ? first.deliverable : null,
    criterion: first?.kind === 'deliverable' ? first.criterion : null,
    stakeholders: first?.kind === 'deliverable' ? first.stakeholders : null,
    horizonMonths: bound?.months ?? null,
    deadline: bound?.deadline ?? null,
  };
  return {
    outcome,
    outcomes,
    measurable: outcomes.some((o) => o.measurable),
    activities: collected.activities,
    activityOnly: collected.activities.length > 0 && outcomes.length === 0,
    bound,
    nonBounds: findNonBounds(doc, env.bounds),
    vague: collected.vague,
  };
}

/** The context the goal rules run with: the reference date and the analysis of the text. */
export function goalContext(doc: Doc, today: string): GoalContext {
  return { today, analysis: analyseGoal(doc, today) };
}

/** The fields of a goal statement (SPEC §1.1) against the reference date `today` (`YYYY-MM-DD`). */
export function extractOutcome(text: string, options: { today: string }): GoalOutcome {
  return analyseGoal(parseText(text), options.today).outcome;
}
