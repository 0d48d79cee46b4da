/**
 * Where sentences start, by the Unicode sentence-boundary rules (UAX #29), as
 * `Intl.Segmenter` finds them. The segmenter costs about 8 µs on a short message, most of a
 * check's budget, so texts made only of the characters most messages use (ASCII, cased Latin
 * letters, curly quotes and dashes) are split here by the same rules; any other text goes to
 * the segmenter. A test holds the two to the same answers.
 */

enum C {
  Other,
  CR,
  LF,
  Sp,
  Lower,
  Upper,
  Numeric,
  ATerm,
  STerm,
  Close,
  SContinue,
}

/** The sentence-break class of each ASCII character. */
const ASCII: C[] = [];
for (let code = 0; code < 128; code++) {
  const ch = String.fromCharCode(code);
  ASCII[code] =
    ch === '\r'
      ? C.CR
      : ch === '\n'
        ? C.LF
        : ch === ' ' || ch === '\t'
          ? C.Sp
          : /[a-z]/.test(ch)
            ? C.Lower
            : /[A-Z]/.test(ch)
              ? C.Upper
              : /[0-9]/.test(ch)
                ? C.Numeric
                : ch === '.'
                  ? C.ATerm
                  : ch === '!' || ch === '?'
                    ? C.STerm
                    : /["'()[\]{}]/.test(ch)
                      ? C.Close
                      : /[,\-:;]/.test(ch)
                        ? C.SContinue
                        : C.Other;
}

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/** The class of one UTF-16 unit, or undefined when the fast split does not handle it. */
function classOf(code: number): C | undefined {
  if (code < 128) return (code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 127 ? undefined : ASCII[code];
  if (code === 0x2018 || code === 0x2019 || code === 0x201c || code === 0x201d) return C.Close;
  if (code === 0x2013 || code === 0x2014) return C.SContinue;
  if (code >= 0xd800 && code <= 0xdfff) return undefined;
  const ch = String.fromCharCode(code);
  if (UPPER.test(ch)) return C.Upper;
  if (LOWER.test(ch)) return C.Lower;
  return undefined;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Start offsets of the sentences of `text`, the first being 0 (an empty text has none). */
export function sentenceStarts(text: string): number[] {
  const classes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = classOf(text.charCodeAt(i));
    if (c === undefined) return [...segmenter.segment(text)].map((s) => s.index);
    classes[i] = c;
  }
  return splitClasses(classes);
}

function isParaSep(c: C | undefined): boolean {
  return c === C.CR || c === C.LF;
}

/** The rules SB3–SB11 of UAX #29 over the classes of a text without Extend, Format, Sep or OLetter characters. */
function splitClasses(cls: Uint8Array): number[] {
  const n = cls.length;
  const starts: number[] = n > 0 ? [0] : [];
  let i = 0;
  while (i < n) {
    const c = cls[i] as C;
    if (c === C.CR || c === C.LF) {
      // SB3: CR × LF; SB4: a paragraph separator ends the sentence.
      i += c === C.CR && cls[i + 1] === C.LF ? 2 : 1;
      if (i < n) starts.push(i);
      continue;
    }
    if (c !== C.ATerm && c !== C.STerm) {
      i += 1;
      continue;
    }
    const next = cls[i + 1];
    // SB6: "3.5"; SB7: "U.S.".
    if (c === C.ATerm && (next === C.Numeric || (next === C.Upper && (cls[i - 1] === C.Upper || cls[i - 1] === C.Lower)))) {
      i += 1;
      continue;
    }
    let j = i + 1;
    while (j < n && cls[j] === C.Close) j += 1;
    while (j < n && cls[j] === C.Sp) j += 1;
    if (c === C.ATerm) {
      // SB8: no break when the next letter after the period is lower-case ("e.g. the").
      let k = j;
      while (k < n && !isLetterOrBreak(cls[k] as C)) k += 1;
      if (k < n && cls[k] === C.Lower) {
        i = k;
        continue;
      }
    }
    // SB8a: a comma, colon or another terminator continues the sentence.
    if (j < n && (cls[j] === C.SContinue || cls[j] === C.ATerm || cls[j] === C.STerm)) {
      i = j;
      continue;
    }
    // SB9–SB11: closing marks, spaces and one paragraph separator stay with the sentence.
    if (cls[j] === C.CR) j += cls[j + 1] === C.LF ? 2 : 1;
    else if (isParaSep(cls[j] as C)) j += 1;
    if (j < n) starts.push(j);
    i = j;
  }
  return starts;
}

function isLetterOrBreak(c: C): boolean {
  return c === C.Upper || c === C.Lower || c === C.CR || c === C.LF || c === C.ATerm || c === C.STerm;
}
