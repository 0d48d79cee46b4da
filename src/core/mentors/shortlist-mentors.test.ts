import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/helpers/dialects.js';
import { openTestWorkspace, type TestWorkspace } from '../../../test/helpers/workspace.js';
import { isAppError } from '../errors.js';
import { createRecord } from '../records/create-record.js';
import { addMentor } from '../relationships/add-mentor.js';
import { moveRelationship } from '../relationships/move-relationship.js';
import { shortlistMentors, stem, stemsOf } from './shortlist-mentors.js';

describe('expertise stems', () => {
  it('brings the forms of a word together', () => {
    const same = [
      ['pricing', 'price', 'prices'],
      ['experiments', 'experimentation', 'experimenting'],
      ['prioritize', 'prioritisation', 'prioritizing'],
      ['communication', 'communicating', 'communicate'],
      ['leadership', 'leading', 'leader'],
      ['management', 'managing', 'manager'],
      ['roadmapping', 'roadmaps', 'roadmap'],
      ['business', 'businesses'],
    ];
    for (const words of same) expect(new Set(words.map(stem)).size, words.join(' ')).toBe(1);
    expect(stem('pricing')).not.toBe(stem('product'));
  });

  it('drops stop words, numbers and contractions', () => {
    expect(stemsOf("I've never designed a pricing experiment in 2 years, and I don't know how")).toEqual([
      'design',
      'pric',
      'experi',
      'year',
    ]);
  });
});

describeEachDialect('shortlisting mentors for a skill gap', (_dialect, newDatabase) => {
  let t: TestWorkspace;
  let gapId: string;
  beforeEach(async () => {
    t = await openTestWorkspace(await newDatabase(), '2026-11-28');
    const gap = await createRecord(t.ctx, {
      entity: 'gaps',
      input: { statement: 'I have never designed a pricing experiment', skill: 'execution' },
    });
    gapId = gap.id;
  });
  afterEach(() => t.close());

  const mentor = async (input: Record<string, unknown>, evidence: Array<'excellence' | 'explaining'> = []) => {
    const { mentor: m } = await addMentor(t.ctx, { input });
    for (const criterion of evidence) await createRecord(t.ctx, { entity: 'evidence', input: { mentorId: m.id, criterion, note: 'talk' } });
    return m;
  };

  it('ranks an expert with evidence first and explains each rank', async () => {
    await mentor({ name: 'Bo Generalist', expertise: ['leadership'], excellenceScore: 3, explainingScore: 3 });
    const ana = await mentor({ name: 'Ana Diaz', expertise: ['pricing', 'experimentation'], excellenceScore: 5, explainingScore: 4 }, [
      'excellence',
      'excellence',
      'explaining',
    ]);
    await mentor({ name: 'Cy Unknown', expertise: ['pricing experiments'] });
    const list = await shortlistMentors(t.ctx, { gapId });
    expect(list.map((e) => e.mentor.name)).toEqual(['Ana Diaz', 'Cy Unknown', 'Bo Generalist']);
    const [first, second, last] = list;
    expect(first?.mentor.id).toBe(ana.id);
    expect(first?.reasons).toEqual([
      "expertise 'experimentation' is part of execution",
      "expertise matches 'pricing'",
      "expertise matches 'experimentation'",
      'Proven Excellence 5/5 (2 pieces of evidence)',
      'Explaining Power 4/5 (1 piece of evidence)',
    ]);
    expect(second?.reasons).toContain('Proven Excellence unknown (no evidence)');
    expect(last?.reasons).toContain('no expertise tag matches this gap');
    expect(first?.score).toBeGreaterThan(second?.score ?? 100);
    expect(first?.score).toBeLessThanOrEqual(100);
    expect(last?.score).toBeGreaterThanOrEqual(0);
  });

  it('ranks unknown scores below known ones when the expertise is the same', async () => {
    await mentor({ name: 'Al Unknown', expertise: ['pricing'] });
    await mentor({ name: 'Zed Known', expertise: ['pricing'], excellenceScore: 1 });
    expect((await shortlistMentors(t.ctx, { gapId })).map((e) => e.mentor.name)).toEqual(['Zed Known', 'Al Unknown']);
  });

  it('gives a tag naming the skill more weight than a tag that is part of it', async () => {
    await mentor({ name: 'Al Cue', expertise: ['data analysis'] });
    await mentor({ name: 'Bea Named', expertise: ['Execution'] });
    const list = await shortlistMentors(t.ctx, { gapId });
    expect(list.map((e) => e.mentor.name)).toEqual(['Bea Named', 'Al Cue']);
    expect(list[0]?.reasons[0]).toBe("expertise 'Execution' names the skill execution");
  });

  it('says when you are already in touch with a mentor for this gap', async () => {
    await addMentor(t.on('2026-11-01'), { input: { name: 'Ana', expertise: ['pricing'] }, gapId });
    const [entry] = await shortlistMentors(t.ctx, { gapId });
    expect(entry?.reasons.at(-1)).toBe('already in touch for this gap: prospect since 2026-11-01');
  });

  it('puts a mentor who declined for this gap last, saying so', async () => {
    const { mentor: star, relationship } = await addMentor(t.on('2026-11-01'), {
      input: { name: 'Star', expertise: ['pricing', 'experimentation'], excellenceScore: 5, explainingScore: 5 },
      gapId,
    });
    await moveRelationship(t.on('2026-11-10'), { relationshipId: relationship.id, to: 'declined' });
    await mentor({ name: 'Modest', expertise: ['leadership'] });
    const list = await shortlistMentors(t.ctx, { gapId });
    expect(list.map((e) => [e.mentor.id === star.id, e.declined])).toEqual([
      [false, false],
      [true, true],
    ]);
    expect(list[1]?.reasons.at(-1)).toBe('declined for this gap on 2026-11-10');
  });

  it('keeps to the limit and refuses a bad limit or an unknown gap', async () => {
    for (const name of ['A', 'B', 'C']) await mentor({ name, expertise: ['pricing'] });
    expect(await shortlistMentors(t.ctx, { gapId, limit: 2 })).toHaveLength(2);
    const refusal = (work: Promise<unknown>) =>
      work.then(
        () => null,
        (e: unknown) => (isAppError(e) ? e.code : e),
      );
    expect(await refusal(shortlistMentors(t.ctx, { gapId, limit: 0 }))).toBe('invalid_input');
    expect(await refusal(shortlistMentors(t.ctx, { gapId: 'missing' }))).toBe('not_found');
  });

  it('returns an empty shortlist when there are no mentors', async () => {
    expect(await shortlistMentors(t.ctx, { gapId })).toEqual([]);
  });
});
