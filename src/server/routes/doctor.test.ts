import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/helpers/dialects.js';
import { useLoopApi } from '../../../test/helpers/loop-api.js';

describeEachDialect('the doctor API', (_dialect, newDatabase) => {
  const { ok, refused, capturedAdvice, expectDocumented } = useLoopApi(newDatabase);

  it('finds an unclosed loop the day after a circle-back was due, and not the day before', async () => {
    const { advice } = await capturedAdvice();
    await ok('POST', `/api/advice/${advice[0]?.id}/apply`, { on: '2026-11-28', context: 'the upgrade screen' });
    const unclosed = async (today: string) => {
      const report = await ok<{ today: string; checked: string[]; findings: Array<{ pitfall: string; message: string }> }>(
        'GET',
        `/api/doctor?today=${today}`,
      );
      expect(report.today).toBe(today);
      expect(report.checked).toContain('unclosed-loop');
      return report.findings.filter((f) => f.pitfall === 'unclosed-loop');
    };
    expect(await unclosed('2026-12-05')).toEqual([]);
    const [finding] = await unclosed('2026-12-06');
    expect(finding?.message).toMatch(/Maya Lindqvist’s advice .* due by 2026-12-05/);
    expect(await refused('GET', '/api/doctor?today=2026-13-01')).toMatchObject({ status: 400 });
  });

  it('documents its routes in OpenAPI with tags and summaries', async () => {
    await expectDocumented([['get', '/api/doctor']]);
  });
});
