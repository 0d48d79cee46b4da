/**
 * Finds the result of a circle-back: what happened after the advice was applied — a metric
 * that moved ("went from 18% to 24%", "up 6 points"), a comparison ("in 5 weeks instead of 9"),
 * a delivery time ("shipped in five weeks"), or a learning or qualitative outcome ("turns out
 * …", "finance accepted it", "for the first time"). Actions of the writer ("we cut the
 * discount from 35% to 20%") and placeholders ("we saw a result") are not results.
 */
import {
  actorSensitiveOutcomes,
  changeComparatives,
  changeVerbs,
  comparisonWords,
  deliveryWords,
  outcomePhrases,
  placeholderResults,
  resultLabels,
} from '../../data/ask-circle-back.js';
import { isNegated } from '../../engine/is-negated.js';
import { findAll } from '../../engine/match.js';
import { matchesIn } from '../../engine/native-regex.js';
import { findQuantities } from '../../engine/numbers.js';
import { tokenIndexAt } from '../../engine/positions.js';
import type { Quantity } from '../../engine/quantity.js';
import type { Doc, Span } from '../../engine/types.js';
import { ACTORS, CAUSAL, FUTURE } from './advice-words.js';
import { isPlaceholderOnly, setAmount, VAGUE_LEARNING, whenPresent } from './false-results.js';
import { compile, type Hit, insideAny, isUnreal, labelledLine, phraseHits, sentenceIndexAt } from './loop-tokens.js';
import {
  AGAINST_AMOUNT,
  AMOUNT_BEFORE,
  AMOUNT_BEFORE_CLAUSE,
  ARROW,
  BECAME_COMPARATIVE,
  CAUGHT_SHARE,
  CAUSED_STATE,
  CHANGED_BEHAVIOUR,
  FROM_TO,
  GROUP_OUTCOME,
  GROUP_OUTCOME_DIGITS,
  HARDLY_ANYONE,
  MEANT,
  NOT_A_SINGLE,
  NOT_AMOUNT,
  NOW_DIFFERENT,
  PARTY_DECIDED,
  PROBLEM_ENDED,
  RATE_REACHED,
  SHIFTED_FROM_TO,
  TO_FROM,
  UNMATCHED_LEVEL,
  WON_COUNT,
  WORKED_BECAUSE,
} from './result-patterns.js';
import { describesProperty, inOwnAction, isAction, standsAsResult } from './writer-action.js';

const changeVerbRegex = compile(changeVerbs);
const comparativeRegex = compile(changeComparatives);
const comparisonRegex = compile(comparisonWords);
const deliveryRegex = compile(deliveryWords);
const outcomeRegex = compile(outcomePhrases);
const placeholderRegex = compile(placeholderResults);
const ACTOR_SENSITIVE: ReadonlySet<string> = new Set(actorSensitiveOutcomes);
const MEASURED = new Set<Quantity['unit']>(['percent', 'points', 'multiple', 'currency']);
const LABEL = labelledLine(resultLabels, ':|=|[ \\t]-[ \\t]');

/** "it helped us a lot" praises; "helped us spot the drop-off" reports. */
const VAGUE_HELP =
  /^helped (?:us|me|them|the team)(?:\s+(?:a lot|so much|loads|tons|a ton|massively|immensely|greatly|enormously|hugely|out))?\s*(?:[.!,;)]|$)/;

/**
 * The results found in `doc`, in order. `exclude` holds spans (the advice named) whose numbers
 * are no result; `subjects` the advice named, whose verb of effect says what it did ("your
 * hard-paywall suggestion *brought 410 new subscribers*").
 */
export function findResults(doc: Doc, exclude: readonly Span[] = [], subjects: readonly Span[] = []): Hit[] {
  const excluded = insideAny(exclude);
  const quantities = findQuantities(doc).filter((q) => !excluded(q.start));
  const bySentence = new Map<number, Quantity[]>();
  for (const q of quantities) {
    const s = sentenceIndexAt(doc, q.start);
    const list = bySentence.get(s);
    if (list) list.push(q);
    else bySentence.set(s, [q]);
  }
  const hits: Hit[] = [];
  const real = (h: Hit) => !isUnreal(doc, h.start, FUTURE);
  for (const h of phraseHits(doc, changeVerbRegex, { skipNegated: true }).filter((h) => real(h) && !whenPresent(doc, h.start))) {
    // The number follows its verb ("rose 23%", "went from 18% to 24%") or is the verb ("doubled").
    // A colon or semicolon between them starts another statement ("hit a new problem: our 10-to-50-seat customers").
    const numbers = (bySentence.get(h.sentence) ?? []).filter(
      (q) =>
        q.start >= h.start &&
        q.start - h.end < 60 &&
        !/[:;]/.test(doc.text.slice(h.end, q.start)) &&
        // "hit one snag" counts a thing; it measures no change.
        doc.lower.slice(q.start, q.end) !== 'one',
    );
    if (numbers.length > 0 && !isAction(doc, h) && !describesProperty(doc, h)) hits.push(h);
  }
  for (const h of phraseHits(doc, comparativeRegex, { skipNegated: true }).filter(real)) {
    const numbers = bySentence.get(h.sentence) ?? [];
    // "9% more sign-ups", "25 minutes shorter": an amount beside a comparative.
    const beside = (q: Quantity) =>
      (MEASURED.has(q.unit) || q.unit === 'duration' || q.unit === 'measure') && Math.abs(q.start - h.start) < 40;
    if (numbers.some(beside) && !isAction(doc, h)) hits.push(h);
  }
  for (const h of phraseHits(doc, comparisonRegex)) {
    if ((bySentence.get(h.sentence) ?? []).length > 0) hits.push(h);
  }
  for (const h of phraseHits(doc, deliveryRegex, { skipNegated: true }).filter(real)) {
    if ((bySentence.get(h.sentence) ?? []).some((q) => q.unit === 'duration' && q.start > h.start)) hits.push(h);
  }
  for (const h of phraseHits(doc, outcomeRegex, { skipNegated: true }).filter(real)) {
    if (VAGUE_HELP.test(doc.lower.slice(h.start, h.start + 48)) || VAGUE_LEARNING.test(doc.lower.slice(h.start, h.start + 48))) continue;
    // "I realized your advice in 3 stores": carried out (a false friend), not learned.
    if (/^reali[sz]ed\s+(?:your|ur|the|it|this)(?![\p{L}])/u.test(doc.lower.slice(h.start, h.start + 24))) continue;
    const before = doc.tokens[tokenIndexAt(doc, h.start) - 1];
    // "we showed the prompt earlier" is the writer's action; "like you showed at Expoagro" is their advice.
    if (ACTOR_SENSITIVE.has(doc.lower.slice(h.start, h.end)) && before && (ACTORS.has(before.lower) || /^(?:you|u)$/.test(before.lower)))
      continue;
    hits.push(h);
  }
  for (const m of findAll(doc, CHANGED_BEHAVIOUR)) {
    if (!isUnreal(doc, m.start, FUTURE)) hits.push({ ...m, sentence: sentenceIndexAt(doc, m.start) });
  }
  const stated = [
    CAUSED_STATE,
    BECAME_COMPARATIVE,
    NOW_DIFFERENT,
    GROUP_OUTCOME,
    MEANT,
    HARDLY_ANYONE,
    WORKED_BECAUSE,
    SHIFTED_FROM_TO,
    WON_COUNT,
    RATE_REACHED,
    PROBLEM_ENDED,
    UNMATCHED_LEVEL,
    PARTY_DECIDED,
    CAUGHT_SHARE,
  ];
  if (quantities.length > 0) stated.push(GROUP_OUTCOME_DIGITS);
  for (const regex of stated) {
    for (const m of findAll(doc, regex)) {
      if (!isUnreal(doc, m.start, FUTURE) && !isNegated(doc, m.start)) hits.push({ ...m, sentence: sentenceIndexAt(doc, m.start) });
    }
  }
  // "haven't lost a single lot": the denial is the result, so it is not read as negating it.
  for (const m of findAll(doc, NOT_A_SINGLE)) {
    if (!isUnreal(doc, m.start, FUTURE)) hits.push({ ...m, sentence: sentenceIndexAt(doc, m.start) });
  }
  for (const subject of subjects) {
    const effect = adviceEffect(doc, subject);
    if (effect && !isUnreal(doc, effect.start, FUTURE)) hits.push(effect);
  }
  for (const m of doc.lower.matchAll(ARROW))
    hits.push({ start: m.index, end: m.index + m[0].length, sentence: sentenceIndexAt(doc, m.index) });
  for (const m of matchesIn(doc, TO_FROM, doc.lower))
    if (!excluded(m.index) && !isUnreal(doc, m.index, FUTURE))
      hits.push({ start: m.index, end: m.index + m[0].length, sentence: sentenceIndexAt(doc, m.index) });
  for (const m of findAll(doc, AGAINST_AMOUNT)) {
    const before = doc.lower.slice(Math.max(0, m.start - 40), m.start);
    if (AMOUNT_BEFORE_CLAUSE.test(before) && !excluded(m.start) && !isUnreal(doc, m.start, FUTURE))
      hits.push({ ...m, sentence: sentenceIndexAt(doc, m.start) });
  }
  for (const m of findAll(doc, NOT_AMOUNT)) {
    const before = doc.lower.slice(Math.max(0, m.start - 24), m.start);
    if (AMOUNT_BEFORE.test(before) && !excluded(m.start) && !isUnreal(doc, m.start, FUTURE))
      hits.push({ ...m, sentence: sentenceIndexAt(doc, m.start) });
  }
  // "your advice to raise the threshold step by step, from 150 TL to 175 TL": the levels the advice named, after its comma.
  const continuesAdvice = (at: number) => exclude.some((e) => at >= e.end && /^\s*,\s*$/.test(doc.text.slice(e.end, at)));
  for (const m of findAll(doc, FROM_TO)) {
    const sentence = sentenceIndexAt(doc, m.start);
    if (!excluded(m.start) && !continuesAdvice(m.start) && standsAsResult(doc, sentence) && !isUnreal(doc, m.start, FUTURE))
      hits.push({ ...m, sentence });
  }
  // "+14% first-order conversion", "−3 pts": a signed amount states a change on its own.
  for (const q of quantities) {
    if (q.sign !== undefined && MEASURED.has(q.unit) && !isUnreal(doc, q.start, FUTURE))
      hits.push({ start: q.start, end: q.end, sentence: sentenceIndexAt(doc, q.start) });
  }
  for (const [sentence, numbers] of bySentence) {
    const q = numbers.find(
      (n) =>
        MEASURED.has(n.unit) &&
        !n.denominator &&
        !inOwnAction(doc, n.start) &&
        !describesProperty(doc, { start: n.start, end: n.end }) &&
        !setAmount(doc, n),
    );
    if (q && standsAsResult(doc, sentence, q.start)) hits.push({ start: q.start, end: q.end, sentence });
  }
  for (const m of matchesIn(doc, LABEL, doc.lower)) {
    const body = m[1] ?? '';
    const start = m.index + m[0].length - body.length;
    if (!isPlaceholderOnly(body)) hits.push({ start, end: start + body.trimEnd().length, sentence: sentenceIndexAt(doc, start) });
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** What follows a verb of effect whose subject is the advice named: "ur exam-date matching *got buddies chatting more*". */
function adviceEffect(doc: Doc, subject: Span): Hit | undefined {
  const last = tokenIndexAt(doc, subject.end - 1);
  // "…an ETA range rather than a fixed time": after an article the word is an adjective, not a verb of effect.
  if (/^(?:a|an|the|our|my|their|this|that)$/.test(doc.tokens[last]?.lower ?? '')) return undefined;
  let at = last + 1;
  // "…, as you explained, cut review rounds": a comma may close the aside before the verb, and
  // "has now", "has already" may stand before it ("the threshold you suggested has kept stock-outs down").
  if (doc.tokens[at]?.text === ',') at += 1;
  const first = at;
  while (at - first < 2 && /^(?:has|have|had|now|already|just|also|since)$/.test(doc.tokens[at]?.lower ?? '')) at += 1;
  const verb = doc.tokens[at];
  const object = doc.tokens[at + 1];
  const near = (doc.tokens[first]?.start ?? Number.POSITIVE_INFINITY) - subject.end <= 2;
  if (!verb || !object || !near || !CAUSAL.has(verb.lower) || verb.sentence !== object.sentence) return undefined;
  if (object.kind === 'punct' || /^(?:me|it|so)$/.test(object.lower) || VAGUE_HELP.test(doc.lower.slice(verb.start, verb.start + 48)))
    return undefined;
  const clause = /^[^.!?;:\n]{0,80}/.exec(doc.lower.slice(object.start, object.start + 80))?.[0] ?? '';
  return { start: verb.start, end: object.start + clause.trimEnd().length, sentence: verb.sentence };
}

/** The first result that names nothing ("we saw a result", "it worked"), for the message. */
export function findResultPlaceholder(doc: Doc): Span | undefined {
  return phraseHits(doc, placeholderRegex)[0];
}
