/**
 * Finds where the advice was applied: a possessive place ("our signup page", "my payroll
 * product's cohorts"), a place after a preposition ("on the search revamp", "in Tuesday's
 * planning meeting", "to the downstream team") or a labelled line ("Where: …"). Placeholders
 * ("my project", "our team", "the product") name no place.
 */

import { workNouns } from '../../data/ask.js';
import {
  actionVerbs,
  adviceNouns,
  applyingVerbs,
  contextLabels,
  contextNeedsModifier,
  contextNouns,
  genericModifiers,
  metricWords,
  phraseStops,
  placeholderNouns,
  reportNouns,
  spanCounts,
  timeModifiers,
  timeSpanNouns,
} from '../../data/ask-circle-back.js';
import { matchesIn } from '../../engine/native-regex.js';
import type { Doc, Span, Token } from '../../engine/types.js';
import { insideAny, isQuote, isWord, labelledLine, sentenceTokens, wordSet } from './loop-tokens.js';

const PLACES = wordSet(contextNouns);
/** Their works that are no advice in themselves ("post", "talk"; not "idea" or "framework", which can be applied somewhere). */
const WORKS = new Set([...wordSet(workNouns)].filter((w) => !wordSet(adviceNouns).has(w)));
const NEEDS_MODIFIER = wordSet(contextNeedsModifier);
const PLACEHOLDERS = wordSet(placeholderNouns);
const METRICS = wordSet(metricWords);
const GENERIC = wordSet(genericModifiers);
const STOPS = wordSet(phraseStops);
/** Verbs whose object can be the place ("we launched the referral program"). */
const VERBS = new Set([...wordSet(actionVerbs), ...wordSet(applyingVerbs), 'shipped', 'ran', 'rolled', 'revamped', 'tested']);
const POSSESSIVES = new Set(['our', 'my', "team's", "company's"]);
const PREPOSITIONS = new Set(['on', 'in', 'to', 'at', 'for', 'with', 'across', 'into', 'during', 'inside', 'within', 'throughout', 'onto']);
/** Place nouns that are spans of time after a count ("in one quarter", "in a single meeting"). */
const TIME_SPANS = wordSet(timeSpanNouns);
const TIME_MODIFIERS = wordSet(timeModifiers);
const COUNTS = wordSet(spanCounts);
/** A count or a modifier of time before a span of time: "one", "a", "12", "first", "single". */
const countsTime = (word: string) => COUNTS.has(word) || TIME_MODIFIERS.has(word) || /^\d+$/.test(word);
const OPENERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'last', 'our', 'my', 'each', 'every']);
const MONTHS_AND_DAYS =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?|q[1-4])$/;
const LABEL = labelledLine(contextLabels);

/** Where the advice was applied, and the first placeholder place met when none is named. */
export interface ContextFound {
  named: Span[];
  placeholder?: Span;
}

/** The places named in `doc`; `exclude` holds spans (the advice named) that are not places. */
export function findContexts(doc: Doc, exclude: readonly Span[] = []): ContextFound {
  const named: Span[] = [];
  const placeholders: Span[] = [];
  const excluded = insideAny(exclude);
  const outside = (t: Token) => !excluded(t.start);
  for (let s = 0; s < doc.sentences.length; s++) {
    const tokens = sentenceTokens(doc, s);
    tokens.forEach((token, i) => {
      if (!outside(token)) return;
      const lower = token.lower;
      if (POSSESSIVES.has(lower)) possessivePlace(tokens, i, named, placeholders);
      // "your post on consent flows": what their work is about is no place of the writer's.
      else if (PREPOSITIONS.has(lower) && topicOfTheirWork(tokens, i)) return;
      // "I want to test it with coupons": "to" opens an infinitive, not a place; "thank you for the DFM tip" names what they gave.
      else if (lower === 'to' && INFINITIVE_BEFORE.test(tokens[i - 1]?.lower ?? '')) return;
      else if (lower === 'for' && /^(?:thanks|thank|you|thx|ty|grateful|thankful)$/.test(tokens[i - 1]?.lower ?? '')) return;
      // A verb of change or any past-tense verb + "the" ("we pre-filled the analytics dashboard").
      else if (
        PREPOSITIONS.has(lower) ||
        reportFrom(tokens, i) ||
        ((tokens[i + 1]?.lower === 'the' || namePossessive(tokens[i + 1])) &&
          (VERBS.has(lower) || (lower.endsWith('ed') && /\p{L}{2}ed$/u.test(lower))))
      )
        prepositionPlace(tokens, i, named);
    });
  }
  for (const m of matchesIn(doc, LABEL, doc.lower)) {
    const body = m[1] ?? '';
    const start = m.index + m[0].length - body.length;
    const words = body.match(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu) ?? [];
    if (words.some((w) => !STOPS.has(w) && !PLACEHOLDERS.has(w) && !GENERIC.has(w) && w !== 'our' && w !== 'my'))
      named.push({ start, end: start + body.trimEnd().length });
  }
  const first = placeholders.sort((a, b) => a.start - b.start)[0];
  return first ? { named, placeholder: first } : { named };
}

/** "a quick update from the bistro", "results from the checkout test": news from a place names it ("the rule from Small Bets" names a source). */
function reportFrom(tokens: Token[], i: number): boolean {
  return (tokens[i] as Token).lower === 'from' && REPORT_NOUNS.has(tokens[i - 1]?.lower ?? '');
}
const REPORT_NOUNS = wordSet(reportNouns);

/** "our/my" + a noun phrase: a place unless every word is a placeholder or a metric. */
function possessivePlace(tokens: Token[], i: number, named: Span[], placeholders: Span[]): void {
  const words = phraseAfter(tokens, i + 1);
  if (words.length === 0) return;
  // A capitalised word inside the phrase is a name ("our Teams plan").
  const naming = words.filter(
    (w) => /^[A-Z]/.test(w.text) || (!PLACEHOLDERS.has(w.lower) && !METRICS.has(w.lower) && !GENERIC.has(w.lower)),
  );
  const span = { start: (tokens[i] as Token).start, end: (words.at(-1) as Token).end };
  if (naming.length > 0) named.push(span);
  else if (words.some((w) => PLACEHOLDERS.has(w.lower))) placeholders.push(span);
}

/**
 * A preposition or verb + a noun phrase holding a place noun ("on the search revamp", "to the
 * downstream team", "launched the referral program"); a bare place noun needs a modifier.
 */
function prepositionPlace(tokens: Token[], i: number, named: Span[]): void {
  let j = i + 1;
  const opener = tokens[j];
  if (!isWord(opener)) return;
  // "in https://peoplely.com/mentor-program", "on docs.stackbeam.dev": a link or a domain names the place.
  if ((/^https?$/.test(opener.lower) && tokens[j + 1]?.text === ':') || /^[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.[a-z]{2,}$/u.test(opener.lower)) {
    named.push({ start: (tokens[i] as Token).start, end: opener.end });
    return;
  }
  const possessiveName = /'s$/.test(opener.lower) && !POSSESSIVES.has(opener.lower);
  if (OPENERS.has(opener.lower) || possessiveName) j += 1;
  else if (
    /^[A-Z]/.test(opener.text) &&
    opener.lower !== 'i' &&
    !MONTHS_AND_DAYS.test(opener.lower) &&
    /^(?:at|in)$/.test((tokens[i] as Token).lower)
  ) {
    // "at Sunrise Hospital", "in Calderdale", "in Lantern Drift's spring update": a name after at/in is a place.
    named.push({ start: (tokens[i] as Token).start, end: opener.end });
    return;
  }
  if (/^(?:our|my|your|their|his|her|its|ur)$/.test(opener.lower)) return;
  const words = phraseAfter(tokens, j);
  // "in one quarter", "in the first quarter", "over the same sprint": spans of time, not places.
  if (TIME_SPANS.has(words.at(-1)?.lower ?? '') && words.slice(0, -1).every((w) => countsTime(w.lower))) return;
  // "into Storyseed's bedtime-story mode", "on Learnloop's data-skills track": a part of something named.
  if (namePossessive(opener) && words.length > 0) {
    named.push({ start: (tokens[i] as Token).start, end: (words.at(-1) as Token).end });
    return;
  }
  const modified = words.length > 1 || possessiveName;
  const place = words.some(
    (w, k) => PLACES.has(w.lower) && (!NEEDS_MODIFIER.has(w.lower) || (modified && words.slice(0, k).some((m) => !GENERIC.has(m.lower)))),
  );
  // "at the Riverside Food Bank", "in the Lisbon office": a capitalised name after the article names a place.
  const capitalised = j > i + 1 && words.some((w) => /^[A-Z]/.test(w.text) && !MONTHS_AND_DAYS.test(w.lower));
  // "on the smelter's converter fans", "in the plant's night shift": a part of something, in the possessive.
  const partOf = j > i + 1 && words.length >= 2 && /^\p{L}{3,}['\u2019]s$/u.test(words[0]?.lower ?? '');
  if (place || capitalised || partOf) {
    named.push({ start: (tokens[i] as Token).start, end: (words.at(-1) as Token).end });
  }
}

const INFINITIVE_BEFORE =
  /^(?:want|wants|wanted|need|needs|needed|plan|plans|planned|going|try|trying|tried|like|love|hope|hoping|able|have|has|had|decided|started|begin|began|ready|about)$/;

/** True when the preposition at `i` follows "your <work>" ("your post on…", "your talk about…"). */
function topicOfTheirWork(tokens: Token[], i: number): boolean {
  const noun = tokens[i - 1];
  if (!noun || !WORKS.has(noun.lower)) return false;
  return [tokens[i - 2], tokens[i - 3]].some((t) => t !== undefined && /^(?:your|ur|yr)$/.test(t.lower));
}

/** A capitalised name in the possessive ("Roomly's", "Harbour Post's" ends so). */
function namePossessive(token: Token | undefined): boolean {
  return token !== undefined && isWord(token) && /^\p{Lu}[\p{L}\p{N}-]*['\u2019]s$/u.test(token.text);
}

/** Up to four words of a noun phrase from `from`, ending at punctuation, a stop word or a verb in the past. */
function phraseAfter(tokens: Token[], from: number): Token[] {
  const words: Token[] = [];
  for (let k = from; k < tokens.length && words.length < 4; k++) {
    const t = tokens[k] as Token;
    if (isQuote(t)) continue;
    if (!isWord(t)) break;
    if (STOPS.has(t.lower) || OPENERS.has(t.lower) || (words.length > 0 && /[^e]ed$/.test(t.lower))) break;
    words.push(t);
  }
  return words;
}
