import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/helpers/dialects.js';
import { openTestWorkspace, type TestWorkspace } from '../../../test/helpers/workspace.js';
import { createRecord } from '../records/create-record.js';
import { listRecords } from '../records/list-records.js';
import { type ImportProgress, importContacts } from './import-contacts.js';

const LINKEDIN_HEADER =
  'Notes:\n"Some emails may be missing, see settings."\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On';

function linkedin(rows: string[]): string {
  return [LINKEDIN_HEADER, ...rows, ''].join('\n');
}

describeEachDialect('importContacts', (_dialect, newDatabase) => {
  let t: TestWorkspace;
  beforeEach(async () => {
    t = await openTestWorkspace(await newDatabase(), '2026-11-28');
  });
  afterEach(() => t.close());

  const rejection = (work: Promise<unknown>) =>
    work.then(
      () => {
        throw new Error('expected a refusal');
      },
      (e: { code: string; message: string; details: unknown }) => e,
    );
  const mentors = async () => (await listRecords(t.ctx, { entity: 'mentors' })).sort((a, b) => (a.name < b.name ? -1 : 1));

  it('imports a LinkedIn export as mentors found on LinkedIn', async () => {
    const progress: ImportProgress[] = [];
    const result = await importContacts(t.ctx, {
      fileName: 'Connections.csv',
      text: linkedin([
        'Ana,Ruiz,https://www.linkedin.com/in/ana-ruiz,ana@example.com,"Stripe, Inc.",Head of Growth,12 Jan 2024',
        'Bo,Li,https://www.linkedin.com/in/bo-li,,Figma,PM,03 Feb 2023',
      ]),
      onProgress: (p) => progress.push(p),
    });
    const [ana, bo] = await mentors();
    expect(result).toEqual({ format: 'linkedin', created: 2, merged: 0, skipped: 0, mentors: [ana?.id, bo?.id], dryRun: false });
    expect(ana).toMatchObject({
      name: 'Ana Ruiz',
      email: 'ana@example.com',
      profileUrl: 'https://www.linkedin.com/in/ana-ruiz',
      company: 'Stripe, Inc.',
      title: 'Head of Growth',
      whereFound: 'LinkedIn',
      expertise: [],
      userId: 'local',
    });
    expect(bo).toMatchObject({ name: 'Bo Li', email: null, whereFound: 'LinkedIn' });
    expect(progress.at(-1)).toEqual({ done: 2, total: 2, rows: 2 });
  });

  it('merges duplicates in the file by email, then profile URL, then name, filling empty fields only', async () => {
    const result = await importContacts(t.ctx, {
      fileName: 'contacts.csv',
      text: [
        'Name,Email,URL,Company,Title,Notes',
        'Ana Ruiz,Ana@Example.com,,Stripe,,',
        'A. Ruiz,ana@example.com,https://ana.example/,Other Co,Head of Growth,met at MTP',
        'Bo Li,,http://www.linkedin.com/in/bo-li/,,,',
        'Robert Li,bo@li.example,https://linkedin.com/in/bo-li,Figma,,',
        'José  Núñez,,,,,',
        'jose nunez,,,Acme,,',
        'Cy Wu,cy@one.example,,,,',
        'cy wu,cy@two.example,,,,',
        'Ana Ruiz,,,,,',
        ',,,,,',
      ].join('\n'),
    });
    expect(result).toMatchObject({ format: 'csv', created: 5, merged: 3, skipped: 2 });
    const all = await mentors();
    expect(all.map((m) => [m.name, m.email, m.profileUrl, m.company, m.title, m.notes, m.whereFound])).toEqual([
      ['Ana Ruiz', 'Ana@Example.com', 'https://ana.example/', 'Stripe', 'Head of Growth', 'met at MTP', 'CSV import'],
      ['Bo Li', 'bo@li.example', 'http://www.linkedin.com/in/bo-li/', 'Figma', null, null, 'CSV import'],
      ['Cy Wu', 'cy@one.example', null, null, null, null, 'CSV import'],
      ['José  Núñez', null, null, 'Acme', null, null, 'CSV import'],
      ['cy wu', 'cy@two.example', null, null, null, null, 'CSV import'],
    ]);
    expect(result.mentors).toHaveLength(5);
  });

  it('merges into existing mentors without overwriting what they hold, and skips rows that add nothing', async () => {
    const known = await createRecord(t.ctx, {
      entity: 'mentors',
      input: { name: 'Ana Ruiz', company: 'Stripe', email: 'ana@example.com', excellenceScore: 5 },
    });
    const byUrl = await createRecord(t.ctx, { entity: 'mentors', input: { name: 'Bo', profileUrl: 'https://linkedin.com/in/bo-li' } });
    const text = linkedin([
      'Ana,Ruiz,https://www.linkedin.com/in/ana-ruiz,ANA@example.com,Other Co,Head of Growth,x',
      'Bo,Li,https://www.linkedin.com/in/bo-li/,,Figma,PM,x',
      'Cy,Wu,https://www.linkedin.com/in/cy-wu,,,,x',
    ]);
    const first = await importContacts(t.ctx, { fileName: 'Connections.csv', text });
    expect(first).toMatchObject({ created: 1, merged: 2, skipped: 0 });
    expect(first.mentors.slice(0, 2)).toEqual([known.id, byUrl.id]);
    const [ana, bo] = await mentors();
    expect(ana).toMatchObject({
      id: known.id,
      company: 'Stripe',
      email: 'ana@example.com',
      title: 'Head of Growth',
      excellenceScore: 5,
      whereFound: 'LinkedIn',
      profileUrl: 'https://www.linkedin.com/in/ana-ruiz',
      createdAt: known.createdAt,
    });
    expect(bo).toMatchObject({ id: byUrl.id, name: 'Bo', company: 'Figma', title: 'PM' });
    const again = await importContacts(t.ctx, { fileName: 'Connections.csv', text });
    expect(again).toMatchObject({ created: 0, merged: 0, skipped: 3, mentors: [] });
    expect(await listRecords(t.ctx, { entity: 'mentors' })).toHaveLength(3);
  });

  it('refuses a file with malformed rows, listing every line, and writes nothing', async () => {
    const error = await rejection(
      importContacts(t.ctx, {
        fileName: 'contacts.csv',
        text: linkedin([
          'Ana,Ruiz,u,ana@example.com,Co,PM,x',
          'Bo,Li,u,bo@example.com,Co,PM,x,extra',
          ',,u2,nobody@example.com,Co,PM,x',
          `Cy,Wu,u3,cy(at)example.com,Co,${'T'.repeat(301)},x`,
          'Di,Ng,u4,di@example.com,Co,PM,x',
          '"Ed,Ok,u5,ed@example.com,Co,PM,x',
          'Fa,Ul,u6,fa@example.com,Co,PM,x',
        ]),
      }),
    );
    expect(error.code).toBe('invalid_input');
    expect(error.message).toBe(
      'contacts.csv: 4 malformed rows, nothing imported: line 6 (expected 7 columns, found 8), line 7 (missing name), ' +
        'line 8 (invalid email "cy(at)example.com"; title over 300 characters), line 10 (unterminated quote)',
    );
    expect((error.details as { problems: unknown[] }).problems).toHaveLength(4);
    expect(await listRecords(t.ctx, { entity: 'mentors' })).toEqual([]);
  });

  it('refuses a CSV whose stray opening quote would put a line break in a name, with its line, and writes nothing', async () => {
    const error = await rejection(
      importContacts(t.ctx, {
        fileName: 'people.csv',
        text: 'Name,Email\nAna Ruiz,ana@example.com\n"Bo Li,bo@example.com\nCy Wu",cy@example.com\n',
      }),
    );
    expect(error.code).toBe('invalid_input');
    expect(error.message).toBe(
      'people.csv: 1 malformed row, nothing imported: line 3 (a quote opened on this line is not closed on it (the "Name" cell runs on to line 4))',
    );
    expect(await listRecords(t.ctx, { entity: 'mentors' })).toEqual([]);
  });

  it('lists the first twenty malformed lines and counts the rest', async () => {
    const rows = Array.from({ length: 25 }, (_, i) => `Name${i},x${i},u,bad-email-${i},Co,PM,x`);
    const error = await rejection(importContacts(t.ctx, { fileName: 'c.csv', text: linkedin(rows) }));
    expect(error.message).toMatch(/^c\.csv: 25 malformed rows, nothing imported: line 5 \(invalid email "bad-email-0"\), /);
    expect(error.message).toMatch(/line 24 \(.*\), and 5 more$/);
  });

  it('reads vCards, and a dry run reports without writing', async () => {
    const text = 'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ana Ruiz\r\nEMAIL:ana@example.com\r\nEND:VCARD\r\n';
    const dry = await importContacts(t.ctx, { fileName: 'people.vcf', text, dryRun: true });
    expect(dry).toMatchObject({ format: 'vcard', created: 1, merged: 0, skipped: 0, dryRun: true });
    expect(await listRecords(t.ctx, { entity: 'mentors' })).toEqual([]);
    await importContacts(t.ctx, { fileName: 'people.vcf', text });
    expect(await mentors()).toMatchObject([{ name: 'Ana Ruiz', whereFound: 'vCard' }]);
  });

  it('names the file in a refusal of the whole file, and takes a map only for CSV', async () => {
    const noName = await rejection(importContacts(t.ctx, { fileName: 'list.csv', text: 'Mail,Phone\na@x.test,1\n' }));
    expect(noName).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/^list\.csv: no name column/) });
    const mapped = await rejection(importContacts(t.ctx, { fileName: 'in.csv', text: linkedin([]), map: { name: 'First Name' } }));
    expect(mapped).toMatchObject({ code: 'usage', message: expect.stringMatching(/read as linkedin; --map applies only to CSV/) });
    const forced = await importContacts(t.ctx, {
      fileName: 'in.csv',
      text: 'Who,Mail\nAna Ruiz,ana@x.test\n',
      format: 'csv',
      map: { name: 'Who', email: 'Mail' },
    });
    expect(forced).toMatchObject({ created: 1 });
  });
});
