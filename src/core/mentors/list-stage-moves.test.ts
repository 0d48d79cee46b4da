import { describe, expect, it } from 'vitest';
import { nextStages, stages, whyIllegal } from '../relationships/stages.js';
import { listStageMoves } from './list-stage-moves.js';

describe('the stage moves the surfaces offer', () => {
  it('names every stage once, each with exactly the moves the rules accept', () => {
    const moves = listStageMoves();
    expect(Object.keys(moves)).toEqual([...stages]);
    for (const from of stages) {
      expect(moves[from]).toEqual(nextStages(from));
      for (const to of stages) expect(moves[from].includes(to)).toBe(whyIllegal(from, to) === undefined);
    }
  });
});
