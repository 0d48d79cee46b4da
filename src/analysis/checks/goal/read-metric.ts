import { MULTIPLE_WORDS } from '../../engine/number-words.js';
import type { Quantity } from '../../engine/quantity.js';
import type { Span } from '../../engine/types.js';
import type { Segment } from './find-segments.js';
import { cleanText, lexicon, masked, matchesText, spansIn, within, wordsBefore } from './goal-lexicon.js';
import type { ChangeUnit, GoalChange, GoalEnv, MetricReading } from './goal-types.js';
import { cueBefore, phraseAt } from './read-phrase.js';

/** Words that end a metric's name ("activation *from* 30%", "churn *by* 5%"). */
const METRIC_STOPS = new Set(
  (
    'by from to in within over during until till before after at down up so while without through via using than this next ' +
    'each every across into because since if when as but then and or plus is are was will would should could which that ' +
    'with among under below above beneath significantly substantially dramatically massively considerably meaningfully greatly noticeably further ' +
    'while whilst whereas'
  ).split(' '),
);
const TARGET_CUES = new Set(['to', 'at', 'reach', 'hit', 'achieve', 'attain', 'of', 'towards', 'toward']);
const NOT_A_CHANGE = new Set([...TARGET_CUES, ...'from than is are was were under below above with currently today now'.split(' ')]);
const CHANGE_UNITS = new Set<Quantity['unit']>(['percent', 'points', 'currency', 'multiple', 'count', 'measure']);
const ACQUIRE = /^(?:get|land|sign|close|secure)$/;
/** Words before a level that state where a metric is now, not where it should go ("activation *is* 30%"). */
const CURRENT = new Set(['is', 'are', 'was', 'were', 'currently', 'stands', 'sits', 'today', 'now', 'sitting', 'standing', 'from']);
const COUNT_LEAD = /^\s*(?:(?:at least|another|an additional|an extra|a further|over|more than|around|about)\s+)?$/;
/**
 * A change named by a noun right after its amount: "a 5% *increase in* monetization", "a
 * 3-point *drop in* churn". The noun gives the direction.
 */
const NOMINAL_UP = /^[\s-]*(?:increase|rise|lift|uplift|gain|growth|improvement|boost|jump|bump|climb)s?\b/;
const NOMINAL_DOWN = /^[\s-]*(?:decrease|reduction|drop|decline|cut|fall|dip)s?\b/;
const BETWEEN_PAIR = /^\s*(?:to|->|→|=>|-->|—>|–>|-|–|—|until|till)\s*(?:about|around|roughly|at least|over|~)?\s*$/;

/** What a clause says about a metric: the reading when it is a metric outcome, and any vague wording. */
export interface MetricResult {
  reading: MetricReading | null;
  vague: Array<Span & { phrase: string }>;
}

/** Reads the metric outcome of one clause: the metric, its change, baseline, target and direction. */
export function readMetric(env: GoalEnv, seg: Segment): MetricResult {
  const { doc } = env;
  const hit = seg.hit;
  const arrow = hit?.type === 'arrow-up' || hit?.type === 'arrow-down';
  const verb = hit !== null && !arrow;
  const after = within(env.quantities, verb ? hit.end : seg.start, seg.end);
  // "a 5% increase in monetization": the amount stands just before a change noun that leads the clause.
  const lead = verb ? env.quantities.find((q) => q.end <= hit.start && /^[\s-]*$/.test(doc.lower.slice(q.end, hit.start))) : undefined;
  const qs = lead ? [lead, ...after] : after;
  const vague = vagueIn(env, seg);
  const found = metricSpanOf(env, seg, qs);
  if (!found) return { reading: null, vague: hit?.type === 'target' ? [] : vague };
  const { span: metricSpan, coordinated } = found;
  const name = doc.lower.slice(metricSpan.start, metricSpan.end);
  const known = masked(env.metricMask, metricSpan) || matchesText(lexicon.metricShape, name);
  const read = changeOf(env, seg, qs, name);
  const { change, baseline, pairSign } = read;
  let { target, targetQuantity } = read;
  if (hit === null && change === null && target === null) {
    targetQuantity = levelBeside(env, qs, metricSpan);
    target = targetQuantity?.value ?? null;
  }
  const measurable = change !== null || target !== null;
  const particle = particleIn(env, seg);
  const isMetric =
    hit === null ? (known && (measurable || particle !== null)) || (change !== null && baseline !== null) : arrow || known || measurable;
  if (!isMetric) {
    const loose = verb && hit.type !== 'target' ? [{ ...metricSpan, phrase: cleanText(doc, metricSpan) }] : [];
    return { reading: null, vague: hit?.type === 'target' ? [] : [...vague, ...loose] };
  }
  const reading: MetricReading = {
    kind: 'metric',
    start: Math.min(seg.start, metricSpan.start),
    end: seg.end,
    metric: cleanText(doc, metricSpan),
    direction: directionOf(seg, qs, name, pairSign, particle, change),
    change,
    baseline,
    target,
    measurable,
    metricSpan,
    coordinated,
    targetQuantity,
  };
  return { reading, vague: measurable ? [] : vague };
}

/**
 * Where a clause names its metric: the noun phrase after the verb ("increase *week-1
 * activation* from…"), else the counted noun or named metric after the amount ("add 500 *paying
 * customers*", "hit $1M in *ARR*"); before an arrow, the metric before it; with no verb, the
 * first named metric or counted noun ("Go from 3 to 10 *enterprise customers*").
 */
function metricSpanOf(env: GoalEnv, seg: Segment, qs: Quantity[]): { span: Span; coordinated: Span | null } | null {
  const hit = seg.hit;
  const counted = qs.find((q) => q.unit === 'count' && q.nounStart !== undefined);
  const nounOf = (q: Quantity): Span => ({ start: q.nounStart ?? q.start, end: q.nounEnd ?? q.end });
  if (hit?.type === 'arrow-up' || hit?.type === 'arrow-down') {
    const before = within(env.metricSpans, seg.start, hit.start).filter((m) => m.end <= hit.start);
    const last = before.at(-1);
    return last ? { span: last, coordinated: null } : null;
  }
  if (hit) {
    const phrase = phraseAt(env, hit.end, seg.end, METRIC_STOPS, { coordinate: true });
    if (phrase) return { span: phrase, coordinated: phrase.coordinated };
  }
  const named = within(env.metricSpans, hit ? hit.end : seg.start, seg.end).find((m) => m.end <= seg.end);
  const span = counted && (!named || (hit !== null && counted.start < named.start)) ? nounOf(counted) : named;
  return span ? { span, coordinated: null } : null;
}

/** A level written right beside a metric with no verb is its target ("Goal: 40% week-1 activation", "NPS of 50"). */
function levelBeside(env: GoalEnv, qs: Quantity[], metric: Span): Quantity | null {
  const lower = env.doc.lower;
  const before = (q: Quantity) => gap(q.end, metric.start) <= 14 && /^[\s\p{L}\p{N}-]*$/u.test(lower.slice(q.end, metric.start));
  const after = (q: Quantity) => gap(metric.end, q.start) <= 6 && /^\s*(?:of|at|=|:)?\s*$/.test(lower.slice(metric.end, q.start));
  const now = (q: Quantity) =>
    CURRENT.has(cueBefore(env, q)) || /^\s+(?:today|now|currently|at the moment|right now)/.test(lower.slice(q.end, q.end + 20));
  return qs.find((q) => CHANGE_UNITS.has(q.unit) && !now(q) && (before(q) || after(q))) ?? null;
}

/**
 * The direction of a metric outcome: the sign of "from A to B" first, then a written sign
 * ("+10 points"), an arrow, the verb ("improve churn" is down), a particle ("bring churn
 * down"); a multiple below one is down.
 */
function directionOf(
  seg: Segment,
  qs: Quantity[],
  name: string,
  pairSign: number,
  particle: 'up' | 'down' | null,
  change: GoalChange | null,
): MetricReading['direction'] {
  const hit = seg.hit;
  if (change?.unit === 'multiple' && change.value < 1) return 'down';
  if (pairSign !== 0) return pairSign > 0 ? 'up' : 'down';
  const signed = qs.find((q) => q.sign !== undefined && CHANGE_UNITS.has(q.unit));
  if (signed && hit === null) return signed.sign === '+' ? 'up' : 'down';
  if (hit?.type === 'arrow-up') return 'up';
  if (hit?.type === 'arrow-down' || hit?.type === 'down') return 'down';
  const lowerIsBetter = matchesText(lexicon.downMetric, name);
  if (hit?.type === 'up') return /^improv/.test(hit.text) && lowerIsBetter ? 'down' : 'up';
  return particle ?? (hit?.type === 'target' && !lowerIsBetter ? 'up' : null);
}

/** Unmeasurable wording in a clause: amounts with no number ("significantly") and vague qualities ("happier"). */
function vagueIn(env: GoalEnv, seg: Segment): Array<Span & { phrase: string }> {
  const spans = [
    ...spansIn(env.doc, lexicon.vagueAmount, seg.start, seg.end),
    ...spansIn(env.doc, lexicon.vagueQuality, seg.start, seg.end),
  ];
  return spans.filter((s) => env.boundMask[s.start] !== 1).map((s) => ({ ...s, phrase: cleanText(env.doc, s) }));
}

/** "bring churn down", "get activation up": the direction a particle gives, if any. */
function particleIn(env: GoalEnv, seg: Segment): 'up' | 'down' | null {
  for (const w of env.doc.lower
    .slice(seg.start, seg.end)
    .matchAll(/(?<![\p{L}-])(down|lower|fewer|less|up|higher|more)(?![\p{L}-])(?! to\b)/gu)) {
    const previous = wordsBefore(env.doc, seg.start + w.index, 1)[0] ?? '';
    if (['sign', 'set', 'ramp', 'follow', 'pick', 'look', 'back', 'start', 'stand', 'sum', 'no', 'any'].includes(previous)) continue;
    return /down|lower|fewer|less/.test(w[1] ?? '') ? 'down' : 'up';
  }
  return null;
}

const gap = (from: number, to: number) => (to >= from ? to - from : Number.POSITIVE_INFINITY);
const round = (n: number) => Math.round(n * 1e6) / 1e6;

/**
 * The change from one stated level to another: two percents differ in points, money in
 * currency, plain numbers in counts (points on a score). `sign` is +1 up, −1 down, 0 flat.
 */
export function changeBetween(first: Quantity, second: Quantity, score: boolean): { change: GoalChange; sign: number } {
  const diff = round(second.value - first.value);
  const unit: ChangeUnit =
    first.unit === 'percent' || second.unit === 'percent'
      ? 'points'
      : first.unit === 'currency' || second.unit === 'currency'
        ? 'currency'
        : unitOf(second, score);
  return { change: { value: Math.abs(diff), unit }, sign: Math.sign(diff) };
}

/** The unit of a stated change: a plain number counts, or is points on a score ("NPS by 8"). */
export function unitOf(q: Quantity, score: boolean): ChangeUnit {
  if (q.unit === 'number' || q.unit === 'count') return score ? 'points' : 'count';
  if (q.unit === 'duration' || q.unit === 'measure') return 'count';
  return q.unit as ChangeUnit;
}

/** The amount a change noun follows ("a 5% increase in …"), with the noun's sign. */
function nominalChange(env: GoalEnv, qs: Quantity[]): { quantity: Quantity; sign: number } | null {
  for (const q of qs) {
    if (!CHANGE_UNITS.has(q.unit) && q.unit !== 'number') continue;
    const after = env.doc.lower.slice(q.end, q.end + 16);
    if (NOMINAL_UP.test(after)) return { quantity: q, sign: 1 };
    if (NOMINAL_DOWN.test(after)) return { quantity: q, sign: -1 };
  }
  return null;
}

/**
 * The change a clause states. In order: a change noun after its amount ("a 5% increase in"); "by Q"; a multiple verb ("double"); "from A to B" (two
 * percents are a change in points); a multiple ("3x"); a lone amount after the verb ("grow
 * revenue 20%"). "to B" alone is a target without a change.
 */
function changeOf(
  env: GoalEnv,
  seg: Segment,
  qs: Quantity[],
  name: string,
): { change: GoalChange | null; baseline: number | null; target: number | null; pairSign: number; targetQuantity: Quantity | null } {
  const score = matchesText(lexicon.scoreMetric, name);
  const hit = seg.hit;
  let baseline: number | null = null;
  let target: number | null = null;
  let targetQuantity: Quantity | null = null;
  let pairSign = 0;
  let pairChange: GoalChange | null = null;
  for (let i = 0; i + 1 < qs.length && !pairChange; i++) {
    const a = qs[i] as Quantity;
    const b = qs[i + 1] as Quantity;
    const between = env.doc.lower.slice(a.end, b.start);
    const cue = cueBefore(env, a);
    const forward = BETWEEN_PAIR.test(between) && (cue === 'from' || /->|→|=>/.test(between));
    const backward = cue === 'to' && /^\s*[(,–—-]?\s*from\s*$/.test(between);
    if (!forward && !backward) continue;
    const [first, second] = forward ? [a, b] : [b, a];
    baseline = first.value;
    target = second.value;
    targetQuantity = second;
    const pair = changeBetween(first, second, score);
    pairSign = pair.sign;
    pairChange = pair.change;
  }
  const by = qs.find((q) => cueBefore(env, q) === 'by') ?? qs.find((q) => q.sign !== undefined && CHANGE_UNITS.has(q.unit));
  const verbMultiple = hit && (hit.type === 'up' || hit.type === 'down') ? MULTIPLE_WORDS[hit.text] : undefined;
  const multiple = qs.find((q) => q.unit === 'multiple');
  const lone =
    hit && (hit.type === 'up' || hit.type === 'down')
      ? qs.find((q) => CHANGE_UNITS.has(q.unit) && !NOT_A_CHANGE.has(cueBefore(env, q)))
      : undefined;
  const acquired =
    hit?.type === 'target' && ACQUIRE.test(hit.text)
      ? qs.find((q) => q.unit === 'count' && COUNT_LEAD.test(env.doc.lower.slice(hit.end, q.start)))
      : undefined;
  const nominal = nominalChange(env, qs);
  let change: GoalChange | null = null;
  if (nominal && !by && !pairChange) {
    change = { value: nominal.quantity.value, unit: unitOf(nominal.quantity, score) };
    pairSign = nominal.sign;
  } else if (acquired) change = { value: acquired.value, unit: 'count' };
  else if (by) change = { value: by.value, unit: unitOf(by, score) };
  else if (verbMultiple !== undefined) change = { value: verbMultiple, unit: 'multiple' };
  else if (pairChange) change = pairChange;
  else if (multiple) change = { value: multiple.value, unit: 'multiple' };
  else if (lone) change = { value: lone.value, unit: unitOf(lone, score) };
  if (target === null && !acquired) {
    const aimed = qs.find((q) => TARGET_CUES.has(cueBefore(env, q))) ?? (hit?.type === 'target' ? qs[0] : undefined);
    if (aimed) {
      target = aimed.value;
      targetQuantity = aimed;
    }
  }
  return { change, baseline, target, pairSign, targetQuantity };
}
