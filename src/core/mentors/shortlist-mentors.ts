import { classifySkill } from '../../analysis/checks/skill/classify-skill.js';
import { foldCase } from '../../analysis/engine/text.js';
import { AppError } from '../errors.js';
import type { Context } from '../ports.js';
import type { RowOf } from '../records/entities.js';
import { getRecord } from '../records/get-record.js';
import type { Mentor } from './schemas.js';

/** One mentor on a shortlist, with the score that ranked them and why. */
export interface ShortlistEntry {
  mentor: Mentor;
  /** 0–100; see `shortlistMentors` for the formula. */
  score: number;
  /** Why this mentor ranks here, one short sentence each. */
  reasons: string[];
  /** True when this mentor already declined for this skill gap (such entries come last). */
  declined: boolean;
}

/** Shortlists are short: ten mentors unless asked otherwise, a hundred at most. */
const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 100;
/** A tag counts as part of the gap's skill when the skill classifier is at least this sure. */
const CUE_CONFIDENCE = 0.5;
/** Points of the expertise match: naming the skill, being a cue of it, each shared word; and the cap. */
const POINTS = { namesSkill: 3, cueOfSkill: 2, perWord: 1, max: 5 } as const;
/** Weight of the expertise points, pieces of evidence that count, and the highest raw score. */
const EXPERTISE_WEIGHT = 5;
const MAX_EVIDENCE = 3;
const MAX_RAW = EXPERTISE_WEIGHT * POINTS.max + 5 + 5 + MAX_EVIDENCE;

/** Words too common to say anything about expertise. */
const STOP_WORDS = new Set(
  (
    'a an the and or but nor of to in on at for from by with about into over under as than then so too also ' +
    'i me my mine we our us you your he she they them their it its this that these those who what which why how when where ' +
    'is are was were be been being am have has had do does did done doing not no never can cannot could should would will ' +
    'shall may might must just very really more most less least get gets got getting make makes made making want wants need ' +
    'needs know knows knew think feel help some any all each much many well good better best bad new own lot lots thing ' +
    'things way ways one two skill skills gap gaps around across only even still yet again always often'
  ).split(' '),
);

/** Suffixes stripped by `stem`, longest first where one ends another. */
const SUFFIXES = [
  'ations',
  'ation',
  'ating',
  'ated',
  'ator',
  'ate',
  'ments',
  'ment',
  'ships',
  'ship',
  'ings',
  'ing',
  'ions',
  'ion',
  'ers',
  'er',
  'ies',
  'ied',
  'ed',
  'ics',
  'ic',
  'es',
  's',
  'ly',
  'y',
  'e',
];

/**
 * Reduces a lower-case word to a crude stem so that "pricing" meets "price", "experiments"
 * meets "experimentation" and "prioritize" meets "prioritisation". At most two suffixes go,
 * and a stem keeps at least three letters; the same word always gives the same stem.
 */
export function stem(word: string): string {
  // British -ise and American -ize spellings meet before any suffix goes.
  let w = word.length > 5 ? word.replace(/is(ations?|ing|e[ds]?|ers?)$/, 'iz$1') : word;
  for (let pass = 0; pass < 2; pass++) {
    const suffix = SUFFIXES.find((s) => w.endsWith(s) && w.length - s.length >= 3 && !(s === 's' && w.endsWith('ss')));
    if (!suffix) break;
    w = w.slice(0, -suffix.length);
  }
  return /([b-df-hj-np-tv-z])\1$/.test(w) ? w.slice(0, -1) : w;
}

/** The stems of the meaningful words of a text: no stop words, numbers or contractions. */
export function stemsOf(text: string): string[] {
  const words = foldCase(text)
    .split(/[^\p{L}\p{N}']+/u)
    .map((w) => w.replace(/^'+|'+$/g, '').replace(/'s$/, ''));
  const kept = words.filter((w) => w.length >= 2 && !w.includes("'") && !/^\p{N}+$/u.test(w) && !STOP_WORDS.has(w));
  return [...new Set(kept.map(stem))];
}

/** How well a mentor's expertise fits a gap: 0–5 points, and why. */
export interface ExpertiseMatch {
  points: number;
  reasons: string[];
}

/** How well a mentor's expertise tags fit a gap: its skill, then the words of its statement. */
export function matchExpertise(tags: readonly string[], gap: RowOf<'gaps'>): ExpertiseMatch {
  const skillStems = stemsOf(gap.skill.replace(/-/g, ' '));
  const statementStems = stemsOf(gap.statement).filter((s) => !skillStems.includes(s));
  const reasons: string[] = [];
  let skillPoints = 0;
  const naming = tags.find((tag) => {
    const stems = stemsOf(tag);
    return skillStems.every((s) => stems.includes(s));
  });
  if (naming) {
    skillPoints = POINTS.namesSkill;
    reasons.push(`expertise '${naming}' names the skill ${gap.skill}`);
  } else {
    const cue = tags.find((tag) => {
      const result = classifySkill(tag);
      return result.skill === gap.skill && result.confidence >= CUE_CONFIDENCE;
    });
    if (cue) {
      skillPoints = POINTS.cueOfSkill;
      reasons.push(`expertise '${cue}' is part of ${gap.skill}`);
    }
  }
  const shared = new Set<string>();
  for (const tag of tags) {
    const hits = stemsOf(tag).filter((s) => statementStems.includes(s));
    if (hits.length === 0) continue;
    for (const s of hits) shared.add(s);
    reasons.push(`expertise matches '${tag}'`);
  }
  const points = Math.min(POINTS.max, skillPoints + POINTS.perWord * shared.size);
  if (points === 0) reasons.push('no expertise tag matches this gap');
  return { points, reasons };
}

const pieces = (n: number) => (n === 0 ? 'no evidence' : n === 1 ? '1 piece of evidence' : `${n} pieces of evidence`);

/** The reason line for one of the two criteria. */
export function criterionReason(label: string, value: number | null, evidence: number): string {
  return value === null ? `${label} unknown (${pieces(evidence)})` : `${label} ${value}/5 (${pieces(evidence)})`;
}

/** What ranks a candidate mentor: the expertise match, the two scores (null when unknown) and pieces of evidence. */
export interface CandidateFacts {
  expertisePoints: number;
  excellenceScore: number | null;
  explainingScore: number | null;
  evidence: number;
}

/** A candidate's shortlist score (0–100), by the formula of `shortlistMentors`. */
export function shortlistScore(facts: CandidateFacts): number {
  const raw =
    EXPERTISE_WEIGHT * facts.expertisePoints +
    (facts.excellenceScore ?? 0) +
    (facts.explainingScore ?? 0) +
    Math.min(MAX_EVIDENCE, facts.evidence);
  return Math.round((100 * raw) / MAX_RAW);
}

/** Checks a shortlist's length: ten unless asked otherwise, a hundred at most. */
export function shortlistLimit(limit: number | undefined): number {
  const value = limit ?? DEFAULT_LIMIT;
  if (!Number.isInteger(value) || value < 1 || value > MAX_LIMIT) {
    throw new AppError('invalid_input', `A shortlist limit is a whole number from 1 to ${MAX_LIMIT}`);
  }
  return value;
}

/**
 * Ranks the mentors for a skill gap, best first, with the reasons for each rank.
 *
 * Score (0–100) = round(100 × (5·E + X + P + V) / 38), where
 * - E, the expertise match (0–5): 3 when a tag names the gap's skill ("product sense" for
 *   product-sense), else 2 when a tag is a cue of that skill by the skill classifier
 *   ("pricing" for strategy); plus 1 for each word of the gap's statement found in the tags;
 *   capped at 5. Words are compared by crude stems, without stop words.
 * - X, Proven Excellence and P, Explaining Power: the 1–5 score, or 0 when unknown, so an
 *   unknown score ranks below any known one.
 * - V: pieces of evidence behind the scores, at most 3.
 *
 * Expertise weighs most because a mentor must be excellent at this specific skill. Ties go to
 * the higher Proven Excellence, then to more evidence, then by name. Mentors who already
 * declined for this gap come last whatever their score, with that as a reason.
 */
export async function shortlistMentors(ctx: Context, options: { gapId: string; limit?: number | undefined }): Promise<ShortlistEntry[]> {
  const limit = shortlistLimit(options.limit);
  const gap = await getRecord(ctx, { entity: 'gaps', id: options.gapId });
  const [mentors, evidence, relationships] = await Promise.all([
    ctx.ws.table('mentors').list(),
    ctx.ws.table('evidence').list(),
    ctx.ws.table('relationships').list({ gapId: gap.id }),
  ]);
  const ranked = mentors.map((mentor) => {
    const own = evidence.filter((e) => e.mentorId === mentor.id);
    const excellenceEvidence = own.filter((e) => e.criterion === 'excellence').length;
    const expertise = matchExpertise(mentor.expertise, gap);
    const score = shortlistScore({
      expertisePoints: expertise.points,
      excellenceScore: mentor.excellenceScore,
      explainingScore: mentor.explainingScore,
      evidence: own.length,
    });
    const reasons = [
      ...expertise.reasons,
      criterionReason('Proven Excellence', mentor.excellenceScore, excellenceEvidence),
      criterionReason('Explaining Power', mentor.explainingScore, own.length - excellenceEvidence),
    ];
    const relationship = relationships.find((r) => r.mentorId === mentor.id);
    const declined = relationship?.stage === 'declined';
    if (declined) reasons.push(`declined for this gap on ${relationship.stageSince}`);
    else if (relationship) reasons.push(`already in touch for this gap: ${relationship.stage} since ${relationship.stageSince}`);
    return { mentor, score, reasons, declined, evidence: own.length };
  });
  ranked.sort(
    (a, b) =>
      Number(a.declined) - Number(b.declined) ||
      b.score - a.score ||
      (b.mentor.excellenceScore ?? 0) - (a.mentor.excellenceScore ?? 0) ||
      b.evidence - a.evidence ||
      a.mentor.name.localeCompare(b.mentor.name),
  );
  return ranked.slice(0, limit).map(({ mentor, score, reasons, declined }) => ({ mentor, score, reasons, declined }));
}
