import { describe, expect, it } from 'vitest';
import { compileLexicon, scanLexicon } from './cue-lexicon.js';
import { parseText } from './text.js';

const lexicon = compileLexicon({ research: { 3: 'user interview~' }, hiring: { 2: 'interview~ | candidate~' } });

describe('scanLexicon', () => {
  it('lets the longer cue win where cues of two labels overlap', () => {
    const text = 'Our user interviews and my interview loop for candidates.';
    const hits = scanLexicon(parseText(text), lexicon).map((h) => [h.label, text.slice(h.start, h.end), h.weight]);
    expect(hits).toEqual([
      ['research', 'user interviews', 3],
      ['hiring', 'interview', 2],
      ['hiring', 'candidates', 2],
    ]);
  });

  it('finds nothing in text without cues', () => {
    expect(scanLexicon(parseText(''), lexicon)).toEqual([]);
    expect(scanLexicon(parseText('¿?¡! 😀'), lexicon)).toEqual([]);
  });
});
