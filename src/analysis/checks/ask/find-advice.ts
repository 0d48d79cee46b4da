/**
 * Finds where a message names the advice it applied: "your streak-freeze idea", "the tip on
 * scoring cost of delay", "your advice to let the engineering lead set the appetite", "I moved
 * the invite prompt … like you suggested". Bare names ("the framework", "your advice", "what you
 * said") are placeholders: they name no advice. What was done stands for the advice too
 * (`find-done.ts`).
 */

import { advisingGerunds, advisingVerbs, attributedToPhrases, attributingWords } from '../../data/ask-circle-back.js';
import { isNegated } from '../../engine/is-negated.js';
import { findAll, startingWith } from '../../engine/match.js';
import { tokenIndexAt } from '../../engine/positions.js';
import type { Doc, Span, Token } from '../../engine/types.js';
import {
  actionClauseBefore,
  apposition,
  closingQuote,
  labelledDone,
  NUMBERED,
  namedClauseBefore,
  openingQuote,
  partOfWork,
  recallsAtStart,
  SAID_AFTER_COLON,
  suggestedClause,
  THANKS,
  takenFromTheirWork,
  thankedFor,
  topicAfter,
  twoWordsBefore,
} from './advice-phrases.js';
import {
  ACTORS,
  ADVICE,
  APPLYING,
  CAUSAL,
  CORE,
  contentWords,
  DETERMINERS,
  describesAction,
  GENERIC,
  NOT_ADVICE,
  PRONOUN_OBJECTS,
  STOPS,
  WORKS,
  YOUR,
} from './advice-words.js';
import { reportedAction, triedThing } from './find-done.js';
import { askedAbout, isQuote, isWord, sentenceIndexAt, sentenceTokens, wordSet } from './loop-tokens.js';
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

/** Verbs with which a work of theirs says what to do ("your talk *said*"). */
const SAYING = /^(?:said|says|suggested|suggests|recommended|recommends|argued|argues|showed|shows|explained|explains|advised|advises)$/;

/** "your" + what follows: a named advice, a placeholder ("your advice"), or nothing ("your time"). */
function yourPhrase(doc: Doc, tokens: Token[], i: number, { named, placeholders }: { named: Span[]; placeholders: Span[] }): void {
  // "your 'one message per email' rule": a quoted name is specific whatever its words.
  const quoted = isQuote(tokens[i + 1]) ? closingQuote(tokens, i + 1) : -1;
  if (quoted > i + 2) {
    const noun = tokens[quoted + 1];
    // "your 'changes who logs in' test brought 31 users": any noun before a verb of effect is the name's head.
    const headed = noun && isWord(noun) && CAUSAL.has(tokens[quoted + 2]?.lower ?? '') && !STOPS.has(noun.lower);
    const end = noun && (ADVICE.has(noun.lower) || WORKS.has(noun.lower) || headed) ? noun.end : (tokens[quoted] as Token).end;
    named.push({ start: (tokens[i] as Token).start, end });
    return;
  }
  let j = i + 1;
  while (isQuote(tokens[j])) j += 1;
  let generic = 0;
  while (tokens[j] && GENERIC.has((tokens[j] as Token).lower) && generic < 3) {
    j += 1;
    generic += 1;
  }
  // "your podcast point about keeping tips out", "your teardown advice": a work of theirs naming the advice in it.
  if (WORKS.has(tokens[j]?.lower ?? '') && ADVICE.has(tokens[j + 1]?.lower ?? '')) j += 1;
  const head = tokens[j];
  // "per your note on grandfathering": a message of theirs with a topic carries the advice.
  const carried = head && /^(?:note|reply|email|message|answer|response)$/.test(head.lower) ? topicAfter(tokens, j) : undefined;
  if (head && carried) {
    named.push({ start: (tokens[i] as Token).start, end: carried });
    return;
  }
  if (!head || (head.kind === 'punct' && !isQuote(head)) || NOT_ADVICE.has(head.lower) || STOPS.has(head.lower)) return;
  const start = (tokens[i] as Token).start;
  // "your chapter 4 idea", "your episode 12 tip": a numbered part of their work names the advice in it.
  const numbered = tokens[j + 1]?.kind === 'number' && ADVICE.has(tokens[j + 2]?.lower ?? '');
  if (NUMBERED.has(head.lower) && numbered) {
    named.push({ start, end: (tokens[j + 2] as Token).end });
    return;
  }
  // "the one free streak freeze per week from your thread, we shipped it": the thing taken from their work names the advice.
  const taken = WORKS.has(head.lower) ? takenFromTheirWork(tokens, i) : undefined;
  if (taken) {
    named.push({ start: taken.start, end: head.end });
    return;
  }
  if (ADVICE.has(head.lower) || WORKS.has(head.lower)) {
    const topic = topicAfter(tokens, j);
    // "like your talk said", "as your post suggested": the work stands for the advice when the sentence says what was done.
    // "…, as in your essay", "as per your post": the work is where the change the sentence reports came from.
    const attributed =
      WORKS.has(head.lower) && ATTRIBUTED_TO.test(twoWordsBefore(doc, (tokens[i] as Token).start)) && describesAction(tokens, j);
    const saying = attributed || (WORKS.has(head.lower) && SAYING.test(tokens[j + 1]?.lower ?? '') && describesAction(tokens, j));
    const apposed = topic === undefined && ADVICE.has(head.lower) ? apposition(tokens, j) : undefined;
    if (topic) named.push({ start, end: topic });
    else if (apposed) named.push({ start, end: apposed });
    else if (saying) named.push({ start, end: (tokens[j + 1] as Token).end });
    else if (ADVICE.has(head.lower) && describesAction(tokens, j)) named.push({ start, end: head.end });
    else placeholders.push({ start, end: head.end });
    return;
  }
  // "your hard-paywall suggestion brought 410 subscribers": the name ends at its advice noun, and
  // before a verb of effect ("ur 1-3-7 day resurfacing doubled retention"), whose object is the result.
  let k = j;
  while (
    k + 1 < tokens.length &&
    k - j < 5 &&
    !ADVICE.has((tokens[k] as Token).lower) &&
    (isWord(tokens[k + 1]) || isQuote(tokens[k + 1])) &&
    !STOPS.has((tokens[k + 1] as Token).lower) &&
    !CAUSAL.has((tokens[k + 1] as Token).lower)
  )
    k += 1;
  named.push({ start, end: (tokens[k] as Token).end });
}

/** An advice noun without "your": named by its modifiers or topic ("the three-experiments rule"). */
function nounPhrase(tokens: Token[], i: number, named: Span[], placeholders: Span[]): void {
  const noun = tokens[i] as Token;
  // "the Model C motor-controller board": a capitalised noun inside a sentence is part of a name.
  if (/^\p{Lu}/u.test(noun.text) && i > 0 && isWord(tokens[i + 1]) && /^[\p{Lu}\d]/u.test((tokens[i + 1] as Token).text)) return;
  let det = -1;
  let specific = false;
  for (let k = i - 1, seen = 0; k >= 0 && seen < 5; k--, seen++) {
    const t = tokens[k] as Token;
    if (isQuote(t)) {
      // A quoted name ("the 'talk to five churned users' tip") is specific whatever its words.
      const open = openingQuote(tokens, k);
      if (open < 0) continue;
      specific = true;
      k = open;
      continue;
    }
    if (t.kind === 'punct') break;
    if (DETERMINERS.has(t.lower) || t.lower.endsWith("'s")) {
      det = k;
      break;
    }
    if (YOUR.has(t.lower) || STOPS.has(t.lower)) return;
    if (!GENERIC.has(t.lower)) specific = true;
  }
  if (det < 0) return;
  // "we applied it to the onboarding checklist": what "it" was applied to is a place, not the advice.
  if (
    /^(?:to|on|in|into|across)$/.test(tokens[det - 1]?.lower ?? '') &&
    PRONOUN_OBJECTS.has(tokens[det - 2]?.lower ?? '') &&
    APPLYING.has(tokens[det - 3]?.lower ?? '')
  )
    return;
  const start = (tokens[det] as Token).start;
  // "that point you made about selling to operations first": what they made it about is its topic.
  const madeBy =
    /^(?:you|u)$/.test(tokens[i + 1]?.lower ?? '') && /^(?:made|gave|raised|shared|had|offered)$/.test(tokens[i + 2]?.lower ?? '');
  const topic = topicAfter(tokens, madeBy ? i + 2 : i);
  if (specific) named.push({ start, end: noun.end });
  else if (topic) named.push({ start, end: topic });
  else if (!CORE.has(noun.lower) || !['the', 'that', 'this', 'those', 'these'].includes((tokens[det] as Token).lower)) return;
  else if (describesAction(tokens, i)) named.push({ start, end: noun.end });
  else placeholders.push({ start, end: noun.end });
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

/** Words before "your <work>" that credit it with what was done ("as in your essay", "following your talk"). */
const ATTRIBUTED_TO = new RegExp(`(?:^| )(?:${attributedToPhrases.join('|')})$`);

/** Words that attach "you suggested" or "your post" to the clause before them ("…, as you advised"). */
const ATTRIBUTING = wordSet(attributingWords);
