import type { Table } from '../report.js';
import { buildCorpus } from './corpus.js';
import { measureJsonl } from './jsonl-throughput.js';
import { type CheckFigures, measureChecks, medianRatio, ROUNDS } from './measure-checks.js';
import { measureHostile } from './measure-hostile.js';

/** Targets of the checks benchmark (the checks issue). */
export const checkTargets = { maxP99Ms: 2, askVsWriteGood: 3, jsonlPerSec: 2_000 };

/** Runs the checks section: per-check timings beside write-good and alex, `--jsonl` end to end, then the worst hostile text per check. */
export function runChecksSection(options: { bin: string; workDir: string; env: NodeJS.ProcessEnv }): {
  tables: Table[];
  results: unknown;
} {
  const corpus = buildCorpus(2_500);
  const figures = measureChecks(corpus);
  const writeGood = figures.find((f) => f.label.startsWith('write-good'));
  const ask = figures.find((f) => f.label === 'check ask (first-contact)');
  const jsonl = measureJsonl({ ...options, corpus: buildCorpus(10_000, 7) });
  const verdict = (f: CheckFigures) => (f.peer ? '—' : f.p99Ms < checkTargets.maxP99Ms ? 'PASS' : 'MISS');
  const checks: Table = {
    title: `3. Checks: ${corpus.length} generated messages, every check on every message, in-process, ${ROUNDS} rounds`,
    headers: ['check', 'p50', 'p99', 'messages/s', 'target', 'result'],
    rows: figures.map((f) => [
      f.label,
      `${f.p50Ms.toFixed(3)} ms`,
      `${f.p99Ms.toFixed(3)} ms`,
      Math.round(f.messagesPerSec).toLocaleString('en-US'),
      f.peer ? 'peer' : `p99 < ${checkTargets.maxP99Ms} ms`,
      verdict(f),
    ]),
    notes: [],
  };
  if (ask && writeGood) {
    const ratio = medianRatio(ask, writeGood);
    checks.notes?.push(
      `check ask throughput is ${ratio.toFixed(1)}× write-good's (target ≥ ${checkTargets.askVsWriteGood}×): ${ratio >= checkTargets.askVsWriteGood ? 'PASS' : 'MISS'}`,
    );
    const stages = figures.filter((f) => f.label.startsWith('check ask (') && f !== ask);
    checks.notes?.push(
      `at the other stages: ${stages.map((f) => `${f.label.slice('check ask ('.length, -1)} ${medianRatio(f, writeGood).toFixed(1)}×`).join(', ')}`,
      `(${ROUNDS} rounds, each function timed in turn; throughput and ratios are medians over the rounds)`,
    );
  }
  const cli: Table = {
    title: '4. `understudy check ask --jsonl FILE`, end to end (start-up included)',
    headers: ['messages', 'seconds', 'messages/s', 'target', 'result'],
    rows: [
      [
        jsonl.messages.toLocaleString('en-US'),
        jsonl.seconds.toFixed(2),
        Math.round(jsonl.messagesPerSec).toLocaleString('en-US'),
        `≥ ${checkTargets.jsonlPerSec.toLocaleString('en-US')}/s`,
        jsonl.messagesPerSec >= checkTargets.jsonlPerSec && jsonl.outputLines === jsonl.messages ? 'PASS' : 'MISS',
      ],
    ],
  };
  const hostile = measureHostile();
  return {
    tables: [checks, cli, hostile],
    results: { corpusSize: corpus.length, figures, jsonl, targets: checkTargets, hostile: hostile.rows },
  };
}
