import { describe, expect, it } from 'vitest';
import { isAppError } from '../errors.js';
import { emlFile, mailtoLink, quotedPrintable } from './draft-email.js';

const DATE = '2026-11-28T09:30:00.000Z';

/** Splits a message file into its unfolded headers and its body. */
function parseEml(text: string): { headers: Array<[string, string]>; body: string } {
  const [head = '', ...rest] = text.split('\r\n\r\n');
  const headers = head
    .replace(/\r\n[ \t]/g, ' ')
    .split('\r\n')
    .map((line): [string, string] => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 2)]);
  return { headers, body: rest.join('\r\n\r\n') };
}

/** Decodes quoted-printable text to a string (UTF-8). */
function decodeQp(text: string): string {
  const raw = text.replace(/=\r\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] === '=') {
      bytes.push(Number.parseInt(raw.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(raw.charCodeAt(i));
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

/** Decodes a header made of RFC 2047 B-encoded words. */
function decodeWords(value: string): string {
  return value.replace(/=\?UTF-8\?B\?([^?]*)\?=\s*/g, (_m, b64: string) =>
    new TextDecoder().decode(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))),
  );
}

describe('mailtoLink', () => {
  it('percent-encodes subject and body as UTF-8 with CRLF line breaks (RFC 6068)', () => {
    const link = mailtoLink({ to: 'maya+pm@example.com', subject: 'Café & tips?', body: 'Hi Maya,\nline two\r\n= 100%' });
    expect(link).toBe('mailto:maya%2Bpm@example.com?subject=Caf%C3%A9%20%26%20tips%3F&body=Hi%20Maya%2C%0D%0Aline%20two%0D%0A%3D%20100%25');
    const url = new URL(link);
    expect(url.searchParams.get('body')).toBe('Hi Maya,\r\nline two\r\n= 100%');
  });

  it('neutralises header injection: line breaks in the subject become spaces, a bad address is refused', () => {
    const link = mailtoLink({ to: 'a@example.com', subject: 'Hi\r\nBcc: evil@example.com', body: 'x' });
    expect(new URL(link).searchParams.get('subject')).toBe('Hi Bcc: evil@example.com');
    expect(link).not.toMatch(/%0[DA]/);
    expect(() => mailtoLink({ to: 'a@example.com\r\nBcc: evil@example.com', subject: 's', body: 'b' })).toThrow(/Not an email address/);
    expect(() => mailtoLink({ to: 'a@example.com?cc=evil@example.com', subject: 's', body: 'b' })).toThrow(/Not an email address/);
  });
});

describe('emlFile', () => {
  it('writes a draft a mail client opens: headers, UTF-8 plain text in quoted-printable, CRLF', () => {
    const eml = emlFile({
      to: { name: 'Maya Lindqvist', address: 'maya@example.com' },
      subject: 'A quick question',
      body: 'Hi Maya,\nThanks!',
      date: DATE,
    });
    const { headers, body } = parseEml(eml);
    expect(Object.fromEntries(headers)).toMatchObject({
      To: 'Maya Lindqvist <maya@example.com>',
      Subject: 'A quick question',
      Date: 'Sat, 28 Nov 2026 09:30:00 +0000',
      'MIME-Version': '1.0',
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Transfer-Encoding': 'quoted-printable',
    });
    expect(Object.fromEntries(headers)['Message-ID']).toMatch(/^<[\w.]+@understudy\.local>$/);
    expect(body).toBe('Hi Maya,\r\nThanks!\r\n');
    expect(eml.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(emlFile({ to: 'maya@example.com', subject: 'A quick question', body: 'Hi Maya,\nThanks!', date: DATE })).toBe(
      emlFile({ to: 'maya@example.com', subject: 'A quick question', body: 'Hi Maya,\nThanks!', date: DATE }),
    );
  });

  it('encodes a non-ASCII subject and name as RFC 2047 words, folded under 78 characters', () => {
    const subject = 'Merci pour le conseil — résultats de l’expérience de prix annuelle 🚀 et une question';
    const eml = emlFile({ from: { name: 'Zoë', address: 'zoe@example.org' }, to: 'maya@example.com', subject, body: 'x', date: DATE });
    for (const line of eml.split('\r\n')) expect(line.length).toBeLessThanOrEqual(78);
    const headers = Object.fromEntries(parseEml(eml).headers);
    expect(decodeWords(headers.Subject ?? '')).toBe(subject);
    expect(headers.From).toMatch(/^=\?UTF-8\?B\?.+\?= <zoe@example\.org>$/);
    expect(decodeWords(headers.From ?? '')).toBe('Zoë<zoe@example.org>');
    expect(headers['Message-ID']).toMatch(/@example\.org>$/);
  });

  it('folds a long ASCII subject at spaces and quotes a name with specials', () => {
    const subject = Array.from({ length: 20 }, (_, i) => `word${i}`).join(' ');
    const eml = emlFile({ to: { name: 'Okafor, Sam "the mirror"', address: 'sam@example.com' }, subject, body: 'x', date: DATE });
    for (const line of eml.split('\r\n')) expect(line.length).toBeLessThanOrEqual(78);
    const headers = Object.fromEntries(parseEml(eml).headers);
    expect(headers.Subject).toBe(subject);
    expect(headers.To).toBe('"Okafor, Sam \\"the mirror\\"" <sam@example.com>');
  });

  it('neutralises header injection in the subject and the name, and refuses a bad address', () => {
    const eml = emlFile({
      to: { name: 'Sam\r\nBcc: evil@example.com', address: 'sam@example.com' },
      subject: 'Hello\r\nBcc: evil@example.com\n\nInjected body',
      body: 'x',
      date: DATE,
    });
    const lines = eml.split('\r\n');
    expect(lines.filter((l) => /^bcc:/i.test(l))).toEqual([]);
    expect(Object.fromEntries(parseEml(eml).headers).Subject).toBe('Hello Bcc: evil@example.com Injected body');
    const refused = (() => {
      try {
        return emlFile({ to: 'sam@example.com\r\nBcc: evil@example.com', subject: 's', body: 'b', date: DATE });
      } catch (error) {
        return error;
      }
    })();
    expect(isAppError(refused) && refused.code).toBe('invalid_input');
    expect(() => emlFile({ to: 'a@example.com', subject: 's', body: 'b', date: 'yesterday' })).toThrow(/Not a date/);
  });
});

describe('quotedPrintable', () => {
  it.each([
    ['plain ASCII', 'Hello there'],
    ['non-ASCII', 'Zürich 🚀 naïve — “quotes”'],
    ['equals signs', 'a=b == c'],
    ['trailing spaces', 'ends with space \nand tab\t'],
    ['a long line', 'word '.repeat(60)],
    ['a long run of non-ASCII', 'é'.repeat(100)],
    ['mixed line breaks', 'a\rb\nc\r\nd'],
  ])('round-trips %s with lines of at most 76 characters', (_name, text) => {
    const encoded = quotedPrintable(text);
    for (const line of encoded.split('\r\n')) {
      expect(line.length).toBeLessThanOrEqual(76);
      expect(line).not.toMatch(/[ \t]$/);
    }
    expect(encoded.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(decodeQp(encoded)).toBe(text.replace(/\r\n|\r|\n/g, '\r\n'));
  });
});
