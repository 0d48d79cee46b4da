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
    ['Did my note land ok? Per seat or per project?', ['my note land']],
    ['Just checking my message made it to you: per seat or per project?', ['my message made it to you']],
    ['My first email may have gone to spam, so: per seat or per project?', ['My first email may have gone to spam']],
    ["In case it didn't come through, here is my question: per seat or per project?", ["In case it didn't come through"]],
    ['Wondering whether my DM got to you. Per seat or per project?', ['my DM got to you']],
    ['unsure the previous msg ever reached u, so: per seat or per project?', ['the previous msg ever reached u']],
  ])('flags %j', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    'Following up on my question: do you price per seat? No pressure at all.',
    'A gentle nudge in case it helps: do you price per seat or per project?',
    'Resurfacing one quick question: do you price per seat?',
    'No need to reply if you are swamped. Do you price per seat?',
    'Hope this note reaches you well. Following up: per seat or per project?',
    'Following up in case my note landed at a busy week: per seat or per project?',
    'Following up: did the welcome email land before or after signup?',
    'Following up on one question: how did you keep your emails out of the spam folder?',
    'My last message went through three drafts, so I will keep it short: per seat?',
  ])('passes %j', (text) => {
    expect(spans(text)).toEqual([]);
  });
});
