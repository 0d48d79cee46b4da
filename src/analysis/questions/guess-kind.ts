/** The kinds of document the library keeps (SPEC §1.7), as the analysis knows them. */
export type DocumentKind = 'exec-update' | 'launch-email' | 'prd' | 'strategy' | 'vision' | 'one-pager' | 'post-mortem' | 'other';

/** Questions that mark each kind; a kind needs at least two of its own, or one decisive. */
const marks: ReadonlyArray<{ kind: DocumentKind; decisive: readonly string[]; typical: readonly string[] }> = [
  { kind: 'post-mortem', decisive: ['root-cause', 'incident-timeline'], typical: ['impact', 'lessons', 'next-steps'] },
  { kind: 'exec-update', decisive: ['lowlights'], typical: ['status', 'asks', 'next-steps', 'impact'] },
  { kind: 'launch-email', decisive: [], typical: ['positioning', 'rollout', 'teaching', 'pricing', 'asks'] },
  { kind: 'strategy', decisive: ['strategy'], typical: ['vision', 'competition', 'goals', 'positioning'] },
  { kind: 'vision', decisive: [], typical: ['vision'] },
  {
    kind: 'prd',
    decisive: ['requirements', 'user-stories', 'non-functional'],
    typical: ['problem', 'solution', 'non-goals', 'success-metrics', 'alternatives', 'risks'],
  },
];

/**
 * A likely kind for a document from the questions it answers, when the user names none: an
 * incident's root cause and timeline make a post-mortem, requirements a PRD, and so on;
 * `other` when nothing stands out. The user's choice always wins over this guess.
 */
export function guessKind(questionIds: readonly string[]): DocumentKind {
  const has = new Set(questionIds);
  let best: { kind: DocumentKind; score: number } = { kind: 'other', score: 0 };
  for (const { kind, decisive, typical } of marks) {
    const score = decisive.filter((id) => has.has(id)).length * 2 + typical.filter((id) => has.has(id)).length;
    if (score >= 2 && score > best.score) best = { kind, score };
  }
  return best.kind;
}
