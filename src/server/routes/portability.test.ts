import { expect, it } from 'vitest';
import { createTestApp } from '../../../test/helpers/app.js';
import { describeEachDialect } from '../../../test/helpers/dialects.js';
import { useLoopApi } from '../../../test/helpers/loop-api.js';
import { openTestWorkspace } from '../../../test/helpers/workspace.js';

const linkedinNotes =
  'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing."\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On';

/** A contact file as a browser uploads it. */
const contactFile = (text: string | Uint8Array, name = 'Connections.csv') => new File([text], name);

function form(fields: Record<string, string | File>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

describeEachDialect('the data API', (_dialect, newDatabase) => {
  const { send, ok, refused, capturedAdvice, expectDocumented } = useLoopApi(newDatabase);

  it('backs up and restores a workspace into a new one, giving the same backup', async () => {
    const { advice } = await capturedAdvice();
    await ok('POST', `/api/advice/${advice[0]?.id}/apply`, { context: 'the upgrade screen' });
    await ok('PATCH', '/api/me', { role: 'Product Manager', level: 'senior' });
    const backup = await send('GET', '/api/backup');
    expect(backup.status).toBe(200);
    expect(backup.headers.get('content-type')).toBe('application/json');
    expect(backup.headers.get('content-disposition')).toBe('attachment; filename="understudy-backup.json"');
    expect(backup.json<{ format: string; entities: { advice: unknown[] } }>()).toMatchObject({ format: 'understudy-backup' });

    const other = await openTestWorkspace(await newDatabase(), '2026-11-28');
    try {
      const otherApp = createTestApp(other.store);
      const restored = await send('POST', '/api/restore', JSON.parse(backup.text) as object, otherApp);
      expect(restored.status, restored.text).toBe(200);
      expect(restored.json<{ restored: Record<string, number> }>().restored).toMatchObject({ mentors: 1, relationships: 1, advice: 2 });
      expect((await send('GET', '/api/backup', undefined, otherApp)).text).toBe(backup.text);
    } finally {
      await other.close();
    }

    const conflict = await refused('POST', '/api/restore', JSON.parse(backup.text) as object);
    expect(conflict).toMatchObject({ status: 409, code: 'conflict' });
    expect((await send('GET', '/api/backup')).text).toBe(backup.text);
    const oversized = { ...(JSON.parse(backup.text) as object), padding: 'x'.repeat(11 * 1024 * 1024) };
    expect(await refused('POST', '/api/restore', oversized)).toMatchObject({ status: 413, code: 'too_large' });
    const invalid = await refused('POST', '/api/restore', { format: 'something-else' });
    expect(invalid).toMatchObject({ status: 400, code: 'invalid_input', message: expect.stringMatching(/not an Understudy backup/) });
    expect((await send('GET', '/api/backup')).text).toBe(backup.text);
  });

  it('exports a report and CSV files that a spreadsheet cannot run', async () => {
    await ok('POST', '/api/mentors', { name: '=HYPERLINK("https://evil.example","Ana")', company: 'Acme, Inc.' }, 201);
    const csv = await send('GET', '/api/export/csv/mentors');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="mentors.csv"');
    const [header, row] = csv.text.split('\r\n');
    expect(header?.split(',')).toEqual(expect.arrayContaining(['id', 'name', 'company']));
    expect(row).toContain(`"'=HYPERLINK(""https://evil.example"",""Ana"")"`);
    expect(row).not.toMatch(/,=/);
    const items = await send('GET', '/api/export/csv/action-items');
    expect(items.headers.get('content-disposition')).toBe('attachment; filename="action-items.csv"');
    expect((await send('GET', '/api/export/csv/actionItems')).text).toBe(items.text);
    expect(await refused('GET', '/api/export/csv/passwords')).toMatchObject({ status: 404, code: 'not_found' });

    const report = await send('GET', '/api/export/report.md');
    expect(report.status).toBe(200);
    expect(report.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(report.text).toMatch(/^# Growth report/);
  });

  it('imports a LinkedIn export as mentors, and refuses a file with a malformed row whole', async () => {
    const rows = [
      'Ana,Ruiz,https://www.linkedin.com/in/ana-ruiz,ana@example.com,"Stripe, Inc.",Head of Growth,12 Jan 2024',
      'Bo,Li,https://www.linkedin.com/in/bo-li,,Figma,PM,03 Feb 2023',
    ];
    const mentors = async () => (await ok<{ items: Array<{ name: string; whereFound: string }> }>('GET', '/api/mentors')).items;
    const text = [linkedinNotes, ...rows, ''].join('\n');

    const dry = await ok<{ created: number; dryRun: boolean }>('POST', '/api/import', form({ file: contactFile(text), dryRun: 'true' }));
    expect(dry).toMatchObject({ created: 2, dryRun: true });
    expect(await mentors()).toEqual([]);

    const imported = await ok<{ format: string; created: number; mentors: string[] }>(
      'POST',
      '/api/import',
      form({ file: contactFile(text) }),
    );
    expect(imported).toMatchObject({ format: 'linkedin', created: 2 });
    expect((await mentors()).map((m) => [m.name, m.whereFound]).sort()).toEqual([
      ['Ana Ruiz', 'LinkedIn'],
      ['Bo Li', 'LinkedIn'],
    ]);

    const malformed = [linkedinNotes, 'Cy,Wu,https://x.test/in/cy,cy@x.test,Co,PM,01 Mar 2022', 'Di,Ng,u,not-an-email,Co', ''].join('\n');
    const bad = await refused('POST', '/api/import', form({ file: contactFile(malformed) }));
    expect(bad).toMatchObject({ status: 400, code: 'invalid_input', message: expect.stringMatching(/^Connections\.csv: .*line 6/) });
    expect(await mentors()).toHaveLength(2);
  });

  it('imports a generic CSV with a column map, and refuses binary, non-UTF-8 and oversized files', async () => {
    const csv = 'Full Name,E-mail\nCy Wu,cy@example.com\n';
    const map = 'name=Full Name,email=E-mail';
    const imported = await ok<{ format: string; created: number }>(
      'POST',
      '/api/import',
      form({ file: contactFile(csv, 'people.csv'), map }),
    );
    expect(imported).toMatchObject({ format: 'csv', created: 1 });
    expect(await refused('POST', '/api/import', form({ file: contactFile(csv, 'people.csv'), map: 'colour=Full Name' }))).toMatchObject({
      status: 400,
    });
    expect(await refused('POST', '/api/import', form({ file: contactFile(csv, 'people.csv'), format: 'excel' }))).toMatchObject({
      status: 400,
    });

    const binary = await refused(
      'POST',
      '/api/import',
      form({ file: contactFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 1]), 'x.csv') }),
    );
    expect(binary).toMatchObject({ status: 400, message: expect.stringMatching(/^x\.csv looks binary/) });
    const latin1 = new Uint8Array([...new TextEncoder().encode('Name\nJos'), 0xe9, 0x0a]);
    expect(await refused('POST', '/api/import', form({ file: contactFile(latin1, 'latin1.csv') }))).toMatchObject({
      status: 400,
      message: expect.stringMatching(/^latin1\.csv is not UTF-8/),
    });
    const huge = contactFile(new Uint8Array(21 * 1024 * 1024).fill(0x61), 'huge.csv');
    expect(await refused('POST', '/api/import', form({ file: huge }))).toMatchObject({ status: 413, code: 'too_large' });
    expect(await refused('POST', '/api/import', form({ format: 'csv' }))).toMatchObject({ status: 400 });
    expect((await ok<{ items: unknown[] }>('GET', '/api/mentors')).items).toHaveLength(1);
  });

  it('documents its routes in OpenAPI with tags and summaries', async () => {
    await expectDocumented([
      ['get', '/api/backup'],
      ['post', '/api/restore'],
      ['get', '/api/export/report.md'],
      ['get', '/api/export/csv/{entity}'],
      ['post', '/api/import'],
    ]);
  });
});
