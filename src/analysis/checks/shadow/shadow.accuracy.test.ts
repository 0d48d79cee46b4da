import { describe, expect, it } from 'vitest';
import { loadExamples } from '../../../../test/helpers/examples.js';
import { findShadow } from './find-shadow.js';

interface ShadowExample {
  id: string;
  text: string;
  strength: string;
}

describe('shadow side on the labelled examples', () => {
  it('names the right strength for at least 80% of the feedback', () => {
    const examples = loadExamples<ShadowExample>('shadows');
    const wrong: string[] = [];
    for (const ex of examples) {
      const result = findShadow(ex.text);
      if (result.strength !== ex.strength) wrong.push(`${ex.id} (${ex.strength} → ${result.strength})`);
    }
    const accuracy = 1 - wrong.length / examples.length;
    console.log(`shadow accuracy: strength ${(accuracy * 100).toFixed(1)}% (${examples.length} items)`);
    expect(accuracy, `wrong strength: ${wrong.join(', ')}`).toBeGreaterThanOrEqual(0.8);
  });
});
