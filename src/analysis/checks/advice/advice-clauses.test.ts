import { describe, expect, it } from 'vitest';
import { parseText } from '../../engine/text.js';
import { unitsOf } from './advice-clauses.js';

describe('unitsOf', () => {
  it('reads sentences and list items without their markers', () => {
    const text = 'A few things I’d try:\n- Cut the scope.\n2. Ship on Monday\n• Ask sales first.';
    const units = unitsOf(parseText(text));
    expect(units.map((u) => text.slice(u.start, u.end))).toEqual([
      'A few things I’d try:',
      'Cut the scope.',
      'Ship on Monday',
      'Ask sales first.',
    ]);
    expect(units.map((u) => u.leadIn)).toEqual([true, false, false, false]);
  });

  it('marks the clauses of a unit and what separates them', () => {
    const doc = parseText('Cut the scope, and ask for a date; then ship — fast.');
    const [unit] = unitsOf(doc);
    expect(unit?.clauses.map((c) => [doc.tokens[c.token]?.text, c.sep])).toEqual([
      ['Cut', 'start'],
      ['and', 'and'],
      ['then', 'semicolon'],
      ['fast', 'dash'],
    ]);
  });

  it('flags questions and skips units with no words', () => {
    const units = unitsOf(parseText('Why not test it first? 1. ?!'));
    expect(units).toHaveLength(1);
    expect(units[0]?.question).toBe(true);
  });
});
