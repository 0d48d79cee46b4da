/**
 * What the writer did, as against what came of it: "we cut the discount from 35% to 20%" is an
 * action, its amount set, not reached; "conversion is now 4.2%" states where things stand. Read
 * by `find-result.ts`, so the writer's own changes are not taken for results.
 */
import { actionableChangeVerbs, metricWords } from '../../data/ask-circle-back.js';
import { tokenIndexAt } from '../../engine/positions.js';
import type { Doc, Span, Token } from '../../engine/types.js';
import { ACTORS } from './advice-words.js';
import { isWord, wordSet } from './loop-tokens.js';

const ACTIONABLE = new Set(actionableChangeVerbs);
const METRICS = wordSet(metricWords);

/** A break between clauses: a conjunction, a comma or a semicolon, then more words. */
const CLAUSE_BREAK = /(?:,|;| and | but | so )\s*\p{L}/u;

/**
 * True when a sentence with a percent, points, multiple or money states where things stand
 * ("31% of new customers now pick annual", "conversion is 4.2%"): it names a metric or says
 * "now", and neither asks nor reports the writer's own action.
 */
export function standsAsResult(doc: Doc, index: number, at?: number): boolean {
  const sentence = doc.sentences[index];
  if (!sentence || sentence.question) return false;
  const words = doc.tokens.slice(sentence.firstToken, sentence.endToken).filter(isWord);
  // "rolled out to everyone in May and completion is now 64%": a later clause states where things stand.
  const laterClause = at !== undefined && CLAUSE_BREAK.test(doc.lower.slice(sentence.start, at));
  const opensWithAction = ACTIONABLE.has(words[0]?.lower ?? '') && !laterClause;
  const actorActs = words.some((w, k) => ACTORS.has(w.lower) && ACTIONABLE.has(words[k + 1]?.lower ?? ''));
  return !opensWithAction && !actorActs;
}

/**
 * True when the amount at `offset` belongs to what the writer did, in the same clause: "we
 * switched to $40 gift cards", "I priced it at €9" — set, not reached.
 */
export function inOwnAction(doc: Doc, offset: number): boolean {
  const at = tokenIndexAt(doc, offset);
  const sentence = doc.tokens[at]?.sentence;
  for (let i = at - 1, seen = 0; i >= 1 && seen < 10; i--, seen++) {
    const t = doc.tokens[i] as Token;
    if (t.sentence !== sentence || /^(?:[,;:]|and|but|so|which|while|when|after)$/.test(t.lower)) return false;
    if (isWord(t) && (/\p{L}{2}ed$/u.test(t.lower) || ACTIONABLE.has(t.lower)) && ACTORS.has(doc.tokens[i - 1]?.lower ?? '')) return true;
  }
  return false;
}

/**
 * True when a change word is the writer's own action ("we cut the discount from 35% to 20%",
 * a list item "cut the discount …"): an actionable verb after "I"/"we" or opening its clause,
 * with no metric word just after it.
 */
export function isAction(doc: Doc, hit: Span): boolean {
  const phrase = doc.lower.slice(hit.start, hit.end);
  if (!ACTIONABLE.has(phrase)) return false;
  const index = tokenIndexAt(doc, hit.start);
  if (index < 0) return false;
  const before = previousToken(doc, index);
  const opensClause = before === undefined || before.kind === 'punct' || before.sentence !== doc.tokens[index]?.sentence;
  if (!opensClause && !ACTORS.has(before.lower)) return false;
  for (let i = index + 1, seen = 0; i < doc.tokens.length && seen < 4; i++) {
    const t = doc.tokens[i] as Token;
    if (t.sentence !== doc.tokens[index]?.sentence) break;
    if (!isWord(t)) continue;
    seen += 1;
    if (METRICS.has(t.lower)) return false;
  }
  return true;
}

/**
 * "a review step that doubles the time per patient": a present-tense change in a relative clause
 * says what something would do, not what happened.
 */
export function describesProperty(doc: Doc, hit: Span): boolean {
  const word = doc.lower.slice(hit.start, hit.end);
  if (!/s$/.test(word) || /ss$/.test(word)) return false;
  const before = previousToken(doc, tokenIndexAt(doc, hit.start));
  return before !== undefined && /^(?:that|which|who)$/.test(before.lower);
}

function previousToken(doc: Doc, index: number): Token | undefined {
  return index > 0 ? doc.tokens[index - 1] : undefined;
}
