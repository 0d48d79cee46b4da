/**
 * The clause before "as you suggested" or "as your post says": what the writer did ("we moved
 * the invite prompt to day 3") or the thing it names ("Day-three archive email, as you advised").
 */
import type { Span, Token } from '../../engine/types.js';
import { ACTIONS, contentWords } from './advice-words.js';
import { isWord } from './loop-tokens.js';

/**
 * The clause before token `at` when it reports something done: the writer acting ("we
 * pre-filled the dashboard with sample data") or a gerund that names the change ("pricing the
 * add-on per workspace"), with two content words or more. A comma before `at` is skipped; the
 * clause starts after the punctuation or conjunction before it.
 */
export function actionClauseBefore(tokens: Token[], at: number): Span | undefined {
  const words = clauseWordsBefore(tokens, at);
  const first = words?.[0];
  if (!words || !first) return undefined;
  // "we moved…", "we're sending…", and in the present with "now": "we now pay commissions daily".
  const actorVerb = words.some(
    (w, k) =>
      /^(?:i|we|i've|we've)$/.test(w.lower) &&
      isWord(words[k + 1]) &&
      (/(?:ed|[^i]ng|ACTION)$/.test(verbShape(words[k + 1] as Token)) || (words[k + 1]?.lower === 'now' && isWord(words[k + 2]))),
  );
  const gerund = /[^i]ing$/.test(first.lower) && first.lower.length > 4;
  // A report typed without its subject: "hired a first seller at customer 12, like you suggested".
  const subjectless = /\p{L}{2}ed$/u.test(first.lower) || ACTIONS.has(first.lower);
  // What was made, described by its participle: "the daily fare pass priced at two trips, as you suggested".
  const described = /^(?:the|a|an|our|this|that)$/.test(first.lower) && words.slice(2).some((w) => /\p{L}{2}ed$/u.test(w.lower));
  return actorVerb || gerund || subjectless || described ? { start: first.start, end: (words.at(-1) as Token).end } : undefined;
}

/**
 * The thing named by the clause before token `at` when it is a phrase of two content words or
 * more that opens its sentence or follows a colon: "Day-three archive email, as you advised".
 */
export function namedClauseBefore(tokens: Token[], at: number): Span | undefined {
  const words = clauseWordsBefore(tokens, at);
  const first = words?.[0];
  // A clause with a verb in it reports something done; only a phrase names the thing.
  if (!words || !first || words.some((w) => /\p{L}{2}ed$/u.test(w.lower))) return undefined;
  // The clause lies within the 16 tokens before `at`: found there, not by a search of the whole sentence.
  let at0 = at - 1;
  while (at0 > 0 && at0 > at - 20 && tokens[at0] !== first) at0 -= 1;
  const opener = tokens[at0 - 1];
  const afterGreeting = GREETINGS.test(opener?.lower ?? '') || GREETINGS.test(tokens[at0 - 2]?.lower ?? '');
  if (opener !== undefined && !afterGreeting && !(opener.kind === 'punct' && /^[:\-\u2013\u2014]$/.test(opener.text))) return undefined;
  return { start: first.start, end: (words.at(-1) as Token).end };
}

/** The words of the clause before token `at` (a comma before it skipped), when they hold two content words or more. */
function clauseWordsBefore(tokens: Token[], at: number): Token[] | undefined {
  let end = at - 1;
  // "…, just as you recommended": an adverb may stand before the "as".
  if (/^(?:just|exactly|precisely|much)$/.test(tokens[end]?.lower ?? '')) end -= 1;
  if (tokens[end]?.text === ',' || tokens[end]?.text === '(') end -= 1;
  let start = end + 1;
  for (let k = end; k >= 0 && k > end - 16; k--) {
    const t = tokens[k] as Token;
    if (t.kind === 'punct' && /^[,;:.!?()\-\u2013\u2014]$/.test(t.text)) break;
    // A conjunction or a subordinator opens the clause: "churn fell 3% after | we moved the prompt, as you suggested".
    if (/^(?:and|but|so|then|after|since|once|when|because|while|which)$/.test(t.lower) && k < end) break;
    start = k;
  }
  if (start > end) return undefined;
  let words = tokens.slice(start, end + 1).filter(isWord);
  // "hey Sam moved the reorder button…": a greeting and the name after it open no clause.
  if (GREETINGS.test(words[0]?.lower ?? '') && words.length > 2) words = words.slice(/^\p{Lu}/u.test(words[1]?.text ?? '') ? 2 : 1);
  if (words.length === 0 || contentWords(words.map((w) => w.lower).join(' ')).length < 2) return undefined;
  return words;
}

const GREETINGS = /^(?:hi|hey|hello|hiya|yo|dear|morning|evening)$/;

/** "ACTION" for a verb of change, else the word: past forms and gerunds are read by their ending. */
function verbShape(word: Token): string {
  return ACTIONS.has(word.lower) ? 'ACTION' : word.lower;
}
