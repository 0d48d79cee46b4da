import { describe, expect, it } from 'vitest';
import { indexList, matchesAtOffset, phrasePattern, scanPhrases } from './phrase-index.js';
import { parseText } from './text.js';

const found = (list: string, text: string) => scanPhrases(parseText(text), indexList(list)).map((h) => text.slice(h.start, h.end));

describe('phrase index', () => {
  it.each([
    ['prioriti~', 'We keep prioritizing the wrong work.', ['prioritizing']],
    ["don't count", 'They felt their ideas dont count.', ['dont count']],
    ['habit-forming', 'A habit forming app and a habitforming one.', ['habit forming', 'habitforming']],
    ['pick * brain', 'Could I pick your brain?', ['pick your brain']],
    ['where ** play', "where we'll play and where to play", ["where we'll play", 'where to play']],
    ['* year plan~', 'our five year plans', ['year plans']],
    ['a/b test~', 'Two A/B tests ran.', ['A/B tests']],
    ['1:1~', 'In 1:1s I talk too much.', ['1:1s']],
    ['co-founder', 'my cofounder and my co-founder', ['cofounder', 'co-founder']],
  ])('%s finds its phrase in %j', (list, text, expected) => {
    expect(found(list, text)).toEqual(expected);
  });

  it('matches only at word starts and word ends', () => {
    expect(found('ship', 'relationship shipping ship')).toEqual(['ship']);
    expect(found('market', 'marketing market')).toEqual(['market']);
  });

  it('reports overlapping phrases of one list', () => {
    expect(found('sample size | size', 'the sample size')).toEqual(['sample size', 'size']);
  });

  it('tests a phrase at one offset', () => {
    const doc = parseText('Keep me posted.');
    expect(matchesAtOffset(doc, indexList('keep me'), 0)).toBe(true);
    expect(matchesAtOffset(doc, indexList('keep me'), 5)).toBe(false);
  });

  it('compiles without capturing groups', () => {
    expect(new RegExp(`(${phrasePattern('what ** worked for us')})`, 'u').exec('what finally worked for us')?.length).toBe(2);
  });
});
