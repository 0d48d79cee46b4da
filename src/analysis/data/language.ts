/**
 * Words of English the text engine reads everywhere, whatever the check: abbreviations that
 * do not end a sentence, negations, the words that close a counted noun phrase, and timing
 * phrases that bound nothing.
 */

/** Abbreviations (lower-case, without their final period) after which a period does not end a sentence. */
export const sentenceAbbreviations: readonly string[] = [
  'e.g',
  'i.e',
  'etc',
  'vs',
  'dr',
  'mr',
  'mrs',
  'ms',
  'prof',
  'inc',
  'approx',
  'cf',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'no',
  'st',
  'mt',
  'jr',
  'sr',
  'incl',
  'min',
  'mins',
  'hr',
  'hrs',
  'pts',
  'ca',
  'dept',
  'ltd',
  'corp',
  'co',
  'fig',
  'est',
];

/** Words that negate what follows them ("no need for a call", "I'm not looking for…"). */
export const negationWords: readonly string[] = [
  'not',
  'no',
  'never',
  'without',
  "n't",
  "don't",
  'dont',
  "won't",
  "isn't",
  "aren't",
  "wasn't",
  "doesn't",
  "didn't",
  'nor',
  'neither',
];

/** Words that end a counted noun phrase ("12 experiments *to* production"). */
export const nounPhraseStops: readonly string[] = (
  'to by in on for from of per within over during until till before after at into across with without and or but ' +
  'the a an this that these those which who whom whose than as is are was were be been will would so if when while ' +
  'each every next last less fewer most least our my your their its his her vs via through under ' +
  'january february march april may june july august september october november december jan feb mar apr jun jul aug ' +
  'sep sept oct nov dec am pm times'
).split(' ');

/** Phrases that sound like timing but bound nothing ("asap", "eventually", "per week"). */
export const unboundedTimingPhrases: readonly string[] = `
  asap | as soon as possible | as soon as i can | as soon as we can | eventually | over time | someday | some day
  one day | at some point | in the future | in future | in the long run | in the long term | long term | long-term | soon
  sooner or later | whenever | going forward | ongoing | continuously | over the years | in due course | per day
  per week | per month | per quarter | per year | per annum | a day | a week | a month | a quarter | a year | each week
  each month | every week | every month | every quarter | week over week | month over month | year over year
`
  .split(/[|\n]/)
  .map((p) => p.trim())
  .filter((p) => p !== '');

/** Words that open a clause in contrast, so a negation before them does not reach past them ("didn't move, but we learned…"). */
export const contrastWords: readonly string[] = ['but', 'yet', 'though', 'although', 'however', 'whereas'];
/** Words that open a subordinate clause: a negation before one does not reach into it ("never wrote back *after* you advised"). */
export const clauseOpeners: readonly string[] = ['after', 'before', 'because', 'since', 'until', 'unless', 'whenever', 'once'];
