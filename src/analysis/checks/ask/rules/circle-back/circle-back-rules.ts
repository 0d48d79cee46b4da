import type { Rule } from '../../../../engine/types.js';
import type { AskContext } from '../../ask-context.js';
import { placeholder } from '../every-stage/placeholder.js';
import { adviceReference } from './advice-reference.js';
import { context } from './context.js';
import { gratitude } from './gratitude.js';
import { newRequest } from './new-request.js';
import { offerHelp } from './offer-help.js';
import { result } from './result.js';

/** The rules of an ask at stage `circle-back`, sorted by id. */
export const circleBackRules: readonly Rule<AskContext>[] = [
  adviceReference,
  context,
  gratitude,
  newRequest,
  offerHelp,
  placeholder,
  result,
];
