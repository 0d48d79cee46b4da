import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDocx } from '../bench/documents.js';
import { cliSandbox, expectUsageError, repoRoot } from './helpers/cli.js';
import { corpusDir as corpus } from './helpers/corpus.js';

const rfcs = [
  'rust-rfc-3660-crates-io-crate-deletions.md',
  'k8s-kep-2225-contributor-site.md',
  'react-rfc-0212-intent-to-ship-react-18.md',
];

describe('the library and templates through the CLI', () => {
  const cli = cliSandbox();
  const inHome = (name: string) => join(cli.home(), name);

  it('lists the questions of a document as JSON without storing it', async () => {
    const result = await cli.json<{
      questions: Array<{ id: string; question: string; section: string | null; start: number; end: number }>;
    }>(['questions', join(corpus, 'postmortem', 'dfds-pm2020-001-inotify-exhaustion.md')]);
    expect(result.questions.map((q) => q.id)).toEqual(
      expect.arrayContaining(['summary', 'incident-timeline', 'root-cause', 'lessons', 'next-steps']),
    );
    for (const q of result.questions) expect(q.end).toBeGreaterThan(q.start);
    expect(await cli.json<unknown[]>(['library', 'list'])).toEqual([]);
  });

  it('reads a Word document into the library, and finds it by search', async () => {
    writeFileSync(inHome('brief.docx'), await makeDocx(3));
    const [added] = await cli.json<Array<{ id: string; kind: string; questions: Array<{ questionId: string }> }>>([
      'library',
      'add',
      inHome('brief.docx'),
      '--kind',
      'prd',
      '--tags',
      'growth,pricing',
    ]);
    expect(added?.kind).toBe('prd');
    expect(added?.questions.map((q) => q.questionId)).toEqual(expect.arrayContaining(['summary', 'problem', 'goals', 'tradeoffs']));
    const hits = await cli.json<Array<{ id: string; snippet: string }>>(['library', 'search', 'dependencies']);
    expect(hits.map((h) => h.id)).toContain(added?.id);
    const human = await cli.run(['library', 'search', 'dependencies']);
    expect(human.stdout).toMatch(/«depend\w*»/i);
    const updated = await cli.json<{ rating: number; tags: string[]; body?: string }>([
      'library',
      'update',
      added?.id ?? '',
      '--rating',
      '4',
      '--tags',
      'checkout',
    ]);
    expect(updated).toMatchObject({ rating: 4, tags: ['checkout'] });
    expect(updated.body).toBeUndefined();
    expectUsageError(await cli.run(['library', 'update', added?.id ?? '', '--rating', '9']), /Rating must be 1–5/);
    await cli.json(['library', 'remove', added?.id ?? '']);
    expect(await cli.json<unknown[]>(['library', 'list'])).toEqual([]);
  });

  it('builds a template from three RFCs and reports what a draft leaves open, exiting 1', async () => {
    for (const f of rfcs) copyFileSync(join(corpus, 'rfc', f), inHome(f));
    const created = await cli.json<{ name: string; sources: string[] }>(['template', 'create', 'RFC', ...rfcs.map(inHome)]);
    expect(created.sources).toHaveLength(3);
    const draft = join(repoRoot, 'test', 'fixtures', 'library', 'draft-without-risks-and-metrics.md');
    const result = await cli.run(['check', 'draft', '--template', 'RFC', draft]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/✗ risks +What could go wrong/);
    expect(result.stdout).toMatch(/✗ success-metrics/);
    expect(result.stdout.match(/✗/g)).toHaveLength(2);
    const shown = await cli.run(['template', 'show', 'RFC']);
    expect(shown.stdout).toMatch(/alternatives .*3 of 3/);
  });

  it('refuses unreadable files with one line naming the file, and stores nothing', async () => {
    const before = (await cli.json<unknown[]>(['library', 'list'])).length;
    const templates = (await cli.json<unknown[]>(['template', 'list'])).length;
    const cases: Array<[string, Uint8Array | string, RegExp]> = [
      ['corrupt.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]), /corrupt\.docx .*DOCX/],
      ['corrupt.pdf', '%PDF-1.7\nthis is not a pdf body', /corrupt\.pdf .*PDF/],
      ['photo.md', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /photo\.md .*binary/],
      ['empty.md', '', /empty\.md .*empty/],
    ];
    for (const [name, bytes, message] of cases) {
      writeFileSync(inHome(name), bytes);
      expectUsageError(await cli.run(['library', 'add', inHome(name)]), message);
    }
    const huge = inHome('huge.md');
    writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024, 'a'));
    expectUsageError(await cli.run(['library', 'add', huge]), /huge\.md is 50 MB; documents can be at most 20 MB/);
    expectUsageError(await cli.run(['template', 'create', 'Broken', join(corpus, 'rfc', rfcs[0] ?? ''), inHome('empty.md')]), /empty\.md/);
    expect(await cli.json<unknown[]>(['library', 'list'])).toHaveLength(before);
    expect(await cli.json<unknown[]>(['template', 'list'])).toHaveLength(templates);
  });
});
