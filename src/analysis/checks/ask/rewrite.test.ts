import { describe, expect, it } from 'vitest';
import { parseText } from '../../engine/text.js';
import { rewriteAsk, rewriteQuestion } from './rewrite.js';

const rewrite = (text: string) => rewriteAsk(parseText(text));

describe('rewriteAsk', () => {
  it('keeps the placeholders when the message names no work', () => {
    expect(rewrite('Can we grab coffee so I can learn about your career?')).toBe(
      `I heard your talk on [topic]. You mentioned [framework]. ${rewriteQuestion}`,
    );
  });

  it.each([
    [
      'Your keynote on pricing psychology at Web Summit was great. Any advice?',
      'I heard your keynote on pricing psychology at Web Summit.',
    ],
    ['I loved your newsletter issue about reverse trials! Could we chat?', 'I read your newsletter issue about reverse trials.'],
    ['Your podcast episode on churn was great. Will you mentor me?', 'I listened to your podcast episode on churn.'],
    ['I watched your YouTube video on cohorts. Thoughts?', 'I watched your YouTube video on cohorts.'],
    ['Your book "Pricing Without Fear" changed my mind. Can we talk?', 'I read your book "Pricing Without Fear".'],
    ['Loved your post. Any tips?', 'I read your post on [topic].'],
  ])('names the work of %j', (text, first) => {
    expect(rewrite(text).startsWith(`${first} `)).toBe(true);
  });

  it('restates the idea the message quotes', () => {
    expect(rewrite('In your talk on loops you said content loops compound faster. Could we set up a call?')).toBe(
      `I heard your talk on loops. You said content loops compound faster. ${rewriteQuestion}`,
    );
  });

  it('puts a named framework in the idea slot', () => {
    expect(rewrite('Big fan of the Growth Ladder framework you published. Any tips?')).toBe(
      `I heard your talk on [topic]. You described your Growth Ladder framework. ${rewriteQuestion}`,
    );
    expect(rewrite('Your post on loops mentioned your Loop Canvas. Thoughts?')).toBe(
      `I read your post on loops. You described your Loop Canvas. ${rewriteQuestion}`,
    );
  });

  it('does not restate their career story as an idea', () => {
    expect(rewrite('In your keynote you described your own path into leadership. Could we meet?')).toContain('You mentioned [framework].');
  });

  it('never throws on odd input', () => {
    for (const text of ['', 'your', 'your talk on', 'you said', '"', 'your book "unclosed title'])
      expect(() => rewrite(text)).not.toThrow();
  });
});
