/**
 * Finds where an ask names the recipient's specific work: "your talk on…", "your 'pricing
 * metric fit' framework", "you mentioned…", "in episode 42". "Your work", "your profile" and
 * "your journey" name nothing specific.
 */
import {
  creationVerbs,
  keepingVerbs,
  numberedParts,
  platforms,
  possessives,
  presenceReferences,
  readingVerbs,
  referenceStops,
  referenceVerbs,
  unspecificModifiers,
  workNouns,
  workNounsPlural,
} from '../../data/ask.js';
import { findAll } from '../../engine/match.js';
import { memo } from '../../engine/memo.js';
import { standsForBlank } from '../../engine/placeholders.js';
import { tokenIndexAt } from '../../engine/positions.js';
import type { Doc, Span, Token } from '../../engine/types.js';
import { closingMark, findNamedWorks, MARKS } from './named-work.js';
import { alt, gap, gated, phrasesRegex, wordRegex } from './request-language.js';

/** A named piece of their work: the span from "your" to the noun, and the noun itself. */
export interface WorkReference extends Span {
  /** The kind of work, lower-cased ("talk", "post", "framework"). */
  kind: string;
  /** Index in `Doc.tokens` of the word before the name ("your", "the") and of the noun. */
  possessive: number;
  noun: number;
}

const possessiveSet = new Set(possessives);
const nouns = new Set(workNouns);
const plurals = new Set(workNounsPlural);
const stops = new Set(referenceStops);
/** Words after a work noun that make it a modifier of something else ("your product team"). */
const heads = new Set([
  'team',
  'teams',
  'org',
  'organisation',
  'organization',
  'manager',
  'managers',
  'leader',
  'leaders',
  'people',
  'role',
  'career',
  'journey',
  'experience',
  'background',
  'sense',
  'work',
  'skills',
  'function',
  'job',
  'jobs',
]);
const unspecific = new Set(unspecificModifiers);
const topicWords = new Set(['on', 'about', 'for', 'in', 'into', 'around', 'regarding', 'covering', 'of']);
const platformSet = new Set(platforms);

/** True when the plural work noun at `j` has a topic ("your posts on pricing", not "your posts on LinkedIn"). */
function hasTopic(doc: Doc, j: number): boolean {
  const preposition = doc.tokens[j + 1];
  const object = doc.tokens[j + 2];
  if (preposition?.kind !== 'word' || !topicWords.has(preposition.lower)) return false;
  return object !== undefined && object.kind === 'word' && !platformSet.has(object.lower);
}
/** True when a word between the possessive at `i` and the plural noun at `j` names a topic ("your *pricing-page* teardowns"). */
function namesTopic(doc: Doc, i: number, j: number): boolean {
  for (let k = i + 1; k < j; k++) {
    const t = doc.tokens[k] as Token;
    if (t.kind === 'word' && !unspecific.has(t.lower) && !nouns.has(t.lower)) return true;
  }
  return false;
}
const QUOTES = /^["'«»“”‘’]$/;
/** Words before "you" after which a work noun is a verb ("did you interview", "before you review"). */
const auxiliaries = new Set([
  'did',
  'do',
  'does',
  'would',
  'could',
  'can',
  'will',
  'should',
  'might',
  'may',
  'must',
  'shall',
  'have',
  'had',
  'to',
  'when',
  'if',
  'before',
  'after',
  'once',
  'while',
  'as',
  'that',
  'how',
  'where',
  'why',
  'who',
  'whether',
  'until',
  'unless',
]);
const MAX_GAP = 6;

/** Index of the quote that closes the one at `open` within a few words, or `open` itself when none does. */
function closingQuote(doc: Doc, open: number): number {
  const sentence = (doc.tokens[open] as Token).sentence;
  for (let k = open + 1; k < doc.tokens.length && k <= open + 10; k++) {
    const t = doc.tokens[k] as Token;
    if (t.sentence !== sentence) break;
    if (t.kind === 'punct' && QUOTES.test(t.text)) return k;
  }
  return open;
}

/** The next token after `i`, or undefined. */
function next(doc: Doc, i: number): Token | undefined {
  return doc.tokens[i + 1];
}

/**
 * Each "your <kind of work>" of `doc`: from a possessive ("your", "you'r"), up to six
 * modifier words or a quoted title, to a work noun. The scan stops at prepositions and verbs,
 * so "your work on pricing frameworks" names no work. Plurals count only with a topic.
 */
export function findWorkReferences(doc: Doc): WorkReference[] {
  return memo(doc, 'work', () => collectWorkReferences(doc));
}

function collectWorkReferences(doc: Doc): WorkReference[] {
  const found: WorkReference[] = [];
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const owner = tokens[i] as Token;
    // "I read you book about…": a dropped "r" (common in non-native English) before a work noun;
    // after an auxiliary ("did you interview", "when you review") the noun is a verb.
    const youAsYour = owner.lower === 'you' && nouns.has(next(doc, i)?.lower ?? '') && !auxiliaries.has(tokens[i - 1]?.lower ?? '');
    if (!possessiveSet.has(owner.lower) && !youAsYour) continue;
    for (let j = i + 1, words = 0; j < tokens.length && words < MAX_GAP; j++) {
      const t = tokens[j] as Token;
      if (t.sentence !== owner.sentence) break;
      if (t.kind === 'punct') {
        // A quoted title ("your 'price the outcome' slide") is one name, whatever its words.
        if (QUOTES.test(t.text)) j = closingQuote(doc, j);
        else if (MARKS.test(t.text)) {
          // "your `growthbook` talk", "your **North Star → 3 inputs** framework": a name set in code or bold.
          const close = closingMark(doc, j);
          if (close < 0) break;
          j = close;
        } else break;
        continue;
      }
      words += 1;
      const after = next(doc, j);
      const isHead = !(after && after.kind === 'word' && heads.has(after.lower));
      if (nouns.has(t.lower) && isHead) {
        let k = j;
        for (let n = next(doc, k); n && n.kind === 'word' && nouns.has(n.lower); n = next(doc, k)) k += 1;
        const noun = tokens[k] as Token;
        found.push({ start: owner.start, end: noun.end, kind: noun.lower, possessive: i, noun: k });
        break;
      }
      if (plurals.has(t.lower) && (hasTopic(doc, j) || namesTopic(doc, i, j))) {
        found.push({ start: owner.start, end: t.end, kind: t.lower, possessive: i, noun: j });
        break;
      }
      if (stops.has(t.lower)) break;
    }
    if (found.length > 64) break;
  }
  return found;
}

/** Tokens a "you …" reference can start with, in their chat spellings too ("u wrote"). */
const YOU_TOKENS = ['you', "you've", 'u', 'ya'];
const MODALS = ['would', 'could', 'do', 'does', 'did', 'can', 'will', 'might', 'should', 'shall', 'may', 'must', 'to'];
/** "You mentioned…", "you've written…" — not "would you say…" or "do you recommend…". */
const said = gated(
  new RegExp(
    `(?<![\\p{L}\\p{N}])(?<!(?:${MODALS.join('|')})\\s{1,3})(?:${alt(['you'])})(?:'ve|\\s{1,3}have|\\s{1,3}also|\\s{1,3}once|\\s{1,3}recently|\\s{1,3}even|\\s{1,3}actually)?\\s{1,3}(?:${alt(referenceVerbs)})(?![\\p{L}\\p{N}])`,
    'gu',
  ),
  YOU_TOKENS,
);
const YOU = `(?:${alt(['you'])})(?:'ve|\\s{1,3}have|\\s{1,3}also|\\s{1,3}once|\\s{1,3}recently|\\s{1,3}even|\\s{1,3}actually)?`;
const NOUN = `(?:${alt([...workNouns, ...workNounsPlural])})`;
/**
 * "You published a great piece on…": a verb of making with a work noun after it (not "the
 * contribution you've made to fintech product management", where a preposition follows the verb).
 */
const madeThen = gated(
  wordRegex(
    `${YOU}\\s{1,3}(?:${alt(creationVerbs)})\\s{1,3}(?!(?:to|for|in|on|at|with|from|into|across)\\s)(?:(?:a|an|the|that|this|one|your)\\s{1,3})?${gap(3)}${NOUN}`,
  ),
  YOU_TOKENS,
);
/** "The teardown you did", "the talk that you gave", "the tool you maintain": a work noun with a verb of making, saying or keeping after it. */
const nounThenMade = gated(
  wordRegex(`${NOUN}\\s{1,3}(?:(?:that|which)\\s{1,3})?${YOU}\\s{1,3}(?:${alt([...creationVerbs, ...referenceVerbs, ...keepingVerbs])})`),
  [...workNouns, ...workNounsPlural],
);
const presence = phrasesRegex(presenceReferences);
/** "in that memo you hold burn multiple under 1.5x", "in the talk you say…": a work of theirs and what they hold in it. */
const inWorkYou = gated(wordRegex(`(?:in|from)\\s{1,3}(?:that|the|this|your|ur)\\s{1,3}${NOUN}\\s{1,3}${YOU}\\s{1,3}\\p{L}{2,}`), [
  'in',
  'from',
]);
/** "Loved the playbook", "I read the piece on reverse trials": their work without "your". */
const seenThe = gated(
  wordRegex(`(?:${alt(readingVerbs)})\\s{1,3}(?:the|that|this)\\s{1,3}${gap(3)}(?:${alt(workNouns)})(?![\\p{L}\\p{N}])`),
  readingVerbs,
);
const numbered = gated(wordRegex(`(?:in|on|from|at)\\s{1,3}(?:${alt(numberedParts)})\\s{1,3}(?:#\\s?)?\\d{1,4}`), [
  'in',
  'on',
  'from',
  'at',
]);
/** "issue #112 of Retention Notes", "chapter 4 of your book": a numbered part of a named whole. */
const PARTS_OF_WHOLES = ['issue', 'episode', 'ep', 'chapter', 'season', 'lesson', 'module', 'part'];
const partOf = gated(
  wordRegex(`(?:${alt(PARTS_OF_WHOLES)})\\s{1,3}(?:#\\s?)?\\d{1,4}\\s{1,3}of\\s{1,3}\\p{L}[\\p{L}\\p{N}-]*`),
  PARTS_OF_WHOLES,
);

const determiners = new Set(['the', 'that', 'this', 'a', 'an']);

/**
 * Each "the <kind of work> you <made or said>" of `doc` ("the Monetization Playbook you wrote"),
 * as a work reference whose name runs from the determiner to the noun.
 */
export function findMadeWorkReferences(doc: Doc): WorkReference[] {
  const found: WorkReference[] = [];
  for (const span of findAll(doc, nounThenMade)) {
    const noun = tokenIndexAt(doc, span.start);
    const nounToken = doc.tokens[noun];
    if (!nounToken) continue;
    let owner = -1;
    for (let i = noun - 1; i >= 0 && i >= noun - MAX_GAP; i--) {
      const t = doc.tokens[i] as Token;
      if (t.sentence !== nounToken.sentence) break;
      if (t.kind === 'word' && determiners.has(t.lower)) {
        owner = i;
        break;
      }
      if ((t.kind === 'punct' && !QUOTES.test(t.text)) || stops.has(t.lower)) break;
    }
    if (owner >= 0)
      found.push({ start: (doc.tokens[owner] as Token).start, end: nounToken.end, kind: nounToken.lower, possessive: owner, noun });
  }
  return found;
}

/** Where `doc` quotes or points at something they said or made ("you mentioned", "you wrote"). */
export function findSaidReferences(doc: Doc): Span[] {
  // "before you wrote it": a verb whose only object is a pronoun points at nothing named.
  return findAll(doc, said).filter((s) => !/^\s{1,3}(?:it|them)(?![\p{L}])/u.test(doc.lower.slice(s.end, s.end + 8)));
}

/** Every span of `doc` that ties the ask to a specific piece of their work; one completed by a blank ("your talk on [Topic]") names none. */
export function findReferences(doc: Doc): Span[] {
  return memo(doc, 'references', () => collectReferences(doc));
}

function collectReferences(doc: Doc): Span[] {
  return [
    ...findWorkReferences(doc),
    ...findSaidReferences(doc),
    ...findAll(doc, madeThen),
    ...findAll(doc, nounThenMade),
    ...findAll(doc, presence),
    ...findAll(doc, inWorkYou),
    ...findAll(doc, seenThe),
    ...findAll(doc, numbered),
    ...findAll(doc, partOf),
    ...findNamedWorks(doc),
  ]
    .filter((span) => !standsForBlank(doc, span))
    .sort((a, b) => a.start - b.start);
}
