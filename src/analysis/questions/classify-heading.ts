import { canonicalQuestions, weakHeadingWords } from '../data/questions.js';

/** Words a heading may carry around the name of what it answers ("Our goals", "The risks"). */
const filler = new Set([
  'the',
  'our',
  'a',
  'an',
  'and',
  'of',
  'for',
  'to',
  'on',
  'in',
  'with',
  'this',
  'my',
  'your',
  'its',
  'key',
  'main',
  'vs',
  'or',
]);

/** Heading wordings (normalised) and the question id each names; the first listed id wins. */
const phraseIds: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const q of canonicalQuestions) for (const alias of q.aliases) if (!map.has(normalise(alias))) map.set(normalise(alias), q.id);
  for (const q of canonicalQuestions) for (const heading of q.headings) if (!map.has(normalise(heading))) map.set(normalise(heading), q.id);
  return map;
})();

/** Longest heading wording in words. */
const longest = Math.max(...[...phraseIds.keys()].map((p) => p.split(' ').length));

/**
 * A heading reduced to lower-case words: numbering ("2.3", "III.", "A)"), emoji, markup and
 * punctuation removed, "&" read as "and", hyphens and slashes as spaces.
 */
export function normalise(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/^\s*(?:(?:\d+[.)]?)+|[ivx]+[.)]|[a-h][.)])\s+/u, '')
    .replace(/^(?:appendix|section|part|step)\s*[\dA-Za-z]{0,3}\s*[:.–—-]\s*/u, '')
    .replace(/&/g, ' and ')
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}?]+/gu, ' ')
    .replace(/\?/g, '')
    .trim();
}

function singular(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/** "Completed goals", "Stalled or orphaned goals": an update's report on where things stand. */
const progressState =
  /^(?:(completed|shipped|done|finished|achieved|delivered|in progress|ongoing|active)|stalled|blocked|delayed|at risk|missed|slipping|slipped|orphaned|failed|cancelled|canceled|paused)\b(?:\s+\w+){0,4}\s+(?:goals?|objectives?|projects?|items?|work|milestones?|initiatives?|okrs?|tasks?|features?|deliverables?)$/;

/** Headings that answer two questions at once: prior art is what was considered and what others do. */
const compoundHeadings: ReadonlyMap<string, readonly string[]> = new Map([
  ['prior art', ['alternatives', 'competition']],
  ['alternatives and prior art', ['alternatives', 'competition']],
  ['rationale and alternatives', ['alternatives']],
]);

/** Last words of a short heading that names who a product is for ("Primary users"). */
const audienceNouns = new Set(['users', 'customers', 'personas', 'audience', 'audiences', 'segments', 'buyers']);

function isWeak(word: string): boolean {
  return weakHeadingWords.has(word) || weakHeadingWords.has(singular(word)) || weakHeadingWords.has(`${word}s`);
}

function lookup(phrase: string): string | undefined {
  return phraseIds.get(phrase) ?? phraseIds.get(phrase.split(' ').map(singular).join(' ')) ?? phraseIds.get(`${phrase}s`);
}

/**
 * The canonical questions a section heading names, in the order they appear in it: the whole
 * heading first, then its longest known wordings left to right. A weak word ("design",
 * "status") counts only as the whole heading. With `whole`, only the whole heading counts (a
 * document's title).
 */
export function classifyHeading(heading: string, options: { whole?: boolean } = {}): string[] {
  const n = normalise(heading);
  if (n === '') return [];
  const compound = compoundHeadings.get(n);
  if (compound) return [...compound];
  const whole = lookup(n);
  if (whole) return [whole];
  if (options.whole) return [];
  const labelled = /^([^:]{1,30}):\s*\S/.exec(heading);
  if (labelled?.[1]) {
    const ids = classifyHeading(labelled[1]);
    if (ids.length > 0) return ids;
  }
  const all = n.split(' ');
  const words = all.filter((w) => !filler.has(w));
  if (words.length === 0) return [];
  const direct = lookup(words.join(' '));
  if (direct) return [direct];
  const last = words.at(-1) ?? '';
  if (words.length <= 4 && audienceNouns.has(last)) return ['audience'];
  // "Scope for launch", "MVP scope": what is in scope or out of it; the section's text decides.
  if (words.length <= 3 && (words[0] === 'scope' || last === 'scope')) return ['non-goals'];
  const state = progressState.exec(n);
  if (state) return [state[1] ? 'status' : 'lowlights'];
  if (/^why\b/.test(n) && !/\bnot\b/.test(n)) return [/\bnow\b/.test(n) ? 'why-now' : 'motivation'];
  const found: string[] = [];
  for (let i = 0; i < all.length; ) {
    let matched = 0;
    for (let len = Math.min(longest, all.length - i); len >= 1; len -= 1) {
      const phrase = all.slice(i, i + len).join(' ');
      if (len === 1 && filler.has(phrase)) continue;
      const id = lookup(phrase);
      if (!id) continue;
      // A weak word names a question only as the whole heading; in a long, sentence-like
      // heading only a wording of several words does.
      if (len === 1 && (isWeak(phrase) || words.length > 6)) continue;
      if (!found.includes(id)) found.push(id);
      matched = len;
      break;
    }
    i += matched || 1;
  }
  return found;
}
