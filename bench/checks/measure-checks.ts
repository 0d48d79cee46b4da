import { createRequire } from 'node:module';
import { text as alexText } from 'alex';
import { extractAdvice } from '../../src/analysis/checks/advice/extract-advice.js';
import { checkAsk } from '../../src/analysis/checks/ask/check-ask.js';
import { checkFeedbackReply } from '../../src/analysis/checks/feedback-reply/check-feedback-reply.js';
import { checkFeedbackRequest } from '../../src/analysis/checks/feedback-request/check-feedback-request.js';
import { checkGoal } from '../../src/analysis/checks/goal/check-goal.js';
import { findShadow } from '../../src/analysis/checks/shadow/find-shadow.js';
import { classifySkill } from '../../src/analysis/checks/skill/classify-skill.js';
import type { BenchMessage } from './corpus.js';

const writeGood = createRequire(import.meta.url)('write-good') as (text: string) => unknown[];

/** Timing of one function over the corpus. */
export interface CheckFigures {
  label: string;
  p50Ms: number;
  p99Ms: number;
  messagesPerSec: number;
  /** Milliseconds of each timed pass over the corpus, one per round. */
  passesMs: number[];
  peer: boolean;
}

/** The functions measured: every check of Understudy, then the two peer linters. */
export const measured: Array<{ label: string; run: (text: string) => unknown; peer?: boolean }> = [
  { label: 'check ask (first-contact)', run: (t) => checkAsk(t) },
  { label: 'check ask (follow-up)', run: (t) => checkAsk(t, { stage: 'follow-up' }) },
  { label: 'check ask (circle-back)', run: (t) => checkAsk(t, { stage: 'circle-back' }) },
  { label: 'check ask (escalation)', run: (t) => checkAsk(t, { stage: 'escalation' }) },
  { label: 'check goal', run: (t) => checkGoal(t, { today: '2026-11-28' }) },
  { label: 'check feedback-request', run: (t) => checkFeedbackRequest(t) },
  { label: 'check feedback-reply', run: (t) => checkFeedbackReply(t) },
  { label: 'classify skill', run: (t) => classifySkill(t) },
  { label: 'shadow', run: (t) => findShadow(t) },
  { label: 'advice', run: (t) => extractAdvice(t) },
  { label: 'write-good (peer)', run: (t) => writeGood(t), peer: true },
  { label: 'alex (peer)', run: (t) => alexText(t), peer: true },
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** Timed passes over the corpus per function, taken in turns so every function sees the same load. */
export const ROUNDS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * Times each function on every message of the corpus in steady state: one untimed pass over
 * the whole corpus first for every function, peers included (compiling the code and the
 * regexes a message first meets), then `ROUNDS` rounds in which each function makes one timed
 * pass in turn. A machine whose speed drifts then slows every function alike. Throughput is
 * the median over the rounds; p50 and p99 are over every timed message.
 */
export function measureChecks(corpus: readonly BenchMessage[]): CheckFigures[] {
  for (const { run } of measured) for (const m of corpus) run(m.text);
  const times = measured.map(() => [] as number[]);
  const passes = measured.map(() => [] as number[]);
  for (let round = 0; round < ROUNDS; round++) {
    measured.forEach(({ run }, i) => {
      const started = performance.now();
      for (const m of corpus) {
        const t0 = performance.now();
        run(m.text);
        times[i]?.push(performance.now() - t0);
      }
      passes[i]?.push(performance.now() - started);
    });
  }
  return measured.map(({ label, peer }, i) => {
    const sorted = (times[i] ?? []).sort((a, b) => a - b);
    return {
      label,
      p50Ms: percentile(sorted, 50),
      p99Ms: percentile(sorted, 99),
      messagesPerSec: (corpus.length / median(passes[i] ?? [])) * 1000,
      passesMs: passes[i] ?? [],
      peer: peer ?? false,
    };
  });
}

/** The median over the rounds of `a`'s throughput over `b`'s, each round's passes taken side by side. */
export function medianRatio(a: CheckFigures, b: CheckFigures): number {
  return median(a.passesMs.map((ms, round) => (b.passesMs[round] ?? ms) / ms));
}
