/**
 * Builds the suggested rewrite of a first contact: one specific question tied to their work,
 * on the pattern "I heard your talk on [topic]. You mentioned [framework]. Is there a specific
 * product you think is the best example of that approach in practice?", filled with what the
 * message already says.
 */
import { careerPhrases, ideaVerbs, titleGlue, topicEnds, topicOpeners, workVerbs } from '../../data/ask.js';
import { memo } from '../../engine/memo.js';
import { nativeFor } from '../../engine/native-regex.js';
import { tokenIndexAt } from '../../engine/positions.js';
import type { Doc, Token } from '../../engine/types.js';
import { alt, phrasesRegex } from './request-language.js';
import { findMadeWorkReferences, findSaidReferences, findWorkReferences, type WorkReference } from './work-reference.js';

/** The closing question of the rewrite. */
export const rewriteQuestion = 'Is there a specific product you think is the best example of that approach in practice?';
/** Placeholders kept when the message gives nothing to fill them with. */
export const rewritePlaceholders = { topic: '[topic]', framework: '[framework]' };

const QUOTE = /["'“”‘’«»]/u;

const openers = new Set(topicOpeners);
const ends = new Set(topicEnds);
const glue = new Set(titleGlue);
/** The verb `workVerbs` gives a framework, model or canvas: it fills the idea, not the source. */
const FRAMEWORK_VERB = 'read about';
const MAX_TOPIC_WORDS = 8;
const MAX_TITLE_WORDS = 8;
const MAX_IDEA_WORDS = 30;
/** "You mentioned…", "you've argued…": a quoted idea worth restating. */
const IDEA = new RegExp(
  `^you(?:'ve|\\s+have|\\s+also|\\s+once|\\s+recently|\\s+even|\\s+actually)?\\s+(?:${alt(ideaVerbs)})(?![\\p{L}\\p{N}])`,
  'u',
);
const careerWords = phrasesRegex(careerPhrases);

/** The original text from token `from` up to (not including) token `to`. */
function textOf(doc: Doc, from: number, to: number): string {
  const first = doc.tokens[from];
  const last = doc.tokens[to - 1];
  return first && last && to > from ? doc.text.slice(first.start, last.end) : '';
}

/** One past the last token of a quoted or capitalised title starting at token `i`, or `i`. */
function titleEnd(doc: Doc, i: number): number {
  const first = doc.tokens[i];
  if (!first) return i;
  if (first.kind === 'punct' && QUOTE.test(first.text)) {
    for (let k = i + 1; k < doc.tokens.length && k <= i + MAX_TITLE_WORDS + 1; k++) {
      const t = doc.tokens[k] as Token;
      if (t.sentence !== first.sentence) break;
      if (t.kind === 'punct' && QUOTE.test(t.text)) return k + 1;
    }
    return i;
  }
  if (first.kind === 'punct' || !/^\p{Lu}/u.test(first.text)) return i;
  let end = i;
  for (let k = i, words = 0; k < doc.tokens.length && words < MAX_TITLE_WORDS; k++, words++) {
    const t = doc.tokens[k] as Token;
    if (t.kind === 'punct' || t.sentence !== first.sentence) break;
    if (/^\p{Lu}/u.test(t.text)) end = k + 1;
    else if (!glue.has(t.lower)) break;
  }
  return end;
}

/** One past the last token of the topic that follows the opener at token `i`. */
function topicEnd(doc: Doc, i: number): number {
  const opener = doc.tokens[i] as Token;
  let end = i + 1;
  for (let k = i + 1, words = 0; k < doc.tokens.length && words < MAX_TOPIC_WORDS; k++) {
    const t = doc.tokens[k] as Token;
    if (t.sentence !== opener.sentence) break;
    if (t.kind === 'punct') {
      if (!/^["'“”‘’&/]$/.test(t.text)) break;
      continue;
    }
    if (ends.has(t.lower)) break;
    words += 1;
    end = k + 1;
  }
  return end;
}

/** The verb for the kind of work at `ref` ("heard", "read", "read about" for a framework). */
function verbOf(doc: Doc, ref: WorkReference): string {
  return workVerbs[(doc.tokens[ref.noun] as Token).lower] ?? 'read';
}

/** "your talk on pricing psychology at Web Summit": the work as the message names it. */
function workPhrase(doc: Doc, ref: WorkReference): string {
  const name = textOf(doc, ref.possessive + 1, ref.noun);
  const noun = textOf(doc, ref.noun, ref.noun + 1);
  const title = titleEnd(doc, ref.noun + 1);
  const opener = doc.tokens[title];
  const end = opener && opener.kind === 'word' && openers.has(opener.lower) ? topicEnd(doc, title) : title;
  const after = end > title + 1 || title > ref.noun + 1 ? textOf(doc, ref.noun + 1, end) : '';
  const named = QUOTE.test(name) || (`${name} ${noun}`.match(/(?:^|\s)\p{Lu}/gu) ?? []).length >= 2;
  const topic = after !== '' ? ` ${after}` : named ? '' : ` on ${rewritePlaceholders.topic}`;
  return `your ${tidy(`${name}${name === '' ? '' : ' '}${noun}${topic}`)}`;
}

/** Drops closing quotes left open and trailing punctuation. */
function tidy(text: string): string {
  const trimmed = text.replace(/[\s,;:.!?-]+$/u, '');
  const quotes = (trimmed.match(/"/g) ?? []).length;
  return quotes % 2 === 1 ? trimmed.replace(/"$/, '') : trimmed;
}

/** "You mentioned that seats are the wrong metric." from the first idea the message quotes. */
function ideaSentence(doc: Doc): string | undefined {
  for (const span of findSaidReferences(doc)) {
    const head = doc.lower.slice(span.start, span.end);
    if (!nativeFor(IDEA, doc).test(head)) continue;
    const index = tokenIndexAt(doc, span.end);
    if (index < 0) continue;
    const sentence = (doc.tokens[index] as Token).sentence;
    let end = index;
    let words = 0;
    while (end < doc.tokens.length && (doc.tokens[end] as Token).sentence === sentence && words < MAX_IDEA_WORDS) {
      const t = doc.tokens[end] as Token;
      if (t.kind === 'punct' && /^[?!.]$/.test(t.text)) break;
      if (t.kind !== 'punct') words += 1;
      end += 1;
    }
    if (words === 0) continue;
    const clause = tidy(doc.text.slice(span.start, (doc.tokens[end - 1] as Token).end));
    const lower = clause.toLowerCase();
    nativeFor(careerWords, doc).lastIndex = 0;
    if (careerWords.test(lower)) continue;
    return `Y${clause.slice(1)}.`;
  }
  return undefined;
}

/**
 * The suggested rewrite for `doc`: the work it references (kind, topic or title), the idea it
 * quotes, and the closing question. Placeholders stay where the message says nothing.
 */
export function rewriteAsk(doc: Doc): string {
  return memo(doc, 'rewrite', () => composeRewrite(doc));
}

/**
 * The source sentence names a talk, post or book when there is one; a framework fills the idea
 * slot unless the message quotes an idea itself, then it serves as the source.
 */
function composeRewrite(doc: Doc): string {
  const works = [...findWorkReferences(doc), ...findMadeWorkReferences(doc)];
  const source = works.find((w) => verbOf(doc, w) !== FRAMEWORK_VERB);
  const framework = works.find((w) => verbOf(doc, w) === FRAMEWORK_VERB);
  const quoted = ideaSentence(doc);
  const described = framework ? `You described ${workPhrase(doc, framework)}.` : undefined;
  const placeholderSource = `I heard your talk on ${rewritePlaceholders.topic}.`;
  let first = placeholderSource;
  if (source) first = `I ${verbOf(doc, source)} ${workPhrase(doc, source)}.`;
  else if (framework && quoted) first = `I ${FRAMEWORK_VERB} ${workPhrase(doc, framework)}.`;
  const idea =
    quoted ?? (first === placeholderSource || source ? described : undefined) ?? `You mentioned ${rewritePlaceholders.framework}.`;
  return `${first} ${idea} ${rewriteQuestion}`;
}
