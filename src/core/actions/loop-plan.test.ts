import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/helpers/dialects.js';
import { seeded as random } from '../../../test/helpers/seeded.js';
import { openTestWorkspace, type TestWorkspace } from '../../../test/helpers/workspace.js';
import { addDays } from '../clock.js';
import { AppError } from '../errors.js';
import { createRecord } from '../records/create-record.js';
import { deleteRecord } from '../records/delete-record.js';
import type { EntityName } from '../records/schemas.js';
import { updateRecord } from '../records/update-record.js';
import { addMentor } from '../relationships/add-mentor.js';
import { applyAdvice } from '../relationships/apply-advice.js';
import { circledBack } from '../relationships/circle-back-advice.js';
import { logMessage } from '../relationships/log-message.js';
import { moveRelationship } from '../relationships/move-relationship.js';
import { recordAdviceResult } from '../relationships/record-advice-result.js';
import { stages } from '../relationships/schemas.js';
import { loadMentorRecords } from './load-loop-snapshot.js';
import { loopPlanVersion, planMentors, refreshLoopPlan } from './loop-plan.js';
import { planMirror } from './mirror-plan.js';
import { nextActions } from './next-actions.js';

const bodies = [
  'Will you be my mentor?',
  'Hi Maya, I read your post on the annual-plan price test. Is there a specific product you think anchors its annual price best?',
  'Hi Maya, thank you for the tip on the monthly equivalent. We ran it as an A/B test on our upgrade screen: the take rate went from 18% to 23%.',
  'Hi Maya, thanks for the tip, I tried it.',
];
const kinds = ['ask', 'follow-up', 'reply', 'circle-back', 'escalation', 'backstage'];
/** The loop's stages in order, and the messages that usually come next at each. */
const loop: readonly string[] = ['prospect', 'asked', 'replied', 'applied', 'circled-back', 'escalated', 'office-hours'];
const nextKinds: Record<string, string[]> = {
  prospect: ['ask'],
  asked: ['follow-up', 'reply'],
  replied: ['reply'],
  applied: ['circle-back'],
  'circled-back': ['escalation', 'circle-back'],
  escalated: ['reply', 'backstage'],
  'office-hours': ['circle-back', 'backstage'],
};

/** Item bodies of each sort as the store keeps them (JSON), in one order. */
const comparable = (items: ReadonlyArray<{ item: string; body: unknown }>) =>
  Object.fromEntries(
    ['action', 'finding', 'touch'].map((item) => [
      item,
      items
        .filter((p) => p.item === item)
        .map((p) => JSON.stringify(p.body))
        .sort(),
    ]),
  );

describeEachDialect('the stored loop plan', (_dialect, newDatabase) => {
  let t: TestWorkspace;
  beforeEach(async () => {
    t = await openTestWorkspace(await newDatabase(), '2026-06-30');
  });
  afterEach(() => t.close());

  const stored = async () => {
    const items = await Promise.all(
      (['action', 'finding', 'touch'] as const).map(async (item) =>
        (await t.ctx.ws.loopPlan.due(item, '9999-12-31')).map((body) => ({ item, body })),
      ),
    );
    return comparable(items.flat());
  };
  const fresh = async () => comparable([...planMentors(await loadMentorRecords(t.ctx.ws, 'all')), ...(await planMirror(t.ctx.ws))]);

  it('stays equal to a plan made from scratch through random writes, edits, deletes and cascades', async () => {
    const rnd = random(20261128);
    const pick = <T>(xs: readonly T[]): T | undefined => xs[Math.floor(rnd() * xs.length)];
    // Time moves on with the steps; records are dated up to "now".
    let now = '2026-01-01';
    const day = () => addDays(now, -Math.floor(rnd() * 30));
    const ids: Partial<Record<EntityName, string[]>> = {};
    const remember = (entity: EntityName, id: string) => {
      ids[entity] = [...(ids[entity] ?? []), id];
    };
    const some = (entity: EntityName) => pick(ids[entity] ?? []) ?? 'missing';
    const done = new Map<string, number>();
    type Op = [string, () => Promise<unknown>];
    const ops: Op[] = [
      [
        'add mentor',
        async () => {
          const { mentor, relationship } = await addMentor(t.on(day()), { input: { name: `Mentor ${Math.floor(rnd() * 1000)}` } });
          remember('mentors', mentor.id);
          remember('relationships', relationship.id);
        },
      ],
      [
        'log message',
        async () => {
          const rel = await t.ctx.ws.table('relationships').get(some('relationships'));
          const kind = rel && rnd() < 0.8 ? pick(nextKinds[rel.stage] ?? kinds) : pick(kinds);
          const { message } = await logMessage(t.on(now), {
            input: { relationshipId: rel?.id ?? 'missing', kind, body: pick(bodies), sentOn: now },
          });
          remember('messages', message.id);
        },
      ],
      [
        'move stage',
        async () => {
          const rel = await t.ctx.ws.table('relationships').get(some('relationships'));
          const next = loop[loop.indexOf(rel?.stage ?? 'prospect') + 1];
          const to = rnd() < 0.8 && next ? next : (pick(stages) ?? 'dormant');
          await moveRelationship(t.on(now), { relationshipId: rel?.id ?? 'missing', to, date: now });
        },
      ],
      [
        'add advice',
        async () => {
          const receivedOn = day();
          const resultExpectedOn = rnd() < 0.3 ? addDays(receivedOn, 10 + Math.floor(rnd() * 20)) : undefined;
          const advice = await createRecord(t.on(now), {
            entity: 'advice',
            input: { relationshipId: some('relationships'), text: 'Test the annual framing', receivedOn, resultExpectedOn },
          });
          remember('advice', advice.id);
        },
      ],
      [
        'step advice along its loop',
        async () => {
          const advice = await t.ctx.ws.table('advice').get(some('advice'));
          const adviceId = advice?.id ?? 'missing';
          const roll = rnd();
          // Mostly the next step of this piece; sometimes any step, which the rules may refuse.
          if (roll < 0.8 && advice && !advice.appliedOn)
            return applyAdvice(t.on(now), { adviceId, on: now, context: 'the upgrade screen' });
          if (roll < 0.8 && advice && !advice.result) return recordAdviceResult(t.on(now), { adviceId, result: 'Take rate up 5 points' });
          if (roll < 0.5) {
            const input = { resultExpectedOn: rnd() < 0.5 ? addDays(now, Math.floor(rnd() * 20)) : null };
            return updateRecord(t.on(now), { entity: 'advice', id: adviceId, input });
          }
          if (roll < 0.6) return circledBack(t.on(now), { adviceId });
          const body = pick(bodies.slice(2)) ?? '';
          const input = {
            relationshipId: advice?.relationshipId ?? 'missing',
            kind: 'circle-back',
            body,
            sentOn: now,
            adviceIds: [adviceId],
          };
          return logMessage(t.on(now), { input });
        },
      ],
      [
        'add meeting and action item',
        async () => {
          const meeting = await createRecord(t.on(now), {
            entity: 'meetings',
            input: { relationshipId: some('relationships'), date: day() },
          });
          remember('meetings', meeting.id);
          const item = await createRecord(t.on(now), {
            entity: 'actionItems',
            input: { meetingId: meeting.id, text: 'Share the result', dueOn: day() },
          });
          remember('actionItems', item.id);
        },
      ],
      ['tick action item', () => updateRecord(t.on(now), { entity: 'actionItems', id: some('actionItems'), input: { doneOn: day() } })],
      [
        'give back',
        () => createRecord(t.on(now), { entity: 'giveBacks', input: { mentorId: some('mentors'), description: 'Sent my write-up' } }),
      ],
      [
        'edit mentor',
        () =>
          updateRecord(t.on(now), {
            entity: 'mentors',
            id: some('mentors'),
            input: rnd() < 0.5 ? { name: `Renamed ${Math.floor(rnd() * 1000)}` } : { personalInterests: rnd() < 0.5 ? ['sailing'] : [] },
          }),
      ],
      [
        'edit cadence',
        () =>
          updateRecord(t.on(now), {
            entity: 'relationships',
            id: some('relationships'),
            input: rnd() < 0.5 ? { idealGapDays: 14, maxGapDays: 40 } : { officeHoursCadence: 'monthly', officeHoursMinutes: 15 },
          }),
      ],
      [
        'tie to an outcome',
        async () => {
          const outcome = await createRecord(t.on(now), {
            entity: 'outcomes',
            input: { statement: 'Raise activation from 20% to 30% by 2026-12-31' },
          });
          remember('outcomes', outcome.id);
          await updateRecord(t.on(now), { entity: 'relationships', id: some('relationships'), input: { outcomeId: outcome.id } });
        },
      ],
      [
        'name a gap',
        async () => {
          const input =
            rnd() < 0.7
              ? { statement: 'I sound unsure with executives', skill: 'communication' }
              : { statement: 'Pricing', skill: 'execution' };
          remember('gaps', (await createRecord(t.on(day()), { entity: 'gaps', input })).id);
        },
      ],
      [
        'ask for feedback',
        async () => {
          const request = await createRecord(t.on(now), {
            entity: 'feedbackRequests',
            input: {
              gapId: rnd() < 0.7 ? some('gaps') : null,
              mentorId: rnd() < 0.3 ? some('mentors') : null,
              giverName: pick(['Sam', 'Ana']),
              body: 'During the review, did I sound confident or defensive?',
              sentOn: day(),
            },
          });
          remember('feedbackRequests', request.id);
        },
      ],
      [
        'receive feedback, sometimes adopted',
        async () => {
          const adopted = rnd() < 0.6;
          const feedback = await createRecord(t.on(now), {
            entity: 'feedback',
            input: {
              requestId: rnd() < 0.5 ? some('feedbackRequests') : null,
              giverName: pick(['Sam', 'Ana']),
              body: 'You came across as defensive when pricing came up.',
              receivedOn: day(),
              ...(adopted ? { adopted: 'Pause before answering', adoptedOn: rnd() < 0.5 ? day() : null } : {}),
            },
          });
          remember('feedback', feedback.id);
        },
      ],
      ['close a gap', () => updateRecord(t.on(now), { entity: 'gaps', id: some('gaps'), input: { status: pick(['closed', 'active']) } })],
      ['delete gap', () => deleteRecord(t.ctx, { entity: 'gaps', id: some('gaps') })],
      ['delete feedback request', () => deleteRecord(t.ctx, { entity: 'feedbackRequests', id: some('feedbackRequests') })],
      ['delete outcome (relationships set to none)', () => deleteRecord(t.ctx, { entity: 'outcomes', id: some('outcomes') })],
      ['delete message', () => deleteRecord(t.ctx, { entity: 'messages', id: some('messages') })],
      ['delete advice', () => deleteRecord(t.ctx, { entity: 'advice', id: some('advice') })],
      ['delete meeting (with its action items)', () => deleteRecord(t.ctx, { entity: 'meetings', id: some('meetings') })],
      ['delete mentor (with everything)', () => deleteRecord(t.ctx, { entity: 'mentors', id: some('mentors') })],
    ];
    // Messages, stage moves and advice steps more often, so relationships get deep into the loop.
    const [addOne, logOne, moveOne, addAdvice, stepAdvice] = ops as [Op, Op, Op, Op, Op, ...Op[]];
    const weighted = [...ops, logOne, logOne, moveOne, moveOne, moveOne, moveOne, addAdvice, stepAdvice, stepAdvice];
    for (let step = 1; step <= 300; step += 1) {
      now = addDays('2026-01-01', Math.floor(step * 0.7));
      // Mentors first, so the other writes have something to refer to.
      const [name, op] = step <= 6 ? addOne : (pick(weighted) ?? addOne);
      try {
        await op();
        done.set(name, (done.get(name) ?? 0) + 1);
      } catch (error) {
        // A write the rules refuse (a stage move out of order, a removed record) changes nothing.
        if (!(error instanceof AppError)) throw error;
      }
      if (step % 12 === 0) {
        await refreshLoopPlan(t.ctx.ws);
        expect(await stored(), `after step ${step}`).toEqual(await fresh());
      }
    }
    // Every kind of write happened, and the plan is not trivially empty.
    for (const [name] of ops) expect(done.get(name) ?? 0, name).toBeGreaterThan(0);
    const items = await stored();
    for (const item of ['action', 'finding', 'touch']) expect(items[item]?.length ?? 0, item).toBeGreaterThan(0);
  });

  it('makes every plan again when the rules change, and nothing when no record did', async () => {
    await addMentor(t.on('2026-01-05'), { input: { name: 'Maya Lindqvist' } });
    await nextActions(t.ctx);
    expect(await t.ctx.ws.loopPlan.isStale(loopPlanVersion)).toBe(false);
    expect(await t.ctx.ws.loopPlan.isStale(`${loopPlanVersion}-next`)).toBe(true);
    await t.ctx.ws.transaction(async (tx) => {
      expect(await tx.loopPlan.takeStale(loopPlanVersion)).toEqual([]);
      expect(await tx.loopPlan.takeStale(`${loopPlanVersion}-next`)).toBe('all');
    });
  });

  it('keeps a write and its stale mark together: a failed transaction leaves the plan as it was', async () => {
    const { relationship } = await addMentor(t.on('2026-01-05'), { input: { name: 'Maya Lindqvist' } });
    await nextActions(t.ctx);
    await expect(
      t.ctx.ws.transaction(async (tx) => {
        await logMessage(
          { ...t.ctx, ws: tx },
          { input: { relationshipId: relationship.id, kind: 'ask', body: bodies[1], sentOn: '2026-06-01' } },
        );
        throw new AppError('invalid_input', 'stop');
      }),
    ).rejects.toThrow('stop');
    expect(await t.ctx.ws.loopPlan.isStale(loopPlanVersion)).toBe(false);
    expect((await nextActions(t.ctx, { horizonDays: 90 })).actions.map((a) => a.kind)).not.toContain('follow-up');
  });
});
