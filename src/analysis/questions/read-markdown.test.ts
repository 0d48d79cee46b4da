import { describe, expect, it } from 'vitest';
import { readMarkdown } from './read-markdown.js';

const blockTexts = (markdown: string) => {
  const doc = readMarkdown(markdown);
  return doc.sections.map((s) => ({ path: s.path, blocks: s.blocks.map((b) => [b.kind, doc.text.slice(b.start, b.end)]) }));
};

describe('readMarkdown', () => {
  it('turns headings into sections with their path, and blocks into plain text with offsets', () => {
    expect(
      blockTexts(
        'Intro **bold** and [a link](https://x.y).\n\n# Title\n\n## Goals\n\n- one\n- two `code`\n\n> quoted\n\n```\nlet x = 1;\n```',
      ),
    ).toEqual([
      { path: [], blocks: [['paragraph', 'Intro bold and a link.']] },
      { path: ['Title'], blocks: [] },
      {
        path: ['Title', 'Goals'],
        blocks: [
          ['list-item', 'one'],
          ['list-item', 'two code'],
          ['quote', 'quoted'],
          ['code', 'let x = 1;'],
        ],
      },
    ]);
  });

  it('reads tables as one block of rows, and nested list items in reading order', () => {
    expect(blockTexts('## Plan\n\n| When | What |\n|---|---|\n| Q1 | beta |\n\n- parent\n  - child\n- sibling').at(-1)?.blocks).toEqual([
      ['table', 'When | What\nQ1 | beta'],
      ['list-item', 'parent'],
      ['list-item', 'child'],
      ['list-item', 'sibling'],
    ]);
  });

  it('takes the title from front matter and drops MDX imports and HTML comments', () => {
    const doc = readMarkdown(
      '---\ntitle: "Q3 objectives"\ndate: 2026-07-01\n---\nimport Chart from "./chart"\n\n<!-- fill this in -->\n\n## Goals\nGrow.',
    );
    expect(doc.title).toBe('Q3 objectives');
    expect(doc.text).toBe('Goals\n\nGrow.');
  });

  it('keeps the text of raw HTML blocks without their tags', () => {
    const doc = readMarkdown('## Team\n\n<table><tr><td>Maya &amp; Li</td></tr></table>');
    expect(doc.text).toBe('Team\n\nMaya & Li');
  });

  it('reads a megabyte of Markdown whole', () => {
    const chunk = '## Section\n\nA paragraph with **bold**, `code` and [links](https://example.com).\n\n- item one\n- item two\n\n';
    const text = chunk.repeat(Math.ceil(1_000_000 / chunk.length));
    const doc = readMarkdown(text);
    expect(doc.sections.length).toBeGreaterThan(5_000);
  });
});
