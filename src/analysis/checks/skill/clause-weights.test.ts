import { describe, expect, it } from 'vitest';
import { skillWeights } from '../../data/skills.js';
import { tokenIndexAt } from '../../engine/positions.js';
import { parseText } from '../../engine/text.js';
import { clauseFactor, isTopicNegated, splitClauses, weighClauses } from './clause-weights.js';

const factorAt = (text: string, word: string) => {
  const doc = parseText(text);
  return clauseFactor(weighClauses(doc), text.indexOf(word));
};

describe('clause weights', () => {
  it('splits at punctuation and at contrast words', () => {
    const text = 'My decks are fine; the real issue is pricing, but also hiring';
    expect(splitClauses(parseText(text)).map((c) => text.slice(c.start, c.end))).toEqual([
      'My decks are fine',
      'the real issue is pricing',
      'but also hiring',
    ]);
  });

  it('damps a stated strength and boosts what follows the primary blocker', () => {
    const text = 'My slides are solid; what holds me back is sizing a market.';
    expect(factorAt(text, 'slides')).toBe(skillWeights.strengthClause);
    expect(factorAt(text, 'sizing')).toBe(skillWeights.primary);
  });

  it('keeps a strength word inside a deficit clause at full weight', () => {
    expect(factorAt("I don't present well to executives.", 'present')).toBe(1);
  });

  it('damps a consequence clause', () => {
    expect(factorAt('I skip the research, so the roadmap drifts.', 'roadmap')).toBe(skillWeights.consequence);
  });

  it.each([
    ["It's not the roadmap, it's the people.", 'roadmap', true],
    ["My gap isn't presenting.", 'presenting', true],
    ["I'm not confident in meetings.", 'confident', false],
    ["I can't write a spec.", 'spec', false],
    ['I have no formal authority.', 'formal', false],
  ])('topic negation in %j at %j is %s', (text, word, expected) => {
    const doc = parseText(text);
    expect(isTopicNegated(doc, tokenIndexAt(doc, text.indexOf(word)))).toBe(expected);
  });
});
