import type { Rule } from '../../../../engine/types.js';
import type { AskContext } from '../../ask-context.js';
import { placeholder } from '../every-stage/placeholder.js';
import { apologyHedging } from './apology-hedging.js';
import { bigFavor } from './big-favor.js';
import { careerPath } from './career-path.js';
import { meetingRequest } from './meeting-request.js';
import { mentorshipRequest } from './mentorship-request.js';
import { noQuestion } from './no-question.js';
import { noSpecificReference } from './no-specific-reference.js';
import { readingLevel } from './reading-level.js';
import { selfFocus } from './self-focus.js';
import { tooLong } from './too-long.js';
import { tooManyQuestions } from './too-many-questions.js';
import { vagueQuestion } from './vague-question.js';

/** The rules of an ask at stage `first-contact`, sorted by id. */
export const firstContactRules: readonly Rule<AskContext>[] = [
  apologyHedging,
  bigFavor,
  careerPath,
  meetingRequest,
  mentorshipRequest,
  noQuestion,
  noSpecificReference,
  placeholder,
  readingLevel,
  selfFocus,
  tooLong,
  tooManyQuestions,
  vagueQuestion,
];
