import { describe, expect, it } from 'vitest';
import { parseText } from '../../../../engine/text.js';
import { checkAsk } from '../../check-ask.js';
import { placeholder } from './placeholder.js';

const spans = (text: string) =>
  placeholder.check(parseText(text), { stage: 'first-contact', hasCircleBack: undefined }).map((f) => text.slice(f.start, f.end));

describe('placeholder', () => {
  it.each([
    ['I heard your talk on [Topic]. You mentioned [Specific Framework].', ['[Topic]', '[Specific Framework]']],
    ['Hi <name>, activation went from XX% to 24%.', ['<name>', 'XX%']],
    ['We saw {result} after TBD weeks.', ['{result}', 'TBD']],
    ['The slot is ___ minutes.', ['___']],
  ])('flags each blank of %j', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    'See [the post](https://example.com/post) on pricing.',
    'As the study showed [1], retention rose.',
    'Write to <ana@example.com> or <https://example.com>.',
    'Our XXL plan sold out; thanks xx',
  ])('passes %j, which has no blank of a template', (text) => {
    expect(spans(text)).toEqual([]);
  });

  it('makes the part a blank stands for count as missing', () => {
    const template = checkAsk('I heard your talk on [Topic]. Which pricing page do you think does annual plans best?');
    expect(template.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['no-specific-reference', 'placeholder']));
    const filled = checkAsk('I heard your talk on annual-plan pricing. Which pricing page do you think does annual plans best?');
    expect(filled.findings.map((f) => f.rule)).not.toContain('no-specific-reference');
  });

  it('runs at every stage', () => {
    for (const stage of ['first-contact', 'follow-up', 'circle-back', 'escalation'] as const) {
      expect(
        checkAsk('We saw [Result].', { stage }).findings.map((f) => f.rule),
        stage,
      ).toContain('placeholder');
    }
  });
});
