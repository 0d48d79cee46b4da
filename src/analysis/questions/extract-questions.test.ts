import { describe, expect, it } from 'vitest';
import { extractQuestions, isSkeleton, questionsOf } from './extract-questions.js';
import { readMarkdown } from './read-markdown.js';

const questions = (markdown: string) => {
  const doc = readMarkdown(markdown);
  return extractQuestions(doc).map((q) => ({ ...q, evidence: doc.text.slice(q.start, q.end) }));
};
const ids = (markdown: string) => questions(markdown).map((q) => q.id);

describe('questions from headings', () => {
  it('reads headings by their aliases and wordings, whatever the numbering, case and punctuation', () => {
    expect(
      ids(
        '## 1. Summary\nA tool.\n\n## 2.1 Risks & Mitigations\nData loss.\n\n## Non-Goals:\nNo mobile.\n\n## WHY NOW?\nThe contract ends.',
      ),
    ).toEqual(['summary', 'risks', 'non-goals', 'why-now']);
    expect(ids('## Goals and non-goals\nShip it.\n\n## Rationale and alternatives\nWe looked at two.')).toEqual([
      'goals',
      'non-goals',
      'alternatives',
    ]);
  });

  it('does not read a question into a weak word inside a longer heading', () => {
    const found = ids('## How the design of the cache evolved over time\nText here.\n\n## Model updates\nMore text.');
    expect(found).not.toContain('solution');
    expect(found).not.toContain('status');
  });

  it('carries the section path and a span that starts at the heading', () => {
    const [risk] = questions('# Plan\n\n## Risks\nThe vendor may be late.').filter((q) => q.id === 'risks');
    expect(risk?.section).toBe('Plan › Risks');
    expect(risk?.evidence).toBe('Risks\n\nThe vendor may be late.');
  });

  it('reads a timeline in a post-mortem as the incident timeline', () => {
    expect(ids('# Outage post-mortem\n\n## Timeline\n- 10:02 alerts fire\n- 10:10 rollback\n\n## Root cause\nA bad config.')).toEqual([
      'incident-timeline',
      'root-cause',
    ]);
    expect(ids('# Launch plan\n\n## Timeline\n- March: beta\n- May: GA')).toContain('timeline');
  });
});

describe('questions from content', () => {
  it('finds a timeline in a section of dated milestones', () => {
    const found = questions('## Plan of record\n- 2027-01-15: API merged\n- 2027-02-01: beta\n- Q2 2027: general availability');
    expect(found.map((q) => q.id)).toEqual(['timeline']);
  });

  it('finds success metrics in "we will measure" under a vague heading', () => {
    const [metric] = questions('## Wrapping up\nWe will measure adoption as the share of admins with a saved search.').filter(
      (q) => q.id === 'success-metrics',
    );
    expect(metric?.evidence).toMatch(/^We will measure/);
  });

  it('finds a question answered in passing under another heading when its cue is unambiguous', () => {
    const found = questions('## Goals\nAdmins save searches. Sharing across organisations is out of scope for this release.');
    expect(found.map((q) => [q.id, q.evidence])).toEqual([
      ['goals', 'Goals\n\nAdmins save searches. Sharing across organisations is out of scope for this release.'],
      ['non-goals', 'out of scope'],
    ]);
  });

  it('reads the labels that open paragraphs as headings in all but form', () => {
    expect(ids('# Brief\n\nOwner: @maya\n\nWhy: admins lose an hour a week.\n\nThe rest of the text.')).toEqual(
      expect.arrayContaining(['owners', 'motivation']),
    );
  });

  it('keeps an FAQ’s explicit questions as custom questions in their own wording', () => {
    const found = questions('## FAQ\n\n### Will it cost extra?\nNo.\n\n### Can I export my searches?\nYes, as CSV.');
    expect(found.map((q) => [q.id, q.question])).toEqual([
      ['faq', 'What do people usually ask?'],
      ['custom', 'Will it cost extra?'],
      ['custom', 'Can I export my searches?'],
    ]);
  });

  it('keeps a section that fits no catalogue question as a custom one, and a summary from the opening', () => {
    const found = questions(
      '# Saved searches\n\nAdmins can save an audit-log search and get a weekly digest of new matches by email.\n\n## Pricing tiers for the digest\nIncluded.\n\n## The nightly job\nIt runs at 2am.',
    );
    expect(found.map((q) => q.id)).toEqual(['summary', 'pricing', 'custom']);
    expect(found[2]?.question).toBe('The nightly job');
  });

  it('finds nothing in an empty document and never repeats a canonical id', () => {
    expect(ids('')).toEqual([]);
    const found = ids('## Risks\nOne.\n\n## More risks\nTwo.\n\n## Risks\nThree.');
    expect(found.filter((id) => id === 'risks')).toHaveLength(1);
  });
});

describe('headings left empty', () => {
  it('marks a question whose section only says TBD as empty, until a later section answers it', () => {
    const found = questions('## Summary\nA weekly digest of saved searches for admins.\n\n## Risks\nTBD\n\n## Timeline\n- [ ] to be added');
    expect(found.map((q) => [q.id, q.empty])).toEqual([
      ['summary', false],
      ['risks', true],
      ['timeline', true],
    ]);
    const later = questions(
      '## Risks\nTBD\n\n## Risks and mitigations\nThe job may overload the cluster; we cap it at 100 searches a night.',
    );
    expect(later.map((q) => [q.id, q.empty, q.evidence.slice(0, 21)])).toEqual([['risks', false, 'Risks and mitigations']]);
  });

  it('counts a heading as answered when only its subsections hold the text', () => {
    expect(questions('## Goals\n\n### For admins\nSave a search in one click.').map((q) => [q.id, q.empty])).toEqual([['goals', false]]);
  });

  it('reads a skeleton, such as a template, as the questions its headings ask', () => {
    const skeleton = extractQuestions(
      readMarkdown('# Post-mortem\n\n## Summary\n\n## Timeline\n-\n\n## Root cause\n-\n\n## Action items\n-'),
    );
    expect(isSkeleton(skeleton)).toBe(true);
    expect(questionsOf(skeleton).map((q) => q.id)).toEqual(['summary', 'incident-timeline', 'root-cause', 'next-steps']);
    const draft = extractQuestions(readMarkdown('## Summary\nIt broke.\n\n## Root cause\nA bad deploy.\n\n## Timeline\nTBD'));
    expect(isSkeleton(draft)).toBe(false);
    expect(questionsOf(draft).map((q) => q.id)).toEqual(['summary', 'root-cause']);
  });
});
