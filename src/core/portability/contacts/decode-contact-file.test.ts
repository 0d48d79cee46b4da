import { describe, expect, it } from 'vitest';
import { decodeContactFile } from './decode-contact-file.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeContactFile', () => {
  it('reads UTF-8, dropping a byte order mark', () => {
    expect(decodeContactFile('a.csv', utf8('\uFEFFName\nZoë 😀\n'))).toBe('Name\nZoë 😀\n');
  });

  it.each([
    ['Latin-1', Uint8Array.from([...utf8('Name\nZo'), 0xeb, 0x0a])],
    ['a lone continuation byte', Uint8Array.from([...utf8('Name\n'), 0x80, 0x0a])],
    ['a truncated sequence at the end', Uint8Array.from([...utf8('Name\nZo'), 0xc3])],
    ['an encoded surrogate (CESU-8)', Uint8Array.from([...utf8('Name\n'), 0xed, 0xa0, 0x80])],
  ])('refuses %s, naming the file, as the API does', (_name, bytes) => {
    expect(() => decodeContactFile('people.csv', bytes)).toThrow(
      expect.objectContaining({
        code: 'invalid_input',
        message: 'people.csv is not UTF-8 text; save it as UTF-8 CSV or vCard and try again',
      }),
    );
  });

  it('refuses a binary file', () => {
    expect(() => decodeContactFile('photo.csv', Uint8Array.from([0x4e, 0x00, 0x61]))).toThrow(
      'photo.csv looks binary, not a CSV or vCard file',
    );
  });
});
