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

/** The first-contact and follow-up items of the labelled asks, each with what `checkAsk` says. */
const items = loadExamples<AskExample>('asks')
  .filter((e) => e.stage === 'first-contact' || e.stage === 'follow-up')
  .map((e) => {
    const result = checkAsk(e.text, { stage: e.stage });
    const errors = [...new Set(result.findings.filter((f) => f.severity === 'error').map((f) => f.rule))];
    return { ...e, predictedVerdict: result.verdict, predictedErrors: errors };
  });

/** Share of `stage` items whose verdict is right, and the ids that are wrong. */
function verdictAccuracy(stage: AskStage): { accuracy: number; wrong: string[] } {
  const ofStage = items.filter((e) => e.stage === stage);
  const wrong = ofStage.filter((e) => e.predictedVerdict !== e.verdict).map((e) => e.id);
  return { accuracy: ofStage.length === 0 ? 0 : 1 - wrong.length / ofStage.length, wrong };
}

describe('ask check on the labelled first-contact and follow-up examples', () => {
  const firstContact = verdictAccuracy('first-contact');
  const followUp = verdictAccuracy('follow-up');
  const errorRules = f1(items.map((e) => ({ expected: e.errors, predicted: e.predictedErrors })));
  const mismatched = items
    .filter((e) => [...e.errors].sort().join() !== [...e.predictedErrors].sort().join())
    .map((e) => `${e.id} expected [${e.errors.join(', ')}] got [${e.predictedErrors.join(', ')}]`);
  console.log(
    `ask accuracy: first-contact verdict ${(firstContact.accuracy * 100).toFixed(1)}% (${items.filter((e) => e.stage === 'first-contact').length}), follow-up verdict ${(followUp.accuracy * 100).toFixed(1)}% (${items.filter((e) => e.stage === 'follow-up').length}), error-rule F1 ${errorRules.f1.toFixed(3)} (P ${errorRules.precision.toFixed(3)}, R ${errorRules.recall.toFixed(3)})`,
  );

  it('gets at least 95% of first-contact verdicts right', () => {
    expect(firstContact.accuracy, `wrong: ${firstContact.wrong.join(', ')}`).toBeGreaterThanOrEqual(0.95);
  });

  it('gets at least 95% of follow-up verdicts right', () => {
    expect(followUp.accuracy, `wrong: ${followUp.wrong.join(', ')}`).toBeGreaterThanOrEqual(0.95);
  });

  it('finds the error rules with an F1 of at least 0.90', () => {
    expect(errorRules.f1, `mismatched:\n${mismatched.join('\n')}`).toBeGreaterThanOrEqual(0.9);
  });
});
