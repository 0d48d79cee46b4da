import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/helpers/dialects.js';
import { openTestWorkspace, type TestWorkspace } from '../../../test/helpers/workspace.js';
import { createRecord } from '../records/create-record.js';
import { entityNames } from '../records/schemas.js';
import { csvCell, csvLine, exportCsv } from './export-csv.js';
import { loadDemo } from './load-demo.js';

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['', ''],
  ])('writes %j as %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('writes numbers as numbers, nulls as empty cells, lists as "a; b" and objects as JSON', () => {
    expect(csvCell(-2.5)).toBe('-2.5');
    expect(csvCell(null)).toBe('');
    expect(csvCell(['a', 'b'])).toBe('a; b');
    expect(csvCell(['=a', 'b'])).toBe("'=a; b");
    expect(csvCell({ verdict: 'pass', score: 90 })).toBe('"{""verdict"":""pass"",""score"":90}"');
  });

  it('reads back as written with a standard CSV parser', () => {
    const values = ['a,b', 'x "y" z', 'line\r\nbreak', 'ünï 🚀', ' padded ', ''];
    expect(parse(csvLine(values))).toEqual([values]);
  });
});

describeEachDialect('the CSV export', (_dialect, newDatabase) => {
  let t: TestWorkspace;
  beforeEach(async () => {
    t = await openTestWorkspace(await newDatabase());
  });
  afterEach(() => t.close());

  it('writes one file per entity with a header row and every record', async () => {
    const empty = (await exportCsv(t.ctx)).find((f) => f.entity === 'templates');
    expect(empty?.text).toBe('id,createdAt,updatedAt,name\r\n');
    await loadDemo(t.ctx);
    const files = await exportCsv(t.ctx);
    expect(files.map((f) => f.entity)).toEqual(entityNames);
    expect(files.find((f) => f.entity === 'actionItems')?.fileName).toBe('action-items.csv');
    const mentors = files.find((f) => f.entity === 'mentors');
    const rows = parse(mentors?.text ?? '', { columns: true }) as Array<Record<string, string>>;
    expect(rows.map((r) => r.name)).toEqual(['Maya Lindqvist', 'Sam Okafor']);
    expect(rows[0]?.expertise).toBe('monetization; pricing; experimentation');
    expect(Object.keys(rows[0] ?? {})).not.toContain('userId');
    const templates = parse(files.find((f) => f.entity === 'templates')?.text ?? '', { columns: true }) as Array<Record<string, string>>;
    expect(templates.map((r) => r.name)).toEqual(['Pricing experiment brief']);
  });

  it('neutralises formulas in user text', async () => {
    await createRecord(t.ctx, { entity: 'mentors', input: { name: '=HYPERLINK("http://x")', expertise: ['@evil'] } });
    const mentors = (await exportCsv(t.ctx)).find((f) => f.entity === 'mentors');
    const [row] = parse(mentors?.text ?? '', { columns: true }) as Array<Record<string, string>>;
    expect(row?.name).toBe(`'=HYPERLINK("http://x")`);
    expect(row?.expertise).toBe("'@evil");
  });
});
