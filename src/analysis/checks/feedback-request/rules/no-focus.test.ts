import { describe, expect, it } from 'vitest';
import { parseText } from '../../../engine/text.js';
import { noFocus } from './no-focus.js';

const spans = (text: string) => noFocus.check(parseText(text), undefined).map((f) => text.slice(f.start, f.end));

describe('no-focus', () => {
  it.each([
    [
      "After yesterday's exec review, how did I come across to the CEO?",
      ["After yesterday's exec review, how did I come across to the CEO?"],
    ],
    ['Hi! Quick one. How did I come across in the demo on Friday?', ['How did I come across in the demo on Friday?']],
    ["During Friday's offsite, what could I have done better?", ["During Friday's offsite, what could I have done better?"]],
    ['Your honest view: how did I come across at the offsite?', ['Your honest view: how did I come across at the offsite?']],
    ["Did the roadmap in Monday's review make sense?", ["Did the roadmap in Monday's review make sense?"]],
  ])('flags %j', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    'Did I seem nervous?',
    'In the standup today, how did my pacing land?',
    'At the demo yesterday, did I come across as too salesy?',
    'When I took charge of the incident call, how did I come across?',
    'Can you give me feedback on how I handle pushback from engineers?',
    'Which stakeholder-management courses would you recommend?',
    'At the kickoff this morning, did I talk over people?',
  ])('passes %j', (text) => {
    expect(spans(text)).toEqual([]);
  });
});
