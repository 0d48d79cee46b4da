import { describe, expect, it } from 'vitest';
import { stages } from '../relationships/schemas.js';
import { whyIllegal } from '../relationships/stages.js';
import { listStageMoves } from './list-stage-moves.js';

describe('the stage moves the surfaces offer', () => {
  it('names every stage once, each with the moves the rules accept by hand', () => {
    const moves = listStageMoves();
    expect(Object.keys(moves)).toEqual([...stages]);
    for (const from of stages) {
      for (const to of stages) {
        const byHand = to !== 'circled-back' && whyIllegal(from, to) === undefined;
        expect(moves[from].includes(to), `${from} → ${to}`).toBe(byHand);
      }
    }
  });

  it('never offers circled-back, which only a logged circle-back that passes its check reaches', () => {
    expect(listStageMoves().applied).toEqual(['dormant', 'declined']);
    expect(listStageMoves().dormant).toEqual(['asked', 'declined']);
  });
});
