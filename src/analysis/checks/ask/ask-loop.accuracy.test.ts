import { describe, expect, it } from 'vitest';
import { f1, loadExamples } from '../../../../test/helpers/examples.js';
import type { AskStage } from './ask-context.js';
import { checkAsk } from './check-ask.js';

interface AskExample {
  id: string;
  stage: AskStage;
  text: string;
  verdict: 'pass' | 'revise';
  errors: string[];
}

/** The circle-back and escalation items of the labelled asks, each with what `checkAsk` says. */
const items = loadExamples<AskExample>('asks')
  .filter((e) => e.stage === 'circle-back' || e.stage === 'escalation')
  .map((e) => {
    const result = checkAsk(e.text, { stage: e.stage });
    const errors = [...new Set(result.findings.filter((f) => f.severity === 'error').map((f) => f.rule))];
    return { ...e, predictedVerdict: result.verdict, predictedErrors: errors };
  });

/** Share of `stage` items whose verdict is right, and the ids that are wrong. */
function verdictAccuracy(stage: AskStage): { accuracy: number; count: number; wrong: string[] } {
  const ofStage = items.filter((e) => e.stage === stage);
  const wrong = ofStage.filter((e) => e.predictedVerdict !== e.verdict).map((e) => e.id);
  return { accuracy: ofStage.length === 0 ? 0 : 1 - wrong.length / ofStage.length, count: ofStage.length, wrong };
}

describe('ask check on the labelled circle-back and escalation examples', () => {
  const circleBack = verdictAccuracy('circle-back');
  const escalation = verdictAccuracy('escalation');
  const errorRules = f1(items.map((e) => ({ expected: e.errors, predicted: e.predictedErrors })));
  const mismatched = items
    .filter((e) => [...e.errors].sort().join() !== [...e.predictedErrors].sort().join())
    .map((e) => `${e.id} expected [${e.errors.join(', ')}] got [${e.predictedErrors.join(', ')}]`);
  console.log(
    `ask accuracy: circle-back verdict ${(circleBack.accuracy * 100).toFixed(1)}% (${circleBack.count}), escalation verdict ${(escalation.accuracy * 100).toFixed(1)}% (${escalation.count}), error-rule F1 ${errorRules.f1.toFixed(3)} (P ${errorRules.precision.toFixed(3)}, R ${errorRules.recall.toFixed(3)})`,
  );

  it('has the items it measures', () => {
    expect(circleBack.count).toBeGreaterThan(0);
    expect(escalation.count).toBeGreaterThan(0);
  });

  it('gets at least 95% of circle-back verdicts right', () => {
    expect(circleBack.accuracy, `wrong: ${circleBack.wrong.join(', ')}`).toBeGreaterThanOrEqual(0.95);
  });

  it('gets at least 95% of escalation verdicts right', () => {
    expect(escalation.accuracy, `wrong: ${escalation.wrong.join(', ')}`).toBeGreaterThanOrEqual(0.95);
  });

  it('finds the error rules with an F1 of at least 0.90', () => {
    expect(errorRules.f1, `mismatched:\n${mismatched.join('\n')}`).toBeGreaterThanOrEqual(0.9);
  });
});
