import type { Rule } from '../../engine/types.js';
import { noContrast } from './rules/no-contrast.js';
import { noEvent } from './rules/no-event.js';
import { noFocus } from './rules/no-focus.js';
import { notSubjective } from './rules/not-subjective.js';

/** The rules of a feedback request (SPEC §1.5, Mirror method), sorted by id. */
export const feedbackRequestRules: readonly Rule[] = [noContrast, noEvent, noFocus, notSubjective];
