import { eqHints, type Skill, skillCategory, skillCues, skills, skillWeights } from '../../data/skills.js';
import { compileLexicon, scanLexicon } from '../../engine/cue-lexicon.js';
import { indexList, scanPhrases } from '../../engine/phrase-index.js';
import { tokenIndexAt } from '../../engine/positions.js';
import { textStats } from '../../engine/stats.js';
import { parseText } from '../../engine/text.js';
import type { TextStats } from '../../engine/types.js';
import { clauseFactor, isTopicNegated, weighClauses } from './clause-weights.js';

/** Words of the statement that decided a skill. */
export interface SkillEvidence {
  text: string;
  start: number;
  end: number;
  skill: Skill;
}

/** A skill gap classified (SPEC §1.2). */
export interface SkillResult {
  category: 'IQ' | 'EQ';
  skill: Skill;
  /** IQ gaps are learned from artifacts, EQ gaps from mirrors. */
  method: 'artifact' | 'mirror';
  /** IQ: 3–6 months; EQ: 12+ months. */
  horizon: '3-6 months' | '12+ months';
  /** 0 when nothing decided it, near 1 when one skill clearly dominates. */
  confidence: number;
  evidence: SkillEvidence[];
  /** The weighted cue score of every skill. */
  scores: Record<Skill, number>;
  stats: TextStats;
}

const lexicon = compileLexicon(skillCues);
const eqHintIndex = indexList(eqHints);

/** Only cues that carry at least this share of the winner's strongest cue are shown as evidence. */
const EVIDENCE_SHARE = 0.25;

function resultFor(
  skill: Skill,
  confidence: number,
  evidence: SkillEvidence[],
  scores: Record<Skill, number>,
  stats: TextStats,
): SkillResult {
  const category = skillCategory[skill];
  return {
    category,
    skill,
    method: category === 'IQ' ? 'artifact' : 'mirror',
    horizon: category === 'IQ' ? '3-6 months' : '12+ months',
    confidence,
    evidence,
    scores,
    stats,
  };
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * Classifies a skill-gap statement as one of six skills, IQ or EQ, by its primary blocker:
 * weighted cues per skill, where a stated strength counts little and whatever follows a
 * contrast ("but", "the real problem is") counts more. Never throws; text with no cue gets
 * a best guess with confidence 0 and no evidence.
 */
export function classifySkill(text: string): SkillResult {
  const doc = parseText(typeof text === 'string' ? text : '');
  const stats = textStats(doc);
  const clauses = weighClauses(doc);
  const scores = Object.fromEntries(skills.map((s) => [s, 0])) as Record<Skill, number>;
  const weighted: Array<{ skill: Skill; start: number; end: number; weight: number }> = [];
  for (const hit of scanLexicon(doc, lexicon)) {
    let weight = hit.weight * clauseFactor(clauses, hit.start);
    if (isTopicNegated(doc, tokenIndexAt(doc, hit.start))) weight *= skillWeights.negated;
    scores[hit.label] += weight;
    weighted.push({ skill: hit.label, start: hit.start, end: hit.end, weight });
  }
  for (const s of skills) scores[s] = round(scores[s]);
  const total = skills.reduce((sum, s) => sum + scores[s], 0);
  if (total <= 0) {
    const eq = scanPhrases(doc, eqHintIndex).length > 0;
    return resultFor(eq ? 'communication' : 'execution', 0, [], scores, stats);
  }
  const best = skills.reduce((a, b) => (scores[b] > scores[a] ? b : a));
  const mine = weighted.filter((w) => w.skill === best);
  const strongest = Math.max(...mine.map((w) => w.weight));
  const evidence = mine
    .filter((w) => w.weight >= strongest * EVIDENCE_SHARE)
    .map((w) => ({ text: doc.text.slice(w.start, w.end), start: w.start, end: w.end, skill: best }));
  const second = Math.max(0, ...skills.filter((s) => s !== best).map((s) => scores[s]));
  const share = scores[best] / (scores[best] + second);
  const confidence = round(share * (1 - Math.exp(-scores[best] / skillWeights.confidenceScale)));
  return resultFor(best, confidence, evidence, scores, stats);
}
