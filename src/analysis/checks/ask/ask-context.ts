/** The stages an ask is checked at (SPEC §1.5); a backstage request is checked like an escalation. */
export const askStages = ['first-contact', 'follow-up', 'circle-back', 'escalation', 'backstage'] as const;
export type AskStage = (typeof askStages)[number];

/** What the ask rules know besides the text. */
export interface AskContext {
  stage: AskStage;
  /**
   * Whether the relationship already has a circle-back, when the check runs with one.
   * Undefined when the check runs on text alone.
   */
  hasCircleBack?: boolean | undefined;
}
