import { describe, expect, it } from 'vitest';
import { parseText } from '../../../../engine/text.js';
import { tooLong } from './too-long.js';

const severities = (text: string) => tooLong.check(parseText(text), undefined).map((f) => f.severity ?? tooLong.severity);
const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('too-long (follow-up)', () => {
  it.each([
    [40, []],
    [80, []],
    [81, ['error']],
  ])('%i words → %j', (n, expected) => {
    expect(severities(words(n))).toEqual(expected);
  });
});
