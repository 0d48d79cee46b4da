import { describe, expect, it } from 'vitest';
import { makeSnippet, searchTerms } from './search-snippet.js';

describe('search terms and snippets', () => {
  it('keeps only the words of a query, once each, so no query syntax reaches the database', () => {
    expect(searchTerms('"Pricing" AND (experiment* OR NEAR/3) pricing')).toEqual(['pricing', 'and', 'experiment', 'or', 'near', '3']);
    expect(searchTerms('  ')).toEqual([]);
  });

  it('centres the snippet on the first match, cut at word boundaries, with the matches’ offsets', () => {
    const excerpt = `${'Lorem ipsum dolor sit amet. '.repeat(6)}Admins depend on saved searches; dependencies are listed. ${'More text follows here. '.repeat(10)}`;
    const { snippet, highlights } = makeSnippet(excerpt, ['dependencies', 'searches']);
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(highlights.map(([s, e]) => snippet.slice(s, e))).toEqual(['depend', 'searches', 'dependencies']);
    expect(snippet.length).toBeLessThanOrEqual(202);
  });

  it('starts at the top when nothing in the excerpt matches, and never marks up the text', () => {
    const { snippet, highlights } = makeSnippet('<script>alert(1)</script> plain words', ['title']);
    expect(snippet).toBe('<script>alert(1)</script> plain words');
    expect(highlights).toEqual([]);
  });
});
