import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { cliSandbox, expectUsageError } from './helpers/cli.js';

const TODAY = ['--today', '2026-11-28'];

describe('understudy backup, restore, export and draft', () => {
  const cli = cliSandbox();
  const file = (name: string) => join(cli.home(), name);
  const read = (name: string) => readFileSync(file(name), 'utf8');

  it('backs up the demo, restores it into a new database and backs up the same bytes', async () => {
    expect((await cli.run(['init', '--demo', ...TODAY])).code).toBe(0);
    const backup = await cli.run(['backup', 'first.json', ...TODAY]);
    expect(backup).toMatchObject({ code: 0, stderr: '' });
    expect(backup.stdout).toMatch(/^Backed up \d+ records to first\.json\n$/);
    const restored = await cli.json<{ restored: Record<string, number> }>(['restore', 'first.json', '--db', 'copy.db']);
    expect(restored.restored.mentors).toBe(2);
    expect((await cli.run(['backup', 'second.json', '--db', 'copy.db'])).code).toBe(0);
    expect(read('second.json')).toBe(read('first.json'));
    // The same document on standard output and through `export --format json`.
    expect((await cli.run(['backup', '-', '--db', 'copy.db'])).stdout).toBe(read('first.json'));
    expect((await cli.run(['export', '--format', 'json', '--db', 'copy.db'])).stdout).toBe(read('first.json'));
  });

  it('refuses to restore into a workspace that has records', async () => {
    const result = await cli.run(['restore', 'first.json']);
    expectUsageError(result, /workspace is not empty/);
  });

  it('refuses a corrupt backup with one line, and writes nothing', async () => {
    writeFileSync(file('corrupt.json'), read('first.json').replace('"version": 1', '"version": "one"'));
    expectUsageError(await cli.run(['restore', 'corrupt.json', '--db', 'fresh.db']), /Invalid backup \(field version\)/);
    writeFileSync(file('truncated.json'), read('first.json').slice(0, 500));
    expectUsageError(await cli.run(['restore', 'truncated.json', '--db', 'fresh.db']), /Invalid backup: not valid JSON/);
    expect(existsSync(file('fresh.db'))).toBe(false);
    const empty = JSON.parse((await cli.run(['backup', '-', '--db', 'fresh.db'])).stdout);
    expect(Object.values(empty.entities).every((rows) => (rows as unknown[]).length === 0)).toBe(true);
  });

  it('never overwrites an output silently', async () => {
    const again = await cli.run(['backup', 'first.json']);
    expectUsageError(again, /first\.json exists already; add --force/);
    expect((await cli.run(['backup', 'first.json', '--force'])).code).toBe(0);
    expectUsageError(await cli.run(['export', '--format', 'md', '--out', 'first.json']), /exists already/);
    expectUsageError(await cli.run(['export', '--format', 'csv']), /give a folder with --out/);
    expectUsageError(await cli.run(['export', '--format', 'pdf']), /pdf/);
  });

  it('exports a Markdown report of the loop', async () => {
    const report = await cli.run(['export', '--format', 'md', ...TODAY]);
    expect(report.code).toBe(0);
    expect(report.stdout).toMatch(/^# Growth report — Alex Rivera/);
    expect(report.stdout).toContain('#### Maya Lindqvist');
    expect((await cli.run(['export', '--format', 'md', '--out', 'report.md'])).code).toBe(0);
    expect(read('report.md')).toMatch(/## Outcome: /);
  });

  it('exports next actions as a calendar whose events keep their ids from one export to the next', async () => {
    const first = await cli.run(['export', '--format', 'ics', '--days', '60', ...TODAY]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^BEGIN:VCALENDAR/);
    const uids = (text: string) => [...text.matchAll(/^UID:(.+)$/gm)].map((m) => m[1]?.trim());
    expect(uids(first.stdout).length).toBeGreaterThan(0);
    expect((await cli.run(['export', '--format', 'ics', '--days', '60', '--out', 'next.ics', ...TODAY])).code).toBe(0);
    expect(uids(read('next.ics'))).toEqual(uids(first.stdout));
    const shorter = await cli.run(['export', '--format', 'ics', '--days', '0', ...TODAY]);
    expect(uids(first.stdout)).toEqual(expect.arrayContaining(uids(shorter.stdout)));
  });

  it('exports CSV files that neutralise formulas', async () => {
    const added = await cli.json<{ mentor: { id: string } }>(['mentor', 'add', '=HYPERLINK("http://x")', '--db', 'csv.db']);
    expect(added.mentor.id).toBeTruthy();
    const result = await cli.json<{ files: Array<{ file: string }> }>(['export', '--format', 'csv', '--out', 'csv', '--db', 'csv.db']);
    expect(readdirSync(file('csv')).sort()).toEqual(result.files.map((f) => f.file).sort());
    const rows = parse(read('csv/mentors.csv'), { columns: true }) as Array<Record<string, string>>;
    expect(rows.map((r) => r.name)).toEqual([`'=HYPERLINK("http://x")`]);
    expectUsageError(await cli.run(['export', '--format', 'csv', '--out', 'csv', '--db', 'csv.db']), /exists already/);
    expect((await cli.run(['export', '--format', 'csv', '--out', 'csv', '--force', '--db', 'csv.db'])).code).toBe(0);
  });

  it('drafts a message to a mentor as a mailto link or an .eml file', async () => {
    mkdirSync(file('drafts'), { recursive: true });
    const mentor = await cli.json<{ mentor: { id: string } }>([
      'mentor',
      'add',
      'Zoë Park',
      '--email',
      'zoe@example.com',
      '--db',
      'draft.db',
    ]);
    const id = mentor.mentor.id;
    const text = 'Hi Zoë,\nI read your post on pricing pages. Which test would you run first?';
    const link = await cli.run(['draft', '--mentor', id, '--kind', 'ask', '--text', text, '--db', 'draft.db']);
    expect(link.code).toBe(0);
    const url = new URL(link.stdout.trim());
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('zoe@example.com');
    expect(url.searchParams.get('body')).toBe(text.replace('\n', '\r\n'));
    const eml = await cli.run(
      ['draft', '--mentor', id, '--kind', 'follow-up', '--format', 'eml', '--out', 'drafts/x.eml', '--db', 'draft.db'],
      { stdin: text },
    );
    expect(eml.code).toBe(0);
    expect(read('drafts/x.eml')).toMatch(/^To: =\?UTF-8\?B\?.+\?= <zoe@example\.com>\r\nSubject: Re: A quick question\r\n/);
    const noEmail = await cli.json<{ mentor: { id: string } }>(['mentor', 'add', 'Sam', '--db', 'draft.db']);
    expectUsageError(
      await cli.run(['draft', '--mentor', noEmail.mentor.id, '--kind', 'ask', '--text', 'Hi', '--db', 'draft.db']),
      /Sam has no email address/,
    );
    expectUsageError(await cli.run(['draft', '--mentor', id, '--kind', 'ask', '--db', 'draft.db']), /The draft is empty/);
  });
});
