import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliSandbox, expectUsageError } from './helpers/cli.js';

interface Advice {
  id: string;
  text: string;
  appliedOn: string | null;
  result: string | null;
  circledBackOn: string | null;
}
interface Finding {
  pitfall: string;
  message: string;
  records: Array<{ entity: string; id: string }>;
}

const reply = "Try 20% but show the monthly price crossed out. Also, don't add more tooltips; cut the setup steps instead.";
const failingCircleBack = 'Hi Maya, quick update: I did it. Thanks!';
const circleBack =
  'Hi Maya, thank you for the tip on showing the monthly price crossed out next to the 20% annual discount. We ran it on our upgrade screen and annual take-up rose from 8% to 13% in two weeks.';
const escalation =
  "Hi Maya, your advice on the crossed-out monthly price lifted annual take-up from 8% to 13%. Now I'm stuck on the team tier: seat pricing or usage pricing? Could I have 15 minutes next week to walk you through the two options?";

/**
 * The hole a new user found, replayed through the CLI: a loop marked circled back before any
 * result, a failing circle-back that unlocked escalation, a follow-up the same day as the ask,
 * one instruction captured as two pieces. Every step after the first is refused or leaves the
 * advice open, and the doctor names it.
 */
describe('understudy: the loop cannot be walked around', () => {
  const cli = cliSandbox();

  it('refuses each step out of order, keeps the advice open, and the doctor names why', async () => {
    const db = join(cli.home(), 'loop-order.db');
    const on = (today: string, ...args: string[]) => ['--db', db, '--today', today, ...args];
    const { mentor } = await cli.json<{ mentor: { id: string } }>(on('2026-11-01', 'mentor', 'add', 'Maya Lindqvist'));
    const ask = 'I read your post on annual-plan pricing. Would you look at one question: should our annual discount be 15% or 20%?';
    expect((await cli.run(on('2026-11-01', 'log', 'ask', '--mentor', mentor.id, '--text', ask))).code).toBe(0);

    // A follow-up the same day as the ask: refused, with the day it becomes possible.
    expectUsageError(
      await cli.run(on('2026-11-01', 'log', 'follow-up', '--mentor', mentor.id, '--text', 'Just checking you saw my question?')),
      /it becomes possible on 2026-11-11/,
    );

    await cli.json(on('2026-11-03', 'log', 'reply', '--mentor', mentor.id, '--text', reply));
    const captured = await cli.json<{ advice: Advice[] }>(on('2026-11-03', 'advice-log', 'capture', '--mentor', mentor.id));
    expect(captured.advice.map((a) => a.text)).toEqual([
      'Try 20% but show the monthly price crossed out.',
      "Also, don't add more tooltips; cut the setup steps instead.",
    ]);
    const adviceId = captured.advice[0]?.id as string;
    await cli.json(on('2026-11-05', 'advice-log', 'apply', adviceId, '--context', 'the annual plan test'));

    // Circled back by hand before any result: refused.
    expectUsageError(await cli.run(on('2026-11-06', 'advice-log', 'circled-back', adviceId)), /its result\) before circling back/);
    await cli.json(on('2026-11-20', 'advice-log', 'result', adviceId, 'annual take-up rose from 8% to 13%'));
    // With a result but no circle-back message: still refused, and the stage cannot be moved by hand either.
    expectUsageError(await cli.run(on('2026-11-20', 'advice-log', 'circled-back', adviceId)), /Log the circle-back message/);
    expectUsageError(await cli.run(on('2026-11-20', 'mentor', 'stage', mentor.id, 'circled-back')), /when you log a circle-back/);

    const [before] = await cli.json<Array<{ escalationSuggested: boolean; suggestion: string }>>(
      on('2026-11-20', 'advice-log', 'list', '--mentor', mentor.id),
    );
    expect(before).toMatchObject({ escalationSuggested: false });
    expectUsageError(
      await cli.run(on('2026-11-21', 'log', 'escalation', '--mentor', mentor.id, '--text', escalation)),
      /only after a circle-back that passed its check/,
    );

    // A circle-back that fails its check is logged (it was sent), but closes nothing and unlocks nothing.
    const failed = await cli.run(
      on('2026-11-21', 'log', 'circle-back', '--mentor', mentor.id, '--text', failingCircleBack, '--advice', adviceId),
    );
    expect(failed.code).toBe(1);
    expect(failed.stdout).toMatch(/^Logged circle-back on 2026-11-21; 0 advice circled back, 1 still open .*relationship at applied$/m);
    expectUsageError(
      await cli.run(on('2026-11-22', 'log', 'escalation', '--mentor', mentor.id, '--text', escalation)),
      /only after a circle-back that passed its check/,
    );
    expectUsageError(await cli.run(on('2026-11-22', 'mentor', 'stage', mentor.id, 'escalated')), /escalation comes only after/);

    const doctor = await cli.run(on('2026-11-22', 'doctor', '--json'));
    expect(doctor.code).toBe(1);
    const findings = (JSON.parse(doctor.stdout) as { findings: Finding[] }).findings;
    const failedCircleBack = findings.find((f) => f.pitfall === 'vague-ask');
    expect(failedCircleBack?.message).toMatch(/^Your circle-back to Maya Lindqvist of 2026-11-21 failed its check .*: it closed no advice/);
    const open = findings.find((f) => f.pitfall === 'unclosed-loop' && f.records.some((r) => r.id === adviceId));
    expect(open?.message).toMatch(/your circle-back of 2026-11-21 named it but failed its check .*so it closed nothing/);

    // Every surface agrees on when the circle-back was due.
    const [record] = await cli.json<Array<{ open: Array<{ advice: { id: string }; dueOn: string }> }>>(
      on('2026-11-22', 'advice-log', 'list', '--mentor', mentor.id),
    );
    const next = await cli.json<{ actions: Array<{ adviceId?: string; dueOn: string }> }>(on('2026-11-22', 'next', '--days', '30'));
    const dueIn = (list: Array<{ dueOn: string }>) => list.map((a) => a.dueOn);
    expect(dueIn(record?.open.filter((o) => o.advice.id === adviceId) ?? [])).toEqual(['2026-11-12']);
    expect(dueIn(next.actions.filter((a) => a.adviceId === adviceId))).toEqual(['2026-11-12']);
    expect(open?.message).toMatch(/was due by 2026-11-12/);

    // The circle-back that names the advice and reports its result closes the loop and earns the escalation.
    const passed = await cli.json<{ advice: Advice[]; relationship: { stage: string } }>(
      on('2026-11-23', 'log', 'circle-back', '--mentor', mentor.id, '--text', circleBack, '--advice', adviceId),
    );
    expect(passed.advice[0]?.circledBackOn).toBe('2026-11-23');
    expect(passed.relationship.stage).toBe('circled-back');
    expect((await cli.run(on('2026-11-24', 'log', 'escalation', '--mentor', mentor.id, '--text', escalation))).code).toBe(0);
  }, 120_000);

  it('lets a piece of advice be edited, merged and removed', async () => {
    const db = join(cli.home(), 'advice-edits.db');
    const on = (...args: string[]) => ['--db', db, '--today', '2026-11-10', ...args];
    const { mentor } = await cli.json<{ mentor: { id: string } }>(on('mentor', 'add', 'Ana Diaz'));
    await cli.run(on('log', 'ask', '--mentor', mentor.id, '--text', 'Which onboarding step did you cut first?'));
    await cli.json(
      on('log', 'reply', '--mentor', mentor.id, '--text', 'Cut the product tour. Send a welcome email with one task. Thanks for asking!'),
    );
    const [tour, email] = (await cli.json<{ advice: Advice[] }>(on('advice-log', 'capture', '--mentor', mentor.id))).advice;
    if (!tour || !email) throw new Error('expected two pieces of advice');

    const merged = await cli.json<Advice>(on('advice-log', 'merge', tour.id, email.id));
    expect(merged).toMatchObject({ id: tour.id, text: 'Cut the product tour. Send a welcome email with one task.' });
    const edited = await cli.json<Advice & { resultExpectedOn: string }>(
      on('advice-log', 'edit', tour.id, '--text', 'Cut the tour; send a welcome email with one task', '--expect-result-on', '2026-12-01'),
    );
    expect(edited).toMatchObject({ text: 'Cut the tour; send a welcome email with one task', resultExpectedOn: '2026-12-01' });
    expectUsageError(await cli.run(on('advice-log', 'edit', tour.id, '--expect-result-on', '2026-10-01')), /cannot be expected before/);
    expectUsageError(await cli.run(on('advice-log', 'edit', tour.id)), /Say what to change/);
    expectUsageError(await cli.run(on('advice-log', 'merge', tour.id)), /at least two/);

    await cli.json(on('advice-log', 'apply', tour.id, '--context', 'the new-user flow'));
    await cli.json(on('advice-log', 'result', tour.id, 'Day-1 activation rose from 31% to 38%'));
    // The circle-back falls due on the day the result is expected, not 7 days after applying.
    const next = await cli.json<{ actions: Array<{ adviceId?: string; kind: string; dueOn: string }> }>(on('next', '--days', '30'));
    expect(next.actions.filter((a) => a.adviceId === tour.id).map((a) => [a.kind, a.dueOn])).toEqual([['circle-back', '2026-12-01']]);

    expect(await cli.json(on('advice-log', 'remove', tour.id))).toEqual({ removed: tour.id });
    expectUsageError(await cli.run(on('advice-log', 'remove', tour.id)), /No advice with id/);
    const [record] = await cli.json<Array<{ advice: Advice[] }>>(on('advice-log', 'list', '--mentor', mentor.id));
    expect(record?.advice).toEqual([]);
  }, 120_000);
});
