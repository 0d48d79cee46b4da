import { describe, expect, it } from 'vitest';
import { parseText } from '../../../engine/text.js';
import { gratitude } from './gratitude.js';

const findings = (text: string) => gratitude.check(parseText(text), undefined);
const spans = (text: string) => findings(text).map((f) => text.slice(f.start, f.end));

describe('gratitude', () => {
  it.each([
    ['Noted.', ['Noted.']],
    ["  Got it, I'll slow down next time. ", ["Got it, I'll slow down next time."]],
    ["I'd appreciate an example, if you have one.", ["I'd appreciate an example, if you have one."]],
    ['Thanks to the CFO, we ran out of time.', ['Thanks to the CFO, we ran out of time.']],
    ["I don't appreciate being ambushed like that.", ["I don't appreciate being ambushed like that."]],
  ])('flags %j', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    'Cheers for this, really appreciate it.',
    'thx, will do',
    "Much appreciated. I'll ask the team first next time.",
    'Grateful for this.',
    'Thank u!! didnt notice i did that',
    'Many thanks, that is a fair point.',
    'Thanks to you, I can finally see it.',
  ])('passes %j', (text) => {
    expect(spans(text)).toEqual([]);
  });

  it('suggests opening with thanks', () => {
    expect(findings('Noted.')[0]?.suggestion).toBe('Thank you for telling me. Noted.');
  });
});
