import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { workspacesOf } from '../src/boot/open-workspace.js';
import { nextActions } from '../src/core/actions/next-actions.js';
import { addDays, createClock } from '../src/core/clock.js';
import { runDoctor } from '../src/core/doctor/run-doctor.js';
import { newId } from '../src/core/ids.js';
import type { Context } from '../src/core/ports.js';
import { createRecord } from '../src/core/records/create-record.js';
import { deleteRecord } from '../src/core/records/delete-record.js';
import { updateRecord } from '../src/core/records/update-record.js';
import { addMentor } from '../src/core/relationships/add-mentor.js';
import { applyAdvice } from '../src/core/relationships/apply-advice.js';
import { captureAdvice } from '../src/core/relationships/capture-advice.js';
import { getMenteeRecord } from '../src/core/relationships/get-mentee-record.js';
import { logMessage } from '../src/core/relationships/log-message.js';
import { recordAdviceResult } from '../src/core/relationships/record-advice-result.js';
import { createMcpServer } from '../src/mcp/create-mcp-server.js';
import type { McpSession } from '../src/mcp/session.js';
import { createApp } from '../src/server/app.js';
import { allowedHosts } from '../src/server/security.js';
import { describeEachDialect } from './helpers/dialects.js';
import { openTestWorkspace, type TestWorkspace } from './helpers/workspace.js';

const START = '2026-01-05';
const DAYS = 90;
const base = 'http://127.0.0.1:4477';

const text = {
  ask: 'Hi Maya, I read your post on the annual-plan price test at Fernway. Is there one product you think anchors its annual price best?',
  reply: 'Try showing the monthly equivalent next to the annual price. You should also test a decoy plan on the upgrade screen.',
  failingCircleBack: 'Hi Maya, quick update: I did it. Thanks!',
  circleBack:
    'Hi Maya, thank you for the tip on showing the monthly equivalent next to the annual price. We tried it on our upgrade screen and the annual take rate went from 18% to 23%.',
  escalation:
    "Hi Maya, thanks to your tip our annual take rate rose from 18% to 23%. I'm now weighing seat against usage pricing for the team tier and can't decide. Would you have 15 minutes next week to talk through which you would pick and why?",
  askB: 'Hi Ana, I read your onboarding teardown. Which single step did you cut first when activation stalled?',
  followUpB: 'Hi Ana, a gentle nudge on my question: which onboarding step did you cut first?',
  replyB: 'Cut the product tour first. Send a welcome email with one task instead of a checklist.',
  circleBackB:
    'Hi Ana, thank you for the tip on cutting the product tour. We tried it on our new-user flow and day-1 activation rose from 31% to 38%.',
};

/** What each surface says of the advice loops on one day: each piece's due date, and which are overdue. */
interface Reading {
  due: Record<string, string>;
  overdue: string[];
}

const sorted = (ids: Iterable<string>) => [...ids].sort();

describeEachDialect('one plan for the loop: 90 days through every surface', (_dialect, newDatabase) => {
  let t: TestWorkspace;
  let today = START;
  let mcp: Client;
  const clock = createClock(undefined, () => new Date(`${today}T12:00:00`));
  beforeAll(async () => {
    t = await openTestWorkspace(await newDatabase(), START);
    const session: McpSession = { ctx: { ws: t.ctx.ws, clock, newId }, debug: false };
    const [client, server] = InMemoryTransport.createLinkedPair();
    await createMcpServer({ session, version: 'test' }).connect(server);
    mcp = new Client({ name: 'agreement-test', version: '1' });
    await mcp.connect(client);
  }, 60_000);
  afterAll(async () => {
    await mcp?.close();
    await t?.close();
  });

  const call = async <T>(name: string, args: Record<string, unknown> = {}): Promise<T> => {
    const result = (await mcp.callTool({ name, arguments: args })) as { isError?: boolean; content: Array<{ text: string }> };
    const body = result.content[0]?.text ?? '';
    if (result.isError) throw new Error(`${name}: ${body}`);
    return JSON.parse(body) as T;
  };

  it('agrees every day on when each piece of advice is due, and on what is late', { timeout: 600_000 }, async () => {
    const on = (): Context => ({ ws: t.ctx.ws, clock: createClock(today), newId });
    const maya = await addMentor(on(), { input: { name: 'Maya Lindqvist' } });
    const ana = await addMentor(on(), { input: { name: 'Ana Diaz' } });
    const relationships = [maya.relationship.id, ana.relationship.id];
    const log = (relationshipId: string, kind: string, body: string, extra: Record<string, unknown> = {}) =>
      logMessage(on(), { input: { relationshipId, kind, body, sentOn: today, ...extra } });
    const advice: Record<string, string> = {};
    const capture = async (relationshipId: string, body: string, names: string[]) => {
      const { message } = await log(relationshipId, 'reply', body);
      const captured = await captureAdvice(on(), { messageId: message.id });
      captured.advice.forEach((a, i) => {
        advice[names[i] ?? a.id] = a.id;
      });
    };
    const mayaRel = maya.relationship.id;
    const anaRel = ana.relationship.id;

    // The workspace's life, by day: the loop walked on time, late, wrongly and rightly.
    const events: Record<number, () => Promise<unknown>> = {
      0: async () => {
        await log(mayaRel, 'ask', text.ask);
        await log(anaRel, 'ask', text.askB);
      },
      3: () => capture(mayaRel, text.reply, ['monthly', 'decoy']),
      8: () => applyAdvice(on(), { adviceId: advice.monthly as string, on: today, context: 'the upgrade screen' }),
      9: () => updateRecord(on(), { entity: 'advice', id: advice.monthly as string, input: { resultExpectedOn: addDays(today, 20) } }),
      11: () => log(anaRel, 'follow-up', text.followUpB),
      14: () => capture(anaRel, text.replyB, ['tour', 'email']),
      16: () =>
        createRecord(on(), {
          entity: 'advice',
          input: { relationshipId: mayaRel, text: 'Read the pricing chapter of Monetizing Innovation' },
        }),
      20: () => applyAdvice(on(), { adviceId: advice.tour as string, on: today, context: 'the new-user flow' }),
      24: () => recordAdviceResult(on(), { adviceId: advice.monthly as string, result: 'Annual take rate from 18% to 23%' }),
      26: () => log(mayaRel, 'circle-back', text.failingCircleBack, { adviceIds: [advice.monthly] }),
      33: () => log(mayaRel, 'circle-back', text.circleBack, { adviceIds: [advice.monthly] }),
      36: () => recordAdviceResult(on(), { adviceId: advice.tour as string, result: 'Day-1 activation from 31% to 38%' }),
      40: () => log(mayaRel, 'escalation', text.escalation),
      44: () => applyAdvice(on(), { adviceId: advice.decoy as string, on: today, context: 'the plans page' }),
      50: async () => {
        const pieces = (await t.ctx.ws.table('advice').list({ relationshipId: anaRel })).map((a) => a.id);
        if (pieces.length > 1) await deleteRecord(on(), { entity: 'advice', id: advice.email as string });
      },
      55: () => log(anaRel, 'circle-back', text.circleBackB, { adviceIds: [advice.tour] }),
      70: () => updateRecord(on(), { entity: 'advice', id: advice.decoy as string, input: { resultExpectedOn: addDays(today, 5) } }),
    };

    let sawOverdue = 0;
    let sawOpen = 0;
    for (let day = 0; day < DAYS; day += 1) {
      today = addDays(START, day);
      await events[day]?.();
      const app = createApp({
        workspaces: workspacesOf(t.store, createClock(today)),
        version: 'test',
        hosts: () => allowedHosts('127.0.0.1', 4477),
      });
      const http = async <T>(path: string) => (await (await app.request(`${base}${path}`)).json()) as T;

      // Next actions, the doctor, `advice-log list` (the mentee record), the mentor page (HTTP) and MCP.
      const next = await nextActions(on(), { horizonDays: 366 });
      const doctor = await runDoctor(on());
      const fromNext: Reading = { due: {}, overdue: [] };
      for (const a of next.actions) {
        if (!a.adviceId || (a.kind !== 'apply' && a.kind !== 'circle-back')) continue;
        fromNext.due[a.adviceId] = a.dueOn;
        if (a.overdue) fromNext.overdue.push(a.adviceId);
      }
      const fromRecords: Reading = { due: {}, overdue: [] };
      const fromPage: Reading = { due: {}, overdue: [] };
      const fromMcp: Reading = { due: {}, overdue: [] };
      for (const relationshipId of relationships) {
        for (const o of (await getMenteeRecord(on(), { relationshipId })).open) {
          fromRecords.due[o.advice.id] = o.dueOn;
          if (o.overdue) fromRecords.overdue.push(o.advice.id);
        }
        const page = await http<{ open: Array<{ advice: { id: string }; dueOn: string; overdue: boolean }> }>(
          `/api/relationships/${relationshipId}/mentee-record`,
        );
        for (const o of page.open) {
          fromPage.due[o.advice.id] = o.dueOn;
          if (o.overdue) fromPage.overdue.push(o.advice.id);
        }
      }
      for (const mentorId of [maya.mentor.id, ana.mentor.id]) {
        const history = await call<{
          relationships: Array<{ menteeRecord: { open: Array<{ advice: { id: string }; dueOn: string; overdue: boolean }> } }>;
        }>('relationship_history', { mentorId });
        for (const r of history.relationships) {
          for (const o of r.menteeRecord.open) {
            fromMcp.due[o.advice.id] = o.dueOn;
            if (o.overdue) fromMcp.overdue.push(o.advice.id);
          }
        }
      }
      const late = doctor.findings
        .filter((f) => f.pitfall === 'unclosed-loop')
        .flatMap((f) => f.records.filter((r) => r.entity === 'advice').map((r) => r.id));

      const at = `day ${day} (${today})`;
      expect(fromRecords.due, at).toEqual(fromNext.due);
      expect(fromPage.due, at).toEqual(fromNext.due);
      expect(fromMcp.due, at).toEqual(fromNext.due);
      expect(sorted(fromRecords.overdue), at).toEqual(sorted(fromNext.overdue));
      expect(sorted(fromPage.overdue), at).toEqual(sorted(fromNext.overdue));
      expect(sorted(fromMcp.overdue), at).toEqual(sorted(fromNext.overdue));
      expect(sorted(late), at).toEqual(sorted(fromNext.overdue));
      // The whole answers agree too: the same plan, whichever way it is asked for.
      expect(await http('/api/next-actions?days=366'), at).toEqual(next);
      expect(await http('/api/doctor'), at).toEqual(doctor);
      expect(await call('next_actions', { horizonDays: 366 }), at).toEqual(next);
      expect(await call('doctor'), at).toEqual(doctor);
      sawOverdue += fromNext.overdue.length;
      sawOpen += Object.keys(fromNext.due).length;
    }
    // The walk went through late loops and closed ones, so the agreement was tested on both.
    expect(sawOverdue).toBeGreaterThan(20);
    expect(sawOpen).toBeGreaterThan(sawOverdue);
    const closed = (await t.ctx.ws.table('advice').list()).filter((a) => a.circledBackOn !== null).map((a) => a.id);
    expect(sorted(closed)).toEqual(sorted([advice.monthly as string, advice.tour as string]));
  });
});
