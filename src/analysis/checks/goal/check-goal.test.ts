import { describe, expect, it } from 'vitest';
import { checkGoal } from './check-goal.js';

const TODAY = '2026-11-27';

describe('checkGoal', () => {
  it('passes a concrete goal with only warnings', () => {
    const result = checkGoal('Increase activation by 10% and reduce churn by 5% within six months.', { today: TODAY });
    expect(result.verdict).toBe('concrete');
    expect(result.findings.map((f) => f.rule)).toEqual(['no-baseline', 'several-outcomes', 'no-baseline']);
    expect(result.score).toBe(70);
  });

  it('fails a vague goal with every error that applies', () => {
    const result = checkGoal('Reduce churn.', { today: TODAY });
    expect(result.verdict).toBe('vague');
    expect(result.findings.map((f) => f.rule).sort()).toEqual(['no-deadline', 'no-measurable-result']);
    expect(result.outcome).toMatchObject({ kind: 'metric', metric: 'churn', direction: 'down', change: null, horizonMonths: null });
  });

  it('fails a pure activity on the activity alone', () => {
    const result = checkGoal('Learn growth within six months.', { today: TODAY });
    expect(result.findings.map((f) => f.rule)).toEqual(['activity']);
    expect(result.outcome.kind).toBeNull();
  });

  it.each(['', '   ', '?', '😀😀', '100%', 'by', '\u0000\uD800'])('never throws on %j', (text) => {
    const result = checkGoal(text, { today: TODAY });
    expect(result.verdict).toBe('vague');
    for (const f of result.findings) expect(f.start >= 0 && f.end <= text.length && f.start <= f.end).toBe(true);
  });

  it('survives an invalid reference date', () => {
    const result = checkGoal('Grow ARR by $1M within six months.', { today: 'tomorrow' });
    expect(result.verdict).toBe('concrete');
    expect(result.outcome).toMatchObject({ horizonMonths: null, deadline: null });
  });
});
