import { describe, expect, it } from 'vitest';
import { parseText } from '../../../../engine/text.js';
import { tooManyQuestions } from './too-many-questions.js';

const found = (text: string) =>
  tooManyQuestions.check(parseText(text), undefined).map((f) => ({ text: text.slice(f.start, f.end), severity: f.severity }));

describe('too-many-questions', () => {
  it('warns at two questions, over the second', () => {
    expect(found('Do you price per seat? Or per project?')).toEqual([{ text: 'Or per project?', severity: 'warning' }]);
  });

  it('fails three or more, over the questions after the first', () => {
    expect(found('Who sets them? How many? Do you grade them? Thanks.')).toEqual([
      { text: 'How many? Do you grade them?', severity: 'error' },
    ]);
  });

  it.each(['Do you price per seat or per project?', "I'd love to know which metric you picked. Thanks!", ''])('passes %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});
