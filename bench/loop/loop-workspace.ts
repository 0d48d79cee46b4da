import { checkAsk } from '../../src/analysis/checks/ask/check-ask.js';
import { ensureLocalUser } from '../../src/boot/ensure-local-user.js';
import { addDays, createClock } from '../../src/core/clock.js';
import { newId } from '../../src/core/ids.js';
import type { Store, Workspace } from '../../src/core/ports.js';
import type { EntityName } from '../../src/core/records/schemas.js';
import type { Stage } from '../../src/core/relationships/schemas.js';
import { seeded as random } from '../../test/helpers/seeded.js';

/** The bench workspace's reference date and size. */
export const loopBench = { today: '2026-11-28', mentors: 10_000, messages: 60_000, advice: 20_000, meetings: 20_000 } as const;
const TODAY = loopBench.today;

/** Stages with their share of relationships, in loop order. */
const stageShares: Array<[Stage, number]> = [
  ['prospect', 0.2],
  ['asked', 0.2],
  ['replied', 0.15],
  ['applied', 0.1],
  ['circled-back', 0.1],
  ['escalated', 0.05],
  ['office-hours', 0.05],
  ['dormant', 0.1],
  ['declined', 0.05],
];
const loop: Stage[] = ['prospect', 'asked', 'replied', 'applied', 'circled-back', 'escalated', 'office-hours'];
const bodies = {
  ask: 'Hi Maya, I read your post on the annual-plan price test. You mentioned anchoring the annual price against the monthly one. Is there a specific product you think is the best example of that approach in practice?',
  'follow-up': 'Hi Maya, a gentle nudge on my question: which product anchors its annual price best?',
  reply: "Look at how Duolingo shows the monthly equivalent next to the annual price; I'd test that framing on your upgrade screen first.",
  'circle-back':
    'Hi Maya, thank you for the tip on showing the monthly equivalent next to the annual price. We ran it as a two-week A/B test on our upgrade screen: the annual-plan take rate went from 18% to 23%.',
  escalation:
    'Hi Maya, one follow-on from the annual-plan test: the lift fades on mobile. Would you have 15 minutes to look at how we should segment the next test?',
} as const;
type Kind = keyof typeof bodies;

/** The stage whose share covers `r` (0 ≤ r < 1). */
function stageAt(r: number): Stage {
  let left = r;
  for (const [stage, share] of stageShares) {
    left -= share;
    if (left < 0) return stage;
  }
  return 'prospect';
}

/**
 * Writes the bench workspace through the store in one transaction (sizes by default, or
 * `size`): 10,000 mentors, one
 * relationship each spread over the stages (with their stage moves), and 100,000 interactions:
 * 60,000 messages (outgoing ones with the check result logging stores), 20,000 pieces of
 * advice and 20,000 meetings, plus a few outcomes, check-ins, gaps and feedback requests.
 */
export async function fillLoopWorkspace(
  store: Store,
  size: { mentors: number; messages: number; advice: number; meetings: number } = loopBench,
): Promise<{ ws: Workspace; rows: number }> {
  const clock = createClock(TODAY);
  const user = await ensureLocalUser(store, clock);
  await store.workspace(user.id).updateProfile({ level: 'senior', updatedAt: clock.now() });
  const ws = store.workspace(user.id);
  const rnd = random(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const ago = (min: number, max: number) => addDays(TODAY, -Math.floor(min + rnd() * (max - min)));
  const stamp = (date: string) => `${date}T09:00:00.000Z`;
  const owned = (date: string) => ({ id: newId(), userId: user.id, createdAt: stamp(date), updatedAt: stamp(date) });
  const checked = Object.fromEntries(
    (['ask', 'follow-up', 'circle-back', 'escalation'] as const).map((k) => {
      const stage = k === 'ask' ? 'first-contact' : k;
      const result = checkAsk(bodies[k], { stage, hasCircleBack: true });
      return [k, { checkVerdict: result.verdict, checkScore: result.score, checkResult: result }];
    }),
  );
  let rows = 0;
  await ws.transaction(async (tx) => {
    const insert = async (name: EntityName, row: Record<string, unknown>) => {
      rows += 1;
      await tx.table(name).insert(row as never);
    };
    const outcomes: string[] = [];
    for (let i = 0; i < 20; i += 1) {
      const o = { ...owned(ago(20, 200)), statement: `Raise activation from ${20 + i}% to ${30 + i}% by 2027-03-31`, status: 'active' };
      await insert('outcomes', {
        ...o,
        kind: null,
        metric: null,
        direction: null,
        baseline: null,
        target: null,
        unit: null,
        deadline: null,
      });
      outcomes.push(o.id);
      for (let c = 0; c < 10; c += 1) {
        await insert('checkins', { ...owned(ago(0, 120)), outcomeId: o.id, date: ago(0, 120), value: 20 + c, note: null, confidence: 60 });
      }
    }
    const gaps: string[] = [];
    for (let i = 0; i < 30; i += 1) {
      const skill = pick(['execution', 'strategy', 'product-sense', 'communication', 'leadership', 'management'] as const);
      const category = ['communication', 'leadership', 'management'].includes(skill) ? 'eq' : 'iq';
      const g = { ...owned(ago(30, 300)), outcomeId: pick(outcomes), statement: `Gap ${i}`, skill, category, status: 'active' };
      await insert('gaps', g);
      gaps.push(g.id);
      if (category === 'eq') {
        await insert('feedbackRequests', {
          ...owned(ago(0, 60)),
          gapId: g.id,
          mentorId: null,
          giverName: 'Sam',
          event: null,
          focus: null,
          body: 'During Tuesday’s review, did I come across as confident or defensive?',
          sentOn: ago(0, 60),
          checkVerdict: null,
          checkResult: null,
        });
      }
    }
    const rels: Array<{ id: string; stage: Stage; dates: Partial<Record<Stage, string>> }> = [];
    for (let i = 0; i < size.mentors; i += 1) {
      const mentor = {
        ...owned(ago(60, 400)),
        name: `Mentor ${String(i).padStart(5, '0')}`,
        title: 'Head of Product',
        company: `Company ${i % 500}`,
        expertise: ['pricing', 'growth'],
        whereFound: null,
        email: null,
        profileUrl: null,
        handles: [],
        personalInterests: rnd() < 0.7 ? ['trail running'] : [],
        excellenceScore: 4,
        explainingScore: 4,
        notes: null,
      };
      await insert('mentors', mentor);
      if (rnd() < 0.2)
        await insert('giveBacks', { ...owned(ago(0, 60)), mentorId: mentor.id, date: ago(0, 60), description: 'Shared a write-up' });
      const stage = stageAt(rnd());
      const reached = stage === 'dormant' || stage === 'declined' ? loop.slice(0, 2) : loop.slice(0, loop.indexOf(stage) + 1);
      let day = ago(40, 365);
      const dates: Partial<Record<Stage, string>> = {};
      const id = newId();
      const moves = [...reached, ...(reached.includes(stage) ? [] : [stage])];
      for (const [n, s] of moves.entries()) {
        if (n > 0) day = addDays(day, 1 + Math.floor(rnd() * 5));
        dates[s] = day;
      }
      await insert('relationships', {
        ...owned(dates.prospect ?? day),
        id,
        mentorId: mentor.id,
        outcomeId: pick(outcomes),
        gapId: pick(gaps),
        stage,
        stageSince: day,
        idealGapDays: 30,
        maxGapDays: 60,
        officeHoursCadence: stage === 'office-hours' ? 'monthly' : null,
        officeHoursMinutes: stage === 'office-hours' ? 15 : null,
      });
      for (const [n, s] of moves.entries()) {
        await insert('transitions', {
          ...owned(dates[s] ?? day),
          relationshipId: id,
          fromStage: moves[n - 1] ?? null,
          toStage: s,
          date: dates[s],
          note: null,
        });
      }
      rels.push({ id, stage, dates });
    }
    const talking = rels.filter((r) => r.dates.asked);
    const replied = rels.filter((r) => r.dates.replied);
    const message = async (rel: (typeof rels)[number], kind: Kind, sentOn: string) =>
      insert('messages', {
        ...owned(sentOn),
        relationshipId: rel.id,
        kind,
        direction: kind === 'reply' ? 'in' : 'out',
        subject: null,
        body: bodies[kind],
        sentOn,
        ...(kind === 'reply' ? { checkVerdict: null, checkScore: null, checkResult: null } : checked[kind]),
      });
    let messages = 0;
    const stageKinds: Array<[Stage, Kind]> = [
      ['asked', 'ask'],
      ['replied', 'reply'],
      ['circled-back', 'circle-back'],
      ['escalated', 'escalation'],
    ];
    for (const rel of talking) {
      for (const [s, kind] of stageKinds) {
        const on = rel.dates[s];
        if (on) {
          await message(rel, kind, on);
          messages += 1;
        }
      }
    }
    for (let i = 0; messages < size.messages; i += 1, messages += 1) {
      const rel = replied[i % replied.length] ?? talking[0];
      if (!rel) break;
      await message(rel, i % 2 === 0 ? 'reply' : 'circle-back', latestDay(rel.dates.replied ?? TODAY, ago(0, 90)));
    }
    for (let i = 0; i < size.advice; i += 1) {
      const rel = replied[i % replied.length];
      if (!rel) break;
      const receivedOn = rel.dates.replied ?? TODAY;
      const appliedOn = rnd() < 0.7 ? latestDay(receivedOn, addDays(receivedOn, Math.floor(rnd() * 20))) : null;
      const closed = appliedOn && rnd() < 0.7 ? latestDay(appliedOn, addDays(appliedOn, Math.floor(rnd() * 10))) : null;
      await insert('advice', {
        ...owned(receivedOn),
        relationshipId: rel.id,
        messageId: null,
        text: `Piece of advice ${i}: test the annual-plan framing on the upgrade screen.`,
        receivedOn,
        appliedOn: appliedOn && appliedOn <= TODAY ? appliedOn : null,
        appliedContext: appliedOn ? 'Upgrade screen A/B test' : null,
        result: closed ? 'Take rate rose from 18% to 23%' : null,
        circledBackOn: closed && closed <= TODAY && appliedOn && appliedOn <= TODAY ? closed : null,
      });
    }
    for (let i = 0; i < size.meetings; i += 1) {
      const rel = replied[(i * 7) % replied.length];
      if (!rel) break;
      const date = latestDay(rel.dates.replied ?? TODAY, ago(0, 120));
      const meeting = {
        ...owned(date),
        relationshipId: rel.id,
        date,
        objective: 'Segmenting the next test',
        notes: 'Split by platform first.',
        durationMinutes: 15,
      };
      await insert('meetings', meeting);
      if (i % 10 === 0) {
        await insert('actionItems', {
          ...owned(date),
          meetingId: meeting.id,
          text: 'Share the result',
          dueOn: addDays(date, 14),
          doneOn: null,
        });
      }
    }
  });
  return { ws, rows };
}

/** The later of two dates, never after the bench's today. */
function latestDay(a: string, b: string): string {
  const later = a > b ? a : b;
  if (later > TODAY) return TODAY;
  return later;
}
