import { describe, expect, it } from 'vitest';
import { parseText } from '../../../../engine/text.js';
import { guilt } from './guilt.js';

const spans = (text: string) => guilt.check(parseText(text), undefined).map((f) => text.slice(f.start, f.end));

describe('guilt', () => {
  it.each([
    ["Hi Kim, I still haven't heard back. Do you price per seat?", ["still haven't heard"]],
    ['Bumping this again! Do you price per seat?', ['Bumping this']],
    ['Did you receive my last message? Do you price per seat?', ['Did you receive my']],
    ['Sorry to keep pestering you. Do you price per seat?', ['pestering']],
    ['Two weeks without a reply, so trying once more: do you price per seat?', ['without a reply']],
    ["You've seen my message but not answered. Do you price per seat?", ["You've seen my"]],
  ])('flags %j', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    'Following up on my question: do you price per seat? No pressure at all.',
    'A gentle nudge in case it helps: do you price per seat or per project?',
    'Resurfacing one quick question: do you price per seat?',
    'No need to reply if you are swamped. Do you price per seat?',
  ])('passes %j', (text) => {
    expect(spans(text)).toEqual([]);
  });
});
