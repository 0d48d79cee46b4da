import { describe, expect, it } from 'vitest';
import { stages } from './schemas.js';
import { nextStages, whyIllegal } from './stages.js';

describe('relationship stages', () => {
  it('walks the loop forward one stage at a time', () => {
    const loop = ['prospect', 'asked', 'replied', 'applied', 'circled-back', 'escalated', 'office-hours'] as const;
    for (let i = 0; i + 1 < loop.length; i++) {
      expect(whyIllegal(loop[i] as (typeof loop)[number], loop[i + 1] as (typeof loop)[number])).toBeUndefined();
    }
  });

  it('reaches dormant and declined from every active stage', () => {
    for (const from of stages.filter((s) => s !== 'dormant' && s !== 'declined')) {
      expect(nextStages(from)).toContain('dormant');
      expect(nextStages(from)).toContain('declined');
    }
  });

  it('refuses escalation before a circle-back, with the reason', () => {
    for (const from of ['prospect', 'asked', 'replied', 'applied', 'dormant'] as const) {
      expect(whyIllegal(from, 'escalated')).toMatch(/only after at least one circle-back/);
    }
  });

  it('refuses skipping the ask', () => {
    expect(whyIllegal('prospect', 'replied')).toMatch(/Allowed next: asked/);
  });

  it('refuses a move to the same stage', () => {
    expect(whyIllegal('asked', 'asked')).toMatch(/already at "asked"/);
  });

  it('revives a dormant relationship only with a new ask, and lets it be declined', () => {
    expect(nextStages('dormant')).toEqual(['asked', 'declined']);
    expect(whyIllegal('dormant', 'declined')).toBeUndefined();
    expect(nextStages('declined')).toEqual(['prospect']);
  });
});
