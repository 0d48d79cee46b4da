/**
 * Where a message asks about the recipient's career: their path, their journey, how they got
 * where they are. The first contact fails on it (`career-path`), a follow-up that adds one makes a
 * new ask, and a career question is not also a vague one.
 */
import {
  careerBackReferences,
  careerMoveGerunds,
  careerMoveVerbs,
  careerPhrases,
  careerReachBare,
  careerReachVerbs,
  careerRetrospectives,
  careerRiseVerbs,
  careerRoleWords,
  careerStatementVerbs,
  careerStepNouns,
  careerStepVerbs,
  roleWordFollowersNotCareer,
  trajectoryNouns,
} from '../../data/ask.js';
import { findAll } from '../../engine/match.js';
import { memo } from '../../engine/memo.js';
import { tokenIndexAt } from '../../engine/positions.js';
import type { Doc, Span } from '../../engine/types.js';
import {
  alt,
  END,
  gap,
  gated,
  isDenied,
  onePerSentence,
  requestedMatches,
  requestSentences,
  SPELLED,
  sentenceIndexAt,
  wordRegex,
} from './request-language.js';

/** Product terms that reuse career words ("your journey map", "your path to activation"). */
const NOT_CAREER =
  '(?!\\s{1,3}(?:map|maps|mapping|mapped|stage|stages|step|steps|analytics|data|framework|model|to activation|to value|to pmf|to product-market))';
const phrases = gated(wordRegex(`(?:${alt(careerPhrases)})(?![\\p{L}\\p{N}])${NOT_CAREER}`), careerPhrases);
const retrospective = gated(wordRegex(`(?:${alt(careerRetrospectives)})(?![\\p{L}\\p{N}])`), careerRetrospectives);
/** A role word that names a career, not a product term ("product team", not "product market fit"). */
const ROLE = `(?:${alt(careerRoleWords)})(?![\\p{L}\\p{N}-])(?!\\s{1,3}(?:${alt(roleWordFollowersNotCareer)})${END})`;
/** "How did you go from engineering into product?": a move between roles, said of them. */
const move = gated(
  wordRegex(
    `(?:how|when|why)\\s{1,3}(?:(?:did|do|have|had)\\s{1,3})?${alt(['you'])}\\s{1,3}(?:(?:first|originally|ever|even|eventually|actually|finally|initially)\\s{1,3})?(?:${alt(careerMoveVerbs)})\\s{1,3}(?:from|into|in to|to|towards|toward|over to|out of|up to)\\s{1,3}${gap(3)}${ROLE}`,
  ),
  ['how', 'when', 'why'],
);

/** "from <where they were> to <a role>": the start is no number ("from 5 to 50 PMs" is growth, not a career). */
const FROM_TO_ROLE = `from\\s{1,3}(?![\\p{N}$£€])${gap(4)}(?:to|into|in\\s{1,3}to|towards|toward|over\\s{1,3}to)\\s{1,3}${gap(3)}${ROLE}`;
const YOU = alt(['you']);
/**
 * "the road from the classroom to running a product team", "going from IC to manager", "what the
 * road looked like for you from forklift driver to head of product".
 */
const trajectory = gated(
  wordRegex(
    `(?:(?:${alt(trajectoryNouns)})|(?:${alt(careerMoveGerunds)}))\\s{1,3}(?:${gap(3)}for\\s{1,3}${alt(['you'])}\\s{1,3})?${FROM_TO_ROLE}`,
  ),
  [...trajectoryNouns, ...careerMoveGerunds],
);
/** "the steps you took to reach Director", "the moves you made to become a VP", "which steps did you take to reach this position". */
const steps = gated(
  wordRegex(
    `(?:${alt(careerStepNouns)})\\s{1,3}(?:(?:that|which)\\s{1,3})?(?:(?:did|do|have|had)\\s{1,3})?${YOU}(?:'ve|\\s{1,3}have|\\s{1,3}had)?\\s{1,3}(?:${alt(careerStepVerbs)})\\s{1,3}(?:(?:in\\s{1,3}order\\s{1,3})?to\\s{1,3}(?:${alt(careerReachVerbs)})|on\\s{1,3}(?:the|${alt(['your'])})\\s{1,3}way\\s{1,3}(?:up\\s{1,3})?to)\\s{1,3}${gap(3)}${ROLE}`,
  ),
  careerStepNouns,
);
/** "how did you reach Director of Product", "how did you rise to VP", "what did it take for you to become a VP". */
const reached = gated(
  wordRegex(
    `(?:(?:how|when)\\s{1,3}(?:(?:did|do|have|had)\\s{1,3})?${YOU}|(?:take|took|taken)\\s{1,3}(?:${YOU}|for\\s{1,3}${YOU})\\s{1,3}to)\\s{1,3}(?:(?:first|finally|even|eventually|actually|ultimately)\\s{1,3})?(?:(?:${alt(careerRiseVerbs)})\\s{1,3}${gap(3)}|(?:${alt(careerReachBare)})\\s{1,3})${ROLE}`,
  ),
  ['how', 'when', 'take', 'took', 'taken'],
);
/** "You went from support lead to CPO", "your move from design into PM": a career move described. */
const described = gated(
  wordRegex(
    `(?:${YOU}(?:'ve|\\s{1,3}have|\\s{1,3}had)?\\s{1,3}(?:(?:${alt(['first', 'then', 'once', 'famously', 'eventually', 'actually', 'quickly', 'really', 'somehow'])})\\s{1,3})?(?:${alt(careerStatementVerbs)})|${alt(['your'])}\\s{1,3}(?:${alt(trajectoryNouns)}))\\s{1,3}${FROM_TO_ROLE}`,
  ),
  [...(SPELLED.you ?? []), ...(SPELLED.your ?? [])],
);
/** "that jump", "this switch": a question pointing back to the move just described, not to a named change ("that move to usage pricing"). */
const backReference = gated(
  wordRegex(
    `(?:that|this|the|such\\s{1,3}a|${alt(['your'])})\\s{1,3}(?:(?:big|huge|career|massive|bold|whole|kind\\s{1,3}of|particular)\\s{1,3})?(?:${alt(careerBackReferences)})${END}(?!\\s{1,3}(?:to|from|of|in|on|into|at|for|with)${END})`,
  ),
  ['that', 'this', 'the', 'such', ...(SPELLED.your ?? [])],
);
/** Sentences after a described move in which a question may still point back to it. */
const BACK_REFERENCE_REACH = 2;

/** For each sentence, whether it holds "you" (or its chat spellings) as a word: a question about them. */
function youSentences(doc: Doc): boolean[] {
  const you = new Set(SPELLED.you);
  const flags = doc.sentences.map(() => false);
  for (const t of doc.tokens) if (you.has(t.lower)) flags[t.sentence] = true;
  return flags;
}

/** Requests that point back ("how did you make that jump?") to a career move described in the same sentence or just before. */
function pointingBack(doc: Doc, requests: readonly boolean[]): Span[] {
  const moves = findAll(doc, described).filter((s) => !isDenied(doc, s.start));
  if (moves.length === 0) return [];
  const first = sentenceIndexAt(doc, (moves[0] as Span).start);
  const movedIn = new Set(moves.map((s) => sentenceIndexAt(doc, s.start)));
  return requestedMatches(doc, backReference, requests).filter((s) => {
    const sentence = sentenceIndexAt(doc, s.start);
    if (sentence < first) return false;
    for (let k = sentence; k >= sentence - BACK_REFERENCE_REACH; k--) if (movedIn.has(k)) return true;
    return false;
  });
}

/** True when the move at `start` is the writer's: "as I move from …", "my move from …", "we switched from …". */
function ownMove(doc: Doc, start: number): boolean {
  const at = tokenIndexAt(doc, start);
  const before = doc.tokens[at - 1];
  return before !== undefined && before.sentence === doc.tokens[at]?.sentence && OWN.test(before.lower);
}
const OWN = /^(?:i|i'm|im|we|we're|my|our|i've|we've|ive)$/;

/**
 * Where a request of `doc` asks about the recipient's own career path: "your journey", "how
 * did you go from engineering into product", "what got you where you are", "the steps you
 * took to reach Director", "what did the road from teaching to PM look like for you?", or a
 * question pointing back to a move just described ("You went from support to CPO. How did
 * you make that jump?"). The sender's path ("my product journey") does not count. Shared with
 * the follow-up stage.
 */
export function findCareerQuestions(doc: Doc): Span[] {
  return memo(doc, 'career', () => onePerSentence(doc, [...findCareerSpans(doc)]));
}

/**
 * Every span of `doc` that asks about their career, several per sentence ("how did you make the
 * jump …, and what would you do differently if you started again?"), so another rule can tell
 * a clause that is part of the career question from one that asks something else.
 */
export function findCareerSpans(doc: Doc): readonly Span[] {
  return memo(doc, 'career-spans', () => collectCareerSpans(doc));
}

function collectCareerSpans(doc: Doc): Span[] {
  const requests = requestSentences(doc);
  const you = youSentences(doc);
  const spans = [
    ...requestedMatches(doc, phrases, requests),
    ...requestedMatches(doc, move, requests),
    // "mentor me as I move from depot manager into product": the writer's own move is not their path.
    ...requestedMatches(doc, trajectory, requests).filter((s) => you[sentenceIndexAt(doc, s.start)] === true && !ownMove(doc, s.start)),
    ...requestedMatches(doc, steps, requests),
    ...requestedMatches(doc, reached, requests),
    ...pointingBack(doc, requests),
  ];
  // "…, and what would you do differently if you started again?" looks back on the path the sentence already asks about.
  const asked = new Set(spans.map((s) => sentenceIndexAt(doc, s.start)));
  for (const s of findAll(doc, retrospective)) if (asked.has(sentenceIndexAt(doc, s.start))) spans.push(s);
  return spans;
}
