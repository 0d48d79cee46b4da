import { adoptCounterBehaviour } from '../mirror/adopt-counter-behaviour.js';
import { logFeedback } from '../mirror/log-feedback.js';
import { replyToFeedback } from '../mirror/reply-to-feedback.js';
import { requestFeedback } from '../mirror/request-feedback.js';
import { createRecord } from '../records/create-record.js';
import { moveRelationship } from '../relationships/move-relationship.js';
import { startRelationship } from '../relationships/start-relationship.js';
import type { DemoCalendar } from './demo-calendar.js';

/** The counter-behaviour the user adopts: the shadow side of Thoughtful, said out loud. */
const counter = "That's a great question. I'm going to take 10 seconds to think through the data before I answer.";

/**
 * Worked example (b): a senior PM told they "lack executive presence" uses a trusted peer, Sam,
 * as a mirror (the Mirror method): a specific feedback request after a roadmap review, Sam's
 * feedback (the shadow of Thoughtful), a grateful reply whose check is stored, and the adopted
 * counter-behaviour, which the next actions ask to re-measure with Sam a few weeks later.
 */
export async function demoPresence(cal: DemoCalendar): Promise<void> {
  const { on, day } = cal;
  const start = -30;
  const deadline = cal.months(day(start), 5);
  const outcome = await createRecord(on(start), {
    entity: 'outcomes',
    input: {
      statement: `Present the quarterly roadmap review to the executive team on my own and have my VP sign off that I can run it solo by ${deadline}.`,
      kind: 'deliverable',
      deadline,
    },
  });
  const gap = await createRecord(on(start), {
    entity: 'gaps',
    input: {
      statement: 'My manager says I "lack executive presence": under hard questions from executives I come across as unsure.',
      skill: 'communication',
      outcomeId: outcome.id,
    },
  });
  const sam = await createRecord(on(start), {
    entity: 'mentors',
    input: {
      name: 'Sam Okafor',
      title: 'Senior Product Manager (trusted peer)',
      expertise: ['executive presence', 'presenting'],
      personalInterests: ['jazz piano'],
      notes: 'Agreed to act as a mirror in my exec presentations.',
    },
  });
  const rel = await startRelationship(on(start), { input: { mentorId: sam.id, outcomeId: outcome.id, gapId: gap.id } });
  // A mirror relationship walks the loop by hand as far as it honestly goes: the ask was made in
  // person (no message to log), and Sam's feedback is his reply, so the relationship stands at
  // `replied`. It goes no further on purpose: nothing of Sam's is recorded as advice, so there is
  // no advice to apply or circle back on; the adopted counter-behaviour lives in the Mirror, and
  // asking Sam again after practising it (the re-measure) is how the loop closes with a mirror.
  // The loop's own nudge at `replied` (apply what Sam suggested, then go back to him, due two
  // weeks after his reply: the day the demo is loaded) is intended and says the same thing; the
  // re-measure falls a week later, three weeks after adopting the counter-behaviour.
  await moveRelationship(on(-17), {
    relationshipId: rel.id,
    to: 'asked',
    note: "Asked Sam in person to watch how I take the executives' questions at Tuesday's roadmap review; he agreed to act as my mirror.",
  });
  const request = await requestFeedback(on(-15), {
    mentorId: sam.id,
    gapId: gap.id,
    event: "Tuesday's roadmap review",
    focus: 'executive presence',
    sentOn: day(-15),
    body: "Sam, during Tuesday's roadmap review, when the CFO challenged our churn numbers, did I come across as confident or defensive? What did I do in that moment that made it look that way?",
  });
  const { feedback } = await logFeedback(on(-14), {
    requestId: request.id,
    mentorId: sam.id,
    receivedOn: day(-14),
    body: 'When you get stressed by a hard question, you stop talking and look down while you think; it makes you look disengaged.',
    theme: 'silence under pressure',
    strengthId: 'thoughtful',
  });
  await moveRelationship(on(-14), { relationshipId: rel.id, to: 'replied', note: 'Sam answered with specific feedback (see the Mirror).' });
  await replyToFeedback(on(-14), {
    feedbackId: feedback.id,
    sentOn: day(-14),
    body: `Thank you, Sam, that's really helpful and I hadn't noticed it. Next time I'll say "${counter}"`,
  });
  await adoptCounterBehaviour(on(-14), { feedbackId: feedback.id, counter, on: day(-14) });
  await createRecord(on(-3), {
    entity: 'checkins',
    input: {
      outcomeId: outcome.id,
      date: day(-3),
      note: 'Used the 10-second pause twice in staff meetings; my VP will let me co-present the next roadmap review.',
      confidence: 60,
    },
  });
}
