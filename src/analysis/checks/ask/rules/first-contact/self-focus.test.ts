import { describe, expect, it } from 'vitest';
import { parseText } from '../../../../engine/text.js';
import { selfFocus } from './self-focus.js';

const fires = (text: string) => selfFocus.check(parseText(text), undefined).length > 0;

describe('self-focus', () => {
  it('warns when I/me/my words are at least twice the you/your words and more than six', () => {
    expect(
      fires("I'm a PM and my team is new. I think my roadmap is late and I'm worried; I need help with my plan. Do you have a tip?"),
    ).toBe(true);
  });

  it.each([
    'I read your post. I liked it. I tried it. I shared it. I saved it. I quoted it. Did you test it?',
    "I'm a PM, my team is new, I think my roadmap is late, I'm worried, I need help. You said X; your post, your talk and you?",
    'Your talk on pricing was great. Do you price per seat?',
  ])('passes %j', (text) => {
    expect(fires(text)).toBe(false);
  });
});
