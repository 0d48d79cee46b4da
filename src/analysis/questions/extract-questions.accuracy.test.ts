import { describe, expect, it } from 'vitest';
import { corpusText, readJsonFolder } from '../../../test/helpers/corpus.js';
import { canonicalIds } from '../data/questions.js';
import { extractQuestions, questionsOf } from './extract-questions.js';
import { readMarkdown } from './read-markdown.js';

/** Labels written by reading each document: the canonical questions it answers. */
interface Label {
  document: string;
  ids: string[];
  evidence: Record<string, string>;
}

const labels = readJsonFolder<Label>('src/analysis/questions/labels');

function score(label: Label): { precision: number; recall: number; extra: string[]; missed: string[] } {
  const found = new Set(
    questionsOf(extractQuestions(readMarkdown(corpusText(label.document))))
      .filter((q) => q.id !== 'custom')
      .map((q) => q.id),
  );
  const expected = new Set(label.ids);
  const hits = [...found].filter((id) => expected.has(id)).length;
  return {
    precision: found.size === 0 ? 1 : hits / found.size,
    recall: expected.size === 0 ? 1 : hits / expected.size,
    extra: [...found].filter((id) => !expected.has(id)),
    missed: [...expected].filter((id) => !found.has(id)),
  };
}

describe('questions of the real documents in shared/corpus, against labels', () => {
  it('has labels for at least eight documents of every kind, each with catalogue ids and evidence', () => {
    expect(labels.length).toBeGreaterThanOrEqual(8);
    const kinds = new Set(labels.map((l) => l.document.split('/')[0]));
    for (const kind of ['rfc', 'prd', 'postmortem', 'strategy', 'update']) expect(kinds).toContain(kind);
    for (const label of labels) {
      for (const id of label.ids) expect(canonicalIds).toContain(id);
      expect(Object.keys(label.evidence).sort()).toEqual([...label.ids].sort());
    }
  });

  it('finds the labelled questions with good mean precision and recall per document', () => {
    const scores = labels.map((l) => ({ document: l.document, ...score(l) }));
    const mean = (key: 'precision' | 'recall') => scores.reduce((sum, s) => sum + s[key], 0) / scores.length;
    const report = scores.map(
      (s) => `${s.document}: P ${s.precision.toFixed(2)} R ${s.recall.toFixed(2)} extra [${s.extra}] missed [${s.missed}]`,
    );
    // The report is shown on failure: which document lost what.
    expect(mean('precision'), report.join('\n')).toBeGreaterThanOrEqual(0.85);
    expect(mean('recall'), report.join('\n')).toBeGreaterThanOrEqual(0.74);
  });

  it('reads the well-structured RFCs and post-mortems almost perfectly', () => {
    for (const document of [
      'rfc/rust-rfc-3660-crates-io-crate-deletions.md',
      'postmortem/dfds-pm2020-001-inotify-exhaustion.md',
      'rfc/k8s-kep-2225-contributor-site.md',
    ]) {
      const label = labels.find((l) => l.document === document);
      if (!label) throw new Error(`no label for ${document}`);
      const s = score(label);
      expect(s.precision, document).toBe(1);
      expect(s.recall, document).toBeGreaterThanOrEqual(0.85);
    }
  });
});
