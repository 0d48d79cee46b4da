import {
  adviceCues,
  adviceQuestions,
  anaphora,
  auxiliaries,
  fillerWords,
  followUpVerbs,
  imperativeVerbs,
  leadPairs,
  mentorObjects,
  notAdviceAfterModal,
  notAdviceImperatives,
  notAdviceVerbs,
  notBeforeCue,
  objectStarters,
  recommendedChoice,
  verbPrefixes,
  worthPattern,
} from '../../data/advice.js';
import { indexList, matchesAtOffset, scanPhrases } from '../../engine/phrase-index.js';
import type { Doc, Token } from '../../engine/types.js';
import { clauseOf, type Unit } from './advice-clauses.js';

/** How a clause gives advice. */
export type AdviceKind = 'imperative' | 'cue' | 'question' | 'choice';

/** A clause found to give advice. */
export interface Detection {
  kind: AdviceKind;
  /** Token index of the clause start. */
  clause: number;
  /** Token index of the word that makes it advice. */
  token: number;
  /** For imperatives: the verb, and whether the clause continues the previous one. */
  verb?: string;
  continues?: boolean;
}

const set = (list: string) => new Set(list.split(/\s+/).filter(Boolean));
const VERBS = set(imperativeVerbs);
const NOT_VERBS = set(notAdviceVerbs);
const FILLERS = set(fillerWords);
const MENTOR = set(mentorObjects);
const AUX = set(auxiliaries);
const OBJECTS = set(objectStarters);
const NOT_BEFORE_CUE = set(notBeforeCue);
const ANAPHORA = set(anaphora);
const FOLLOW_UP = set(followUpVerbs);
const VERBS_BY_LENGTH = new Map<number, string[]>();
for (const v of VERBS) VERBS_BY_LENGTH.set(v.length, [...(VERBS_BY_LENGTH.get(v.length) ?? []), v]);

const QUESTION_START = indexList(adviceQuestions);
const NOT_IMPERATIVE = indexList(notAdviceImperatives);
const NOT_AFTER_MODAL = indexList(notAdviceAfterModal);
const CUES = indexList(adviceCues);
const CHOICE = indexList(recommendedChoice);
const LEAD_PAIR = indexList(leadPairs);
/** Cues ending in a modal, whose next words can turn them into a wish ("I'd love to …"). */
const MODAL_END = /(?:i'd|i would|id|you could|you can|you might|you may|u could)$/;

/** True when `a` and `b` differ by at most one edit (insert, delete, replace or swap). */
function nearlyEqual(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i += 1;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** The base verb a word stands for: itself, the part after a prefix ("pre-register"), or a typo of one ("intervew"). */
export function baseVerb(word: string): string | undefined {
  if (VERBS.has(word)) return word;
  const dash = word.lastIndexOf('-');
  if (dash > 0 && dash <= 6 && VERBS.has(word.slice(dash + 1))) return word.slice(dash + 1);
  for (const prefix of verbPrefixes)
    if (word.startsWith(prefix) && VERBS.has(word.slice(prefix.length)) && word.length - prefix.length >= 3) return word;
  if (word.length < 6 || /(?:s|ed|ing|ly)$/.test(word) || !/^\p{L}+$/u.test(word)) return undefined;
  for (const len of [word.length - 1, word.length, word.length + 1]) {
    for (const v of VERBS_BY_LENGTH.get(len) ?? []) if (nearlyEqual(word, v)) return v;
  }
  return undefined;
}

function conjugated(word: string): boolean {
  if (AUX.has(word)) return true;
  if (word.endsWith('s') && VERBS.has(word.slice(0, -1))) return true;
  if (word.endsWith('es') && VERBS.has(word.slice(0, -2))) return true;
  return word.endsWith('ed') && (VERBS.has(word.slice(0, -2)) || VERBS.has(word.slice(0, -1)));
}

function wordAt(doc: Doc, i: number, end: number): Token | undefined {
  const t = doc.tokens[i];
  return i < end && t ? t : undefined;
}

/** Whether the word at `i` opens an imperative, and its verb. */
function imperativeAt(doc: Doc, i: number, end: number): string | undefined {
  const t = wordAt(doc, i, end);
  if (t?.kind !== 'word' || matchesAtOffset(doc, NOT_IMPERATIVE, t.start)) return undefined;
  let verbIndex = i;
  if (t.lower === "don't" || t.lower === 'dont' || t.lower === 'never' || t.lower === 'not') verbIndex = i + 1;
  else if (t.lower === 'do' && wordAt(doc, i + 1, end)?.lower === 'not') verbIndex = i + 2;
  const vt = wordAt(doc, verbIndex, end);
  if (vt?.kind !== 'word') return undefined;
  const next = wordAt(doc, verbIndex + 1, end);
  const negative = verbIndex > i;
  const loose =
    negative && t.lower !== 'not' && /^\p{L}[\p{L}-]{2,}$/u.test(vt.lower) && !/(?:ed|s)$/.test(vt.lower) && !OBJECTS.has(vt.lower);
  const verb = baseVerb(vt.lower) ?? (loose ? vt.lower : undefined);
  if (!verb || NOT_VERBS.has(verb)) return undefined;
  if (verb === 'worry' && (!next || next.kind === 'punct')) return undefined;
  if (verb === 'worth') return next && (next.lower.endsWith('ing') || next.lower === 'a') ? verb : undefined;
  if (!next) return verbIndex > i ? verb : undefined;
  if (next.kind === 'punct' && /[,!.;:?]/.test(next.text) && verbIndex === i) return undefined;
  if (MENTOR.has(next.lower) || conjugated(next.lower)) return undefined;
  if ((next.lower === 'and' || next.lower === 'or') && !negative && !['go', 'come', 'try'].includes(verb)) return undefined;
  const after = wordAt(doc, verbIndex + 2, end);
  if (after && AUX.has(after.lower) && !OBJECTS.has(next.lower)) return undefined;
  return verb;
}

/** Skips filler words at a clause start; returns the first content token and whether "then" was skipped. */
function skipFillers(doc: Doc, i: number, end: number): { index: number; then: boolean } {
  let then = false;
  while (i < end) {
    const t = doc.tokens[i] as Token;
    if (t.kind === 'punct' && /[,:;]/.test(t.text)) i += 1;
    else if (t.kind === 'word' && i + 2 < end && matchesAtOffset(doc, LEAD_PAIR, t.start)) i += 2;
    else if (t.kind === 'word' && FILLERS.has(t.lower) && wordAt(doc, i + 1, end)?.kind === 'word') {
      then ||= t.lower === 'then';
      i += 1;
    } else break;
  }
  return { index: i, then };
}

function hasAnaphora(doc: Doc, verbIndex: number, end: number): boolean {
  for (let i = verbIndex + 1; i <= verbIndex + 2 && i < end; i++) if (ANAPHORA.has((doc.tokens[i] as Token).lower)) return true;
  return false;
}

/** Advice said by a phrase anywhere in the unit ("you should", "I'd", "it might help to"). */
function cueDetections(doc: Doc, unit: Unit, openingToken: number): Detection[] {
  const found: Detection[] = [];
  for (const hit of scanPhrases(doc, CUES, unit.first, unit.endToken)) {
    const { start, end } = hit;
    if (end > unit.end) continue;
    if (/^(?:'t|\s+not\b)/.test(doc.lower.slice(end, end + 5))) continue;
    if (MODAL_END.test(hit.phrase) && matchesAtOffset(doc, NOT_AFTER_MODAL, end + 1)) continue;
    const token = tokenAt(doc, unit, start);
    const before = token > unit.first ? (doc.tokens[token - 1] as Token) : undefined;
    if (before && NOT_BEFORE_CUE.has(before.lower)) continue;
    if (unit.question && token !== openingToken) continue;
    found.push({ kind: 'cue', clause: clauseOf(unit, token).token, token });
  }
  return found;
}

/** Index of the token of `unit` that holds `offset` (binary search). */
function tokenAt(doc: Doc, unit: Unit, offset: number): number {
  let lo = unit.first;
  let hi = unit.endToken - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((doc.tokens[mid] as Token).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A recommended choice for the PM's case: "X is better than Y for your kind of product". */
function choiceDetection(doc: Doc, unit: Unit): Detection | undefined {
  if (unit.question) return undefined;
  const text = doc.lower.slice(unit.start, unit.end);
  const hit = scanPhrases(doc, CHOICE, unit.first, unit.endToken)[0];
  if (!hit || !/\b(?:your|for you)\b/.test(text)) return undefined;
  const token = tokenAt(doc, unit, hit.start);
  return { kind: 'choice', clause: clauseOf(unit, token).token, token };
}

/**
 * Finds every clause of a unit that gives advice: imperatives at clause starts, advice
 * phrases anywhere, suggestions put as questions, and recommended choices. In a question,
 * only its opening counts ("Have you tried …?", "Maybe start by …?").
 */
export function detectAdvice(doc: Doc, unit: Unit): Detection[] {
  if (unit.leadIn) return [];
  const opening = skipFillers(doc, unit.first, unit.endToken).index;
  const found: Detection[] = [];
  for (const clause of unit.clauses) {
    const { index, then } = skipFillers(doc, clause.token, unit.endToken);
    if (unit.question && index !== opening) continue;
    const t = doc.tokens[index];
    if (!t || index >= unit.endToken) continue;
    if (index === opening && matchesAtOffset(doc, QUESTION_START, t.start)) {
      found.push({ kind: 'question', clause: clause.token, token: index });
      continue;
    }
    const verb = imperativeAt(doc, index, unit.endToken);
    if (!verb) continue;
    const continues = then || FOLLOW_UP.has(verb) || hasAnaphora(doc, index, unit.endToken);
    found.push({ kind: 'imperative', clause: clause.token, token: index, verb, continues });
  }
  found.push(...cueDetections(doc, unit, opening));
  for (const m of doc.lower.slice(unit.start, unit.end).matchAll(worthPattern)) {
    const token = tokenAt(doc, unit, unit.start + m.index);
    if (!unit.question || token === opening) found.push({ kind: 'cue', clause: clauseOf(unit, token).token, token });
  }
  const choice = choiceDetection(doc, unit);
  if (choice) found.push(choice);
  found.sort((a, b) => a.token - b.token);
  return found.filter((d, i) => i === 0 || d.clause !== (found[i - 1] as Detection).clause);
}
