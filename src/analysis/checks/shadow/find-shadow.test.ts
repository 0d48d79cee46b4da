import { describe, expect, it } from 'vitest';
import { catalogDir } from '../../../../test/helpers/examples.js';
import { strengths } from '../../data/strengths.js';
import { findShadow } from './find-shadow.js';

describe('findShadow', () => {
  it.each([
    ['In the partner call you kept asking how their API works, and they wondered why nobody had briefed you.', 'curious'],
    ['When the debate got tense you stopped talking, and the VP assumed you did not care.', 'thoughtful'],
    ['Once you announce a direction, arguments against it just bounce off you.', 'decisive'],
    ['Every release note has to go through you, and you send back changes about punctuation.', 'detail-oriented'],
    ['You wrapped the bad news in so many compliments that Tom thought his project was fine.', 'empathetic'],
    ['You cut off the analyst mid-sentence and said you had seen this pattern a hundred times.', 'confident'],
    ['You asked for one more survey before choosing a headline, and the campaign launched late.', 'data-driven'],
    ['Your strategy deck describes a beautiful end state and skips everything between now and then.', 'visionary'],
    ['When the VP praised the launch, you said it was all the team’s doing and mentioned nothing you did.', 'humble'],
    ['You told the team their estimates were lazy, and nobody has pushed back on you since.', 'direct'],
    ['You set up a working group for a decision that one person could have made in an hour.', 'collaborative'],
    ['Every plan you write assumes nothing will go wrong, so we have no buffer when something does.', 'optimistic'],
    ['Even after three failed pilots, you are still lobbying for the same chatbot idea.', 'persistent'],
    ['Simple requests now need a form, a triage meeting and two approvals.', 'organized'],
    ['When finance questioned your business case, you got visibly angry and left the meeting.', 'passionate'],
    ['You get bored once an idea is approved and move to the next exciting thing.', 'creative'],
    ['You keep covering for Lena’s late work so the VP won’t notice, and she never learns.', 'supportive'],
    ['You redesigned the settings area on your own and the design team found out at the demo.', 'independent'],
    ['You always pick the quick win, so we have nothing ambitious on the roadmap for next year.', 'pragmatic'],
    ['You pushed the copy live without a second read, and the pricing page had a typo for two days.', 'fast'],
  ])('%j describes %s overdone', (text, strength) => {
    expect(findShadow(text).strength).toBe(strength);
  });

  it('names the shadow and the counter-behaviour of the catalogue', () => {
    const result = findShadow('You made the call in five minutes and refused to revisit it when new data came in.');
    const decisive = strengths.find((s) => s.id === 'decisive');
    expect(result).toMatchObject({ strength: 'decisive', strengthName: 'Decisive', shadow: decisive?.shadow, counter: decisive?.counter });
    expect(result.confidence).toBeGreaterThan(0.5);
  });

  it('returns evidence with offsets into the text and lists alternatives', () => {
    const text = 'Your feedback is accurate but blunt, and the newer PMs now avoid sharing drafts with you.';
    const result = findShadow(text);
    expect(result.strength).toBe('direct');
    expect(result.evidence.length).toBeGreaterThan(0);
    for (const e of result.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    for (const a of result.alternatives) expect(a.strength).not.toBe('direct');
  });

  it('gives confidence 0 and no evidence when nothing points to a shadow', () => {
    for (const text of ['', 'Thanks!', '🙂', '42']) {
      const result = findShadow(text);
      expect(result.confidence).toBe(0);
      expect(result.evidence).toEqual([]);
      expect(result.alternatives).toEqual([]);
    }
  });
});

describe('strengths catalogue', () => {
  it('keeps the ids, names, shadows and counters of the strengths catalogue (catalog/strengths.json)', async () => {
    const catalogue = (await import(`${catalogDir}/strengths.json`)).default as {
      strengths: Array<{ id: string; strength: string; shadow: string; counter: string }>;
    };
    expect(strengths.map(({ id, strength, shadow, counter }) => ({ id, strength, shadow, counter }))).toEqual(catalogue.strengths);
  });

  it('has at least 20 strengths, each with cues', () => {
    expect(strengths.length).toBeGreaterThanOrEqual(20);
    for (const s of strengths) expect(Object.keys(s.cues).length).toBeGreaterThan(0);
  });
});
