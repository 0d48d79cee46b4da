import { describe, expect, it } from 'vitest';
import { loadExamples } from '../../../../test/helpers/examples.js';
import { extractAdvice } from './extract-advice.js';

interface AdviceExample {
  id: string;
  text: string;
  advice: string[];
}

/**
 * Item-level matching of advice pieces: a predicted span matches a labelled one when it covers
 * at least half of the labelled span (the examples' README), and each prediction matches at
 * most one label, so one span over two pieces counts once.
 */
function match(example: AdviceExample): { tp: number; fp: number; fn: number; exact: number } {
  const predicted = extractAdvice(example.text).advice;
  const used = new Set<number>();
  let tp = 0;
  let exact = 0;
  for (const label of example.advice) {
    const start = example.text.indexOf(label);
    const end = start + label.length;
    const k = predicted.findIndex((p, i) => !used.has(i) && Math.min(p.end, end) - Math.max(p.start, start) >= label.length / 2);
    if (k < 0) continue;
    used.add(k);
    tp += 1;
    if (predicted[k]?.start === start && predicted[k]?.end === end) exact += 1;
  }
  return { tp, fp: predicted.length - used.size, fn: example.advice.length - tp, exact };
}

describe('advice capture on the labelled examples', () => {
  it('finds the pieces of advice with an F1 of at least 0.85', () => {
    const examples = loadExamples<AdviceExample>('advice');
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let exact = 0;
    const wrong: string[] = [];
    for (const ex of examples) {
      const m = match(ex);
      tp += m.tp;
      fp += m.fp;
      fn += m.fn;
      exact += m.exact;
      if (m.fp + m.fn > 0) wrong.push(`${ex.id} (+${m.fp} −${m.fn})`);
    }
    const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    console.log(
      `advice capture: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}, F1 ${f1.toFixed(3)}, exact spans ${exact}/${tp + fn} (${examples.length} replies)`,
    );
    expect(f1, `replies with extra (+) or missed (−) pieces: ${wrong.join(', ')}`).toBeGreaterThanOrEqual(0.85);
  });
});
