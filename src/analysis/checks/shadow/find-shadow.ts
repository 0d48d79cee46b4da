import type { CueTiers } from '../../data/cue-tiers.js';
import { type StrengthId, shadowWeights, strengths } from '../../data/strengths.js';
import { compileLexicon, scanLexicon } from '../../engine/cue-lexicon.js';
import { parseText } from '../../engine/text.js';
import type { Doc } from '../../engine/types.js';

/**
 * The strength whose shadow side a piece of feedback describes (SPEC §1.6); `strength`,
 * `strengthName`, `shadow` and `counter` are all null when the text describes none.
 */
export interface ShadowResult {
  strength: StrengthId | null;
  strengthName: string | null;
  shadow: string | null;
  counter: string | null;
  /** 0 when nothing in the text points to a shadow, near 1 when one clearly does. */
  confidence: number;
  /** The words that point to this shadow. */
  evidence: Array<{ text: string; start: number; end: number }>;
  /** Other strengths whose shadows the text also touches, best first. */
  alternatives: Array<{ strength: StrengthId; score: number }>;
}

const cuesById = {} as Record<StrengthId, CueTiers>;
for (const s of strengths) cuesById[s.id] = s.cues;
const lexicon = compileLexicon(cuesById);
const byId = new Map<StrengthId, (typeof strengths)[number]>(strengths.map((s) => [s.id, s]));

/** Words after which feedback turns from the strength to its cost ("…, but …"). */
const CONTRAST = /(?<![\p{L}])(?:but|however|though|yet|except|unfortunately|the problem is|the downside is|the flip side)(?![\p{L}])/gu;

const round = (n: number) => Math.round(n * 100) / 100;

/** Words that open a clause describing the situation ("When the CEO pressed you, …"), not the behaviour. */
const SITUATION = new Set(['when', 'whenever', 'if', 'once', 'after', 'every', 'each', 'as']);

/** Spans of situation clauses: from a sentence-opening "when"/"if"/… to the first comma. */
function situations(doc: Doc): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  for (const s of doc.sentences) {
    const first = doc.tokens[s.firstToken];
    if (!first || !SITUATION.has(first.lower)) continue;
    for (let i = s.firstToken + 1; i < s.endToken; i++) {
      const t = doc.tokens[i];
      if (t?.text === ',') {
        spans.push({ start: first.start, end: t.start });
        break;
      }
    }
  }
  return spans;
}

function contrastStart(doc: Doc): number {
  CONTRAST.lastIndex = 0;
  const m = CONTRAST.exec(doc.lower);
  return m ? m.index : Number.POSITIVE_INFINITY;
}

function resultFor(
  id: StrengthId,
  confidence: number,
  evidence: ShadowResult['evidence'],
  alternatives: ShadowResult['alternatives'],
): ShadowResult {
  const s = byId.get(id) ?? strengths[0];
  return { strength: s.id, strengthName: s.strength, shadow: s.shadow, counter: s.counter, confidence, evidence, alternatives };
}

/** The answer for a text that describes no overdone strength. */
function noStrength(alternatives: ShadowResult['alternatives']): ShadowResult {
  return { strength: null, strengthName: null, shadow: null, counter: null, confidence: 0, evidence: [], alternatives };
}

/**
 * Names the strength whose overdone form a piece of feedback describes, with its shadow and
 * counter-behaviour: weighted cues of each shadow's behaviour ("refused to revisit" → decisive,
 * "took their task over" → supportive), where what follows a "but" counts more. Never throws;
 * a text whose cues weigh less than one behaviour cue names no strength (all null).
 */
export function findShadow(text: string): ShadowResult {
  const doc = parseText(typeof text === 'string' ? text : '');
  const turn = contrastStart(doc);
  const scores = new Map<StrengthId, number>();
  const context = situations(doc);
  const inContext = (offset: number) => context.some((c) => offset >= c.start && offset < c.end);
  const hits = scanLexicon(doc, lexicon).map((hit) => {
    const factor = (hit.start > turn ? shadowWeights.afterContrast : 1) * (inContext(hit.start) ? shadowWeights.situation : 1);
    return { ...hit, weight: hit.weight * factor };
  });
  for (const hit of hits) scores.set(hit.label, (scores.get(hit.label) ?? 0) + hit.weight);
  const ranked = [...scores.entries()].sort(
    (a, b) => b[1] - a[1] || strengths.findIndex((s) => s.id === a[0]) - strengths.findIndex((s) => s.id === b[0]),
  );
  const top = ranked[0];
  const alternativesOf = (from: number) =>
    ranked.slice(from, from + shadowWeights.alternatives).map(([strength, score]) => ({ strength, score: round(score) }));
  if (!top || top[1] < shadowWeights.minimumScore) return noStrength(alternativesOf(0));
  const [best, bestScore] = top;
  const second = ranked[1]?.[1] ?? 0;
  const evidence = hits.filter((h) => h.label === best).map((h) => ({ text: doc.text.slice(h.start, h.end), start: h.start, end: h.end }));
  const alternatives = alternativesOf(1);
  const confidence = round((bestScore / (bestScore + second)) * (1 - Math.exp(-bestScore / shadowWeights.confidenceScale)));
  return resultFor(best, confidence, evidence, alternatives);
}
