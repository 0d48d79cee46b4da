import { describe, expect, it } from 'vitest';
import { baseVerb } from './detect-advice.js';

describe('baseVerb', () => {
  it.each([
    ['try', 'try'],
    ['pre-register', 'register'],
    ['double-check', 'check'],
    ['reorganise', 'reorganise'],
    ['intervew', 'interview'],
    ['prioritse', 'prioritise'],
  ])('%s stands for the verb %s', (word, verb) => {
    expect(baseVerb(word)).toBe(verb);
  });

  it.each(['tests', 'shipped', 'talking', 'pricing', 'engineers', 'quickly', 'the'])('%s is not a base verb', (word) => {
    expect(baseVerb(word)).toBeUndefined();
  });
});
