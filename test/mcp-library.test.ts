import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDocx } from '../bench/documents.js';
import { cliSandbox, repoRoot } from './helpers/cli.js';
import { corpusDir } from './helpers/corpus.js';
import { describeEachDialect } from './helpers/dialects.js';
import { artifactTools, connectMcp, type McpConnection, toolsCalled } from './helpers/mcp.js';

/*
 * The Artifact method through `understudy mcp`: the built command as a child process, the SDK's
 * own client over stdio. Documents and templates are added through the CLI, and every answer is
 * compared with the CLI's `--json` on the same workspace.
 */

const rfcs = [
  'rust-rfc-3660-crates-io-crate-deletions.md',
  'k8s-kep-2225-contributor-site.md',
  'react-rfc-0212-intent-to-ship-react-18.md',
];

const strategy = `# Self-serve onboarding strategy

## Problem
New teams stall before they invite a second member, and half never come back.

## Goals
Raise week-one activation from 30% to 40% by the end of June.

## Risks
Shorter onboarding may hide the permissions step that admins rely on.

## Timeline
Design in April, rollout to all new teams in May.
`;

const html = `<html><body><h1>Pricing page refresh</h1>
<h2>Problem</h2><p>Visitors cannot tell the Team plan from the Business plan.</p>
<h2>Risks</h2><p>Existing customers may read the change as a price rise.</p>
</body></html>`;

interface Question {
  id: string;
  section: string | null;
  start: number;
  end: number;
}
interface DraftCheck {
  template: string;
  file: string;
  coverage: number;
  answered: number;
  total: number;
  items: Array<{ questionId: string; answered: boolean; hint: string | null }>;
}

describeEachDialect('understudy mcp: the Artifact method', (_dialect, newDatabase) => {
  const cli = cliSandbox();
  const inHome = (name: string) => join(cli.home(), name);
  let db: string;
  let mcp: McpConnection;
  const on = (...args: string[]) => [...args, '--db', db];

  beforeAll(async () => {
    db = await newDatabase();
    mcp = await connectMcp({ db, home: cli.home() });
  });
  afterAll(async () => {
    await mcp?.close();
  });

  it('serves the Artifact method’s tools, the ones reading the workspace as reads', async () => {
    const { tools } = await mcp.client.listTools();
    expect(tools.map((t) => t.name)).toEqual(expect.arrayContaining([...artifactTools]));
    for (const name of artifactTools) expect(tools.find((t) => t.name === name)?.annotations?.readOnlyHint, name).toBe(true);
  });

  it('finds the questions of Markdown, HTML and a base64 Word document, exactly as the CLI does', async () => {
    writeFileSync(inHome('strategy.md'), strategy);
    const viaCli = await cli.json(on('questions', inHome('strategy.md')));
    const named = await mcp.call<{ questions: Question[] }>('questions', { name: 'strategy.md', text: strategy });
    expect(named).toEqual(viaCli);
    expect(await mcp.call('questions', { text: strategy })).toEqual(viaCli);
    expect(named.questions.map((q) => q.id)).toEqual(expect.arrayContaining(['problem', 'goals', 'risks', 'timeline']));
    const risks = named.questions.find((q) => q.id === 'risks') as Question;
    expect(risks.section).toMatch(/Risks$/);
    expect(strategy.slice(risks.start, risks.end)).toContain('permissions step');

    const fromHtml = await mcp.call<{ questions: Question[] }>('questions', { text: html, format: 'html' });
    expect(fromHtml.questions.map((q) => q.id)).toEqual(expect.arrayContaining(['problem', 'risks']));
    expect(await mcp.call('questions', { name: 'pricing.html', text: html })).toEqual(fromHtml);

    const docx = await makeDocx(2);
    writeFileSync(inHome('brief.docx'), docx);
    const fromDocx = await mcp.call<{ questions: Question[] }>('questions', {
      name: 'brief.docx',
      content: Buffer.from(docx).toString('base64'),
    });
    expect(fromDocx).toEqual(await cli.json(on('questions', inHome('brief.docx'))));
    expect(fromDocx.questions.map((q) => q.id)).toEqual(expect.arrayContaining(['summary', 'problem', 'requirements']));
  });

  it('lists a template made through the CLI and checks drafts against it by name and by id', async () => {
    for (const f of rfcs) copyFileSync(join(corpusDir, 'rfc', f), inHome(f));
    const created = await cli.json<{ id: string; name: string; questions: unknown[]; sources: string[] }>(
      on('template', 'create', 'RFC', ...rfcs.map(inHome)),
    );
    const { templates } = await mcp.call<{ templates: Array<Record<string, unknown>> }>('template_list');
    const listed = await cli.json<Array<Record<string, unknown>>>(on('template', 'list'));
    // Both surfaces list the same summaries, counts included.
    expect(templates).toEqual(listed);
    expect(templates).toMatchObject([{ id: created.id, name: 'RFC', questionCount: created.questions.length, sources: created.sources }]);
    expect(created.sources).toHaveLength(3);

    const draftPath = join(repoRoot, 'test', 'fixtures', 'library', 'draft-without-risks-and-metrics.md');
    const draft = readFileSync(draftPath, 'utf8');
    const checked = await mcp.call<DraftCheck>('check_draft', { template: 'RFC', name: 'saved-searches.md', text: draft });
    const viaCli = await cli.run([...on('check', 'draft', '--template', 'RFC', draftPath), '--json']);
    expect(viaCli.code).toBe(1);
    expect(checked).toEqual({ ...JSON.parse(viaCli.stdout), file: 'saved-searches.md' });
    expect(checked.total).toBe(created.questions.length);
    expect(checked.coverage).toBeLessThan(1);
    const missing = checked.items.filter((i) => !i.answered);
    expect(missing.map((i) => i.questionId).sort()).toEqual(['risks', 'success-metrics']);
    expect(missing.every((i) => i.hint)).toBe(true);

    const source = inHome(rfcs[1] ?? '');
    const byId = await mcp.call<DraftCheck>('check_draft', { template: created.id, text: readFileSync(source, 'utf8') });
    const sourceViaCli = await cli.run([...on('check', 'draft', '--template', created.id, source), '--json']);
    expect(byId).toEqual({ ...JSON.parse(sourceViaCli.stdout), file: 'draft.md' });
    expect(byId).toMatchObject({ template: 'RFC', total: checked.total });
  });

  it('searches the library as the CLI does', async () => {
    await cli.json(on('library', 'add', inHome('strategy.md'), '--kind', 'strategy'));
    const { hits } = await mcp.call<{ hits: Array<{ title: string; snippet: string }> }>('library_search', { query: 'onboarding' });
    expect(hits).toEqual(await cli.json(on('library', 'search', 'onboarding')));
    expect(hits.map((h) => h.title)).toEqual(['Self-serve onboarding strategy']);
    expect((await mcp.call<{ hits: unknown[] }>('library_search', { query: 'crates', limit: 1 })).hits).toHaveLength(1);
    expect((await mcp.call<{ hits: unknown[] }>('library_search', { query: 'zeppelin' })).hits).toEqual([]);
  });

  it('turns an unknown template, bad documents and bad arguments into tool errors, and keeps serving', async () => {
    const templatesBefore = await cli.json<unknown[]>(on('template', 'list'));
    const libraryBefore = await cli.json<unknown[]>(on('library', 'list'));
    const bad: Array<[string, Record<string, unknown>, RegExp]> = [
      ['check_draft', { template: 'No such template', text: strategy }, /^not_found: No template with id or name "No such template"$/],
      ['check_draft', { text: strategy }, /template/],
      ['questions', {}, /^invalid_input: Give the document either as text or as base64 content/],
      ['questions', { text: strategy, content: 'aGk=', name: 'a.docx' }, /^invalid_input: Give the document either/],
      ['questions', { content: 'aGk=' }, /^invalid_input: Give the file’s name with content/],
      ['questions', { text: strategy, name: 'a.md', format: 'markdown' }, /^invalid_input: format is only for text without a name/],
      ['questions', { name: 'scan.pdf', content: 'not base64!' }, /^invalid_input: content of scan\.pdf is not base64$/],
      ['questions', { name: 'brief.docx', content: Buffer.from('plain words').toString('base64') }, /^invalid_input: brief\.docx .*DOCX/],
      ['questions', { name: 'notes.rtf', text: strategy }, /^invalid_input: notes\.rtf has an unsupported format \(\.rtf\)/],
      ['questions', { text: '  \n' }, /^invalid_input: document\.md is empty$/],
      ['questions', { text: 'x'.repeat(21 * 1024 * 1024) }, /^invalid_input: document\.md is 21 MB; documents can be at most 20 MB$/],
      ['questions', { text: strategy, format: 'docx' }, /format/],
      ['library_search', { query: '   ' }, /^invalid_input: Give words to search for$/],
      ['library_search', { query: 'activation', limit: 0 }, /limit/],
      ['library_search', { query: 'x'.repeat(501) }, /query/],
    ];
    for (const [tool, args, message] of bad) {
      const result = await mcp.raw(tool, args);
      expect(result.isError, `${tool} ${JSON.stringify(args).slice(0, 80)}`).toBe(true);
      expect(result.content[0]?.text).toMatch(message);
      expect(result.content[0]?.text).not.toMatch(/\n\s+at /);
    }
    expect((await mcp.call<{ questions: Question[] }>('questions', { text: strategy })).questions.length).toBeGreaterThan(0);
    expect(await cli.json(on('template', 'list'))).toEqual(templatesBefore);
    expect(await cli.json(on('library', 'list'))).toEqual(libraryBefore);
    expect(mcp.errors).toEqual([]);
    expect(mcp.stderr()).toBe('');
  });
});

describe('understudy mcp: coverage of the Artifact method', () => {
  it('called each of the Artifact method’s tools with a successful answer', () => {
    expect(artifactTools.filter((name) => !toolsCalled.has(name))).toEqual([]);
  });
});
