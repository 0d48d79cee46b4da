import { generatedHostileTexts, HOSTILE_TEXT_CHARS, hostileTexts } from '../../test/helpers/hostile-texts.js';
import type { Table } from '../report.js';
import { measured } from './measure-checks.js';

/** The bound every check is held to on a hostile text (issue 18): 100 ms for 100 KB. */
export const hostileTargetMs = 100;

/**
 * Times every check of Understudy (not the peers) on the hostile texts of the robustness test —
 * long tokens of many parts, separators, punctuation, newlines — and on generated ones, best
 * of three runs each, and names the slowest text per check: the worst case a user can paste.
 */
export function measureHostile(): Table {
  const texts = [...Object.entries(hostileTexts), ...generatedHostileTexts(6).map((t, i) => [`generated text ${i + 1}`, t] as const)];
  const rows = measured
    .filter((m) => !m.peer)
    .map((m) => {
      let worst = { label: '', ms: 0 };
      for (const [label, text] of texts) {
        let best = Number.POSITIVE_INFINITY;
        for (let i = 0; i < 3; i++) {
          const started = performance.now();
          m.run(text);
          best = Math.min(best, performance.now() - started);
        }
        if (best > worst.ms) worst = { label, ms: best };
      }
      return [m.label, worst.label, `${worst.ms.toFixed(1)} ms`, `< ${hostileTargetMs} ms`, worst.ms < hostileTargetMs ? 'PASS' : 'MISS'];
    });
  return {
    title: `5. Hostile texts: ${texts.length} texts of ${HOSTILE_TEXT_CHARS.toLocaleString('en-US')} characters, the slowest per check (best of 3)`,
    headers: ['check', 'slowest text', 'time', 'target', 'result'],
    rows,
  };
}
