import type { Rule } from '../../engine/types.js';
import { defensive } from './rules/defensive.js';
import { gratitude } from './rules/gratitude.js';

/** The rules of a reply to feedback (SPEC §1.5, Mirror method), sorted by id. */
export const feedbackReplyRules: readonly Rule[] = [defensive, gratitude];
