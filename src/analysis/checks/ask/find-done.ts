/**
 * What was done stands for the advice (SPEC §1.5 counts a part missing only when nothing
 * stands for it): a change the writer reports ("we moved the invite prompt to step two"), the
 * thing tried ("tried the pricing ladder"), the subject of a result ("the 20% cap on annual
 * discounts raised revenue …") or a clause opened by "after I …" before a result.
 */

import {
  causalBaseVerbs,
  changeComplements,
  subjectSubordinators,
  succeedingVerbs,
  temporalOpeners,
  vagueChangeVerbs,
} from '../../data/ask-circle-back.js';
import { isNegated } from '../../engine/is-negated.js';
import { tokenIndexAt } from '../../engine/positions.js';
import type { Doc, Span, Token } from '../../engine/types.js';
import {
  ACTIONS,
  ALWAYS_TRANSITIVE,
  CAUSAL,
  CORE,
  clauseEnd,
  contentWords,
  FUTURE,
  GENERIC,
  PLACES,
  PRONOUN_OBJECTS,
  phraseEnd,
  REPORTED,
  REVEALING,
  STOPS,
  SUBJECT_BLOCKERS,
  YOUR,
} from './advice-words.js';
import { compile, type Hit, isQuote, isUnreal, isWord, phraseHits, sentenceTokens, wordSet } from './loop-tokens.js';

const temporalRegex = compile(temporalOpeners);

/**
 * Advice named by what it did, in a sentence that holds a result: the subject of a causal verb
 * ("the 20% cap on annual discounts raised revenue …") or a clause opened by "after/since I …".
 */
export function findCausalAdvice(doc: Doc, results: readonly Hit[]): Span[] {
  const found: Span[] = [];
  const lastResults = new Map<number, number>();
  for (const r of results) lastResults.set(r.sentence, Math.max(lastResults.get(r.sentence) ?? 0, r.end));
  const resultSentences = new Set(lastResults.keys());
  for (const [s, lastResult] of lastResults) {
    const tokens = sentenceTokens(doc, s);
    tokens.forEach((token, i) => {
      if (token.start >= lastResult) return;
      const next = tokens[i + 1];
      const takesObject =
        (next?.kind === 'word' && (!STOPS.has(next.lower) || /^(?:us|me|them)$/.test(next.lower))) ||
        (next?.kind === 'number' && ALWAYS_TRANSITIVE.has(token.lower));
      // "the £5 deposit worked a treat", "dropping the password didn't move no-shows": the subject is what was done.
      const succeeded = SUCCEEDING.has(token.lower);
      const denied = CAUSAL_BASE.has(token.lower) && /n't$|^not$|^never$/.test(tokens[i - 1]?.lower ?? '');
      if (!(CAUSAL.has(token.lower) && takesObject) && !REVEALING.has(token.lower) && !succeeded && !denied) return;
      const verb = denied ? (tokens[i - 2]?.lower === 'did' || tokens[i - 2]?.lower === 'does' ? i - 2 : i - 1) : i;
      const subject = subjectBefore(tokens, verb);
      if (subject) found.push(subject);
    });
  }
  for (const h of phraseHits(doc, temporalRegex)) {
    if (!resultSentences.has(h.sentence)) continue;
    const tokens = sentenceTokens(doc, h.sentence);
    const at = tokenIndexAt(doc, h.end) - (doc.sentences[h.sentence]?.firstToken ?? 0);
    const actor = tokens[at];
    const verb = tokens[at + 1];
    if (actor && /^(?:i|we)$/.test(actor.lower) && isWord(verb) && (ACTIONS.has(verb.lower) || /ed$/.test(verb.lower))) {
      const clause = tokens.slice(at + 1, at + 12);
      const stop = clause.findIndex((t) => t.kind === 'punct' && /^[,;:.!?]$/.test(t.text));
      const end = clause[(stop < 0 ? clause.length : stop) - 1];
      if (end && contentWords(doc.lower.slice(verb.start, end.end)).length >= 2) found.push({ start: h.start, end: end.end });
    }
  }
  return found;
}

const PARTICLES = /^(?:up|out|in|off|down|back|together|over|away)$/;
const SUBORDINATORS = wordSet(subjectSubordinators);
const SUCCEEDING = wordSet(succeedingVerbs);
const CAUSAL_BASE = wordSet(causalBaseVerbs);
const VAGUE_CHANGE = wordSet(vagueChangeVerbs);
const COMPLEMENTS = wordSet(changeComplements);

/**
 * "we moved the invite prompt to step two": the change the writer made stands for the advice
 * (SPEC §1.5 counts a part missing only when nothing stands for it). Negated, future and
 * general verbs ("we asked", "I'll move") do not count.
 */
export function reportedAction(doc: Doc, tokens: Token[], i: number, named: Span[]): void {
  let v = i + 1;
  if (/^(?:then|also|finally|just|now|quickly|simply|immediately)$/.test(tokens[v]?.lower ?? '')) v += 1;
  const verb = tokens[v];
  if (!verb || !REPORTED.has(verb.lower) || isNegated(doc, verb.start) || isUnreal(doc, verb.start, FUTURE)) return;
  // A phrasal verb's particle ("set *up* a tokens team", "rolled *out* the prompt") is part of the verb.
  const o = PARTICLES.test(tokens[v + 1]?.lower ?? '') ? v + 2 : v + 1;
  const object = /^(?:a|an|the|our|my)$/.test(tokens[o]?.lower ?? '') ? tokens[o + 1] : tokens[o];
  if (!isWord(object) || PRONOUN_OBJECTS.has(object.lower) || PLACES.has(object.lower) || STOPS.has(object.lower) || YOUR.has(object.lower))
    return;
  const end = clauseEnd(tokens, v);
  // "we changed the onboarding of our CLI": a change that does not say what it was names no advice.
  if (VAGUE_CHANGE.has(verb.lower) && !tokens.some((t) => t.start > object.end && t.end <= end && COMPLEMENTS.has(t.lower))) return;
  named.push({ start: (tokens[i] as Token).start, end });
}

/**
 * "tried the pricing ladder", "applied the RICE scoring": what was tried names the advice,
 * whoever tried it and whenever. "the framework" alone, "it" and "your …" do not.
 */
export function triedThing(tokens: Token[], v: number, named: Span[]): void {
  if (!/^(?:a|an|the|that|this)$/.test(tokens[v + 1]?.lower ?? '')) return;
  const object = tokens[v + 2];
  if (isQuote(object)) {
    named.push({ start: (tokens[v] as Token).start, end: phraseEnd(tokens, v + 2) });
    return;
  }
  if (!isWord(object) || PRONOUN_OBJECTS.has(object.lower) || STOPS.has(object.lower) || GENERIC.has(object.lower)) return;
  if (PLACES.has(object.lower) || (CORE.has(object.lower) && !isWord(tokens[v + 3]))) return;
  if (CORE.has(object.lower) && STOPS.has(tokens[v + 3]?.lower ?? '')) return;
  named.push({ start: (tokens[v] as Token).start, end: phraseEnd(tokens, v + 2) });
}

/** The subject of the verb at `verb`: from the start of its clause, two or more words, not a pronoun. */
function subjectBefore(tokens: Token[], verb: number): Span | undefined {
  let first = verb;
  for (let k = verb - 1; k >= 0 && k >= verb - 14; k--) {
    const t = tokens[k] as Token;
    // "day 1, 3 and 7" stays one phrase; other commas and conjunctions open a new clause.
    const inList = tokens[k - 1]?.kind === 'number' && tokens[k + 1]?.kind === 'number';
    if (!inList && t.kind === 'punct' && /^[,;:.!?]$/.test(t.text)) break;
    if (!inList && isWord(t) && /^(?:and|but|so|then)$/.test(t.lower)) break;
    first = k;
  }
  // "Since the discovery cap took our rate from 34% to 51%": the subordinator opens the clause, not the subject.
  while (SUBORDINATORS.has(tokens[first]?.lower ?? '') && first < verb - 2) first += 1;
  const words = tokens.slice(first, verb).filter(isWord);
  const head = words[0];
  // One word names a thing done only when it is coined from several ("one-metric-per-screen got bounce down").
  const coined = words.length === 1 && (head?.lower.match(/-/g)?.length ?? 0) >= 2;
  if (!head || (words.length < 2 && !coined) || SUBJECT_BLOCKERS.has(head.lower) || YOUR.has(head.lower)) return undefined;
  if (contentWords(words.map((w) => w.lower).join(' ')).length < 1) return undefined;
  return { start: (tokens[first] as Token).start, end: (tokens[verb - 1] as Token).end };
}
