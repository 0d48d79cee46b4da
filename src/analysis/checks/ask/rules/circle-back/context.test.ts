import { describe, expect, it } from 'vitest';
import { parseText } from '../../../../engine/text.js';
import { context } from './context.js';

const spans = (text: string) => context.check(parseText(text), { stage: 'circle-back' }).map((f) => text.slice(f.start, f.end));

describe('context', () => {
  it.each([
    ['I tried your pricing-anchor idea on my project and revenue rose 8%. Thanks!', ['my project']],
    ['Your weekly-demo idea cut escalations from 9 to 2. Thank you!', ['Your weekly-demo idea cut escalations from 9 to 2. Thank you!']],
    ['Used your interview script with our team, learned a lot. Thanks', ['our team']],
    [
      "Used your 'price the outcome' trick. Renewals rose 8% in one quarter. Thanks!",
      ["Used your 'price the outcome' trick. Renewals rose 8% in one quarter. Thanks!"],
    ],
    [
      "Tried your 'lock the number early' rule. Forecast error fell from 22% to 9% in the first quarter. Thanks!",
      ["Tried your 'lock the number early' rule. Forecast error fell from 22% to 9% in the first quarter. Thanks!"],
    ],
    [
      "I used your 'extend once, then kill' rule on my project and it ended a three-week debate in a single meeting. Thank you!",
      ['my project'],
    ],
  ])('flags %j', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    'Your pricing-anchor idea worked on our checkout page: conversion rose 3 points. Thanks!',
    "I used your agenda template in Tuesday's planning meeting and we finished early. Thank you!",
    'We tried your pairing rule with the billing squad and bugs dropped by half. Thanks!',
    'Thanks for the tip!\n- Where: the partner portal\n- Result: support tickets fell 30%',
    'We launched the referral program with your two-sided reward idea and sign-ups rose 12%. Thanks!',
    'We pre-loaded the reporting dashboard with a sample chart, like you suggested; first charts came 2 days sooner. Thanks!',
    'A quick update from the bakery: with your pre-order idea, waste fell by a third. Thank you!',
    'Your waiting-times idea worked in Calderdale: complaints fell by a third. Thank you!',
    '- **What I did:** moved sign-up to opt-out at Harbour Credit Union\n- **Result:** 3x more members saving\nThank you!',
  ])('passes %j', (text) => {
    expect(spans(text)).toEqual([]);
  });
});
