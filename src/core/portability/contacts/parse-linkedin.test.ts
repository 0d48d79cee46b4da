import { describe, expect, it } from 'vitest';
import { findLinkedinHeader, parseLinkedin } from './parse-linkedin.js';

const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
const NOTES = [
  'Notes:',
  '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more about connections data at: https://www.linkedin.com/help/linkedin/answer/261"',
  '',
];

function file(rows: string[], eol = '\n'): string {
  return [...NOTES, HEADER, ...rows].join(eol);
}

describe('parseLinkedin', () => {
  it('skips the notes above the header and numbers rows by their line in the file', () => {
    const parsed = parseLinkedin(
      file([
        'Ana,Ruiz,https://www.linkedin.com/in/ana-ruiz,ana@example.com,Stripe,Head of Growth,12 Jan 2024',
        'Bo,Li,https://www.linkedin.com/in/bo-li,,Figma,PM,03 Feb 2023',
      ]),
    );
    expect(findLinkedinHeader(file([]))).toBe(4);
    expect(parsed.problems).toEqual([]);
    expect(parsed.contacts).toEqual([
      {
        line: 5,
        name: 'Ana Ruiz',
        email: 'ana@example.com',
        profileUrl: 'https://www.linkedin.com/in/ana-ruiz',
        company: 'Stripe',
        title: 'Head of Growth',
        notes: null,
      },
      { line: 6, name: 'Bo Li', email: null, profileUrl: 'https://www.linkedin.com/in/bo-li', company: 'Figma', title: 'PM', notes: null },
    ]);
  });

  it('reads quoted commas, doubled quotes, a BOM and CRLF line ends', () => {
    const text = `\uFEFF${file(['Cy,"O""Neil",https://x.test/in/cy,cy@x.test,"Acme, Inc.","VP, Product",01 Mar 2022', ''], '\r\n')}`;
    const parsed = parseLinkedin(text);
    expect(parsed.problems).toEqual([]);
    expect(parsed.contacts).toMatchObject([{ line: 5, name: 'Cy O"Neil', company: 'Acme, Inc.', title: 'VP, Product' }]);
  });

  it('counts a quoted line break as a line, so later rows keep their real line numbers', () => {
    const parsed = parseLinkedin(file(['Di,Ng,,,Co,PM,"12 Jan\r\n2024"', 'Ed,Ok,,,Co,PM,x'], '\r\n'));
    expect(parsed.problems).toEqual([]);
    expect(parsed.contacts.map((c) => [c.line, c.name, c.company])).toEqual([
      [5, 'Di Ng', 'Co'],
      [7, 'Ed Ok', 'Co'],
    ]);
  });

  it('refuses a line break in any field it reads: each is one line, so the break is a quote left open', () => {
    const parsed = parseLinkedin(file(['Di,Ng,,,"Two', 'line Co",PM,x', '"Ed,Ok,u,e,Co,PM', 'Fa",Ul,,,Co,PM,x', 'Gi,Ro,,,Co,PM,x']));
    expect(parsed.problems).toEqual([
      { line: 5, reason: 'a quote opened on this line is not closed on it (the "Company" cell runs on to line 6)' },
      { line: 7, reason: 'a quote opened on this line is not closed on it (the "First Name" cell runs on to line 8)' },
    ]);
    expect(parsed.contacts.map((c) => [c.line, c.name])).toEqual([[9, 'Gi Ro']]);
  });

  it('reports rows with the wrong column count and broken quotes by line, and keeps reading', () => {
    const parsed = parseLinkedin(
      file([
        'Ana,Ruiz,u1,ana@x.test,Co,PM,x',
        'Bo,Li,u2,bo@x.test,Co,PM,x,extra',
        '',
        'Cy,Wu,u3,cy@x.test,Co',
        '"Di,Ng,u4,di@x.test,Co,PM,x',
        'Ed,Ok,u5,ed@x.test,Co,PM,x',
        ',,,,,,',
      ]),
    );
    expect(parsed.problems).toEqual([
      { line: 6, reason: 'expected 7 columns, found 8' },
      { line: 8, reason: 'expected 7 columns, found 5' },
      { line: 9, reason: 'unterminated quote' },
    ]);
    expect(parsed.contacts.map((c) => [c.line, c.name])).toEqual([
      [5, 'Ana Ruiz'],
      [10, 'Ed Ok'],
    ]);
    expect(parsed.blank).toBe(1);
  });

  it('points at the row whose open quote a later quote closes', () => {
    const parsed = parseLinkedin(file(['"Di,Ng,u4,di@x.test,Co,PM,x', 'Ed,Ok,u5,ed@x.test,"Co, Inc.",PM,x', 'Fa,Ul,u6,fa@x.test,Co,PM,x']));
    expect(parsed.problems).toEqual([{ line: 5, reason: 'expected 7 columns, found 4; a quote opened here runs on to line 6' }]);
    expect(parsed.contacts.map((c) => [c.line, c.name])).toEqual([[7, 'Fa Ul']]);
  });

  it('keeps a quote inside an unquoted name as written', () => {
    const parsed = parseLinkedin(file(['Jo "JJ",Doe,,,,,']));
    expect(parsed.contacts[0]?.name).toBe('Jo "JJ" Doe');
  });

  it('refuses a file without the LinkedIn header', () => {
    expect(() => parseLinkedin('Name,Email\nAna,ana@x.test\n')).toThrow(/no LinkedIn header/);
  });
});
