import { describe, expect, it } from 'vitest';
import { parseText } from '../../../engine/text.js';
import { notSubjective } from './not-subjective.js';

const spans = (text: string) => notSubjective.check(parseText(text), undefined).map((f) => text.slice(f.start, f.end));

describe('not-subjective', () => {
  it.each([
    ['What should I improve about my executive presence?', ['What should I improve about my executive presence?']],
    ["Thanks again. In Tuesday's review, were my churn numbers correct?", ["In Tuesday's review, were my churn numbers correct?"]],
    ['Please rate my listening from 1 to 10.', ['Please rate my listening from 1 to 10.']],
    ['Can you give me feedback on how I handle conflict?', ['Can you give me feedback on how I handle conflict?']],
    ['Do you think I should speak up more in meetings?', ['Do you think I should speak up more in meetings?']],
    [
      "What did you think of the features we showed in yesterday's demo?",
      ["What did you think of the features we showed in yesterday's demo?"],
    ],
  ])('flags %j', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    'Did I seem decisive?',
    'In general, do people see me as confident or arrogant?',
    "At the review on Tuesday, did you feel I listened to the team's concerns?",
    'Was I too blunt with the designers in the crit?',
    "I'd love to know how I came across in the demo this morning.",
    'At the kickoff, did I talk over people?',
    'What did you make of my body language at the pitch?',
    'During the retro, was my tone too sharp?',
    'Do I interrupt people too much?',
    'In my talk last Saturday, did my nerves show?',
  ])('passes %j', (text) => {
    expect(spans(text)).toEqual([]);
  });
});
