import MarkdownIt from 'markdown-it';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/helpers/dialects.js';
import { openTestWorkspace, type TestWorkspace } from '../../../test/helpers/workspace.js';
import { createRecord } from '../records/create-record.js';
import { startRelationship } from '../relationships/start-relationship.js';
import { exportReport, md } from './export-report.js';
import { loadDemo } from './load-demo.js';

/** A permissive renderer: raw HTML allowed, as on many Markdown viewers. */
const render = (text: string) => new MarkdownIt({ html: true }).render(text);

describe('md', () => {
  it.each([
    '[click](javascript:alert(1))',
    '![x](http://tracker.example/p.png)',
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '<http://evil.example>',
    '[a]: http://evil.example',
    '&lt;b&gt;',
  ])('keeps %j as plain text', (text) => {
    const html = render(`- ${md(text)}`);
    expect(html).not.toMatch(/<(a|img|script)\b/);
    expect(html).not.toContain('<b>');
  });

  it('puts user text on one line', () => {
    expect(md('one\n\n# two\n---')).toBe('one \\# two ---');
  });
});

describeEachDialect('the Markdown report', (_dialect, newDatabase) => {
  let t: TestWorkspace;
  beforeEach(async () => {
    t = await openTestWorkspace(await newDatabase(), '2026-11-28');
  });
  afterEach(() => t.close());

  it('tells the loop per outcome: check-ins, progress, gaps, stages, advice and meetings', async () => {
    await loadDemo(t.ctx);
    const report = await exportReport(t.ctx);
    expect(report).toMatch(/^# Growth report — Alex Rivera\n/);
    expect(report).toContain('## Outcome: Increase monetization on the Growth team');
    expect(report).toMatch(/- Progress: 4\.33 on the last check-in, 62% of the way from 4\.2 to 4\.41/);
    expect(report).toContain('| 2026-10-03 | 4.2 | 70 | Baseline when I joined the Growth team. |');
    expect(report).toMatch(/\*\*execution\*\* \(IQ, artifact method, active\)/);
    expect(report).toMatch(/#### Maya Lindqvist — Head of Monetization, Fernway/);
    expect(report).toMatch(/Stage: \*\*office-hours\*\* since 2026-11-21 · office hours monthly, 15 min/);
    expect(report).toMatch(/- 2026-10-09: prospect\n- 2026-10-10: asked/);
    expect(report).toMatch(
      /applied 2026-10-24 \(Two-week A\/B test on our upgrade screen\) → result: Annual-plan .* → circled back 2026-11-08/,
    );
    expect(report).toMatch(/- 2026-11-21 15 min, How to segment the next pricing test by platform/);
    expect(report).toMatch(/ {2}- \[ \] Run the next framing test split by platform and share the result \(due 2026-12-12\)/);
    expect(report).toMatch(/asked Sam Okafor for feedback on executive presence/);
  });

  it('escapes user text so it cannot add links or HTML', async () => {
    const outcome = await createRecord(t.ctx, {
      entity: 'outcomes',
      input: { statement: 'Ship [it](javascript:alert(1)) <script>x</script>' },
    });
    const mentor = await createRecord(t.ctx, { entity: 'mentors', input: { name: '![pixel](http://tracker.example/p.png)' } });
    await startRelationship(t.ctx, { input: { mentorId: mentor.id, outcomeId: outcome.id } });
    await createRecord(t.ctx, { entity: 'gaps', input: { statement: '<img src=x onerror=alert(1)>', skill: 'strategy' } });
    const html = render(await exportReport(t.ctx));
    expect(html).not.toMatch(/<(a|img|script)\b/);
    expect(html).toContain('Ship [it](javascript:alert(1)) &lt;script&gt;x&lt;/script&gt;');
    expect(html).toContain('<h2>Not tied to an outcome</h2>');
  });
});
