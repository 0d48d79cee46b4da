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
    ['WhatsApp shows it as read, so: per seat or per project?', ['shows it as read']],
    ["I know you're around since you replied to others on the thread. Per seat or per project?", ["know you're around"]],
    ["I've emailed you twice now about this. Per seat or per project?", ["I've emailed you twice"]],
    ['Awaiting your reply: per seat or per project?', ['Awaiting your reply']],
    ['Honestly a bit disappointing not to hear back. Per seat or per project?', ['a bit disappointing']],
    ['Sorry to write again! Per seat or per project?', ['Sorry to write again']],
    ['This is my final reminder: per seat or per project?', ['final reminder']],
    ['I wrote on 2 June and have still not received any answer. Do you price per seat?', ['not received any answer']],
    ['Third note, as I never got a response. Do you price per seat?', ['never got a response']],
    ['You opened the doc and still no word. Do you price per seat?', ['still no word']],
    ['I sent you a message two weeks ago and still not have your reply. Do you price per seat?', ['not have your reply']],
    ['Hi Ren, second reminder on my question: do you tag snippets by job or by feature?', ['second reminder']],
    ["It's been three weeks without a word from you, so trying again: do you price per seat?", ['without a word']],
    [
      'Me again! Not sure my last two emails made it past your filters. Do you price per seat?',
      ['my last two emails made it past your filters'],
    ],
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
    'I write one more time only to repeat my question: per seat or per project?',
    "I'll try my question once more: per seat or per project?",
    'Following up once: did you test the price twice, or only once?',
    'Following up: the disappointing week-3 numbers in your post, were they from B2B users?',
    'Sorry, one detail I left out: we price per seat. Per seat or per project for you?',
    'Following up: your team asked users twice for the rating, did it help?',
    'Following up: did the board give any answer on seat pricing when you proposed it?',
    "Following up on my question: when customers haven't received a reply from support, do you refund them?",
  ])('passes %j', (text) => {
    expect(spans(text)).toEqual([]);
  });
});
