import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listItems, makePdf } from '../../../bench/documents.js';
import { drawPdf, type Furniture, heading, outline, para, paragraphs } from '../../../test/helpers/draw-pdf.js';
import { DocumentError } from './document.js';
import { readPdf } from './read-pdf.js';

const { first, second, third } = paragraphs;

describe('readPdf: pages, whole documents and damaged files', () => {
  it('drops page numbers and headers and footers repeated on most pages, but not headings that repeat', async () => {
    const furniture: Furniture = (page, pages) => [
      { text: 'ACME CONFIDENTIAL', y: 760 },
      { text: `Page ${page} of ${pages}`, y: 30, x: 280 },
    ];
    const doc = await readPdf(
      await drawPdf(
        [
          [heading('Week 1', 16), ...para(first)],
          [heading('Week 2', 16), ...para(second)],
          [heading('Week 3', 16), ...para(third)],
        ],
        furniture,
      ),
    );
    expect(outline(doc)).toEqual([
      { heading: 'Week 1', level: 1, path: ['Week 1'], blocks: [['paragraph', first]] },
      { heading: 'Week 2', level: 1, path: ['Week 2'], blocks: [['paragraph', second]] },
      { heading: 'Week 3', level: 1, path: ['Week 3'], blocks: [['paragraph', third]] },
    ]);
    expect(doc.text).not.toMatch(/ACME|Page \d/);
  });

  it('falls back to the shape of the text when every line has one size and font', async () => {
    const doc = await readPdf(
      await drawPdf([[{ text: 'GOALS' }, ...para(first), { text: 'Next Steps', space: 8 }, ...para(second), { text: '7', space: 300 }]]),
    );
    expect(outline(doc)).toEqual([
      { heading: 'GOALS', level: 1, path: ['GOALS'], blocks: [['paragraph', first]] },
      { heading: 'Next Steps', level: 2, path: ['GOALS', 'Next Steps'], blocks: [['paragraph', second]] },
    ]);
  });

  it('reads the 20-page benchmark document as the generator wrote it', async () => {
    const doc = await readPdf(await makePdf(20));
    const sections = ['Summary', 'Problem', 'Goals', 'Success Metrics', 'Risks', 'Timeline', 'Customer Evidence', 'Open Questions'];
    const subsections = ['Background', 'What We Heard', 'Scope', 'Dependencies', 'Trade-offs', 'Next Steps'];
    const expected = Array.from({ length: 20 }, (_, i) => {
      const h1 = `${sections[i % 8]}${i >= 8 ? ` for Phase ${Math.floor(i / 8) + 1}` : ''}`;
      const [a, b] = [subsections[(i * 2) % 6] ?? '', subsections[(i * 2 + 1) % 6] ?? ''];
      return [
        { heading: h1, level: 1, path: [h1], kinds: '' },
        { heading: a, level: 2, path: [h1, a], kinds: 'ppplll' },
        { heading: b, level: 2, path: [h1, b], kinds: 'ppp' },
      ];
    }).flat();
    expect(doc.title).toBe('Checkout Redesign: Product Requirements');
    const got = outline(doc).map((s) => ({ ...s, kinds: s.blocks.map(([kind]) => kind?.[0]).join(''), blocks: undefined }));
    expect(got).toEqual(expected.map((s) => ({ ...s, blocks: undefined })));
    const bullets = new Set(listItems);
    const odd = doc.sections.flatMap((s) =>
      s.blocks
        .map((b) => [b.kind, doc.text.slice(b.start, b.end)] as const)
        .filter(([kind, text]) => (kind === 'list-item' ? !bullets.has(text) : !/^[A-Z][^\n]{150,}\.$/.test(text))),
    );
    expect(odd).toEqual([]);
  });

  it('rejects damaged and cut PDFs with a DocumentError and nothing else', async () => {
    const bytes = await drawPdf([[heading('Summary', 16), ...para(first)], [...para(second)]]);
    await fc.assert(
      fc.asyncProperty(fc.nat(bytes.length - 1), fc.nat(255), fc.boolean(), async (at, byte, cut) => {
        const broken = cut ? bytes.slice(0, at) : bytes.slice();
        if (!cut) broken[at] = byte;
        const result = await readPdf(broken).then(
          (doc) => doc,
          (error: unknown) => error,
        );
        if (result instanceof Error) expect(result).toBeInstanceOf(DocumentError);
      }),
      { numRuns: 40 },
    );
  });
});
