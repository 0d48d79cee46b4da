import { describe, expect, it } from 'vitest';
import { loadExamples } from '../../../../test/helpers/examples.js';
import { checkFeedbackReply } from './check-feedback-reply.js';

interface Example {
  id: string;
  text: string;
  verdict: 'grateful' | 'revise';
  defensive: boolean;
  gratitude: boolean;
}

describe('feedback reply: accuracy on the labelled examples', () => {
  const examples = loadExamples<Example>('feedback-replies');
  const results = examples.map((ex) => {
    const result = checkFeedbackReply(ex.text);
    const rules = new Set(result.findings.filter((f) => f.severity === 'error').map((f) => f.rule));
    return { ex, verdict: result.verdict, defensive: rules.has('defensive'), gratitude: !rules.has('gratitude') };
  });
  const share = (ok: (r: (typeof results)[number]) => boolean) => results.filter(ok).length / results.length;

  it('gets at least 90% of the verdicts right', () => {
    const wrong = results.filter((r) => r.verdict !== r.ex.verdict);
    const accuracy = 1 - wrong.length / results.length;
    const defensive = share((r) => r.defensive === r.ex.defensive);
    const gratitude = share((r) => r.gratitude === r.ex.gratitude);
    console.log(
      `feedback-reply: verdict accuracy ${(accuracy * 100).toFixed(1)}% (${results.length} items); defensive ${(defensive * 100).toFixed(1)}%; gratitude ${(gratitude * 100).toFixed(1)}%`,
    );
    const off = results.filter((r) => r.defensive !== r.ex.defensive || r.gratitude !== r.ex.gratitude).map((r) => r.ex.id);
    expect(accuracy, `misclassified: ${wrong.map((r) => r.ex.id).join(', ')}; rule mismatches: ${off.join(', ')}`).toBeGreaterThanOrEqual(
      0.9,
    );
  });
});
