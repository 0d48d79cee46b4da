import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainInline } from './plain-inline.js';

describe('plainInline', () => {
  it.each([
    ['plain text', 'plain text'],
    ['**bold** and *em* and ~~gone~~ and __strong__', 'bold and em and gone and strong'],
    ['snake_case_name and 2 * 3 = 6', 'snake_case_name and 2 * 3 = 6'],
    ['a `code *not em*` span and ``with ` tick``', 'a code *not em* span and with ` tick'],
    ['[the docs](https://example.com "Title") and ![a chart](c.png)', 'the docs and a chart'],
    ['a [reference link][ref] and a [bracket] alone', 'a reference link and a [bracket] alone'],
    ['<https://example.com> or <ana@example.com>', 'https://example.com or ana@example.com'],
    ['tags <b>dropped</b>, a break<br>here, <!-- a comment --> gone', 'tags dropped, a break\nhere,  gone'],
    ['&amp; &lt;ok&gt; &#8217; &#x2014; &bogus;', '& <ok> ’ — &bogus;'],
    ['\\*not em\\* and a \\\\ backslash', '*not em* and a \\ backslash'],
    ['soft\nbreak and hard  \nbreak', 'soft break and hard\nbreak'],
  ])('reads %j as %j', (markdown, text) => {
    expect(plainInline(markdown)).toBe(text);
  });

  it('never throws and takes linear time on unbalanced brackets and markers', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2_000 }), (s) => {
        expect(typeof plainInline(s)).toBe('string');
      }),
    );
    for (const unit of ['[', '![', '`', '<', '*', '_a', '&', '[x](']) {
      const start = performance.now();
      plainInline(unit.repeat(100_000 / unit.length));
      expect(performance.now() - start, unit).toBeLessThan(1_000);
    }
  });
});
