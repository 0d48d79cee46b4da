import type { Rule } from '../../../../engine/types.js';
import type { AskContext } from '../../ask-context.js';
import { placeholder } from '../every-stage/placeholder.js';
import { guilt } from './guilt.js';
import { newAsk } from './new-ask.js';
import { tooLong } from './too-long.js';

/** The rules of an ask at stage `follow-up`, sorted by id. */
export const followUpRules: readonly Rule<AskContext>[] = [guilt, newAsk, placeholder, tooLong];
