import { describe, expect, it } from 'vitest';
import { foldCase, lineColumn, MAX_ANALYSED_CHARS, parseText } from './text.js';

const sentencesOf = (text: string) => parseText(text).sentences.map((s) => text.slice(s.start, s.end));

describe('parseText', () => {
  it('cuts words, numbers and punctuation with their offsets', () => {
    const doc = parseText("Can we cut churn 3.5% by Q2? It's a follow-up.");
    expect(doc.tokens.map((t) => [t.text, t.kind])).toEqual([
      ['Can', 'word'],
      ['we', 'word'],
      ['cut', 'word'],
      ['churn', 'word'],
      ['3.5', 'number'],
      ['%', 'punct'],
      ['by', 'word'],
      ['Q2', 'word'],
      ['?', 'punct'],
      ["It's", 'word'],
      ['a', 'word'],
      ['follow-up', 'word'],
      ['.', 'punct'],
    ]);
    for (const t of doc.tokens) expect(doc.text.slice(t.start, t.end)).toBe(t.text);
    expect(doc.words.map((t) => t.text)).not.toContain('?');
  });

  it('splits sentences without breaking after abbreviations, and marks questions', () => {
    const text = 'Hi Dr. Okafor,\nI read your post, e.g. the part on pricing. Would you pick annual plans?" Thanks!';
    expect(sentencesOf(text)).toEqual([
      'Hi Dr. Okafor,',
      'I read your post, e.g. the part on pricing.',
      'Would you pick annual plans?"',
      'Thanks!',
    ]);
    expect(parseText(text).sentences.map((s) => s.question)).toEqual([false, false, true, false]);
  });

  it('starts a sentence after a period when a writer never capitalises, but not after an abbreviation or initial', () => {
    const text = 'got it live last week. now sales wants a new tier, e.g. one for agencies. ping j. smith about it';
    expect(sentencesOf(text)).toEqual([
      'got it live last week.',
      'now sales wants a new tier, e.g. one for agencies.',
      'ping j. smith about it',
    ]);
  });

  it('keeps a question quoted inside a sentence in that sentence', () => {
    const text = 'I ask "what would you change?" at the end of each 1:1. It works.';
    expect(sentencesOf(text)).toEqual(['I ask "what would you change?" at the end of each 1:1.', 'It works.']);
    expect(parseText(text).sentences[0]?.question).toBe(false);
  });

  it('gives every token the sentence that holds it', () => {
    const doc = parseText('One two. Three four? Five.');
    for (const [i, s] of doc.sentences.entries()) {
      for (const t of doc.tokens.slice(s.firstToken, s.endToken)) expect(t.sentence).toBe(i);
    }
    expect(doc.sentences.at(-1)?.endToken).toBe(doc.tokens.length);
  });

  it('folds case, curly quotes and dashes without moving offsets', () => {
    const text = 'I’d say “NO” — İstanbul';
    expect(foldCase(text)).toHaveLength(text.length);
    expect(parseText(text).lower.startsWith(`i'd say "no" - `)).toBe(true);
  });

  it('reads texts with other scripts and emoji', () => {
    const text = '你好。Thank you 🙏 for the café chat! ¿Qué tal?';
    const doc = parseText(text);
    expect(doc.tokens.some((t) => t.text === 'café')).toBe(true);
    expect(doc.sentences.length).toBeGreaterThanOrEqual(3);
  });

  it('reads only the first part of a huge text, and says so', () => {
    const doc = parseText('word '.repeat(MAX_ANALYSED_CHARS));
    expect(doc.truncated).toBe(true);
    expect(doc.text).toHaveLength(MAX_ANALYSED_CHARS);
    expect(parseText('').sentences).toEqual([{ start: 0, end: 0, firstToken: 0, endToken: 0, question: false }]);
  });

  it('turns offsets into lines and columns', () => {
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
