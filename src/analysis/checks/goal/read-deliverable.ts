import { isNegated } from '../../engine/is-negated.js';
import type { Quantity } from '../../engine/quantity.js';
import type { Span, Token } from '../../engine/types.js';
import type { Segment } from './find-segments.js';
import { cleanText, firstTokenAtOrAfter, lexicon, masked, matchesText, REACH, sentenceOf, within } from './goal-lexicon.js';
import type { DeliverableReading, GoalEnv } from './goal-types.js';
import { phraseAt } from './read-phrase.js';

/** Words that end the name of an artifact ("a pricing strategy *that* is approved…"). */
const DELIVERABLE_STOPS = new Set(
  (
    'to by within in until till before after that which who so and but while with across into at because since if when as ' +
    'is are was will would should could then among through via using once where'
  ).split(' '),
);
/** Words that lead up to an artifact in a clause with no making verb ("*Get* the PRD signed off"). */
const LEAD_IN = new Set(
  (
    'get gets getting got have has having goal objective okr target aim to want wants i we will need needs should must ' +
    "make sure by then also plan hope i'll we'll my our the a an ensure"
  ).split(' '),
);
/** Criteria that are verbs taking the artifact as object ("get the CEO to *approve* a pricing model"). */
const VERB_CRITERIA =
  /^(?:approve|approves|adopt|adopts|endorse|accept|ratify|greenlight|green-light|green light|agree on|agree to|commit to|align|align on|sign off|sign-off)$/;
const COUNT_LEAD = /^\s*(?:(?:at least|another|an additional|a further|over|more than|up to|around|about|a total of|some|the)\s+)?$/;
/** Prepositions that belong to the time bound after them ("… *by* end of February"). */
const BOUND_LEADS = new Set(['by', 'until', 'till', 'before', 'on', 'at', 'for', 'no']);
const CRITERION_STOPS = new Set(['and', 'but', 'so', 'within', 'while', 'which', 'that', 'before', 'until', 'in', 'then']);

/**
 * Reads the deliverable of a clause led by a making or shipping verb: the artifact, how many
 * ("ship 12 experiments"), the completion criterion (an approval anywhere later in the
 * sentence, or for a launch its audience: "to all UK customers") and the stakeholders counted.
 */
export function readDeliverable(env: GoalEnv, seg: Segment): DeliverableReading | null {
  const hit = seg.hit;
  if (!hit || (hit.type !== 'ship' && hit.type !== 'make')) return null;
  const sentence = sentenceOf(env.doc, hit.start);
  const reach = Math.min(sentence.end, hit.end + REACH);
  const approvals = criteriaIn(env, env.approvalSpans, hit.end, reach);
  const audiences =
    hit.type === 'ship' ? [...criteriaIn(env, env.audienceSpans, hit.end, seg.end), ...placesIn(env, hit.end, seg.end)] : [];
  const criterionSpan = [approvals[0], ...audiences].filter((s): s is Span => s !== undefined).sort((a, b) => a.start - b.start)[0] ?? null;
  const first = within(env.quantities, hit.end, seg.end)[0];
  const counted =
    first && (first.unit === 'count' || first.unit === 'number') && COUNT_LEAD.test(env.doc.lower.slice(hit.end, first.start))
      ? first
      : undefined;
  const from = counted ? (counted.nounStart ?? counted.end) : hit.end;
  const limit = Math.min(seg.end, criterionSpan?.start ?? seg.end);
  const phrase = phraseAt(env, from, limit, DELIVERABLE_STOPS, { maxWords: 10 });
  const name = phrase ? env.doc.lower.slice(phrase.start, phrase.end) : '';
  // Whatever is shipped or launched is a deliverable; what is written or built must be an artifact.
  const nounFound = phrase !== null && (hit.type === 'ship' || masked(env.nounMask, phrase));
  const countable =
    matchesText(lexicon.countable, name) || (matchesText(lexicon.peopleVerb, hit.text) && matchesText(lexicon.audience, ` to ${name}`));
  const count = counted && Number.isInteger(counted.value) && countable ? counted.value : null;
  if (!nounFound && !criterionSpan && count === null) return null;
  // A making verb needs its artifact ("write *the PRD*"); a launch may name only where it goes ("launch in 3 markets").
  if (hit.type === 'make' && phrase === null && count === null) return null;
  const criterion = criterionSpan ? criterionText(env, criterionSpan) : null;
  const span = phrase ?? hit;
  return {
    kind: 'deliverable',
    start: seg.start,
    end: seg.end,
    deliverable: cleanText(env.doc, span),
    launchVerb: hit.type === 'ship' ? env.doc.text.slice(hit.start, hit.end) : null,
    criterion,
    count,
    stakeholders: stakeholdersIn(env, hit.end, reach),
    measurable: criterion !== null || count !== null,
    deliverableSpan: span,
  };
}

/**
 * Reads a deliverable from a clause with no making verb but with an approval ("Get the 2027
 * strategy signed off by the CFO", "Get the CEO to approve a new pricing model").
 */
export function readApproval(env: GoalEnv, seg: Segment): DeliverableReading | null {
  const criterionSpan = criteriaIn(env, env.approvalSpans, seg.start, Math.min(seg.end, seg.start + REACH))[0];
  if (!criterionSpan) return null;
  const verb = env.doc.lower.slice(criterionSpan.start, criterionSpan.end);
  let phrase = VERB_CRITERIA.test(verb)
    ? phraseAt(env, skipWords(env, criterionSpan.end, new Set(['on', 'off'])), seg.end, DELIVERABLE_STOPS)
    : null;
  phrase ??= phraseAt(env, skipWords(env, seg.start, LEAD_IN), criterionSpan.start, DELIVERABLE_STOPS);
  // "buy-in from sales *for* the new packaging", "sign-off *on* the plan": the artifact follows.
  const object = /(?<![\p{L}])(?:for|on|of)\s/u.exec(env.doc.lower.slice(criterionSpan.end, seg.end));
  if (!phrase && object) phrase = phraseAt(env, criterionSpan.end + object.index + object[0].length, seg.end, DELIVERABLE_STOPS);
  if (!phrase) return null;
  return {
    kind: 'deliverable',
    start: seg.start,
    end: seg.end,
    deliverable: cleanText(env.doc, phrase),
    launchVerb: null,
    criterion: criterionText(env, criterionSpan),
    count: null,
    stakeholders: stakeholdersIn(env, seg.start, seg.end),
    measurable: true,
    deliverableSpan: phrase,
  };
}

/** Criterion matches in `[start, end)` that are not negated and not inside a time bound. */
function criteriaIn(env: GoalEnv, spans: readonly Span[], start: number, end: number): Span[] {
  return within(spans, start, end).filter((s) => env.boundMask[s.start] !== 1 && !isNegated(env.doc, s.start));
}

/** Named places after a launch verb ("in Germany", "to the Nordics"), outside time bounds. */
function placesIn(env: GoalEnv, start: number, end: number): Span[] {
  const out: Span[] = [];
  const slice = env.doc.text.slice(start, end);
  lexicon.place.lastIndex = 0;
  for (const m of slice.matchAll(lexicon.place)) {
    const span = { start: start + m.index, end: start + m.index + m[0].length };
    if (!env.boundMask.subarray(span.start, span.end).includes(1)) out.push(span);
  }
  return out;
}

/** The offset of the first token from `offset` whose word is not in `skip` (punctuation and time bounds skipped too). */
function skipWords(env: GoalEnv, offset: number, skip: ReadonlySet<string>): number {
  for (let i = firstTokenAtOrAfter(env.doc, offset); i < env.doc.tokens.length; i++) {
    const t = env.doc.tokens[i] as Token;
    if (t.kind === 'punct' || skip.has(t.lower) || env.boundMask[t.start] === 1) continue;
    return t.start;
  }
  return env.doc.text.length;
}

/** The criterion with its complement ("approved by the VP of Product"), up to a clause break or a time bound. */
function criterionText(env: GoalEnv, span: Span): string {
  let end = span.end;
  let words = 0;
  for (let i = firstTokenAtOrAfter(env.doc, span.end); i < env.doc.tokens.length && words < 8; i++) {
    const t = env.doc.tokens[i] as Token;
    if (env.boundMask[t.start] === 1 || (t.kind === 'punct' && /[,;.!?:()]/.test(t.text)) || CRITERION_STOPS.has(t.lower)) break;
    const next = env.doc.tokens[i + 1];
    if (BOUND_LEADS.has(t.lower) && next && env.boundMask[next.start] === 1) break;
    if (t.kind !== 'punct') words += 1;
    end = t.end;
  }
  return cleanText(env.doc, { start: span.start, end });
}

/** A stated number of stakeholders ("aligns 3 teams", "signed off by four VPs"), or null. */
function stakeholdersIn(env: GoalEnv, start: number, end: number): number | null {
  const q = within(env.quantities, start, Math.min(end, start + REACH)).find(
    (x: Quantity) => x.unit === 'count' && x.noun !== undefined && matchesText(lexicon.stakeholder, x.noun),
  );
  return q ? q.value : null;
}
