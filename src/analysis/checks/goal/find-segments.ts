import { subordinators } from '../../data/goal.js';
import type { Doc, Span, Token } from '../../engine/types.js';
import { firstTokenAtOrAfter, lexicon, spansIn, wordsBefore } from './goal-lexicon.js';

/** What a verb (or arrow) that leads a clause of a goal does. */
export type HitType = 'up' | 'down' | 'target' | 'ship' | 'make' | 'activity' | 'arrow-up' | 'arrow-down';

/** A verb, verb phrase or arrow that leads a clause, with its type. */
export interface Hit extends Span {
  type: HitType;
  text: string;
}

/** A clause of the statement: from its leading hit (or the sentence start) to the next hit. */
export interface Segment extends Span {
  hit: Hit | null;
}

const PRIORITY: Record<HitType, number> = { 'arrow-up': 5, 'arrow-down': 5, activity: 4, ship: 3, make: 3, target: 2, up: 2, down: 2 };
const NOUN_DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'our',
  'my',
  'this',
  'that',
  'its',
  'their',
  'your',
  'his',
  'her',
  'new',
  'first',
  'next',
]);
const SUBORDINATORS = new Set(subordinators);
const PRONOUNS = new Set(['i', 'we', 'you', 'they', "i've", "we've", 'i’ve', 'we’ve']);
/** Verbs that, with a course-like object, are learning ("take the growth series", "finish a bootcamp"). */
const COURSE_VERBS =
  /^(?:take|takes|took|taking|do|doing|join|joining|complete|completes|completing|finish|finishes|finishing|enrol|enroll|enrolling|sign)$/;

const TYPED: Array<[Exclude<HitType, 'arrow-up' | 'arrow-down'>, RegExp]> = [
  ['activity', lexicon.activity],
  ['ship', lexicon.ship],
  ['make', lexicon.make],
  ['target', lexicon.target],
  ['up', lexicon.up],
  ['down', lexicon.down],
];

/**
 * The verbs and arrows that lead the clauses of a goal. Words inside a metric name ("open
 * rate", "drop-off") or a multi-word artifact are not verbs; a verb used as a noun ("the
 * launch") or inside a question or relative clause ("learn how top PMs write…", "users who
 * complete onboarding") leads nothing.
 */
export function findHits(doc: Doc, blocked: readonly Span[], criteria: readonly Span[] = [], nouns: readonly Span[] = []): Hit[] {
  const raw: Hit[] = [];
  for (const [type, regex] of TYPED) {
    for (const s of spansIn(doc, regex)) raw.push({ ...s, type, text: doc.lower.slice(s.start, s.end) });
  }
  raw.push(...courseActivities(doc));
  const arrows: Hit[] = [
    ...spansIn(doc, lexicon.upArrow).map((s) => ({ ...s, type: 'arrow-up' as const, text: '↑' })),
    ...spansIn(doc, lexicon.downArrow).map((s) => ({ ...s, type: 'arrow-down' as const, text: '↓' })),
  ];
  const blockedMask = new Uint8Array(doc.text.length + 1);
  for (const b of blocked) blockedMask.fill(1, b.start, b.end);
  const isBlocked = (h: Span) => blockedMask.subarray(h.start, h.end).includes(1);
  const criterionMask = new Uint8Array(doc.text.length + 1);
  for (const c of criteria) criterionMask.fill(1, c.start, c.end);
  // "sign it off", "get it adopted": a criterion's own verb leads no clause of its own.
  const inCriterion = (h: Hit) =>
    (h.type === 'target' || h.type === 'up' || h.type === 'down') && criterionMask.subarray(h.start, h.end).includes(1);
  const nounMask = new Uint8Array(doc.text.length + 1);
  for (const n of nouns) nounMask.fill(1, n.start, n.end);
  // "double digits", "double-check": an adjective or compound, not a multiple.
  const idiom = (h: Hit) =>
    h.type === 'up' && /^[ -](?:digits?|check|click|standard|booking)(?![\p{L}])/u.test(doc.lower.slice(h.end, h.end + 12));
  const candidates = raw.filter((h) => !isBlocked(h) && !inCriterion(h) && !idiom(h) && !usedAsNoun(doc, h, nounMask)).concat(arrows);
  candidates.sort((a, b) => PRIORITY[b.type] - PRIORITY[a.type] || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(doc.text.length + 1);
  const kept: Hit[] = [];
  for (const h of candidates) {
    let free = true;
    for (let i = h.start; i < h.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, h.start, h.end);
    kept.push(h);
  }
  kept.sort((a, b) => a.start - b.start);
  return kept.filter((h, i) => !subordinate(doc, h, i > 0 ? kept[i - 1] : undefined));
}

/** "take / finish / join … course" within five words is learning, whatever the verb. */
function courseActivities(doc: Doc): Hit[] {
  const out: Hit[] = [];
  const courses = spansIn(doc, lexicon.course);
  if (courses.length === 0) return out;
  doc.tokens.forEach((t, i) => {
    if (t.kind !== 'word' || !COURSE_VERBS.test(t.lower)) return;
    const limit = doc.tokens[Math.min(doc.tokens.length - 1, i + 6)] as Token;
    const next = courses[firstSpanAfter(courses, t.end)];
    if (next && next.start <= limit.end && sentenceIndexAt(doc, next.start) === t.sentence)
      out.push({ start: t.start, end: t.end, type: 'activity', text: t.lower });
  });
  return out;
}

/** Index of the first of the sorted `spans` that starts after `offset`. */
function firstSpanAfter(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid] as Span).start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function sentenceIndexAt(doc: Doc, offset: number): number {
  return doc.tokens[firstTokenAtOrAfter(doc, offset)]?.sentence ?? -1;
}

/**
 * A make or ship word after a determiner, a possessive or another artifact noun is the thing
 * itself ("the launch", "a redesign", "the pricing page redesign"), not a verb.
 */
function usedAsNoun(doc: Doc, h: Hit, nounMask: Uint8Array): boolean {
  if (h.type !== 'ship' && h.type !== 'make') return false;
  if (/\s/.test(h.text)) return false;
  const index = firstTokenAtOrAfter(doc, h.start) - 1;
  const previous = doc.tokens[index];
  if (previous?.kind !== 'word' || previous.sentence !== doc.tokens[index + 1]?.sentence) return false;
  return NOUN_DETERMINERS.has(previous.lower) || /'s$|’s$/.test(previous.lower) || nounMask[previous.start] === 1;
}

/**
 * A hit inside a question or relative clause ("how top PMs write", "users who complete"), or
 * right after a learning verb ("learn to write", "practise writing"), is part of another clause's object.
 * A learning verb in a relative clause ("use what I learn") leads nothing either.
 */
function subordinate(doc: Doc, h: Hit, previousHit: Hit | undefined): boolean {
  const before = wordsBefore(doc, h.start, 3);
  if (h.type === 'activity') {
    return (
      (PRONOUNS.has(before[0] ?? '') && SUBORDINATORS.has(before[1] ?? '')) ||
      before[0] === 'what' ||
      (before[0] === 'that' && PRONOUNS.has(before[1] ?? ''))
    );
  }
  if (h.type === 'arrow-up' || h.type === 'arrow-down') return false;
  if (before.some((w) => SUBORDINATORS.has(w))) return true;
  // "time to publish a listing", "time to hire": the verb names a metric.
  if (before[0] === 'to' && before[1] === 'time') return true;
  if (previousHit?.type === 'activity') {
    // "learn to write", "practise writing": the verb right after a learning verb is what is learned.
    // "learn SQL to build …" is a purpose, and leads its own clause.
    const gap = firstTokenAtOrAfter(doc, h.start) - firstTokenAtOrAfter(doc, previousHit.end);
    if (gap === 0 || (gap === 1 && before[0] === 'to')) return true;
  }
  return false;
}

/**
 * Splits the statement into clauses, one per hit, within sentences. Text before the first hit
 * of a sentence is a clause of its own (it may hold "Goal: NPS 40 by June"), except before an
 * arrow, where it is the arrow's metric ("churn ↓ from 6% to 4.5%").
 */
export function segmentsOf(doc: Doc, hits: readonly Hit[]): Segment[] {
  const segments: Segment[] = [];
  let h = 0;
  for (const sentence of doc.sentences) {
    if (sentence.endToken <= sentence.firstToken) continue;
    const inSentence: Hit[] = [];
    while (h < hits.length && (hits[h] as Hit).start < sentence.end) {
      if ((hits[h] as Hit).start >= sentence.start) inSentence.push(hits[h] as Hit);
      h += 1;
    }
    let cursor = sentence.start;
    inSentence.forEach((hit, i) => {
      const end = inSentence[i + 1]?.start ?? sentence.end;
      const arrow = hit.type === 'arrow-up' || hit.type === 'arrow-down';
      if (!arrow && hit.start > cursor && /[\p{L}\p{N}]/u.test(doc.text.slice(cursor, hit.start))) {
        segments.push({ start: cursor, end: hit.start, hit: null });
      }
      segments.push({ start: arrow ? cursor : hit.start, end, hit });
      cursor = end;
    });
    if (inSentence.length === 0) segments.push({ start: sentence.start, end: sentence.end, hit: null });
  }
  return segments;
}
