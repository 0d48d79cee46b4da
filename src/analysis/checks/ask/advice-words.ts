/**
 * The word sets and small phrase helpers the advice finders share: what counts as an advice
 * noun, a stop word, a placeholder, an action, and which words of a text carry content.
 */
import {
  actionVerbs,
  actorWords,
  adviceNouns,
  alwaysTransitiveVerbs,
  applyingVerbs,
  causalVerbs,
  contextNouns,
  coreAdviceNouns,
  determiners,
  futureMarkers,
  futureMarkersNear,
  generalActions,
  genericModifiers,
  notAdviceAfterYour,
  nounLikeMarkers,
  phraseStops,
  placeholderNouns,
  qualifiers,
  revealingVerbs,
  subjectBlockers,
  workNouns,
} from '../../data/ask-circle-back.js';
import type { Token } from '../../engine/types.js';
import { isQuote, isWord, type UnrealMarkers, wordSet } from './loop-tokens.js';

/** Nouns that name a piece of advice ("idea", "tip", "framework"). */
export const ADVICE = wordSet(adviceNouns);
/** Advice nouns that, bare, are placeholders ("the framework"). */
export const CORE = wordSet(coreAdviceNouns);
/** Their works ("talk", "post"), which name advice only with a topic. */
export const WORKS = wordSet(workNouns);
/** Words after "your" that are not advice ("time", "reply"). */
export const NOT_ADVICE = wordSet(notAdviceAfterYour);
/** Praise and placing modifiers ("great", "last"). */
export const GENERIC = wordSet(genericModifiers);
/** Articles and demonstratives. */
export const DETERMINERS = wordSet(determiners);
/** Prepositions that attach a topic ("on", "about"). */
export const QUALIFIERS = wordSet(qualifiers);
/** Words that end a noun phrase. */
export const STOPS = wordSet(phraseStops);
/** Nouns that name nothing on their own ("project", "team"). */
export const PLACES = wordSet(placeholderNouns);
/** Nouns of places where advice is applied ("launch", "page"). */
export const SETTINGS = wordSet(contextNouns);
/** Verbs of a concrete change ("moved", "cut"). */
export const ACTIONS = wordSet(actionVerbs);
/** Verbs that only say advice was used ("applied", "tried"). */
export const APPLYING = wordSet(applyingVerbs);
/** Changes specific enough to stand for the advice when the writer reports them. */
export const REPORTED: ReadonlySet<string> = new Set([...ACTIONS].filter((w) => !wordSet(generalActions).has(w)));
/** Verbs whose subject is the thing done ("the cap *raised* revenue"). */
export const CAUSAL = wordSet(causalVerbs);
/** Causal verbs that always take an object, so a number after them is one ("got 14 customers to …"). */
export const ALWAYS_TRANSITIVE = wordSet(alwaysTransitiveVerbs);
/** Verbs that reveal ("the survey *showed* …"). */
export const REVEALING = wordSet(revealingVerbs);
/** "I", "we" and their forms. */
export const ACTORS = wordSet(actorWords);
/** Words that cannot open a causal subject. */
export const SUBJECT_BLOCKERS = wordSet(subjectBlockers);
/** Markers of the future or the conditional. */
export const FUTURE: UnrealMarkers = {
  immediate: wordSet(futureMarkers),
  near: wordSet(futureMarkersNear),
  nounLike: wordSet(nounLikeMarkers),
};
/** "your" and its chat spellings. */
export const YOUR: ReadonlySet<string> = new Set(['your', 'ur', 'yr']);
/** Objects that name nothing ("it", "you"). */
export const PRONOUN_OBJECTS: ReadonlySet<string> = new Set(['you', 'me', 'it', 'us', 'them', 'know', 'him', 'her', 'this', 'that']);

/** End offset of the noun phrase from token `from` (quoted words kept whole), before a stop word or punctuation. */
export function phraseEnd(tokens: Token[], from: number): number {
  let end = from;
  let quoted = isQuote(tokens[from]);
  for (let k = from + 1; k < tokens.length && k - from < 14; k++) {
    const t = tokens[k] as Token;
    if (isQuote(t)) quoted = !quoted;
    else if (!quoted && (!isWord(t) || STOPS.has(t.lower))) break;
    end = k;
  }
  return (tokens[end] as Token).end;
}

/** End offset of the clause that runs from token `from`: at most ten words, up to punctuation or a conjunction. */
export function clauseEnd(tokens: Token[], from: number): number {
  let end = from;
  while (end + 1 < tokens.length && end - from < 10 && !/^(?:[,;:.!?]|and|but|so|which)$/.test((tokens[end + 1] as Token).lower)) end += 1;
  return (tokens[end] as Token).end;
}

/** Words of `text` that carry content: not stop words, placeholders, praise, advice nouns or pronouns. */
export function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'%-]*/gu) ?? []).filter(
    (w) =>
      !STOPS.has(w) &&
      !PLACES.has(w) &&
      !GENERIC.has(w) &&
      !ADVICE.has(w) &&
      !APPLYING.has(w) &&
      !PRONOUN_OBJECTS.has(w) &&
      !DETERMINERS.has(w),
  );
}

/** Particles and prepositions between a verb of change and what it changed. */
const VERB_LINKS = /^(?:to|into|onto|from|off|away|out|up|down|over|back|on|in)$/;

const actionsBySentence = new WeakMap<Token[], number[]>();

/**
 * True when the sentence holds a concrete action outside the advice name ("… and moved the
 * prompt"). The actions of a sentence are found once, so long sentences stay linear.
 */
export function describesAction(tokens: Token[], except: number): boolean {
  let actions = actionsBySentence.get(tokens);
  if (!actions) {
    actions = [];
    for (let k = 0; k < tokens.length && actions.length < 2; k++) {
      // A verb of change, or any past form after "I"/"we"/"and" ("I took your advice and pre-filled the step").
      const word = (tokens[k] as Token).lower;
      const pastAfterActor =
        /\p{L}{3}ed$/u.test(word) && !APPLYING.has(word) && /^(?:i|we|and|then|i've|we've)$/.test(tokens[k - 1]?.lower ?? '');
      // "we now count the first reconciled account as activation", "the PM now speaks last": what is done now.
      const nowDone =
        tokens[k - 1]?.lower === 'now' &&
        /^\p{L}{3,}$/u.test(word) &&
        (/^(?:i|we)$/.test(tokens[k - 2]?.lower ?? '') || /\p{L}{2}s$/u.test(word));
      if (!ACTIONS.has(word) && !pastAfterActor && !nowDone) continue;
      // "it gave good results": what the advice did is its result, not something the writer did;
      // "things are moving in the right direction" is a state, unless the writer is the one moving something.
      if (/^(?:it|this|that|which)$/.test(tokens[k - 1]?.lower ?? '')) continue;
      if (/ing$/.test(word) && /^(?:is|are|was|were)$/.test(tokens[k - 1]?.lower ?? '') && !/^(?:i|we)$/.test(tokens[k - 2]?.lower ?? ''))
        continue;
      // "moved to a 4-week window", "switched over to weekly demos": a particle or preposition may come first.
      let o = VERB_LINKS.test(tokens[k + 1]?.lower ?? '') ? k + 2 : k + 1;
      if (/^(?:a|an|the|our|my)$/.test(tokens[o]?.lower ?? '')) o += 1;
      // "moved the 'best of the archive' email": a quoted name is the object.
      if (tokens[o]?.kind === 'punct' && /^["'\u2018\u201c`]$/.test(tokens[o]?.text ?? '')) o += 1;
      const object = tokens[o];
      // "used your model" applies their advice; only a change to something else names what was done.
      if (
        isWord(object) &&
        !PRONOUN_OBJECTS.has(object.lower) &&
        !PLACES.has(object.lower) &&
        !STOPS.has(object.lower) &&
        !YOUR.has(object.lower)
      )
        actions.push(k);
    }
    actionsBySentence.set(tokens, actions);
  }
  return actions.some((k) => k !== except);
}
