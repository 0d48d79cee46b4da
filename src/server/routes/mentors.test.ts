import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/helpers/dialects.js';
import { useLoopApi } from '../../../test/helpers/loop-api.js';

describeEachDialect('the mentor shortlist API', (_dialect, newDatabase) => {
  const { ok, refused, expectDocumented } = useLoopApi(newDatabase);

  it('shortlists the expert first, with reasons', async () => {
    const gap = await ok<{ id: string }>(
      'POST',
      '/api/gaps',
      { statement: 'I have never designed a pricing experiment', skill: 'execution' },
      201,
    );
    await ok('POST', '/api/mentors', { name: 'Bo Generalist', expertise: ['leadership'], excellenceScore: 3, explainingScore: 3 }, 201);
    const ana = await ok<{ id: string }>(
      'POST',
      '/api/mentors',
      { name: 'Ana Diaz', expertise: ['pricing', 'experimentation'], excellenceScore: 5, explainingScore: 4 },
      201,
    );
    const list = await ok<Array<{ mentor: { id: string }; score: number; reasons: string[] }>>(
      'GET',
      `/api/mentors/shortlist?gapId=${gap.id}`,
    );
    expect(list.map((e) => e.mentor.id)[0]).toBe(ana.id);
    expect(list[0]?.score).toBeGreaterThan(list[1]?.score ?? 100);
    expect(list[0]?.reasons).toEqual(expect.arrayContaining([expect.stringMatching(/pricing/), 'Proven Excellence 5/5 (no evidence)']));
    expect(await ok<unknown[]>('GET', `/api/mentors/shortlist?gapId=${gap.id}&limit=1`)).toHaveLength(1);
    expect(await refused('GET', `/api/mentors/shortlist?gapId=${gap.id}&limit=0`)).toMatchObject({ status: 400 });
    expect(await refused('GET', '/api/mentors/shortlist?gapId=no-such-gap')).toMatchObject({ status: 404, code: 'not_found' });
    expect(await refused('GET', '/api/mentors/shortlist')).toMatchObject({ status: 400 });
  });

  it('documents its routes in OpenAPI with tags and summaries', async () => {
    await expectDocumented([['get', '/api/mentors/shortlist']]);
  });
});
