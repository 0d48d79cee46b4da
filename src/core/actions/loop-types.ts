import type { Stage } from '../relationships/schemas.js';

/** A relationship past `replied` whose last real interaction is older than its maximum gap. */
export interface LosingTouch {
  relationshipId: string;
  mentorId: string;
  mentorName: string;
  stage: Stage;
  /** The last message or meeting (the stage date when there was none). */
  lastInteraction: string;
  daysSince: number;
  maxGapDays: number;
}

/**
 * A losing-touch entry before it is dated against today: what the stored plan keeps, since
 * the days of silence change every day while the plan does not.
 */
export type TouchDraft = Omit<LosingTouch, 'daysSince'>;
