/**
 * The modules behind the tools, loaded on first use. The checks compile their phrase indexes
 * when loaded (about a second in all), so `understudy mcp` answers `initialize` at once and
 * `warmUp` loads them just after, while the assistant is still reading the tool list.
 */
const once = <T>(load: () => Promise<T>): (() => Promise<T>) => {
  let loading: Promise<T> | null = null;
  return () => {
    loading ??= load();
    return loading;
  };
};

/** The text checks. */
export const analysis = {
  checkAsk: once(() => import('../analysis/checks/ask/check-ask.js')),
  checkGoal: once(() => import('../analysis/checks/goal/check-goal.js')),
  classifySkill: once(() => import('../analysis/checks/skill/classify-skill.js')),
  checkFeedbackRequest: once(() => import('../analysis/checks/feedback-request/check-feedback-request.js')),
  checkFeedbackReply: once(() => import('../analysis/checks/feedback-reply/check-feedback-reply.js')),
  findShadow: once(() => import('../analysis/checks/shadow/find-shadow.js')),
  extractAdvice: once(() => import('../analysis/checks/advice/extract-advice.js')),
};

/** The use-cases that load checks or catalogues with them. */
export const core = {
  addOutcome: once(() => import('../core/outcomes/add-outcome.js')),
  hasCircledBack: once(() => import('../core/relationships/has-circled-back.js')),
  parseDocument: once(() => import('../core/library/parse-document.js')),
  checkDraftFile: once(() => import('../core/library/check-draft-file.js')),
  shortlistMentors: once(() => import('../core/mentors/shortlist-mentors.js')),
  logMentorMessage: once(() => import('../core/relationships/log-mentor-message.js')),
  captureAdvice: once(() => import('../core/relationships/capture-advice.js')),
  nextActions: once(() => import('../core/actions/next-actions.js')),
  runDoctor: once(() => import('../core/doctor/run-doctor.js')),
  getMirrorHistory: once(() => import('../core/mirror/get-mirror-history.js')),
  requestFeedback: once(() => import('../core/mirror/request-feedback.js')),
  logFeedback: once(() => import('../core/mirror/log-feedback.js')),
  replyToFeedback: once(() => import('../core/mirror/reply-to-feedback.js')),
  adoptCounterBehaviour: once(() => import('../core/mirror/adopt-counter-behaviour.js')),
};

/**
 * Loads every module in the background, the ask check first (the most used), one at a time so
 * a call that arrives meanwhile waits for one module at most. A failure here is not reported:
 * the call that needs the module meets it again and reports it.
 */
export function warmUp(): void {
  const loads = [...Object.values(analysis), ...Object.values(core)];
  const next = (i: number): void => {
    const load = loads[i];
    if (!load) return;
    load().then(
      () => setImmediate(() => next(i + 1)),
      () => setImmediate(() => next(i + 1)),
    );
  };
  setImmediate(() => next(0));
}
