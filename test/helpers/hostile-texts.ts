import fc from 'fast-check';

/** The size every hostile text is built to: 100 KB, past anything a message or goal reaches. */
export const HOSTILE_TEXT_CHARS = 100_000;

const fill = (unit: string) => unit.repeat(Math.ceil(HOSTILE_TEXT_CHARS / unit.length)).slice(0, HOSTILE_TEXT_CHARS);

/**
 * Texts that defeat careless regexes and tokenisers, each 100 KB: long words made of many
 * parts (a pasted tracking URL, dotted and hyphenated runs, apostrophes), runs of one
 * separator or of punctuation, newlines only, numbered-list leads, quotes and emoji sequences.
 * Every check and extractor must stay linear on them.
 */
export const hostileTexts: Readonly<Record<string, string>> = {
  'one character': fill('a'),
  'question marks': fill('?'),
  'nested quotes': fill('"\'“‘('),
  'one long word': fill('mentorship'),
  'spaces and dots': fill('. '),
  'digits and percents': fill('9% '),
  'repeated phrase': fill('could we grab a coffee and pick your brain about your career path? '),
  'a tracking URL': `https://t.example.com/c/${fill('u1.x-2/k_3?id=9&ref=a.b-c%2Fd/')}`.slice(0, HOSTILE_TEXT_CHARS),
  'one word of dots': fill('ab.'),
  'one word of hyphens': fill('ab-'),
  'one word of slashes': fill('ab/'),
  'one word of apostrophes': fill("ab'"),
  'one word of every separator': fill("a.b-c/d'e"),
  'numbered leads': fill('1.'),
  'numbers with separators': fill('1.2-3/4:5,6'),
  'newlines only': fill('\n'),
  'blank lines between words': fill('ask\n\n'),
  'repeated punctuation': fill('!?.,;:…—–'),
  'emoji sequences': fill('👩‍💻🙏🏽 '),
  'bullets and brackets': fill('- [x] (a) '),
};

/** Characters the generated hostile words are made of: letters, digits and the separators that join parts. */
const wordParts = ['a', 'Z', 'é', '1', '9', '.', '-', '/', "'", '’', '_', '%', ':', '?', '!', '"'];

/**
 * Generated 100 KB texts with few spaces: long tokens of many parts, separators and
 * punctuation in any order. Seeded, so a failure names a text that can be replayed.
 */
export function generatedHostileTexts(count: number, seed = 18): string[] {
  const text = (units: string[]) =>
    fc.string({ unit: fc.constantFrom(...units), minLength: HOSTILE_TEXT_CHARS, maxLength: HOSTILE_TEXT_CHARS });
  // Half are one unbroken word; the other half break now and then at a space or a newline.
  return fc.sample(fc.oneof(text(wordParts), text([...wordParts, ' ', '\n'])), { numRuns: count, seed });
}
