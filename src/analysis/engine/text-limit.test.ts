import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitsTextLimit, MAX_TEXT_BYTES, utf8Length } from './text-limit.js';

const encoded = (text: string) => new TextEncoder().encode(text).length;

describe('utf8Length', () => {
  it.each([
    ['', 0],
    ['ask', 3],
    ['café', 5],
    ['仕事', 6],
    ['🙂', 4],
    ['a\ud800b', 5],
    ['\udc00', 3],
    ['\ud800', 3],
  ])('%j is %d bytes', (text, bytes) => {
    expect(utf8Length(text)).toBe(bytes);
  });

  it('counts what TextEncoder writes, for any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => utf8Length(text) === encoded(text)));
  });
});

describe('fitsTextLimit', () => {
  it('takes a text of exactly the limit and refuses one byte more', () => {
    expect(fitsTextLimit('a'.repeat(MAX_TEXT_BYTES))).toBe(true);
    expect(fitsTextLimit('a'.repeat(MAX_TEXT_BYTES + 1))).toBe(false);
  });

  it('measures bytes, not characters: fewer characters than the limit can still be too many bytes', () => {
    const wide = 'é'.repeat(MAX_TEXT_BYTES / 2);
    expect(fitsTextLimit(wide)).toBe(true);
    expect(fitsTextLimit(`${wide}é`)).toBe(false);
    expect(fitsTextLimit('仕'.repeat(Math.floor(MAX_TEXT_BYTES / 3) + 1))).toBe(false);
  });
});
