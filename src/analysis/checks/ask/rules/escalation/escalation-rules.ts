import type { Rule } from '../../../../engine/types.js';
import type { AskContext } from '../../ask-context.js';
import { placeholder } from '../every-stage/placeholder.js';
import { noCircleBack } from './no-circle-back.js';
import { priorContext } from './prior-context.js';
import { slotTooLong } from './slot-too-long.js';
import { vagueQuestion } from './vague-question.js';

/** The rules of an ask at stage `escalation` (and of a backstage request), sorted by id. */
export const escalationRules: readonly Rule<AskContext>[] = [noCircleBack, placeholder, priorContext, slotTooLong, vagueQuestion];
