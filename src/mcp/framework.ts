import { loopDefaults } from '../core/actions/loop-defaults.js';
import { stages } from '../core/relationships/schemas.js';

const d = loopDefaults;

/**
 * The framework Understudy applies, written for an assistant that coaches a product manager
 * through it: the loop, its timings (read from the same defaults next actions use) and the
 * tool that checks each step.
 */
export const frameworkSummary = `# The Understudy framework

Understudy helps a product manager grow through deliberate mentorship. It runs one loop:

**define a concrete outcome → name the skill gap (IQ or EQ) → find the right mentor → make the
smallest ask → apply the advice → circle back → escalate**

## 1. A concrete outcome (3–6 months)
A goal proves mastery. It is concrete only when it has a measurable result (a named metric with
a quantified change, like "activation from 30% to 40%", or a deliverable with a completion
criterion, like "a pricing strategy approved by the exec team"), a deadline or horizon, and is
not just an activity ("learn SQL", "read 5 books", "get better at strategy").
Check with \`check_goal\`; save with \`add_outcome\`; track with \`add_outcome_checkin\`
(every ${d.checkinEvery} days; stale after ${d.staleOutcomeAfter}).

## 2. The skill gap that blocks it
- **IQ** — execution, strategy, product sense (data analysis, experimentation, pricing,
  roadmaps, PRDs). Learned in 3–6 months by the **Artifact method**: study gold-standard
  documents and reuse the questions they answer (\`questions\`, \`library_search\`), then check
  a draft against a template of them (\`template_list\`, \`check_draft\`).
- **EQ** — communication, leadership, management (executive presence, influence, conflict,
  feedback, coaching). A 12+ month muscle, built by the **Mirror method**: ask for specific,
  subjective feedback (\`check_feedback_request\`), take it gratefully (\`check_feedback_reply\`),
  and find the shadow side of your strengths (\`shadow\`). Ask for feedback at least every
  ${d.feedbackEvery} days on an EQ gap.
Label a statement by its primary blocker: \`classify_skill\`, then \`add_gap\`.

## 3. The right mentor
Someone with **proven excellence** at this specific skill *and* **explaining power** (they can
say how they do it: talks, posts, teaching). Score both 1–5 with evidence. Note their personal
interests and what you offer back, so the relationship is not transactional.
\`add_mentor\`, \`shortlist_mentors\`.

## 4. The smallest ask
First contact is always a smallest ask: one specific question the mentor can answer in under
two minutes, tied to something they made or said. Never ask for mentorship, a call or coffee,
their career path, a review, an intro or an ongoing commitment. Keep it under 100 words.
Check with \`check_ask\` (stage first-contact), then \`log_message\` kind "ask".
No reply after ${d.followUpAfterAsk} days: at most one short, guilt-free follow-up that restates the
question (stage follow-up); no reply again after ${d.dormantAfterFollowUp} days: let it rest (dormant).

## 5. Apply the advice
Log the reply (\`log_message\` kind "reply"), \`capture_advice\`, and apply each piece
(\`apply_advice\`) within ${d.applyAfterReceived} days; record what happened (\`record_advice_result\`).

## 6. Circle back
Within ${d.circleBackAfterApplied} days of applying, tell the mentor what you did with their advice. A circle-back
names the advice, where you applied it, the result (a number, outcome or learning) and thanks
them — each specific — and makes no new request. Offer to help them back.
Check with \`check_ask\` (stage circle-back), then \`log_message\` kind "circle-back" with the advice ids.

## 7. Only then, ask for more
After a circle-back that reported a result, an **escalation** asks for a short, bounded slot
(about 15 minutes) on a specific, nuanced problem, referring to the earlier advice and its
result (stage escalation). For IQ skills, a **backstage request** asks to sit in on a
brainstorm or watch a first outline being written, checked the same way. A relationship that
works can become **office hours**: a recurring slot with a cadence.

## Stages
${stages.join(' · ')}. Every relationship past replied has a keep-in-touch cadence (ideal and maximum
gap, 30 and 60 days by default); the clock resets on real interactions only.

## Pitfalls (\`doctor\`)
vague asks, unclosed loops (advice with no circle-back in time), transactional relationships
(three asks, nothing offered back, no interest noted), IQ over-reliance in senior roles,
stale outcomes, premature escalation, vague goals, no mirror for an EQ gap.
`;
