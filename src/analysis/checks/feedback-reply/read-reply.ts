import {
  acceptance,
  approvalBlockers,
  approvalIntensifiers,
  blameablePeople,
  blamePhrases,
  commitments,
  concessives,
  contradictPhrases,
  contradictSoftPhrases,
  denialLeadIns,
  deniedBehaviours,
  deniedTraits,
  excuseLeadIns,
  excuseStates,
  fillerAdverbs,
  gratitudeWords,
  justifyPhrases,
  justifySoftPhrases,
  maxClauseChars,
  minimisePhrases,
  minimiseSoftPhrases,
  notConcessives,
  notDefensive,
  notGratitude,
  pastParticiples,
  selfApproval,
} from '../../data/feedback.js';
import { isNegated } from '../../engine/is-negated.js';
import { perDoc } from '../../engine/memo.js';
import type { Doc, Span, Token } from '../../engine/types.js';
import { overlapsAny, sentenceOf, startsWithin, wordsAfter, wordsBefore } from '../../engine/words-around.js';
import { find, findAt, findLoose, type Lexicon, lexicon } from '../feedback-request/lexicon.js';

/** What a defensive phrase does to the feedback. */
export type DefenceKind = 'justifies' | 'contradicts' | 'blames' | 'minimises' | 'qualifies';

/** One defensive move: the cue that shows it and what it does. */
export interface Defence extends Span {
  kind: DefenceKind;
  cue: string;
}

/** What a reply to feedback holds: its defensive moves, its thanks and its commitments. */
export interface ReplyReading {
  defences: Defence[];
  thanks: Span[];
  /** The first "I'll …" commitment outside the defensive parts, without its final punctuation. */
  commitment: string | undefined;
}

const cross = (leads: readonly string[], tails: readonly string[]) => leads.flatMap((l) => tails.map((t) => `${l} ${t}`));

const strong: Array<[DefenceKind, Lexicon]> = [
  ['justifies', lexicon(justifyPhrases)],
  ['contradicts', lexicon([...contradictPhrases, ...cross(denialLeadIns.trait, deniedTraits)])],
  ['contradicts', lexicon(cross(denialLeadIns.behaviour, deniedBehaviours))],
  ['blames', lexicon(blamePhrases)],
  ['minimises', lexicon(minimisePhrases)],
];
const soft: Array<[DefenceKind, Lexicon]> = [
  ['justifies', lexicon(justifySoftPhrases)],
  ['justifies', lexicon(cross(excuseLeadIns, excuseStates))],
  ['contradicts', lexicon(contradictSoftPhrases)],
  ['minimises', lexicon(minimiseSoftPhrases)],
];
const approvalRe = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:i|it|that|this|we|everything|the [\\p{L}-]{1,20}) (?:was|were|went)(?: (?:${approvalIntensifiers.join('|')}))? (?:${[
    ...selfApproval,
  ]
    .sort((a, b) => b.length - a.length)
    .join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);
const reframeRe = /(?<![\p{L}\p{N}])i (?:was|am|'m)(?: being)? [\p{L}-]{2,20},? not (?:being )?[\p{L}-]{2,20}/gu;
const concessiveRe = lexicon(concessives);
const notDefensiveRe = lexicon(notDefensive);
const notConcessiveRe = lexicon(notConcessives);
const acceptanceRe = lexicon(acceptance);
const gratitudeRe = lexicon(gratitudeWords);
const notGratitudeRe = lexicon(notGratitude);
const commitmentRe = lexicon(commitments);
const fillers = new Set(fillerAdverbs);
const shouldHaveRe = lexicon(['should have', "should've", 'shouldve', 'could have', "could've", 'couldve', 'ought to have']);
/** Who else can be blamed for what they should have done. */
const OTHERS = new Set(blameablePeople);
const NOT_PEOPLE = new Set(['i', 'it', 'that', 'this', 'there', 'which', 'what', 'we', 'you', 'who', 'thanks', 'thank']);
const PAST = new Set(pastParticiples);
/** "I started it", "I kept interrupting": owning it, not blaming. */
const SELF_SUBJECTS = new Set(['i', "i'm", "i've", 'me', 'myself']);
const AFTER_APPROVAL_BLOCKERS = new Set(approvalBlockers);
/** Acceptance markers that are only thanks: they do not cancel a justification in the same sentence. */
const THANKS = /^(?:thank|thanks|appreciate|grateful)/;
/** Longest clause read after a cue, so a text without punctuation stays linear. */
const MAX_CLAUSE = maxClauseChars;
const CLAUSE_END = /[.!?;:\n]/;

/** The rest of the clause after `offset`: up to the end of its sentence or a ";" or ":". */
function clauseAfter(doc: Doc, offset: number): Span {
  const end = Math.min(Math.max(sentenceOf(doc, offset).end, offset), offset + MAX_CLAUSE);
  const stop = doc.text.slice(offset, end).search(CLAUSE_END);
  return { start: offset, end: stop < 0 ? end : offset + stop };
}

const accepts = (span: Span, accepted: Span[]) => startsWithin(accepted, span.start, span.end);
const asks = (doc: Doc, span: Span) => doc.text.slice(span.end, span.end + 1) === '?';

/** Defensive moves: phrases that justify, contradict, blame or minimise, unless negated or followed by acceptance. */
function findDefences(doc: Doc): Defence[] {
  const out: Defence[] = [];
  const accepted = find(doc, acceptanceRe);
  const push = (kind: DefenceKind, span: Span) => out.push({ ...span, kind, cue: doc.text.slice(span.start, span.end) });
  for (const [kind, re] of strong) {
    for (const span of findLoose(doc, re, fillers)) {
      const self = kind === 'blames' && SELF_SUBJECTS.has(wordsBefore(doc, span.start, 1)[0]?.lower ?? '');
      if (!isNegated(doc, span.start) && !self) push(kind, span);
    }
  }
  const owned = accepted.filter((a) => !THANKS.test(doc.lower.slice(a.start, a.end)));
  for (const [kind, re] of soft) {
    for (const span of findLoose(doc, re, fillers)) {
      const sentence = sentenceOf(doc, span.start);
      if (!isNegated(doc, span.start) && !accepts(sentence, owned)) push(kind, span);
    }
  }
  for (const span of findAt(doc, approvalRe)) {
    const next = wordsAfter(doc, span.end, 1)[0]?.lower ?? '';
    if (!AFTER_APPROVAL_BLOCKERS.has(next) && !accepts(clauseAfter(doc, span.end), accepted)) push('contradicts', span);
  }
  for (const span of findAt(doc, reframeRe)) push('contradicts', span);
  out.push(...concessions(doc, accepted), ...openingDenials(doc, accepted), ...counterfactuals(doc), ...othersShould(doc));
  const masks = find(doc, notDefensiveRe);
  return dedupe(out.filter((d) => !overlapsAny(masks, d)));
}

/** "Thanks, but …": a concession whose clause brings no acceptance, question or request. */
function concessions(doc: Doc, accepted: Span[]): Defence[] {
  const excluded = find(doc, notConcessiveRe);
  const out: Defence[] = [];
  for (const span of find(doc, concessiveRe)) {
    if (overlapsAny(excluded, { start: span.start, end: span.start + 1 })) continue;
    const rest = clauseAfter(doc, span.end);
    const following = wordsAfter(doc, span.end, 2).filter((w) => w.start < rest.end).length;
    if (following === 0 && doc.lower.slice(span.start, span.end) === 'though') {
      const sentence = sentenceOf(doc, span.start);
      if (!accepts({ start: sentence.start, end: span.start }, accepted) && !asks(doc, rest)) {
        out.push({ ...span, kind: 'qualifies', cue: doc.text.slice(span.start, span.end) });
      }
      continue;
    }
    if (following < 2) continue;
    if (accepts(rest, accepted) || asks(doc, rest)) continue;
    out.push({ ...span, kind: 'qualifies', cue: doc.text.slice(span.start, span.end) });
  }
  return out;
}

/** "If the data team had delivered on time …": the cause put on someone else's past act. */
function counterfactuals(doc: Doc): Defence[] {
  const out: Defence[] = [];
  doc.tokens.forEach((t, i) => {
    if (t.lower !== 'if') return;
    const words = wordsAfter(doc, t.end, 7, ',;:.!?');
    const subject = words[0]?.lower ?? '';
    if (['i', "i'd", "i'm", 'we', "we'd", 'it', 'that', 'this', 'there', 'anything', 'so'].includes(subject)) return;
    const had = words.findIndex((w) => w.lower === 'had' || (w.lower.endsWith("'d") && w.lower !== "i'd"));
    const act = words[had + 1]?.lower ?? '';
    if (had < 0 || !(/(ed|en)$/.test(act) || PAST.has(act))) return;
    const end = (words[had + 1] as Token).end;
    out.push({ start: (doc.tokens[i] as Token).start, end, kind: 'blames', cue: doc.text.slice(t.start, end) });
  });
  return out;
}

/** "Sam should have prepared", "they could've told me": what someone else should have done. */
function othersShould(doc: Doc): Defence[] {
  const out: Defence[] = [];
  for (const span of find(doc, shouldHaveRe)) {
    const prev = wordsBefore(doc, span.start, 1)[0];
    if (!prev) continue;
    const named = /^\p{Lu}/u.test(prev.text) && !NOT_PEOPLE.has(prev.lower);
    if (named || OTHERS.has(prev.lower))
      out.push({ start: prev.start, end: span.end, kind: 'blames', cue: doc.text.slice(prev.start, span.end) });
  }
  return out;
}

/** A reply or sentence that opens with "No," / "Nope" / "Whatever": a flat denial or a brush-off. */
function openingDenials(doc: Doc, accepted: Span[]): Defence[] {
  const out: Defence[] = [];
  for (const sentence of doc.sentences) {
    const first = doc.tokens[sentence.firstToken];
    const second = doc.tokens[sentence.firstToken + 1];
    if (!first || sentence.firstToken >= sentence.endToken) continue;
    const opener =
      ['no', 'nope', 'nah', 'whatever'].includes(first.lower) && (!second || second.kind === 'punct' || first.lower === 'whatever');
    if (!opener) continue;
    const rest = clauseAfter(doc, (second ?? first).end);
    if (first.lower !== 'whatever' && accepts({ start: first.end, end: Math.max(rest.end, sentence.end) }, accepted)) continue;
    out.push({ start: first.start, end: first.end, kind: first.lower === 'whatever' ? 'minimises' : 'contradicts', cue: first.text });
  }
  return out;
}

/** Thanks in the reply, leaving out "I'd appreciate …", "no thanks" and "thanks to the CFO". */
function findThanks(doc: Doc): Span[] {
  const excluded = find(doc, notGratitudeRe);
  return find(doc, gratitudeRe).filter((span) => !overlapsAny(excluded, span) && !isNegated(doc, span.start));
}

/** The first commitment ("I'll slow down in the next review") that is not part of a defensive clause. */
function findCommitment(doc: Doc, defences: Defence[]): string | undefined {
  for (const span of find(doc, commitmentRe)) {
    const clause = clauseAfter(doc, span.start);
    if (startsWithin(defences, clause.start, clause.end)) continue;
    const words = wordsAfter(doc, span.end, 40).filter((w) => w.end <= clause.end);
    if (words.length === 0) continue;
    return doc.text.slice(span.start, (words.at(-1) as Token).end).replace(/\s+/g, ' ');
  }
  return undefined;
}

function dedupe(defences: Defence[]): Defence[] {
  const sorted = defences.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Defence[] = [];
  for (const d of sorted) {
    const last = out.at(-1);
    if (last && d.start < last.end) continue;
    out.push(d);
  }
  return out;
}

/** Reads a reply to feedback once per parsed text; both rules of the check share the reading. */
export const readReply = perDoc((doc: Doc): ReplyReading => {
  const defences = findDefences(doc);
  return { defences, thanks: findThanks(doc), commitment: findCommitment(doc, defences) };
});
