import { describe, expect, it } from 'vitest';
import { parseColumnMap, parseCsvContacts } from './parse-csv-contacts.js';

describe('parseCsvContacts', () => {
  it('recognises common header names', () => {
    const parsed = parseCsvContacts(
      [
        'Full Name,E-mail Address,Organization,Job Title,Website,Notes,Phone',
        'Ana Ruiz,ana@example.com,"Stripe, Inc.",Head of Growth,https://ana.example,"Pricing,',
        'and annual plans",+1 555',
        'Bo Li,,,,,,',
      ].join('\r\n'),
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.contacts).toEqual([
      {
        line: 2,
        name: 'Ana Ruiz',
        email: 'ana@example.com',
        profileUrl: 'https://ana.example',
        company: 'Stripe, Inc.',
        title: 'Head of Growth',
        notes: 'Pricing,\nand annual plans',
      },
      { line: 4, name: 'Bo Li', email: null, profileUrl: null, company: null, title: null, notes: null },
    ]);
  });

  it('joins first and last names when there is no name column', () => {
    const parsed = parseCsvContacts('\uFEFFGiven Name,Family Name,Email\n"Cy","Wu",cy@x.test\n');
    expect(parsed.contacts).toMatchObject([{ line: 2, name: 'Cy Wu', email: 'cy@x.test' }]);
  });

  it('reads the columns a map names, and recognises the others', () => {
    const text = 'Person,Contact,Org,Role,Email\nAna Ruiz,ana@x.test,Stripe,PM,not-this\n';
    const parsed = parseCsvContacts(text, { map: parseColumnMap('name=Person,email=contact,company=Org') });
    expect(parsed.contacts).toEqual([
      { line: 2, name: 'Ana Ruiz', email: 'ana@x.test', profileUrl: null, company: 'Stripe', title: 'PM', notes: null },
    ]);
  });

  it('refuses a map naming a missing column, and a file with no name column, listing the columns', () => {
    expect(() => parseCsvContacts('Person,Mail\nA,a@x.test\n', { map: { name: 'Full Name' } })).toThrow(
      'no column "Full Name" (--map name=Full Name); the columns are: Person, Mail',
    );
    expect(() => parseCsvContacts('Person,Mail\nA,a@x.test\n')).toThrow(/no name column.*Person, Mail/);
    expect(() => parseCsvContacts('')).toThrow(/empty/);
  });

  it('reports malformed rows by line', () => {
    const parsed = parseCsvContacts('Name,Email\nAna,a@x.test\nBo\n"Cy,c@x.test\nDi,d@x.test\n');
    expect(parsed.problems).toEqual([
      { line: 3, reason: 'expected 2 columns, found 1' },
      { line: 4, reason: 'unterminated quote' },
    ]);
    expect(parsed.contacts.map((c) => c.name)).toEqual(['Ana', 'Di']);
  });
});

describe('parseCsvContacts and quotes left open', () => {
  it('refuses a quote that a later one closes, when it would put a line break in a name (the row is not imported)', () => {
    const parsed = parseCsvContacts('Name,Email\n"Ada Lovelace,ada@x.test\nGrace Hopper",grace@x.test\nBo,bo@x.test\n');
    expect(parsed.problems).toEqual([
      { line: 2, reason: 'a quote opened on this line is not closed on it (the "Name" cell runs on to line 3)' },
    ]);
    expect(parsed.contacts.map((c) => [c.line, c.name])).toEqual([[4, 'Bo']]);
  });

  it('refuses a quote never closed, which csv-parse would keep as text running over the next rows', () => {
    const parsed = parseCsvContacts('Name,Email,Notes\nAda,ada@x.test,"met at\nGrace,grace@x.test,"x"\nDi,di@x.test,\n');
    expect(parsed.problems).toEqual([{ line: 2, reason: 'a quote opened on this line is never closed (the cell runs on to line 3)' }]);
    expect(parsed.contacts.map((c) => [c.line, c.name])).toEqual([[4, 'Di']]);
    const glued = parseCsvContacts('Name,Email\n"Ada,ada@x.test\nGrace,grace@x.test\n"Bo",bo@x.test\nCy,cy@x.test\n');
    expect(glued.problems).toEqual([{ line: 2, reason: 'a quote opened on this line is never closed (the cell runs on to line 4)' }]);
    expect(glued.contacts.map((c) => c.name)).toEqual(['Cy']);
  });

  it('keeps a closed quoted cell running over lines in the notes and in columns it does not read', () => {
    const parsed = parseCsvContacts(
      'Name,Notes,Address\nAda,"met at\nthe conf","1 Main St\nSpringfield"\nDi,"said ""hi""\nthere",x\nEd,"""Quoted"" first\nline",\n',
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.contacts.map((c) => [c.line, c.name, c.notes])).toEqual([
      [2, 'Ada', 'met at\nthe conf'],
      [5, 'Di', 'said "hi"\nthere'],
      [7, 'Ed', '"Quoted" first\nline'],
    ]);
  });

  it('names the line the quote opens on, after cells that ran over lines before it', () => {
    const parsed = parseCsvContacts('Name,Notes,Company\nAda,"a\nb","Acme\nInc"\nBo,,Co\n');
    expect(parsed.problems).toEqual([
      { line: 3, reason: 'a quote opened on this line is not closed on it (the "Company" cell runs on to line 4)' },
    ]);
    expect(parsed.contacts.map((c) => [c.line, c.name])).toEqual([[5, 'Bo']]);
  });
});

describe('parseColumnMap', () => {
  it('reads FIELD=COLUMN pairs with forgiving field names', () => {
    expect(parseColumnMap('name=Full Name, first_name=Given ,Profile-URL=Link,url=Web,position=Job')).toEqual({
      name: 'Full Name',
      firstName: 'Given',
      profileUrl: 'Web',
      title: 'Job',
    });
  });

  it('refuses unknown fields and pairs without a column', () => {
    expect(() => parseColumnMap('phone=Mobile')).toThrow(/cannot read "phone=Mobile"/);
    expect(() => parseColumnMap('name')).toThrow(/FIELD=COLUMN/);
    expect(() => parseColumnMap(' , ')).toThrow(/FIELD=COLUMN/);
  });
});
