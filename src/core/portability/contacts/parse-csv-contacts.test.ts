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
