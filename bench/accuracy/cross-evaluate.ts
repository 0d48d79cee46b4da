/*
 * `npm run bench -- accuracy`: how well the ask check judges the labelled asks of each writer
 * (`asks.jsonl`, `asks-2.jsonl`, and `bench/accuracy/asks-3.jsonl` to `asks-32.jsonl`, each
 * written from the SPEC's rules alone without reading the others), side by side, with the gap between the first
 * two: the overfitting meter of decision 0007. The ask check has no trained weights, so "tuned on one, measured on
 * the other" is a matter of record (decision 0007 says which file each change was made from);
 * this prints the figures both ways in one run, by stage, with the items it gets wrong.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AskStage } from '../../src/analysis/checks/ask/ask-context.js';
import { checkAsk } from '../../src/analysis/checks/ask/check-ask.js';
import { examplesDir as examples, f1 } from '../../test/helpers/examples.js';

interface Labelled {
  id: string;
  stage: AskStage;
  text: string;
  verdict: 'pass' | 'revise';
  errors: string[];
}

/** Verdict accuracy and error-rule precision, recall and F1 of a set of asks. */
export interface AskScore {
  items: number;
  verdict: number;
  precision: number;
  recall: number;
  f1: number;
  wrong: string[];
}

/** The labelled asks of one JSON Lines file. */
export function loadAsks(file: string): Labelled[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Labelled);
}

/** Each writer's labelled asks: two in the examples' checked copy, the rest written for this bench. */
const writers: ReadonlyArray<readonly [string, string]> = [
  ['asks (writer 1)', join(examples, 'asks.jsonl')],
  ['asks-2 (writer 2)', join(examples, 'asks-2.jsonl')],
  ...Array.from({ length: 30 }, (_, i) => {
    const n = i + 3;
    return [`asks-${n} (writer ${n})`, fileURLToPath(new URL(`asks-${n}.jsonl`, import.meta.url))] as const;
  }),
];

/** Scores the ask check on `items`, each at its own stage. */
export function scoreAsks(items: readonly Labelled[]): AskScore {
  let right = 0;
  const wrong: string[] = [];
  const pairs = items.map((item) => {
    const result = checkAsk(item.text, { stage: item.stage });
    const predicted = [...new Set(result.findings.filter((f) => f.severity === 'error').map((f) => f.rule))];
    if (result.verdict === item.verdict) right += 1;
    if ([...predicted].sort().join() !== [...item.errors].sort().join()) wrong.push(item.id);
    return { expected: item.errors, predicted };
  });
  return { items: items.length, verdict: items.length === 0 ? 0 : right / items.length, ...f1(pairs), wrong };
}

const fmt = (n: number) => n.toFixed(3);
const stages: AskStage[] = ['first-contact', 'follow-up', 'circle-back', 'escalation'];

/** The table of every set, by stage, the gap between writers 1 and 2 and the items with a wrong error set, as text. */
export function accuracyReport(): string {
  const out: string[] = [];
  const sets = Object.fromEntries(writers.map(([name, file]) => [name, loadAsks(file)]));
  const rows: string[] = ['| set | stage | items | verdict | error P | error R | error F1 |', '|---|---|---|---|---|---|---|'];
  const totals: Record<string, AskScore> = {};
  for (const [name, items] of Object.entries(sets)) {
    const all = scoreAsks(items);
    totals[name] = all;
    rows.push(`| ${name} | all | ${all.items} | ${fmt(all.verdict)} | ${fmt(all.precision)} | ${fmt(all.recall)} | ${fmt(all.f1)} |`);
    for (const stage of stages) {
      const s = scoreAsks(items.filter((i) => i.stage === stage));
      rows.push(`| | ${stage} | ${s.items} | ${fmt(s.verdict)} | ${fmt(s.precision)} | ${fmt(s.recall)} | ${fmt(s.f1)} |`);
    }
  }
  const [a, b] = Object.values(totals) as [AskScore, AskScore, ...AskScore[]];
  out.push(`Ask check accuracy, each writer's labelled asks at their own stage\n\n${rows.join('\n')}\n\n`);
  out.push(
    `Gap between writers 1 and 2: verdict ${fmt(Math.abs(a.verdict - b.verdict))}, error-rule F1 ${fmt(Math.abs(a.f1 - b.f1))} (target under 0.030)\n`,
  );
  for (const [name, score] of Object.entries(totals)) {
    out.push(`Wrong error set in ${name}: ${score.wrong.length === 0 ? 'none' : score.wrong.join(' ')}\n`);
  }
  return out.join('');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.stdout.write(accuracyReport());
