import { describe, expect, it } from 'vitest';
import { parseText } from '../../../engine/text.js';
import { noEvent } from './no-event.js';

const spans = (text: string) => noEvent.check(parseText(text), undefined).map((f) => text.slice(f.start, f.end));

describe('no-event', () => {
  it.each([
    'Did I come across as defensive?',
    'In our weekly syncs, do I sound condescending?',
    'How do I come across in meetings in general?',
    'Over the last few months, have I seemed more confident to you?',
    'Did my listening come across well in our 1:1s?',
  ])('flags %j', (text) => {
    expect(spans(text)).toEqual([text]);
  });

  it.each([
    "During Tuesday's roadmap review, did I seem confident or defensive?",
    'In my 1:1 with Sam today, did my feedback feel supportive or harsh?',
    'At the board meeting this morning, did I sound calm?',
    'at wednesdays exec review did i seem defensive when marketing challenged my numbers',
    'When I pitched the pricing change last week, did I sound convincing or pushy?',
    'In the product council on 3 June, did I seem principled or stubborn?',
    'On the escalation call earlier today, did my apology sound sincere?',
    'In a recent meeting with the CFO, did I come across as evasive?',
  ])('passes %j', (text) => {
    expect(spans(text)).toEqual([]);
  });

  it('suggests the rewrite skeleton with the trait it was given', () => {
    const [finding] = noEvent.check(parseText('Did I seem nervous?'), undefined);
    expect(finding?.suggestion).toBe('During [event], did I come across as nervous or calm?');
  });
});
