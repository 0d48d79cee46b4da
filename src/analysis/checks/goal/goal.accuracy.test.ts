import { describe, expect, it } from 'vitest';
import { loadExamples } from '../../../../test/helpers/examples.js';
import { checkGoal } from './check-goal.js';

/** One labelled goal of `shared/examples/goals.jsonl`. */
interface GoalExample {
  id: string;
  today: string;
  text: string;
  verdict: 'concrete' | 'vague';
  kind: 'metric' | 'deliverable' | null;
  direction: 'up' | 'down' | null;
  changeValue: number | null;
  changeUnit: string | null;
  horizonMonths: number | null;
}

const THRESHOLDS = { verdict: 0.95, kind: 0.9, direction: 0.9, change: 0.9, horizon: 0.9 } as const;

describe('goal check against the labelled examples', () => {
  const examples = loadExamples<GoalExample>('goals');
  const misses: Record<keyof typeof THRESHOLDS, string[]> = { verdict: [], kind: [], direction: [], change: [], horizon: [] };
  for (const e of examples) {
    const { verdict, outcome: o } = checkGoal(e.text, { today: e.today });
    const change =
      o.change === null
        ? e.changeValue === null && e.changeUnit === null
        : o.change.value === e.changeValue && o.change.unit === e.changeUnit;
    const horizon =
      o.horizonMonths === null || e.horizonMonths === null
        ? o.horizonMonths === e.horizonMonths
        : Math.abs(o.horizonMonths - e.horizonMonths) <= 1;
    if (verdict !== e.verdict) misses.verdict.push(e.id);
    if (o.kind !== e.kind) misses.kind.push(e.id);
    if (o.direction !== e.direction) misses.direction.push(e.id);
    if (!change) misses.change.push(e.id);
    if (!horizon) misses.horizon.push(e.id);
  }
  const rate = (key: keyof typeof THRESHOLDS) => 1 - misses[key].length / examples.length;
  console.log(
    `goal accuracy over ${examples.length}: ${(Object.keys(THRESHOLDS) as Array<keyof typeof THRESHOLDS>).map((k) => `${k} ${(rate(k) * 100).toFixed(1)}%`).join(', ')}`,
  );

  for (const key of Object.keys(THRESHOLDS) as Array<keyof typeof THRESHOLDS>) {
    it(`${key} is right for at least ${THRESHOLDS[key] * 100}% of the goals`, () => {
      expect(rate(key), `misclassified: ${misses[key].join(', ')}`).toBeGreaterThanOrEqual(THRESHOLDS[key]);
    });
  }
});
