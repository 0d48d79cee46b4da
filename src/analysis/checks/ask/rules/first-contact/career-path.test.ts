import { describe, expect, it } from 'vitest';
import { parseText } from '../../../../engine/text.js';
import { careerPath } from './career-path.js';

const spans = (text: string) => careerPath.check(parseText(text), undefined).map((f) => text.slice(f.start, f.end));

describe('career-path', () => {
  it.each([
    ['How did you move from design into product management?', ['How did you move from design into product management']],
    ["I'd love to hear your story.", ['hear your story']],
    ['how did u get into growth?', ['how did u get into']],
    ['Could you share what got you to VP so fast?', ['what got you to']],
    ['I would love to learn about your career path.', ['about your career']],
    ['Could you share the steps you took to become a VP of Product?', ['steps you took to become a VP of Product']],
    ['What were the moves you made on the way to CPO?', ['moves you made on the way to CPO']],
    ["I'd really like to know the path you took to become Head of Design.", ['path you took to become Head of Design']],
    ['how did u rise to head of product so fast??', ['how did u rise']],
    ['What did it take for you to become a director?', ['take for you to become a director']],
    ['What was the path from agency designer to product lead like for you?', ['path from agency designer to product lead']],
    ['What was it like going from IC to manager for you?', ['going from IC to manager']],
    ["You've moved from sales into product leadership. I'd love to know what made that switch work.", ['that switch']],
    ['Your move from consulting to a startup CPO role is inspiring. How did you make that leap?', ['that leap']],
    ['i see u went from dev to pm in 2 yrs!! how did u make the jump?', ['the jump']],
    [
      'Your ProductTank talk was superb. How did you get from owning features to owning the P&L for a whole business unit?',
      ['How did you get from owning features to owning the P&L'],
    ],
    [
      'Loved your SREcon talk. How did you get from writing code to running product at a startup?',
      ['How did you get from writing code to running product'],
    ],
  ])('flags %j', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    'How did you move from per-seat to usage pricing?',
    'Your talk on customer journey maps was great. Where does your journey map start?',
    'I want to break into product. Which metric should a new PM learn first?',
    'Your journey from consultant to CPO is inspiring. Which pricing test surprised you most?',
    'I am on my own product journey. Do you cap free tiers by seats?',
    'You moved from monthly to annual billing. How did you make that switch?',
    'You went from 5 to 50 PMs in a year. How did you make that jump without losing quality?',
    'You moved the pricing page below the fold. How did you decide to make that move?',
    'You went from support lead to CPO. How did the change to usage pricing affect churn?',
    'What does the path from IC to manager look like at your company?',
    'How did you reach product market fit with Sums?',
    'What were the steps you took to reach 10k users?',
    'How did the move from sales-led to product led growth change your pipeline?',
    'How did you reach the VP of Finance at the bank?',
    'How did you get to senior stakeholders at Acme?',
    'I went from teaching to product. How did you decide on the PM ladder at Sums?',
    'Your ProductTank talk was superb. How did you get from 10 to 100 paying customers in the first year?',
  ])('passes %j', (text) => {
    expect(spans(text)).toEqual([]);
  });
});
