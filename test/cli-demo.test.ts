import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { cliSandbox } from './helpers/cli.js';
import { describeEachDialect } from './helpers/dialects.js';

const TODAY = '2026-11-28';

interface Artifact {
  id: string;
  title: string;
  kind: string;
  tags: string[];
}
interface DraftCheck {
  coverage: number;
  answered: number;
  total: number;
  items: Array<{ questionId: string; answered: boolean }>;
}
interface Doctor {
  findings: Array<{ pitfall: string; message: string }>;
}

describeEachDialect('understudy init --demo, through the CLI', (_dialect, newDatabase) => {
  const cli = cliSandbox();

  it('fills the library: two gold-standard documents, a template built from them, and a partial draft', async () => {
    const db = await newDatabase();
    const u = (...args: string[]) => ['--db', db, '--today', TODAY, ...args];
    expect((await cli.run(u('init', '--demo'))).code).toBe(0);

    const documents = await cli.json<Artifact[]>(u('library', 'list'));
    expect(documents.length).toBeGreaterThanOrEqual(2);
    expect(documents.filter((d) => d.tags.includes('gold-standard')).map((d) => d.kind)).toEqual(['prd', 'one-pager']);
    const templates = await cli.json<Array<{ name: string }>>(u('template', 'list'));
    expect(templates.map((t) => t.name)).toEqual(['Pricing experiment brief']);

    // The user's draft is in the library; its text, checked against the template, answers part of it.
    const [draft] = await cli.json<Artifact[]>(u('library', 'list', '--tag', 'draft'));
    expect(draft?.title).toMatch(/^My draft:/);
    const { body } = await cli.json<{ body: string }>(u('library', 'show', draft?.id ?? ''));
    const file = join(cli.home(), `draft-${draft?.id}.txt`);
    writeFileSync(file, body);
    const checked = await cli.run(u('check', 'draft', '--template', 'Pricing experiment brief', file, '--json'));
    const result = JSON.parse(checked.stdout) as DraftCheck;
    expect(result.answered).toBeGreaterThanOrEqual(3);
    expect(result.coverage).toBeGreaterThan(0);
    expect(result.coverage).toBeLessThan(0.5);
    const missing = result.items.filter((i) => !i.answered).map((i) => i.questionId);
    expect(missing).toEqual(expect.arrayContaining(['success-metrics', 'risks', 'rollout']));
    // Search reaches the demo's documents like any added with `library add`.
    const hits = await cli.json<Array<{ title: string }>>(u('library', 'search', 'annual', 'plan', 'take', 'rate'));
    expect(hits.length).toBeGreaterThan(0);
  });

  it('shows Sam as a mirror at `replied`, with his feedback and the grateful reply', async () => {
    const db = await newDatabase();
    const u = (...args: string[]) => ['--db', db, '--today', TODAY, ...args];
    expect((await cli.run(u('init', '--demo'))).code).toBe(0);
    const mentors = await cli.json<Array<{ id: string; name: string; stages: string[] }>>(u('mentor', 'list'));
    const sam = mentors.find((m) => m.name === 'Sam Okafor');
    expect(sam?.stages).toEqual(['replied']);
    const mirror = await cli.json<{
      requests: Array<{ checkVerdict: string }>;
      feedback: Array<{ adopted: string | null; adoptedOn: string | null }>;
      replies: Array<{ checkVerdict: string }>;
    }>(u('feedback', 'list', '--mentor', sam?.id ?? ''));
    expect(mirror.requests.map((r) => r.checkVerdict)).toEqual(['specific']);
    expect(mirror.feedback.map((f) => f.adoptedOn)).toEqual(['2026-11-14']);
    expect(mirror.replies.map((r) => r.checkVerdict)).toEqual(['grateful']);
  });

  it('leaves the doctor nothing to report on the day it is loaded and a week later', async () => {
    const db = await newDatabase();
    expect((await cli.run(['--db', db, '--today', TODAY, 'init', '--demo'])).code).toBe(0);
    for (const today of [TODAY, '2026-12-05']) {
      const doctor = await cli.json<Doctor>(['--db', db, '--today', today, 'doctor']);
      expect([today, doctor.findings]).toEqual([today, []]);
    }
  });
});
