import {
  artefactNouns,
  behaviourNouns,
  behaviourVerbs,
  contentNouns,
  genericEvaluations,
  judgementVerbs,
  looseTime,
  modals,
  months,
  notAlternatives,
  notOccasionModifiers,
  notPossessives,
  occasionBoundaries,
  occasionDeterminers,
  occasionNouns,
  oneOffActs,
  particularModifiers,
  perceptionExclusions,
  perceptionVerbs,
  pointInTime,
  selfBehaviourQuestions,
  stateVerbs,
  traitBlockers,
  traitLeadIns,
  traits,
  viewPhrases,
  weekdays,
} from '../../data/feedback.js';
import { perDoc } from '../../engine/memo.js';
import { firstTokenAtOrAfter } from '../../engine/positions.js';
import type { Doc, Span, Token } from '../../engine/types.js';
import { wordsAfter, wordsBefore } from '../../engine/words-around.js';
import { find, findAt, lexicon, wordSet } from './lexicon.js';

/** A span with the words it covers and what kind of thing it names. */
export interface Found extends Span {
  text: string;
  /** Event: `occasion` (a named meeting) or `time`; focus: `trait`, `behaviour` (a noun) or `action` (a verb). */
  kind?: 'occasion' | 'time' | 'trait' | 'behaviour' | 'action';
}

/** What a feedback request holds: the occasion, the traits or behaviours, the question and the contrast. */
export interface RequestReading {
  /** The particular occasion ("Tuesday's roadmap review"), if any. */
  event: Found | undefined;
  /** Traits and behaviours named, in text order. */
  focus: Found[];
  /** Where it asks how the writer came across, if it does. */
  subjective: Found | undefined;
  /** The "or" that joins two named alternatives, if any. */
  contrast: Found | undefined;
}

const CLAUSE_STOPS = ',;:.!?()"';
const weekdayRe = lexicon(weekdays);
const pointRe = lexicon(pointInTime);
const looseRe = lexicon(looseTime);
const monthAlt = months.join('|');
const dateRe = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:${monthAlt})\\.?\\s{1,3}\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\s{1,3}(?:of\\s{1,3})?(?:${monthAlt}))(?![\\p{L}\\p{N}])`,
  'gu',
);
const occasionRe = lexicon(occasionNouns);
const actRe = lexicon(oneOffActs);
const traitRe = lexicon(traits);
const behaviourNounRe = lexicon(behaviourNouns);
const behaviourVerbRe = lexicon(behaviourVerbs);
const perceptionRe = lexicon(perceptionVerbs);
const perceptionExclusionRe = lexicon(perceptionExclusions);
const stateRe = lexicon(stateVerbs);
const judgementRe = lexicon(judgementVerbs);
const viewRe = lexicon(viewPhrases);
const selfBehaviourRe = lexicon(
  selfBehaviourQuestions.leads.flatMap((lead) => selfBehaviourQuestions.behaviours.map((b) => `${lead} ${b}`)),
);

const determiners = new Set(occasionDeterminers);
/** "wednesdays exec review", "yesterdays demo": possessives typed without the apostrophe. */
const unmarkedPossessives = new Set([...weekdays, 'today', 'yesterday', 'tonight', 'tomorrow'].map((w) => `${w}s`));
const nonPossessives = new Set(notPossessives);
const recurring = new Set(notOccasionModifiers);
const particular = new Set(particularModifiers);
const boundaries = new Set(occasionBoundaries);
const artefacts = new Set(artefactNouns);
const leadIns = wordSet(traitLeadIns);
const generic = wordSet(genericEvaluations);
const blockers = new Set(traitBlockers);
const contents = new Set(contentNouns);
const modalWords = new Set(modals.flatMap((m) => [m, `${m}n't`]));
const nonAlternatives = new Set(notAlternatives);
const SELF = new Set(['i', 'me', 'my', "i'm", 'im', "i've", "i'd", 'myself']);
const SUBJECTS = new Set([...SELF, 'it', 'that', 'this']);
const JUDGES = new Set(['you', 'people', 'others', 'they', 'team', 'everyone', 'anyone', 'folks', 'room', 'he', 'she', 'we']);
const PREPOSITIONS = new Set(['of', 'about', 'to', 'for', 'on', 'with', 'in', 'at', 'during', 'from']);

const found = (doc: Doc, start: number, end: number, kind?: Found['kind']): Found =>
  kind ? { start, end, text: doc.text.slice(start, end), kind } : { start, end, text: doc.text.slice(start, end) };
const firstWord = (doc: Doc, offset: number): Token | undefined => wordsAfter(doc, offset, 1, CLAUSE_STOPS)[0];

/** A particular occasion: a point in time, or a meeting named with "the", "our" or a possessive. */
function findEvent(doc: Doc): Found | undefined {
  const days = find(doc, weekdayRe);
  const points = find(doc, pointRe);
  const dates = findAt(doc, dateRe);
  const looses = find(doc, looseRe);
  const anchors = [...days, ...points, ...dates, ...looses];
  const occasion = compounds(doc, find(doc, occasionRe))
    .map((span) => occasionPhrase(doc, span))
    .find((f) => f !== undefined);
  if (occasion) {
    const next = anchors.find(
      (a) => a.start >= occasion.end && /^(?:\s{1,3}(?:on|last|this)?\s{0,3})$/.test(doc.text.slice(occasion.end, a.start)),
    );
    return next ? found(doc, occasion.start, next.end, 'occasion') : occasion;
  }
  const weekday = days.find((s) => !['every', 'each'].includes(wordsBefore(doc, s.start, 1)[0]?.lower ?? ''));
  const anchor = weekday ?? points[0] ?? dates[0];
  if (anchor) {
    const lead = wordsBefore(doc, anchor.start, 1, CLAUSE_STOPS)[0];
    return found(doc, lead && ['last', 'this', 'next', 'on'].includes(lead.lower) ? lead.start : anchor.start, anchor.end, 'time');
  }
  const loose = looses[0];
  if (loose && find(doc, actRe).some((act) => wordsBefore(doc, act.start, 2).some((w) => w.lower === 'i'))) {
    return found(doc, loose.start, loose.end, 'time');
  }
  return undefined;
}

/** Joins occasion nouns that follow each other ("planning session", "launch go/no-go meeting") into one. */
function compounds(doc: Doc, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const last = out.at(-1);
    if (last && /^[\s-]{1,3}$/.test(doc.text.slice(last.end, span.start))) last.end = span.end;
    else out.push({ ...span });
  }
  return out;
}

/** The phrase "determiner … occasion noun" ending at `span`, when the occasion is a particular one. */
function occasionPhrase(doc: Doc, span: Span): Found | undefined {
  const next = firstWord(doc, span.end);
  if (next && artefacts.has(next.lower)) return undefined;
  let seenParticular = false;
  for (const word of wordsBefore(doc, span.start, 4, CLAUSE_STOPS)) {
    const w = word.lower;
    if (
      determiners.has(w) ||
      (unmarkedPossessives.has(w) && !['on', 'every', 'most', 'some', 'all'].includes(wordsBefore(doc, word.start, 1)[0]?.lower ?? ''))
    ) {
      return found(doc, word.start, span.end, 'occasion');
    }
    if (w.endsWith("'s") && !nonPossessives.has(w)) {
      const lead = wordsBefore(doc, word.start, 1, CLAUSE_STOPS)[0];
      const start = lead && ['this', 'last', 'next', 'that'].includes(lead.lower) ? lead.start : word.start;
      return found(doc, start, span.end, 'occasion');
    }
    if ((w === 'a' || w === 'an') && seenParticular) return found(doc, word.start, span.end, 'occasion');
    if (recurring.has(w) || boundaries.has(w)) return undefined;
    if (particular.has(w)) seenParticular = true;
  }
  return undefined;
}

/** Traits and behaviours named in the text (excluding "your honest view", "I'm curious how…"). */
function findFocus(doc: Doc, perceived: Span[]): Found[] {
  const out: Found[] = [];
  const nouns = new Set(find(doc, behaviourNounRe).map((s) => s.start));
  for (const span of [...find(doc, traitRe), ...find(doc, behaviourNounRe)]) {
    const before = wordsBefore(doc, span.start, 2, CLAUSE_STOPS);
    const prev = before[0]?.lower ?? '';
    const next = firstWord(doc, span.end)?.lower ?? '';
    if (prev === 'your' || before.some((w) => w.lower === 'be') || blockers.has(next)) continue;
    if (['i', 'we', 'you', 'they'].includes(prev)) continue;
    if (['how', 'whether', 'if', 'what', 'which', 'to', 'about'].includes(next) && ["i'm", 'im', 'am'].includes(prev)) continue;
    out.push(found(doc, span.start, span.end, nouns.has(span.start) ? 'behaviour' : 'trait'));
  }
  for (const span of find(doc, behaviourVerbRe)) {
    if (wordsBefore(doc, span.start, 3, CLAUSE_STOPS).some((w) => SELF.has(w.lower))) out.push(found(doc, span.start, span.end, 'action'));
  }
  for (const p of perceived) {
    const trait = traitAfter(doc, p.end);
    if (trait) out.push(trait);
  }
  return dedupe(out);
}

/** The word that says how one came across, after a perception verb ("… as too salesy"). */
function traitAfter(doc: Doc, offset: number): Found | undefined {
  for (const word of wordsAfter(doc, offset, 6, CLAUSE_STOPS)) {
    if (leadIns.has(word.lower)) continue;
    if (generic.has(word.lower) || boundaries.has(word.lower) || word.kind !== 'word') return undefined;
    return found(doc, word.start, word.end, 'trait');
  }
  return undefined;
}

/** Perception verbs said of oneself ("did I seem", "how did my tone land", "did it feel"). */
function perceptions(doc: Doc): Span[] {
  const excluded = new Set(find(doc, perceptionExclusionRe).map((s) => s.start));
  return find(doc, perceptionRe).filter((span) => {
    if (excluded.has(span.start)) return false;
    const before = wordsBefore(doc, span.start, 8);
    const subject = before.findIndex((w) => SUBJECTS.has(w.lower));
    if (subject < 0) {
      const noun = /^(impressions?|vibes?)$/.test(doc.lower.slice(span.start, span.end));
      return noun && wordsAfter(doc, span.end, 4).some((w) => SELF.has(w.lower));
    }
    if (before[subject]?.lower !== 'my') return true;
    for (let i = subject - 1; i >= 0; i--) {
      const w = (before[i] as Token).lower;
      if (PREPOSITIONS.has(w)) break;
      if (contents.has(w)) return false;
    }
    return true;
  });
}

/** Where the text asks how the writer came across, or undefined. */
function findSubjective(doc: Doc, perceived: Span[]): Found | undefined {
  const traitStarts = new Set(find(doc, traitRe).map((s) => s.start));
  const candidates: Span[] = [...perceived, ...find(doc, selfBehaviourRe)];
  for (const span of find(doc, viewRe)) {
    const after = wordsAfter(doc, span.end, 2);
    const content = doc.lower.slice(span.end - 2, span.end) === 'my' && after.some((w) => contents.has(w.lower));
    if (!content) candidates.push(span);
  }
  for (const span of find(doc, stateRe)) {
    const trait = wordsAfter(doc, span.end, 5, CLAUSE_STOPS).find((w) => !leadIns.has(w.lower));
    if (trait && traitStarts.has(trait.start)) candidates.push(span);
  }
  for (const span of find(doc, judgementRe)) {
    const judge = wordsBefore(doc, span.start, 1)[0]?.lower ?? '';
    const after = wordsAfter(doc, span.end, 3, CLAUSE_STOPS).filter((w) => w.lower !== 'that' && w.lower !== 'like');
    const self = after[0]?.lower ?? '';
    if (JUDGES.has(judge) && (self === 'my' || (self === 'i' && !modalWords.has(after[1]?.lower ?? '')))) candidates.push(span);
  }
  for (const span of statesOfMyBehaviour(doc, traitStarts)) candidates.push(span);
  const first = candidates.sort((a, b) => a.start - b.start)[0];
  return first ? found(doc, first.start, first.end) : undefined;
}

/** "was my tone too sharp?": a behaviour of mine and a trait. */
function statesOfMyBehaviour(doc: Doc, traitStarts: Set<number>): Span[] {
  const out: Span[] = [];
  for (const span of find(doc, behaviourNounRe)) {
    const before = wordsBefore(doc, span.start, 2, CLAUSE_STOPS).map((w) => w.lower);
    if (before[0] !== 'my' || !['was', 'is', 'were', 'are'].includes(before[1] ?? '')) continue;
    const trait = wordsAfter(doc, span.end, 5, CLAUSE_STOPS).find((w) => !leadIns.has(w.lower));
    if (trait && traitStarts.has(trait.start)) out.push(span);
  }
  return out;
}

/** An "or" (or "vs", "rather than") in a sentence that names a focus, followed by a named alternative. */
function findContrast(doc: Doc, focus: Found[]): Found | undefined {
  const sentences = new Set(focus.map((f) => doc.tokens[firstTokenAtOrAfter(doc, f.start)]?.sentence));
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i] as Token;
    if (!sentences.has(t.sentence)) continue;
    const next = doc.tokens[i + 1];
    let joiner: Token | undefined;
    if (['or', 'vs', 'versus'].includes(t.lower)) joiner = t;
    else if (['rather', 'instead'].includes(t.lower) && ['than', 'of'].includes(next?.lower ?? '')) joiner = next;
    if (!joiner) continue;
    const alternative = wordsAfter(doc, joiner.end, 1, CLAUSE_STOPS)[0];
    if (alternative && !nonAlternatives.has(alternative.lower)) return found(doc, t.start, alternative.end);
  }
  return undefined;
}

function dedupe(spans: Found[]): Found[] {
  const sorted = spans.sort((a, b) => a.start - b.start || b.end - a.end);
  return sorted.filter((s, i) => i === 0 || s.start >= (sorted[i - 1] as Found).end);
}

/** Reads a feedback request once per parsed text; every rule of the check shares the reading. */
export const readRequest = perDoc((doc: Doc): RequestReading => {
  const perceived = perceptions(doc);
  const focus = findFocus(doc, perceived);
  return { event: findEvent(doc), focus, subjective: findSubjective(doc, perceived), contrast: findContrast(doc, focus) };
});
