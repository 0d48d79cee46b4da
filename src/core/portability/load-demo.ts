import { addDays } from '../clock.js';
import { AppError } from '../errors.js';
import type { Context } from '../ports.js';
import { createRecord } from '../records/create-record.js';
import { updateRecord } from '../records/update-record.js';
import { applyAdvice } from '../relationships/apply-advice.js';
import { logMessage } from '../relationships/log-message.js';
import { moveRelationship } from '../relationships/move-relationship.js';
import { recordAdviceResult } from '../relationships/record-advice-result.js';
import { startRelationship } from '../relationships/start-relationship.js';

/** Adds whole months to a date, keeping the day where the month allows. */
function addMonths(date: string, months: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

/**
 * Loads the framework's two worked examples as real records, dated back from today so that
 * reminders and the doctor see a live workspace: (a) a PM new to Growth who earned monthly
 * office hours with a monetization leader through one small ask; (b) a senior PM who used a
 * trusted peer as a mirror for executive presence. Refuses a workspace that already has data;
 * two loads (or a load and a restore) at once run one after the other, and the second is refused.
 */
export async function loadDemo(ctx: Context): Promise<{ outcomes: number; mentors: number }> {
  const today = ctx.clock.today();
  const day = (offset: number) => addDays(today, offset);
  await ctx.ws.transaction(async (ws) => {
    // The profile is the first write, as in a restore: on PostgreSQL it holds the user's row, so a
    // second demo or a restore at the same moment waits here and then finds this one's records.
    await ws.updateProfile({ name: 'Alex Rivera', role: 'Senior Product Manager, Growth', level: 'senior', updatedAt: ctx.clock.now() });
    const outcomes = await ws.table('outcomes').list(undefined, { limit: 1, offset: 0 });
    const mentors = await ws.table('mentors').list(undefined, { limit: 1, offset: 0 });
    if (outcomes.length > 0 || mentors.length > 0) {
      throw new AppError('conflict', 'The workspace already has records; load the demo into a new database');
    }
    // Dated steps are written with a clock fixed on their day, as if logged when they happened.
    const on = (offset: number): Context => ({
      ...ctx,
      ws,
      clock: { today: () => day(offset), now: () => `${day(offset)}T09:00:00.000Z` },
    });
    await growthExample(on, day);
    await presenceExample(on, day, addMonths);
  });
  return { outcomes: 2, mentors: 2 };
}

async function growthExample(on: (offset: number) => Context, day: (offset: number) => string): Promise<void> {
  const start = -56;
  const outcome = await createRecord(on(start), {
    entity: 'outcomes',
    input: {
      statement: `Increase monetization on the Growth team: lift average revenue per user by 5%, from $4.20 to $4.41, by ${addMonths(day(start), 4)}.`,
      kind: 'metric',
      metric: 'average revenue per user',
      direction: 'up',
      baseline: 4.2,
      target: 4.41,
      unit: 'USD',
      deadline: addMonths(day(start), 4),
    },
  });
  for (const [offset, value, note] of [
    [start, 4.2, 'Baseline when I joined the Growth team.'],
    [-28, 4.26, 'Small lift from the checkout copy change.'],
    [-7, 4.33, 'Annual-plan framing test shipped to everyone.'],
  ] as const) {
    await createRecord(on(offset), {
      entity: 'checkins',
      input: { outcomeId: outcome.id, date: day(offset), value, note, confidence: 70 },
    });
  }
  const gap = await createRecord(on(start), {
    entity: 'gaps',
    input: {
      statement: 'I moved from core product to Growth and have never designed a pricing or monetization experiment.',
      skill: 'execution',
      outcomeId: outcome.id,
    },
  });
  const mentor = await createRecord(on(-50), {
    entity: 'mentors',
    input: {
      name: 'Maya Lindqvist',
      title: 'Head of Monetization',
      company: 'Fernway',
      expertise: ['monetization', 'pricing', 'experimentation'],
      whereFound: 'Her blog post "What our annual-plan price test taught us"',
      personalInterests: ['trail running', 'Nordic noir novels'],
      excellenceScore: 5,
      explainingScore: 4,
    },
  });
  await createRecord(on(-50), {
    entity: 'evidence',
    input: { mentorId: mentor.id, criterion: 'excellence', note: 'Led the pricing changes that doubled paid conversion at Fernway.' },
  });
  await createRecord(on(-50), {
    entity: 'evidence',
    input: {
      mentorId: mentor.id,
      criterion: 'explaining',
      note: 'Writes step-by-step posts on her pricing experiments and gave a conference talk on them.',
    },
  });
  const rel = await startRelationship(on(-50), { input: { mentorId: mentor.id, outcomeId: outcome.id, gapId: gap.id } });
  const log = (offset: number, kind: string, body: string) =>
    logMessage(on(offset), { input: { relationshipId: rel.id, kind, body, sentOn: day(offset) } });

  await log(
    -49,
    'ask',
    'Hi Maya, I read your post on the annual-plan price test at Fernway. You mentioned anchoring the annual price against the monthly one. Is there a specific product you think is the best example of that approach in practice?',
  );
  const reply = await log(
    -46,
    'reply',
    "Look at how Duolingo shows the monthly equivalent next to the annual price; I'd test that framing on your upgrade screen first.",
  );
  const advice = await createRecord(on(-46), {
    entity: 'advice',
    input: {
      relationshipId: rel.id,
      messageId: reply.message.id,
      text: 'Test showing the monthly equivalent next to the annual price on the upgrade screen.',
    },
  });
  await applyAdvice(on(-35), { adviceId: advice.id, on: day(-35), context: 'Two-week A/B test on our upgrade screen' });
  await recordAdviceResult(on(-21), {
    adviceId: advice.id,
    result: 'Annual-plan take rate rose from 18% to 23%; revenue per upgrading user rose 4%.',
  });
  // The circle-back names the advice and reports its result, so its check passes and it closes the loop.
  await logMessage(on(-20), {
    input: {
      relationshipId: rel.id,
      kind: 'circle-back',
      sentOn: day(-20),
      adviceIds: [advice.id],
      body: 'Hi Maya, thank you again for the tip on showing the monthly equivalent next to the annual price. We ran it as a two-week A/B test on our upgrade screen: the annual-plan take rate went from 18% to 23%, and revenue per upgrading user rose 4%. I wrote it up; happy to share it for your newsletter if it helps.',
    },
  });
  await createRecord(on(-20), {
    entity: 'giveBacks',
    input: { mentorId: mentor.id, date: day(-20), description: 'Offered our A/B test write-up as a case study for her newsletter.' },
  });
  await log(
    -14,
    'escalation',
    'Hi Maya, one follow-on from the annual-plan test: the lift fades for users who upgrade on mobile. Would you have 15 minutes in the next few weeks to look at how we should segment the next test?',
  );
  const meeting = await createRecord(on(-7), {
    entity: 'meetings',
    input: {
      relationshipId: rel.id,
      date: day(-7),
      durationMinutes: 15,
      objective: 'How to segment the next pricing test by platform',
      notes: 'Split by platform before anything else; mobile users see the price sheet differently. She offered a monthly 15-minute slot.',
    },
  });
  await createRecord(on(-7), {
    entity: 'actionItems',
    input: { meetingId: meeting.id, text: 'Run the next framing test split by platform and share the result', dueOn: day(14) },
  });
  await moveRelationship(on(-7), { relationshipId: rel.id, to: 'office-hours', note: 'Monthly 15-minute office hours agreed.' });
  await updateRecord(on(-7), { entity: 'relationships', id: rel.id, input: { officeHoursCadence: 'monthly', officeHoursMinutes: 15 } });
}

async function presenceExample(
  on: (offset: number) => Context,
  day: (offset: number) => string,
  months: (date: string, n: number) => string,
): Promise<void> {
  const start = -30;
  const deadline = months(day(start), 5);
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
  const peer = await createRecord(on(start), {
    entity: 'mentors',
    input: {
      name: 'Sam Okafor',
      title: 'Senior Product Manager (trusted peer)',
      expertise: ['executive presence', 'presenting'],
      personalInterests: ['jazz piano'],
      notes: 'Agreed to act as a mirror in my exec presentations.',
    },
  });
  const request = await createRecord(on(-21), {
    entity: 'feedbackRequests',
    input: {
      gapId: gap.id,
      mentorId: peer.id,
      giverName: 'Sam Okafor',
      event: "Tuesday's roadmap review",
      focus: 'executive presence',
      sentOn: day(-21),
      body: "Sam, during Tuesday's roadmap review, when the CFO challenged our churn numbers, did I come across as confident or defensive? What did I do in that moment that made it look that way?",
    },
  });
  const feedback = await createRecord(on(-20), {
    entity: 'feedback',
    input: {
      requestId: request.id,
      giverName: 'Sam Okafor',
      receivedOn: day(-20),
      body: 'When you get stressed by a hard question, you stop talking and look down while you think; it makes you look disengaged.',
      theme: 'silence under pressure',
      strengthId: 'thoughtful',
      adopted: "That's a great question. I'm going to take 10 seconds to think through the data before I answer.",
    },
  });
  await createRecord(on(-20), {
    entity: 'feedbackReplies',
    input: {
      feedbackId: feedback.id,
      sentOn: day(-20),
      body: "Thank you, Sam, that's really helpful and I hadn't noticed it. Next time I'll say \"That's a great question. I'm going to take 10 seconds to think through the data before I answer.\"",
    },
  });
}
