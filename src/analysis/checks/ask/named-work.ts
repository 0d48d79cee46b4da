/**
 * Their work named by its title: a quoted title in a sentence about them ("your writing on
 * trust and safety, especially "Reviews Are a Liability""), or a capitalised name before a kind
 * of work ("from the Metrics Guild workshop", "ur Mind the Product talk"). A title names one
 * piece of work, so it ties an ask to it as well as "your talk on…" does.
 */
import { workNouns } from '../../data/ask.js';
import { memo } from '../../engine/memo.js';
import { nativeFor } from '../../engine/native-regex.js';
import type { Doc, Span, Token } from '../../engine/types.js';

/** A quoted run of words, opened after a space or a bracket, kept on one line and short; tried only at quotes. */
const QUOTED = /(?<=^|[\s([])["“‘'](\p{Lu}[^"”’'\n]{2,80}?)["”’'](?![\p{L}])/uy;
const OPENING_QUOTES = new Set(['"', '“', '‘', "'"]);
/** Small words a title keeps in lower case ("Mind the Product", "Jobs to Be Done"). */
const TITLE_LINKS = '(?:the|of|and|&|for|in|on|to|a|an|at|with|be)';
const CAPITALISED = "\\p{Lu}[\\p{L}\\p{N}'’&.-]*";
/** A determiner or "your", one to five capitalised words (small links allowed between), then a kind of work. */
const NAMED_KIND = new RegExp(
  `(?<![\\p{L}])(?:[Tt]he|[Tt]hat|[Tt]his|[Yy]our|ur|yr)\\s{1,3}(?:\\d{4}\\s{1,3})?${CAPITALISED}(?:\\s{1,3}(?:${TITLE_LINKS}\\s{1,3}){0,2}${CAPITALISED}){0,4}\\s{1,3}(?:${workNouns.join('|')})(?![\\p{L}])`,
  'uy',
);
/** "has read The Quiet Roadmap", "we all watched Shipping Without Dates": a title of two capitalised words or more after a verb of reading. */
const READ_TITLE = new RegExp(
  `(?:read|reading|reread|re-read|finished|devoured|studied|watched|rewatched)\\s{1,3}${CAPITALISED}(?:\\s{1,3}(?:${TITLE_LINKS}\\s{1,3}){0,2}${CAPITALISED}){1,5}(?![\\p{L}])`,
  'uy',
);
const READ_LEADS = new Set(['read', 'reading', 'reread', 're-read', 'finished', 'devoured', 'studied', 'watched', 'rewatched']);
/** "the "no dates" chapter": a quoted name between a determiner and a kind of work. */
const QUOTED_KIND = new RegExp(`["“‘'][^"”’'\\n]{2,60}["”’']\\s{1,3}(?:${workNouns.join('|')})(?![\\p{L}])`, 'uy');
const DETERMINERS = new Set(['the', 'that', 'this']);
const WORK_NOUNS: ReadonlySet<string> = new Set(workNouns);
/** The words a named kind of work opens with: the regex is tried only where one stands. */
const NAMED_KIND_LEADS = new Set(['the', 'that', 'this', 'your', 'ur', 'yr']);
const SECOND_PERSON = /^(?:you|your|ur|u|yr|yours|you've|you're)$/;

/** For each sentence, whether it speaks to or of them ("you", "your", "ur"). */
function sentencesAboutThem(doc: Doc): boolean[] {
  const flags = doc.sentences.map(() => false);
  for (const t of doc.tokens) if (SECOND_PERSON.test(t.lower)) flags[t.sentence] = true;
  return flags;
}

/** True when most words of `title` start with a capital, as a title's do. */
function titleCased(title: string): boolean {
  const words = title.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length >= 2 && words.length <= 12 && capitalised * 2 >= words.length;
}

/** Every title of their work in `doc`: quoted titles in sentences about them, and capitalised names before a kind of work. */
export function findNamedWorks(doc: Doc): readonly Span[] {
  return memo(doc, 'named-works', () => {
    const found: Span[] = [];
    let about: boolean[] | undefined;
    doc.tokens.forEach((token, i) => {
      if (token.kind === 'punct' && OPENING_QUOTES.has(token.text)) {
        // "the \"no dates\" chapter": a quoted name between a determiner and a kind of work.
        if (DETERMINERS.has(doc.tokens[i - 1]?.lower ?? '')) {
          nativeFor(QUOTED_KIND, doc).lastIndex = token.start;
          if (QUOTED_KIND.test(doc.text)) found.push({ start: token.start, end: QUOTED_KIND.lastIndex });
        }
        QUOTED.lastIndex = token.start;
        const m = QUOTED.exec(doc.text);
        // "the piece "NRR is a product metric"": after a kind of work, a quoted run is its title whatever its case.
        const afterKind = WORK_NOUNS.has(doc.tokens[i - 1]?.lower ?? '');
        if (!m || !(titleCased(m[1] ?? '') || afterKind)) return;
        about ??= sentencesAboutThem(doc);
        if (about[token.sentence]) found.push({ start: token.start, end: token.start + m[0].length });
        return;
      }
      if (NAMED_KIND_LEADS.has(token.lower)) {
        nativeFor(NAMED_KIND, doc).lastIndex = token.start;
        if (NAMED_KIND.test(doc.text)) found.push({ start: token.start, end: NAMED_KIND.lastIndex });
      } else if (READ_LEADS.has(token.lower)) {
        nativeFor(READ_TITLE, doc).lastIndex = token.start;
        if (READ_TITLE.test(doc.text)) found.push({ start: token.start, end: READ_TITLE.lastIndex });
      }
    });
    return found;
  });
}

/** Marks that set a name apart in chat and markdown: a backtick, an asterisk, an underscore. */
export const MARKS = /^[`*_]$/;

/**
 * Index of the last mark closing the run of marks at `open` ("**" closes "**") within twelve
 * tokens of the sentence, with at least one word between; -1 when none closes it.
 */
export function closingMark(doc: Doc, open: number): number {
  const mark = (doc.tokens[open] as Token).text;
  const sentence = (doc.tokens[open] as Token).sentence;
  let k = open;
  while (doc.tokens[k + 1]?.text === mark) k += 1;
  for (let n = k + 2; n < doc.tokens.length && n <= k + 12; n++) {
    const t = doc.tokens[n] as Token;
    if (t.sentence !== sentence) return -1;
    if (t.text === mark) {
      while (doc.tokens[n + 1]?.text === mark) n += 1;
      return n;
    }
  }
  return -1;
}
