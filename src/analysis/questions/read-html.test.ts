import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DocumentModel } from './document.js';
import { readHtml } from './read-html.js';

/** Each section as its heading, path and blocks, every block read back from the text by its offsets. */
function outline(doc: DocumentModel) {
  return doc.sections.map((s) => {
    expect(doc.text.slice(s.headingStart, s.headingEnd)).toBe(s.heading);
    return { heading: s.heading, level: s.level, path: s.path, blocks: s.blocks.map((b) => [b.kind, doc.text.slice(b.start, b.end)]) };
  });
}

function blocks(html: string): string[][] {
  return outline(readHtml(html)).flatMap((s) => s.blocks);
}

describe('readHtml', () => {
  it('reads headings, paragraphs, lists, tables, code and quotations in order', () => {
    const doc = readHtml(`<!doctype html><html><head><title>Checkout &amp; Pay</title><meta charset="utf-8"></head>
      <body>
        <h1>Check<em>out</em> redesign</h1>
        <p>We rebuild   the
           checkout.</p>
        <h2>Goals</h2>
        <ul><li>Cut drop-off<ul><li>on mobile</li><li>on desktop</li></ul></li><li>Pay faster</li></ul>
        <h3>Metrics</h3>
        <table><caption>Targets</caption>
          <thead><tr><th>Metric</th><th>Target</th></tr></thead>
          <tbody><tr><td><p>Conversion</p></td><td>+5%</td></tr><tr><td>Time</td><td></td></tr></tbody>
        </table>
        <h2>Notes</h2>
        <pre>npm run build
  --verbose</pre>
        <blockquote><p>Ship it.</p><p>Then measure.</p></blockquote>
      </body></html>`);
    expect(doc.title).toBe('Checkout & Pay');
    expect(outline(doc)).toEqual([
      { heading: 'Checkout redesign', level: 1, path: ['Checkout redesign'], blocks: [['paragraph', 'We rebuild the checkout.']] },
      {
        heading: 'Goals',
        level: 2,
        path: ['Checkout redesign', 'Goals'],
        blocks: [
          ['list-item', 'Cut drop-off'],
          ['list-item', 'on mobile'],
          ['list-item', 'on desktop'],
          ['list-item', 'Pay faster'],
        ],
      },
      {
        heading: 'Metrics',
        level: 3,
        path: ['Checkout redesign', 'Goals', 'Metrics'],
        blocks: [['table', 'Targets\nMetric | Target\nConversion | +5%\nTime |']],
      },
      {
        heading: 'Notes',
        level: 2,
        path: ['Checkout redesign', 'Notes'],
        blocks: [
          ['code', 'npm run build\n--verbose'],
          ['quote', 'Ship it.'],
          ['quote', 'Then measure.'],
        ],
      },
    ]);
  });

  it('keeps <br> as a line break inside a block and decodes entities', () => {
    expect(blocks('<p>One<br>two<br/>&lt;three&gt; &eacute;t&#233; &#x1F600;</p>')).toEqual([['paragraph', 'One\ntwo\n<three> été 😀']]);
  });

  it('makes bare text, and text between blocks, paragraphs of their own', () => {
    expect(blocks('Before<div>Inside <b>bold</b></div>After<p>Para</p> tail')).toEqual([
      ['paragraph', 'Before'],
      ['paragraph', 'Inside bold'],
      ['paragraph', 'After'],
      ['paragraph', 'Para'],
      ['paragraph', 'tail'],
    ]);
  });

  it('skips scripts, styles, navigation, SVG, templates, frames and the head except its title', () => {
    const doc = readHtml(`<head><title>T</title><style>p{color:red}</style><script>var a = "<p>no</p>";</script>
      <link rel="x"></head>
      <body><nav><a href="/">Home</a></nav><noscript>Enable JS</noscript><template><p>tpl</p></template>
      <svg><title>icon</title><text>chart</text></svg><iframe src="x">frame</iframe>
      <p>Kept</p><script>document.write('gone')</script></body>`);
    expect(doc.title).toBe('T');
    expect(outline(doc).flatMap((s) => s.blocks)).toEqual([['paragraph', 'Kept']]);
  });

  it('ends a head left open at the first element or text that cannot be in a head, as a browser does', () => {
    expect(readHtml('<head><meta charset="utf-8"><title>T</title><p>Body</p>').text).toBe('Body');
    expect(readHtml('<head><link rel="icon">Loose text').text).toBe('Loose text');
    expect(readHtml('<head><style>p{}</style></head>').text).toBe('');
  });

  it('takes the first <title> only and falls back to the first h1', () => {
    expect(readHtml('<title>One</title><title>Two</title><h1>Head</h1>').title).toBe('One');
    expect(readHtml('<h2>Sub</h2><h1>Main</h1><p>x</p>').title).toBe('Main');
  });

  it('flattens a table nested in a cell into that cell and keeps headings in cells as text', () => {
    expect(blocks('<table><tr><td>a<table><tr><td>b</td><td>c</td></tr></table></td><td><h2>d</h2></td></tr></table><p>after</p>')).toEqual(
      [
        ['table', 'a b c | d'],
        ['paragraph', 'after'],
      ],
    );
  });

  it('tolerates broken markup', () => {
    expect(blocks('<p>one<p>two<li>three</ul></div><h2>four<p>five')).toEqual([
      ['paragraph', 'one'],
      ['paragraph', 'two'],
      ['list-item', 'three'],
    ]);
    // As in a browser, a paragraph opened inside an unclosed heading belongs to the heading.
    expect(readHtml('<h2>four<p>five').sections.map((s) => s.heading)).toEqual(['four five']);
    expect(blocks('<table><tr><td>a<td>b<tr><td>c')).toEqual([['table', 'a | b\nc']]);
    expect(blocks('text <!-- unclosed comment <p>hidden')).toEqual([['paragraph', 'text']]);
    expect(blocks('</p></p><p>x</i></b>y')).toEqual([['paragraph', 'xy']]);
    expect(readHtml('').sections).toEqual([]);
  });

  it('stays linear on deeply nested and unmatched tags', () => {
    const started = performance.now();
    const nested = readHtml('<span>x'.repeat(200_000));
    expect(nested.text).toBe('x'.repeat(200_000));
    expect(readHtml(`${'<div>'.repeat(100_000)}end${'</x>'.repeat(100_000)}`).text).toBe('end');
    expect(readHtml('<li><blockquote><table><tr><td>'.repeat(50_000)).text.length).toBeGreaterThanOrEqual(0);
    // Quadratic handling of these inputs takes minutes; linear takes well under a second each.
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('never throws and keeps every block and heading a tidy slice of the text', () => {
    const piece = fc.constantFrom(
      '<p>',
      '</p>',
      '<li>',
      '<ul>',
      '</ul>',
      '<table>',
      '<tr>',
      '<td>',
      '</table>',
      '<h2>',
      '</h2>',
      '<pre>',
      '<br>',
      '<script>',
      '</script>',
      '<!--',
      '-->',
      '&amp;',
      ' ',
      '\n',
      'a',
      'Word',
      '<title>',
      '</title>',
      '<svg>',
      '<head>',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const doc = readHtml(pieces.join(''));
        for (const section of doc.sections) {
          for (const block of section.blocks) {
            const text = doc.text.slice(block.start, block.end);
            expect(text).not.toBe('');
            expect(text).toBe(text.trim());
          }
        }
      }),
    );
  });
});
