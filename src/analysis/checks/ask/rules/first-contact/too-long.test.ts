import { describe, expect, it } from 'vitest';
import { parseText } from '../../../../engine/text.js';
import { tooLong } from './too-long.js';

const severities = (text: string) => tooLong.check(parseText(text), undefined).map((f) => f.severity);
const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('too-long (first contact)', () => {
  it.each([
    [100, []],
    [101, ['warning']],
    [150, ['warning']],
    [151, ['error']],
  ])('%i words → %j', (n, expected) => {
    expect(severities(words(n))).toEqual(expected);
  });

  it('spans the message without surrounding space', () => {
    const text = `\n${words(160)}\n`;
    const [finding] = tooLong.check(parseText(text), undefined);
    expect(text.slice(finding?.start, finding?.end)).toBe(words(160));
  });
});
