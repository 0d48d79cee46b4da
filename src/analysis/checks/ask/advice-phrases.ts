/**
 * Where a name of advice begins and ends: the topic after an advice noun ("your tip *on scoring
 * cost of delay*"), the quotes around a quoted name, the advice spelled out after a dash, the
 * clause after "you suggested" that says what was suggested, and a question that only recalls
 * it ("Remember you said…?"); the clause before "as you suggested" is in `clause-before.ts`.
 * Shared by `find-advice.ts` and, for the recalling question, `loop-parts.ts`.
 */

import { numberedParts } from '../../data/ask.js';
import { adviceLabels, recallingOpeners } from '../../data/ask-circle-back.js';
import { matchesIn } from '../../engine/native-regex.js';
import type { Doc, Span, Token } from '../../engine/types.js';
import { wordsBefore } from '../../engine/words-around.js';
import {
  CAUSAL,
  contentWords,
  DETERMINERS,
  GENERIC,
  NOT_ADVICE,
  PLACES,
  PRONOUN_OBJECTS,
  QUALIFIERS,
  SETTINGS,
  STOPS,
  YOUR,
} from './advice-words.js';
import { namedClauseBefore } from './clause-before.js';
import { isQuote, isWord, labelledLine, wordSet } from './loop-tokens.js';

/** Parts of their work that are numbered ("chapter 4", "episode 12"). */
export const NUMBERED = wordSet(numberedParts);

/** Index of the quote that closes the quoted words opened at `open`, at most 12 tokens on, or -1. */
export function closingQuote(tokens: Token[], open: number): number {
  for (let k = open + 1; k < tokens.length && k <= open + 12; k++) {
    const t = tokens[k] as Token;
    if (isQuote(t) && t.lower === (tokens[open] as Token).lower) return k;
    if (t.kind === 'punct' && /^[.!?;]$/.test(t.text)) return -1;
  }
  return -1;
}

/** Index of the quote that opens the quoted words ending at `close`, at most 12 tokens back, or -1. */
export function openingQuote(tokens: Token[], close: number): number {
  for (let k = close - 1; k >= 0 && k >= close - 12; k--) {
    const t = tokens[k] as Token;
    if (isQuote(t) && t.lower === (tokens[close] as Token).lower) return k < close - 1 ? k : -1;
    if (t.kind === 'punct' && /^[.!?;]$/.test(t.text)) return -1;
  }
  return -1;
}

/** Past forms of verbs of effect that end a topic after "your tip to …" (not "cut" or "set", which a topic may hold). */
const TOPIC_ENDERS: ReadonlySet<string> = new Set(
  [...CAUSAL].filter((w) => /ed$/.test(w) || ['got', 'drove', 'took', 'brought', 'made', 'gave', 'won', 'grew'].includes(w)),
);

/** End offset of a topic after a noun ("on scoring cost of delay", ': "first invite"'), or undefined. */
export function topicAfter(tokens: Token[], noun: number): number | undefined {
  const link = tokens[noun + 1];
  // "we took your advice to heart": an idiom, not what the advice was about.
  if (link?.lower === 'to' && tokens[noun + 2]?.lower === 'heart') return undefined;
  // "the argument in chapter 4", "the tip in episode 12": a numbered part of their work names it.
  const part = tokens[noun + 2];
  const number = tokens[noun + 3];
  if (link?.lower === 'in' && part && NUMBERED.has(part.lower) && number?.kind === 'number') return number.end;
  if (!link || !(QUALIFIERS.has(link.lower) || link.text === ':' || isQuote(link))) return undefined;
  let end: number | undefined;
  let content = 0;
  let places = 0;
  let head = '';
  let headClosed = false;
  for (let k = noun + 2; k < tokens.length && k < noun + 10; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'punct' && !isQuote(t) && !/^[-%$€£¥]$/.test(t.text)) break;
    // "your tip on our onboarding" names a place, not the advice; a conjunction ends the topic.
    if (/^(?:our|my|and|but|so|which|then)$/.test(t.lower)) break;
    // "your idea of making the lookup optional | on the Norvik supplier portal": once the topic has its
    // words, a place phrase opened by "on/in/at the…" says where it was applied.
    if (content >= 2 && /^(?:on|in|at|across|into|within)$/.test(t.lower) && /^(?:the|our|my)$/.test(tokens[k + 1]?.lower ?? '')) break;
    // "your tip to exclude podcast plays doubled subscriptions": the verb of what it did ends the topic.
    if (k > noun + 3 && TOPIC_ENDERS.has(t.lower)) break;
    // A second preposition ends the noun phrase whose head decides place or topic ("on the streak screen in …").
    if (QUALIFIERS.has(t.lower) && head !== '') headClosed = true;
    if (
      isWord(t) &&
      !STOPS.has(t.lower) &&
      !DETERMINERS.has(t.lower) &&
      !PLACES.has(t.lower) &&
      !GENERIC.has(t.lower) &&
      !PRONOUN_OBJECTS.has(t.lower)
    ) {
      content += 1;
      if (SETTINGS.has(t.lower)) places += 1;
      if (!headClosed) head = t.lower;
    }
    end = t.end;
  }
  // "used your advice on the launch", "what you suggested on the streak screen": after on/in/at/to/with, a
  // phrase whose head is a place says where, not what.
  // "your advice to read cohorts by week" is an infinitive, a topic: only "to the/our …" can name a place.
  const placeLink =
    /^(?:on|in|at|with|for)$/.test(link.lower) || (link.lower === 'to' && /^(?:the|our|my|a|an)$/.test(tokens[noun + 2]?.lower ?? ''));
  if (content > 0 && (places === content || SETTINGS.has(head)) && placeLink) return undefined;
  return content > 0 ? end : undefined;
}

/**
 * "Chapter 5 of 'The Regulated Roadmap'", "episode 12 of your podcast": a numbered part of a named
 * work of theirs names the advice in it.
 */
export function partOfWork(tokens: Token[], i: number, named: Span[]): void {
  const whole = tokens[i + 3];
  if (tokens[i + 1]?.kind !== 'number' || tokens[i + 2]?.lower !== 'of' || !whole) return;
  const close = isQuote(whole) ? closingQuote(tokens, i + 3) : -1;
  if (close > i + 4) named.push({ start: (tokens[i] as Token).start, end: (tokens[close] as Token).end });
  else if (YOUR.has(whole.lower) && isWord(tokens[i + 4]))
    named.push({ start: (tokens[i] as Token).start, end: (tokens[i + 4] as Token).end });
  else if (/^\p{Lu}/u.test(whole.text) && isWord(whole)) named.push({ start: (tokens[i] as Token).start, end: whole.end });
}

/**
 * "the one free streak freeze per week from your thread": the phrase before "from/in your <work>"
 * (token `i` is "your"), when it names a thing rather than reports what someone did.
 */
export function takenFromTheirWork(tokens: Token[], i: number): Span | undefined {
  if (!/^(?:from|in)$/.test(tokens[i - 1]?.lower ?? '')) return undefined;
  const thing = namedClauseBefore(tokens, i - 1);
  if (!thing) return undefined;
  for (let k = i - 2; k >= 0 && (tokens[k] as Token).start >= thing.start; k--)
    if (/^(?:i|we|you|i've|we've|i'm|we're|loved|love|read|enjoyed)$/.test((tokens[k] as Token).lower)) return undefined;
  return thing;
}

const LABEL = labelledLine(adviceLabels);
/** A line that names the advice only as theirs: "what you suggested", "exactly as you said". */
const ONLY_THEIR_WORD =
  /^\s*(?:exactly |just |basically )?(?:what|as) (?:you|u) (?:said|suggested|recommended|advised|proposed|told (?:me|us)|described)[.!]?\s*$/;

/**
 * "- What I did: switched round-ups to opt-out at Harbour Credit Union": each labelled line that
 * says what was done (so it may name the place too, and its numbers are the change made, not its
 * result); "What I did: what you suggested." says nothing of what that was, a placeholder.
 */
export function labelledDone(doc: Doc): { done: Span[]; placeholders: Span[] } {
  const done: Span[] = [];
  const placeholders: Span[] = [];
  for (const m of matchesIn(doc, LABEL, doc.lower)) {
    const body = m[1] ?? '';
    const line = { start: m.index + m[0].length - body.length, end: m.index + m[0].length };
    if (ONLY_THEIR_WORD.test(body)) placeholders.push(line);
    else if (contentWords(body).length >= 2) done.push(line);
  }
  return { done, placeholders };
}

/** Words of thanks that can name what they gave ("thanks for the 85% RH threshold"). */
export const THANKS = /^(?:thanks|thank|thx|ty|grateful|thankful)$/;

/**
 * "huge thanks for the 85% RH threshold for demand defrost": what they are thanked for, when it is
 * a specific thing of two content words or more (not "your time", "the quick reply"), names the
 * advice. Token `i` is the word of thanks.
 */
export function thankedFor(tokens: Token[], i: number, named: Span[]): void {
  let k = i + 1;
  if (tokens[k]?.lower === 'you') k += 1;
  if (tokens[k]?.lower !== 'for' || !/^(?:the|your|that|this|those)$/.test(tokens[k + 1]?.lower ?? '')) return;
  const words: Token[] = [];
  for (let n = k + 2; n < tokens.length && words.length < 8; n++) {
    const t = tokens[n] as Token;
    if (t.kind === 'punct' && !/^[%-]$/.test(t.text)) break;
    if (/^(?:and|but|so|which|that|we|i|it)$/.test(t.lower)) break;
    words.push(t);
  }
  const head = words
    .filter(isWord)
    .find((_word, n, all) => n === all.length - 1 || /^(?:for|on|in|to|of|about)$/.test(all[n + 1]?.lower ?? ''));
  if (!head || NOT_ADVICE.has(head.lower) || GENERIC.has(head.lower)) return;
  // "thanks for your help back in the spring": help given, at a time, with no topic, names no advice.
  const first = words[0];
  if (first && NOT_ADVICE.has(first.lower) && !/^(?:on|with|about|for|around|re)$/.test(words[1]?.lower ?? '')) return;
  if (contentWords(words.map((w) => w.lower).join(' ')).length < 2) return;
  named.push({ start: (tokens[k + 1] as Token).start, end: (words.at(-1) as Token).end });
}

/** "your rule — one booking per truck per day —", "your tip: ship on Tuesdays": the advice spelled out after a dash or colon; where it ends. */
export function apposition(tokens: Token[], head: number): number | undefined {
  if (!/^(?:[:\u2013\u2014]|-|--)$/.test(tokens[head + 1]?.text ?? '')) return undefined;
  const words: Token[] = [];
  for (let k = head + 2; k < tokens.length && words.length < 14; k++) {
    const t = tokens[k] as Token;
    if (!isWord(t)) break;
    words.push(t);
  }
  // A name, not a clause: "your advice — I applied it to our pricing page" goes on to what was done.
  if (words.some((w) => /^(?:i|we|it|you|they|i've|we've|i'm|we're)$/.test(w.lower))) return undefined;
  if (contentWords(words.map((w) => w.lower).join(' ')).length < 2) return undefined;
  return (words.at(-1) as Token).end;
}

/** True when the sentence opens by recalling what they said ("Remember you said…?"): a question that asks for nothing. */
export function recallsAtStart(doc: Doc, sentence: { start: number }): boolean {
  return RECALLING.test(doc.lower.slice(sentence.start, sentence.start + 40));
}

/** Openers of a question that recalls rather than asks ("Remember you said…?", "ok so remember you told me…?"). */
const RECALLING = new RegExp(`^(?:(?:ok|okay|so|and|well|oh|btw|also|hey)[\\s,]+){0,3}(?:${recallingOpeners.join('|')})\\b`);

/** The clause after "you suggested", up to a break or a conjunction that starts what came of it. */
const SUGGESTED_CLAUSE = /^(?:(?! (?:and|so|but|which|then) )[^.!?;:,\n\u2013\u2014]){0,140}/;

/** What they suggested, after "you suggested" ending at `end`, within the sentence ending at `limit`. */
export function suggestedClause(doc: Doc, end: number, limit: number): Span | undefined {
  const clause = SUGGESTED_CLAUSE.exec(doc.lower.slice(end, limit))?.[0].trimEnd() ?? '';
  return clause ? { start: end, end: end + clause.length } : undefined;
}

/** After "you said": a few words of where ("in the podcast"), a colon, and what was said up to the end of the clause. */
export const SAID_AFTER_COLON = /^(?: [^:.!?\n]{0,40})?:[ \t]*([^.!?;\n]{3,110})/;

/** The two words before `offset` in its sentence, in text order, joined by a space. */
export function twoWordsBefore(doc: Doc, offset: number): string {
  return wordsBefore(doc, offset, 2)
    .reverse()
    .map((t) => t.lower)
    .join(' ');
}
