/**
 * The two ways a message names advice by its words: "your" and what follows ("your
 * streak-freeze idea", "your tip on scoring cost of delay", "your 'one message per email' rule")
 * and an advice noun named by its modifiers or topic ("the three-experiments rule"). A bare name
 * ("your advice", "the framework") is a placeholder. Read by `find-advice.ts`.
 */
import { attributedToPhrases } from '../../data/ask-circle-back.js';
import type { Doc, Span, Token } from '../../engine/types.js';
import { apposition, closingQuote, NUMBERED, openingQuote, takenFromTheirWork, topicAfter, twoWordsBefore } from './advice-phrases.js';
import {
  ADVICE,
  APPLYING,
  CAUSAL,
  CORE,
  DETERMINERS,
  describesAction,
  GENERIC,
  NOT_ADVICE,
  PRONOUN_OBJECTS,
  STOPS,
  WORKS,
  YOUR,
} from './advice-words.js';
import { isQuote, isWord } from './loop-tokens.js';

/** Verbs with which a work of theirs says what to do ("your talk *said*"). */
const SAYING = /^(?:said|says|suggested|suggests|recommended|recommends|argued|argues|showed|shows|explained|explains|advised|advises)$/;

/** "your" + what follows: a named advice, a placeholder ("your advice"), or nothing ("your time"). */
export function yourPhrase(doc: Doc, tokens: Token[], i: number, { named, placeholders }: { named: Span[]; placeholders: Span[] }): void {
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
export function nounPhrase(tokens: Token[], i: number, named: Span[], placeholders: Span[]): void {
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

/** Words before "your <work>" that credit it with what was done ("as in your essay", "following your talk"). */
const ATTRIBUTED_TO = new RegExp(`(?:^| )(?:${attributedToPhrases.join('|')})$`);
