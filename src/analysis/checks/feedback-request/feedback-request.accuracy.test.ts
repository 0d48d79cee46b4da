import { describe, expect, it } from 'vitest';
import { f1, loadExamples } from '../../../../test/helpers/examples.js';
import { checkFeedbackRequest } from './check-feedback-request.js';

interface Example {
  id: string;
  text: string;
  verdict: 'specific' | 'generic';
  errors: string[];
}

const RULES = ['no-event', 'no-focus', 'not-subjective'] as const;

describe('feedback request: accuracy on the labelled examples', () => {
  const examples = loadExamples<Example>('feedback-requests');
  const results = examples.map((ex) => {
    const result = checkFeedbackRequest(ex.text);
    const errors = [...new Set(result.findings.filter((f) => f.severity === 'error').map((f) => f.rule))];
    return { ex, verdict: result.verdict, errors };
  });

  it('gets at least 90% of the verdicts right', () => {
    const wrong = results.filter((r) => r.verdict !== r.ex.verdict);
    const accuracy = 1 - wrong.length / results.length;
    const perRule = RULES.map((rule) => {
      const { precision, recall } = f1(
        results.map((r) => ({ expected: r.ex.errors.filter((e) => e === rule), predicted: r.errors.filter((e) => e === rule) })),
      );
      return `${rule} P=${precision.toFixed(2)} R=${recall.toFixed(2)}`;
    });
    console.log(`feedback-request: verdict accuracy ${(accuracy * 100).toFixed(1)}% (${results.length} items); ${perRule.join('; ')}`);
    expect(accuracy, `misclassified: ${wrong.map((r) => r.ex.id).join(', ')}`).toBeGreaterThanOrEqual(0.9);
  });
});
