import { describe, expect, it } from 'vitest';
import { classifySkill } from './classify-skill.js';

describe('classifySkill', () => {
  it.each([
    ['I never know how long an A/B test has to run before the result can be trusted.', 'execution'],
    ['my tickets are so thin that developers have to guess what i meant', 'execution'],
    ['I have no idea whether we should charge per seat or per workspace.', 'strategy'],
    ["I can't explain why our product will still matter in five years.", 'strategy'],
    ['I keep adding toggles and settings; the product gets harder to use with every release.', 'product-sense'],
    ['In customer calls I hear the feature requests but miss the need underneath them.', 'product-sense'],
    ['I get flustered when someone senior asks a question I did not expect.', 'communication'],
    ['My written updates are walls of text and nobody reads them.', 'communication'],
    ["Marketing and sales keep disagreeing on the launch plan and I'm stuck in between.", 'leadership'],
    ['I have no clout with the platform group, so our requests sit at the bottom of their list.', 'leadership'],
    ['I end up doing everything myself because I do not trust my team with big tasks.', 'management'],
    ['I have never run a hiring process and need to fill two roles this quarter.', 'management'],
  ])('%j is %s', (text, skill) => {
    expect(classifySkill(text).skill).toBe(skill);
  });

  it.each([
    ['Strategy is fine; my actual problem is that I mumble when I present it.', 'communication'],
    ['I know my numbers cold; what I cannot do is bring the VPs of sales and support to one plan.', 'leadership'],
    ["I'm good at shipping on time, but I can't tell which user problems are worth solving.", 'product-sense'],
    ["It's not the roadmap that worries me, it's that I can't write a spec engineers can build from.", 'execution'],
  ])('labels %j by its primary blocker (%s)', (text, skill) => {
    expect(classifySkill(text).skill).toBe(skill);
  });

  it('derives category, method and horizon from the skill', () => {
    const iq = classifySkill('I cannot size a market or build a business case.');
    expect([iq.category, iq.method, iq.horizon]).toEqual(['IQ', 'artifact', '3-6 months']);
    const eq = classifySkill('I avoid giving critical feedback to my reports.');
    expect([eq.category, eq.method, eq.horizon]).toEqual(['EQ', 'mirror', '12+ months']);
  });

  it('returns the words that decided it, with offsets into the text', () => {
    const text = 'I interrupt people in design reviews before they finish.';
    const result = classifySkill(text);
    expect(result.skill).toBe('communication');
    expect(result.evidence.map((e) => text.slice(e.start, e.end))).toEqual(result.evidence.map((e) => e.text));
    expect(result.evidence.map((e) => e.text)).toContain('interrupt');
    expect(result.confidence).toBeGreaterThan(0.4);
    expect(result.scores.communication).toBeGreaterThan(result.scores['product-sense']);
  });

  it('gives a best guess with confidence 0 and no evidence when nothing decides it', () => {
    for (const text of ['', '   ', 'Hello there!', '😀😀😀', '12345']) {
      const result = classifySkill(text);
      expect(result.confidence).toBe(0);
      expect(result.evidence).toEqual([]);
      expect(['IQ', 'EQ']).toContain(result.category);
    }
  });

  it('reports text stats', () => {
    expect(classifySkill('I cannot write a PRD. My specs are vague.').stats).toMatchObject({ words: 9, sentences: 2, questions: 0 });
  });
});
