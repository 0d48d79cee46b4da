import { describe, expect, it } from 'vitest';
import { parseVcard } from './parse-vcard.js';

const v3 = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'N:Ruiz;Ana;;;',
  'FN:Ana Ruiz',
  'ORG:Stripe;Growth',
  'TITLE:Head of Growth',
  'EMAIL;TYPE=INTERNET:ana.home@example.com',
  'EMAIL;TYPE=INTERNET,PREF:ana@example.com',
  'URL:https://www.linkedin.com/in/ana-ruiz',
  'NOTE:Met at Mind the Product\\, London. Talked about pricing pages and ',
  ' annual plans\\nFollow up in May.',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:3.0',
  'N:Li;Bo;;;',
  'EMAIL:bo@example.com',
  'END:VCARD',
].join('\r\n');

const v4 = [
  'BEGIN:VCARD',
  'VERSION:4.0',
  'FN:José Núñez',
  'EMAIL;PREF=2:jose@old.example',
  'EMAIL;PREF=1:jose@example.com',
  'ORG:Acme\\, Inc.',
  'TITLE:Director of',
  '  Product',
  'URL;VALUE=uri:https://jose.example/about',
  'END:VCARD',
  '',
  'BEGIN:VCARD',
  'VERSION:4.0',
  'FN:Cy Wu',
  'END:VCARD',
  '',
].join('\n');

describe('parseVcard', () => {
  it('reads several vCard 3.0 cards with folded lines, the preferred email and escaped text', () => {
    const parsed = parseVcard(v3);
    expect(parsed.problems).toEqual([]);
    expect(parsed.contacts).toEqual([
      {
        line: 1,
        name: 'Ana Ruiz',
        email: 'ana@example.com',
        profileUrl: 'https://www.linkedin.com/in/ana-ruiz',
        company: 'Stripe',
        title: 'Head of Growth',
        notes: 'Met at Mind the Product, London. Talked about pricing pages and annual plans\nFollow up in May.',
      },
      { line: 13, name: 'Bo Li', email: 'bo@example.com', profileUrl: null, company: null, title: null, notes: null },
    ]);
  });

  it('reads vCard 4.0 with LF line ends, PREF=1 and a folded title', () => {
    const parsed = parseVcard(v4);
    expect(parsed.problems).toEqual([]);
    expect(parsed.contacts).toEqual([
      {
        line: 1,
        name: 'José Núñez',
        email: 'jose@example.com',
        profileUrl: 'https://jose.example/about',
        company: 'Acme, Inc.',
        title: 'Director of Product',
        notes: null,
      },
      { line: 12, name: 'Cy Wu', email: null, profileUrl: null, company: null, title: null, notes: null },
    ]);
  });

  it('reports an unclosed card, a card that does not parse and text between cards by line, and reads the rest', () => {
    const text = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Never Closed',
      'BEGIN:VCARD',
      'VERSION:9.9',
      'FN:Bad Version',
      'END:VCARD',
      'stray text',
      'more stray text',
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Good',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:3.0',
      'ORG:Nameless Co',
      'END:VCARD',
    ].join('\r\n');
    const parsed = parseVcard(text);
    expect(parsed.problems).toEqual([
      { line: 1, reason: 'card not closed by END:VCARD' },
      { line: 4, reason: expect.stringMatching(/^invalid vCard: .*9\.9/) },
      { line: 8, reason: 'text outside a vCard (BEGIN:VCARD … END:VCARD)' },
    ]);
    expect(parsed.contacts.map((c) => [c.line, c.name, c.company])).toEqual([
      [10, 'Good', null],
      [14, '', 'Nameless Co'],
    ]);
  });

  it('refuses a file with no card at all', () => {
    expect(() => parseVcard('')).toThrow(/no vCards/);
  });
});
