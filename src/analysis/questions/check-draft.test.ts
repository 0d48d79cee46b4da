import { describe, expect, it } from 'vitest';
import { buildTemplate } from './build-template.js';
import { checkDraft } from './check-draft.js';
import { extractQuestions } from './extract-questions.js';
import { readMarkdown } from './read-markdown.js';

const questionsOf = (markdown: string) => extractQuestions(readMarkdown(markdown));

describe('templates and the draft check', () => {
  const template = buildTemplate([
    questionsOf(
      '## Summary\nA.\n\n## Problem\nB.\n\n## Risks\nC.\n\n## FAQ\n\n### Does it cost extra?\nNo.\n\n### Who owns it?\nMaya.\n\n### Can I export?\nYes.',
    ),
    questionsOf(
      '## Summary\nA.\n\n## Problem\nB.\n\n## Success metrics\nD.\n\n## FAQ\n\n### Does it cost extra?\nNo.\n\n### When does it ship?\nMay.\n\n### Is it safe?\nYes.',
    ),
    questionsOf('## Overview\nA.\n\n## Risks\nC.\n\n## Timeline\n- May: beta'),
  ]);

  it('is the union of the documents’ questions in their mean relative order, with how many answer each', () => {
    expect(template.map((t) => [t.questionId, t.support])).toEqual([
      ['summary', 3],
      ['problem', 2],
      ['success-metrics', 1],
      ['risks', 2],
      ['faq', 2],
      ['custom', 2],
      ['timeline', 1],
    ]);
    expect(template.find((t) => t.questionId === 'custom')?.question).toBe('Does it cost extra?');
  });

  it('lists the missing questions first, most supported first, each with a hint; an empty heading says where it is', () => {
    const result = checkDraft(
      template,
      questionsOf(
        '## Summary\nA.\n\n## Risks\nTBD\n\n## Timeline\n- May: beta\n\n## FAQ\n\n### Does it cost extra?\nNo.\n\n### Why?\nBecause.\n\n### How?\nSo.',
      ),
    );
    expect(result.items.map((i) => [i.questionId, i.answered])).toEqual([
      ['problem', false],
      ['risks', false],
      ['success-metrics', false],
      ['summary', true],
      ['faq', true],
      ['custom', true],
      ['timeline', true],
    ]);
    expect(result.items[1]?.hint).toMatch(/^The section “Risks” is still empty\. List the risks/);
    expect(result.items[0]?.hint).toMatch(/^State the problem/);
    expect(result.coverage).toBeCloseTo(4 / 7);
    expect(checkDraft([], []).coverage).toBe(1);
  });
});
