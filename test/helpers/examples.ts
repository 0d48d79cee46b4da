import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './cli.js';

/**
 * The repository's checked copy of the framework's reference material (labelled examples,
 * catalogues, corpus documents), so the tests run on a fresh clone. `reference-copy.test.ts`
 * keeps it equal to the original when that sits beside the repository.
 */
export const referenceDir = join(repoRoot, 'test', 'fixtures', 'reference');

/** Folder of the labelled examples (the checked copy). */
export const examplesDir = join(referenceDir, 'examples');

/** Folder of the catalogues: canonical questions, strengths and their shadows (the checked copy). */
export const catalogDir = join(referenceDir, 'catalog');

/** Reads one labelled examples file (`asks`, `goals`, …) as objects; fails clearly if missing. */
export function loadExamples<T>(name: string): T[] {
  const file = join(examplesDir, `${name}.jsonl`);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`The labelled examples ${name}.jsonl are missing: expected them in test/fixtures/reference/examples`);
  }
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

/** Folder of the asks other writers wrote for the accuracy bench (decision 0007). */
export const benchAsksDir = join(repoRoot, 'bench', 'accuracy');

/** Reads writer `n`'s labelled asks from the accuracy bench (`asks-<n>.jsonl`). */
export function loadBenchAsks<T>(writer: number): T[] {
  return readFileSync(join(benchAsksDir, `asks-${writer}.jsonl`), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

/** Precision, recall and F1 of predicted labels against expected ones, over many items. */
export function f1(pairs: Array<{ expected: readonly string[]; predicted: readonly string[] }>): {
  precision: number;
  recall: number;
  f1: number;
} {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { expected, predicted } of pairs) {
    for (const p of predicted)
      if (expected.includes(p)) tp += 1;
      else fp += 1;
    for (const e of expected) if (!predicted.includes(e)) fn += 1;
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

/** The text of every labelled example, of every kind. */
export function allExampleTexts(): string[] {
  return readdirSync(examplesDir)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => loadExamples<{ text: string }>(f.replace(/\.jsonl$/, '')).map((e) => e.text));
}
