import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliSandbox, expectUsageError } from './helpers/cli.js';

interface ImportResult {
  created: number;
  merged: number;
  skipped: number;
  mentors: string[];
  format: string;
  dryRun: boolean;
}
interface MentorRow {
  id: string;
  name: string;
  email: string | null;
  company: string | null;
  whereFound: string | null;
}

/** LinkedIn puts these notes above the real header of `Connections.csv`. */
const LINKEDIN_NOTES = [
  'Notes:',
  '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more about connections data at: https://www.linkedin.com/help/linkedin/answer/261"',
  '',
  'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
];

/** A LinkedIn export of `count` distinct people; `broken` replaces the rows on those file lines. */
function linkedinExport(count: number, broken: Record<number, string> = {}): string {
  const lines = [...LINKEDIN_NOTES];
  for (let i = 1; i <= count; i += 1) {
    const line = lines.length + 1;
    lines.push(
      broken[line] ??
        `Person${i},Surname${i},https://www.linkedin.com/in/person-${i},person${i}@example.com,"Company ${i % 97}, Inc.",Product Manager,${(i % 28) + 1} Jan 2024`,
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

describe('understudy import', () => {
  const cli = cliSandbox();
  const inHome = (name: string) => join(cli.home(), name);

  it('refuses a 5,000-row LinkedIn export with 3 malformed rows, naming their lines, and writes nothing', async () => {
    const broken = {
      120: 'Person116,Surname116,https://www.linkedin.com/in/person-116,person116@example.com,Acme,PM,1 Jan 2024,extra',
      2500: 'Person2496,Surname2496,https://www.linkedin.com/in/person-2496,person2496(at)example.com,Acme,PM,1 Jan 2024',
      4999: '"Person4995,Surname4995,https://www.linkedin.com/in/person-4995,person4995@example.com,Acme,PM,1 Jan 2024',
    };
    writeFileSync(inHome('Connections.csv'), linkedinExport(5_000, broken));
    const result = await cli.run(['import', 'Connections.csv']);
    expectUsageError(
      result,
      /^understudy: Connections\.csv: 3 malformed rows, nothing imported: line 120 \(.+\), line 2500 \(.+\), line 4999 \(.+\)$/,
    );
    expect(result.stderrLines[0]).toContain('line 120 (expected 7 columns, found 8)');
    expect(result.stderrLines[0]).toContain('line 2500 (invalid email "person2496(at)example.com")');
    // The quote left open on line 4999 closes at the first quote of line 5000.
    expect(result.stderrLines[0]).toContain('line 4999 (expected 7 columns, found 4; a quote opened here runs on to line 5000)');
    expect(await cli.json<MentorRow[]>(['mentor', 'list'])).toEqual([]);
  });

  it('imports the fixed 5,000-row export in one go, with no progress bar off a terminal', async () => {
    writeFileSync(inHome('Connections.csv'), linkedinExport(5_000));
    const started = performance.now();
    const result = await cli.run(['import', 'Connections.csv', '--json']);
    const ms = performance.now() - started;
    console.info(`5,000-row LinkedIn import through the CLI: ${Math.round(ms)} ms`);
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    const imported = JSON.parse(result.stdout) as ImportResult;
    expect(imported).toMatchObject({ created: 5_000, merged: 0, skipped: 0, format: 'linkedin', dryRun: false });
    expect(new Set(imported.mentors).size).toBe(5_000);
    const mentors = await cli.json<MentorRow[]>(['mentor', 'list']);
    expect(mentors).toHaveLength(5_000);
    expect(new Set(mentors.map((m) => m.email)).size).toBe(5_000);
    expect(mentors.find((m) => m.name === 'Person42 Surname42')).toMatchObject({
      email: 'person42@example.com',
      company: 'Company 42, Inc.',
      whereFound: 'LinkedIn',
    });
  });

  it('merges a vCard of known and new people, and a dry run writes nothing', async () => {
    writeFileSync(
      inHome('people.vcf'),
      [
        'BEGIN:VCARD',
        'VERSION:3.0',
        'FN:Person7 Surname7',
        'EMAIL;TYPE=INTERNET:PERSON7@example.com',
        'NOTE:Met at the growth meetup',
        'END:VCARD',
        'BEGIN:VCARD',
        'VERSION:4.0',
        'FN:Zoë Quinn',
        'TITLE:Head of',
        '  Monetization',
        'END:VCARD',
        '',
      ].join('\r\n'),
    );
    const dry = await cli.run(['import', 'people.vcf', '--dry-run']);
    expect(dry).toMatchObject({ code: 0, stderr: '' });
    expect(dry.stdout).toBe('Dry run of people.vcf (vCard), nothing written: would have 1 created, 1 merged, 0 skipped\n');
    expect(await cli.json<MentorRow[]>(['mentor', 'list'])).toHaveLength(5_000);
    const done = await cli.run(['import', 'people.vcf']);
    expect(done.stdout).toBe('Imported people.vcf (vCard): 1 created, 1 merged, 0 skipped\n');
    const again = await cli.json<ImportResult>(['import', 'people.vcf']);
    expect(again).toMatchObject({ created: 0, merged: 0, skipped: 2, mentors: [] });
    const mentors = await cli.json<Array<MentorRow & { title: string | null; notes: string | null }>>(['mentor', 'list']);
    expect(mentors.find((m) => m.name === 'Zoë Quinn')).toMatchObject({ title: 'Head of Monetization', whereFound: 'vCard' });
    expect(mentors.find((m) => m.name === 'Person7 Surname7')).toMatchObject({
      email: 'person7@example.com',
      notes: 'Met at the growth meetup',
      whereFound: 'LinkedIn',
    });
  });

  it('reads a CSV through --map', async () => {
    writeFileSync(inHome('list.csv'), 'Who,E-post,Firma\nAna Ruiz,ana@ruiz.example,Stripe\n');
    expectUsageError(await cli.run(['import', 'list.csv']), /^understudy: list\.csv: no name column; name one with --map name=COLUMN/);
    const imported = await cli.json<ImportResult>(['import', 'list.csv', '--map', 'name=Who,email=E-post,company=Firma']);
    expect(imported).toMatchObject({ created: 1, format: 'csv' });
    expectUsageError(await cli.run(['import', 'list.csv', '--map', 'phone=Mobile']), /--map takes FIELD=COLUMN pairs/);
  });

  it('refuses missing, oversized and unknown-format input with one line', async () => {
    expectUsageError(await cli.run(['import', 'nope.csv']), /^understudy: Cannot read nope\.csv: ENOENT$/);
    writeFileSync(inHome('huge.csv'), Buffer.alloc(21 * 1024 * 1024, 'a'));
    expectUsageError(await cli.run(['import', 'huge.csv']), /^understudy: huge\.csv is 21\.0 MB; contact files can be at most 20 MB$/);
    expectUsageError(await cli.run(['import', 'list.csv', '--format', 'xlsx']), /argument 'xlsx' is invalid/);
  });
});
