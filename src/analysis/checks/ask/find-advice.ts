/**
 * Finds where a message names the advice it applied: "your streak-freeze idea", "the tip on
 * scoring cost of delay", "your advice to let the engineering lead set the appetite", "I moved
 * the invite prompt … like you suggested". Bare names ("the framework", "your advice", "what you
 * said") are placeholders: they name no advice. What was done stands for the advice too
 * (`find-done.ts`).
 */
import { advisingGerunds, advisingVerbs, attributingWords } from '../../data/ask-circle-back.js';
import { isNegated } from '../../engine/is-negated.js';
import { findAll, startingWith } from '../../engine/match.js';
import { tokenIndexAt } from '../../engine/positions.js';
import type { Doc, Span, Token } from '../../engine/types.js';
import { nounPhrase, yourPhrase } from './advice-names.js';
import {
  labelledDone,
  NUMBERED,
  partOfWork,
  recallsAtStart,
  SAID_AFTER_COLON,
  suggestedClause,
  THANKS,
  thankedFor,
  topicAfter,
} from './advice-phrases.js';
import { ACTORS, ADVICE, APPLYING, contentWords, DETERMINERS, describesAction, GENERIC, STOPS, WORKS, YOUR } from './advice-words.js';
import { actionClauseBefore, namedClauseBefore } from './clause-before.js';
import { reportedAction, triedThing } from './find-done.js';
import { askedAbout, isWord, sentenceIndexAt, sentenceTokens, wordSet } from './loop-tokens.js';
import { alt, SPELLED } from './request-language.js';

/** "like you suggested", "as u said": "you" in its chat spellings too. */
const advisingRegex = startingWith(
  new RegExp(`(?<![\\p{L}])${alt(['you'])}(?:'ve| have)? (?:${advisingVerbs.join('|')})(?![\\p{L}])`, 'gu'),
  SPELLED.you ?? ['you'],
);
const gerundRegex = startingWith(new RegExp(`(?<![\\p{L}])for (?:${advisingGerunds.join('|')})(?![\\p{L}])`, 'gu'), ['for']);

/** The advice named, and the first placeholder met when none is named. */
export interface AdviceFound {
  named: Span[];
  /** Changes the writer reports making ("we moved the invite prompt"), which stand for the advice. */
  reported: Span[];
  /**
   * Clauses that "as you suggested" or "as your post says" credits to their advice ("we send it on
   * day 3 instead of day 1, as your article suggests"): the advice applied, so their numbers are
   * the change made, not what came of it.
   */
  attributed: Span[];
  placeholder?: Span;
}

/** Names of the advice that need no result beside them (possessives, topics, "like you suggested"). */
export function findNamedAdvice(doc: Doc): AdviceFound {
  const named: Span[] = [];
  const reported: Span[] = [];
  const attributed: Span[] = [];
  const placeholders: Span[] = [];
  for (let s = 0; s < doc.sentences.length; s++) {
    const tokens = sentenceTokens(doc, s);
    tokens.forEach((token, i) => {
      // In a question "your …" is what is asked for ("sit in on your brainstorm?"), not advice applied.
      if (YOUR.has(token.lower)) {
        if (!askedAbout(doc, token.start)) {
          yourPhrase(doc, tokens, i, { named, placeholders });
          creditedClause(tokens, i, reported, attributed);
        }
      } else if (ADVICE.has(token.lower)) nounPhrase(tokens, i, named, placeholders);
      else if (ACTORS.has(token.lower) && !doc.sentences[s]?.question) reportedAction(doc, tokens, i, reported);
      else if (APPLYING.has(token.lower)) triedThing(tokens, i, named);
      else if (NUMBERED.has(token.lower) && !askedAbout(doc, token.start)) partOfWork(tokens, i, named);
      else if (THANKS.test(token.lower)) thankedFor(tokens, i, named);
    });
  }
  for (const m of findAll(doc, advisingRegex)) advising(doc, m.start, m.end, { named, reported, attributed, placeholders });
  for (const m of findAll(doc, gerundRegex)) {
    const end = m.end;
    const clause = /^[^.!?;:\n]{0,80}/.exec(doc.lower.slice(end, end + 80))?.[0] ?? '';
    (contentWords(clause).length >= 2 ? named : placeholders).push({ start: m.start, end: end + clause.trimEnd().length });
  }
  const lines = labelledDone(doc);
  reported.push(...lines.done);
  attributed.push(...lines.done);
  placeholders.push(...lines.placeholders);
  const first = placeholders.sort((a, b) => a.start - b.start)[0];
  return first ? { named, reported, attributed, placeholder: first } : { named, reported, attributed };
}

/** "…, as your article suggests": the clause before "as/like your <work or advice>" is what was done. */
function creditedClause(tokens: Token[], i: number, reported: Span[], attributed: Span[]): void {
  if (!ATTRIBUTING.has(tokens[i - 1]?.lower ?? '')) return;
  const head = tokens[i + 1];
  if (!head || !(ADVICE.has(head.lower) || WORKS.has(head.lower) || GENERIC.has(head.lower))) return;
  const clause = actionClauseBefore(tokens, i - 1);
  if (!clause) return;
  reported.push(clause);
  attributed.push(clause);
}

/** "you suggested": named when the sentence says what was done or names what was suggested. */
function advising(
  doc: Doc,
  start: number,
  end: number,
  found: { named: Span[]; reported: Span[]; attributed: Span[]; placeholders: Span[] },
): void {
  const { named, reported, attributed, placeholders } = found;
  const index = sentenceIndexAt(doc, start);
  const sentence = doc.sentences[index];
  // "Remember you said to instrument one drop-off point?" recalls the advice; other questions ask.
  if (!sentence || (sentence.question && !recallsAtStart(doc, sentence)) || isNegated(doc, start)) return;
  const tokens = sentenceTokens(doc, index);
  const at = tokenIndexAt(doc, start) - sentence.firstToken;
  if (tokens[at]?.start !== start) return;
  const before = tokens.slice(Math.max(0, at - 4), at).filter(isWord);
  const last = before.at(-1);
  if (last?.lower === 'what') {
    const verb = tokenIndexAt(doc, end - 1) - sentence.firstToken;
    // "I tried what you said on the Haas spindle cell": "on the …" after it says where, not what.
    const where = /^(?:on|in|at|for)$/.test(tokens[verb + 1]?.lower ?? '') && /^(?:the|our|my)$/.test(tokens[verb + 2]?.lower ?? '');
    const topic = where ? undefined : topicAfter(tokens, verb);
    (topic ? named : placeholders).push({ start: last.start, end: topic ?? end });
    return;
  }
  // "we moved to a 4-week window, as you suggested": the clause that "as/like you …" attaches to says what was done.
  if (last && ATTRIBUTING.has(last.lower)) {
    const clause = actionClauseBefore(tokens, tokens.indexOf(last));
    // What was done names the advice but may hold the place too ("pre-filled the analytics dashboard"), so it is reported, not named.
    if (clause) {
      reported.push({ start: clause.start, end });
      attributed.push(clause);
      return;
    }
    // "Day-three archive email, as you advised: retention went from 63% to 70%": the phrase before names
    // the advice, and what follows the colon is what came of it.
    const thing = namedClauseBefore(tokens, tokens.indexOf(last));
    if (thing) {
      named.push({ start: thing.start, end });
      return;
    }
  }
  const np = before.filter((t) => !STOPS.has(t.lower) && !GENERIC.has(t.lower) && !ADVICE.has(t.lower) && !APPLYING.has(t.lower));
  // "the tip you suggested" names it; "Hi Dr Chen, you suggested …" is a greeting, then the advice.
  const joined = last !== undefined && tokens.slice(tokens.indexOf(last) + 1, at).every(isWord);
  if (last && joined && !STOPS.has(last.lower) && !DETERMINERS.has(last.lower) && np.length > 0 && np.at(-1) === last) {
    named.push({ start: (np[0] as Token).start, end });
    return;
  }
  // "I did like you said in the podcast: free week only after 3 workouts": what was said follows the colon.
  const told = SAID_AFTER_COLON.exec(doc.lower.slice(end, Math.min(doc.lower.length, end + 160)));
  if (told && contentWords(told[1] ?? '').length >= 2) {
    named.push({ start, end: end + told[0].trimEnd().length });
    return;
  }
  const after = contentWords(doc.lower.slice(end, Math.min(sentence.end, end + 80)));
  // "you suggested shortening the expiry to 7 days": what was suggested follows, as a clause or a gerund.
  const suggested = after.length >= 2 && /^ (?:to|that|i|we|me to|us to|\p{L}{3,}ing)(?![\p{L}])/u.test(doc.lower.slice(end, end + 20));
  if (describesAction(tokens, at) || suggested) named.push({ start, end });
  else placeholders.push({ start, end });
  // What they suggested is the advice itself: its amounts ("basing alarms on the OEM limit minus 20%") are no result.
  const clause = suggested ? suggestedClause(doc, end, sentence.end) : undefined;
  if (clause) attributed.push(clause);
}

/** Words that attach "you suggested" or "your post" to the clause before them ("…, as you advised"). */
const ATTRIBUTING = wordSet(attributingWords);
