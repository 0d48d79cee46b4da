/**
 * Cues of one label, grouped by weight: `{ 3: 'sql | cohort analysis', 1: 'data' }`. Each tier
 * is a list of phrases separated by `|` or new lines, so the data files stay readable; the
 * phrase syntax (`~` stem, `*` one word, `**` up to three words) is in `engine/phrase-index.ts`.
 * The shape of the cue lists of `skills.ts` and `strengths.ts`, read by `engine/cue-lexicon.ts`.
 */
export type CueTiers = Readonly<Partial<Record<number, string>>>;
