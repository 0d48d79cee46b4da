import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliSandbox, expectUsageError } from './helpers/cli.js';

const TODAY = '2026-11-28';

interface Added {
  mentor: { id: string; name: string };
  relationship: { id: string; stage: string };
}
interface Advice {
  id: string;
  text: string;
  receivedOn: string;
  appliedOn: string | null;
  result: string | null;
  circledBackOn: string | null;
}
interface MenteeRecord {
  relationship: { stage: string };
  counts: Record<string, number>;
  escalationSuggested: boolean;
}

// Each test runs the built CLI a dozen times or more, so each gets a generous timeout.
describe('understudy: shortlist, advice tracking and meetings', () => {
  const cli = cliSandbox();
  let n = 0;
  /** A fresh workspace per test: its arguments on the fixed date, or on `today` when given (`on`). */
  const workspace = () => {
    n += 1;
    const db = join(cli.home(), `relationships-${n}.db`);
    const on = (today: string, ...args: string[]) => ['--db', db, '--today', today, ...args];
    return Object.assign((...args: string[]) => on(TODAY, ...args), { on });
  };

  it('shortlists an expert with evidence above a non-expert, with the reasons', async () => {
    const u = workspace();
    const gap = await cli.json<{ id: string }>(u('gap', 'add', 'I have never designed a pricing experiment', '--skill', 'execution'));
    await cli.json(u('mentor', 'add', 'Bo Generalist', '--expertise', 'leadership', '--excellence', '4', '--explaining', '4'));
    const ana = await cli.json<Added>(
      u('mentor', 'add', 'Ana Diaz', '--expertise', 'pricing,experimentation', '--excellence', '5', '--explaining', '4'),
    );
    await cli.json(u('mentor', 'evidence', ana.mentor.id, '--criterion', 'excellence', '--url', 'https://example.com/talk'));
    await cli.json(u('mentor', 'evidence', ana.mentor.id, '--criterion', 'excellence', '--note', 'Ran pricing at a unicorn'));

    const ranked = await cli.json<Array<{ mentor: { name: string }; score: number; reasons: string[] }>>(
      u('mentor', 'shortlist', '--gap', gap.id),
    );
    expect(ranked.map((e) => e.mentor.name)).toEqual(['Ana Diaz', 'Bo Generalist']);
    expect(ranked[0]?.reasons).toEqual(
      expect.arrayContaining(["expertise matches 'pricing'", 'Proven Excellence 5/5 (2 pieces of evidence)']),
    );
    expect(ranked[1]?.reasons).toContain('no expertise tag matches this gap');

    const human = await cli.run(u('mentor', 'shortlist', '--gap', gap.id, '--limit', '1'));
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/^1\. Ana Diaz \(.+\), score \d+$/m);
    expect(human.stdout).toMatch(/^ {3}- Proven Excellence 5\/5 \(2 pieces of evidence\)$/m);
    expect(human.stdout).not.toMatch(/Bo Generalist/);
    expectUsageError(await cli.run(u('mentor', 'shortlist', '--gap', 'nope')), /No skill gap with id nope/);
    expectUsageError(await cli.run(u('mentor', 'shortlist', '--gap', gap.id, '--limit', 'x')), /--limit/);

    const noted = await cli.json<{ personalInterests: string[] }>(u('mentor', 'interest', ana.mentor.id, 'bouldering'));
    expect(noted.personalInterests).toEqual(['bouldering']);
    expect(
      (await cli.json<{ personalInterests: string[] }>(u('mentor', 'interest', ana.mentor.id, 'Bouldering'))).personalInterests,
    ).toEqual(['bouldering']);
  }, 90_000);

  it('tracks advice from a reply: capture → apply → result → circled back, refusing steps out of order', async () => {
    const u = workspace();
    const { mentor } = await cli.json<Added>(u.on('2026-11-01', 'mentor', 'add', 'Maya Chen', '--expertise', 'pricing'));
    await cli.json(
      u(
        'log',
        'ask',
        '--mentor',
        mentor.id,
        '--date',
        '2026-11-02',
        '--text',
        'Hi Maya, in your pricing talk, which plan did you show first?',
      ),
    );
    const reply = await cli.json<{ message: { id: string } }>(
      u(
        'log',
        'reply',
        '--mentor',
        mentor.id,
        '--date',
        '2026-11-05',
        '--text',
        'Good question! Try showing the annual price as a monthly figure. You should also test a decoy plan.',
      ),
    );

    const captured = await cli.json<{ advice: Advice[]; created: number }>(u('advice-log', 'capture', reply.message.id));
    expect(captured.created).toBe(2);
    expect(captured.advice.map((a) => [a.text, a.receivedOn])).toEqual([
      ['Try showing the annual price as a monthly figure.', '2026-11-05'],
      ['You should also test a decoy plan.', '2026-11-05'],
    ]);
    expect((await cli.json<{ created: number }>(u('advice-log', 'capture', '--mentor', mentor.id))).created).toBe(0);
    const adviceId = captured.advice[0]?.id as string;

    // Out of order: each refused with one line, exit 2.
    expectUsageError(await cli.run(u('advice-log', 'result', adviceId, 'Uptake up 12%')), /Apply the advice before recording its result/);
    expectUsageError(await cli.run(u('advice-log', 'circled-back', adviceId)), /Apply the advice before circling back/);
    expectUsageError(
      await cli.run(u('advice-log', 'apply', adviceId, '--on', '2026-11-04', '--context', 'checkout')),
      /before it was received \(2026-11-05\)/,
    );

    const applied = await cli.run(u('advice-log', 'apply', adviceId, '--on', '2026-11-10', '--context', 'the checkout page'));
    expect(applied).toMatchObject({ code: 0, stdout: 'Applied on 2026-11-10; relationship at applied\n' });
    expectUsageError(await cli.run(u('advice-log', 'apply', adviceId, '--on', '2026-11-11', '--context', 'again')), /already applied/);
    expectUsageError(await cli.run(u('advice-log', 'circled-back', adviceId)), /Record what came of applying the advice/);
    expect((await cli.json<Advice>(u('advice-log', 'result', adviceId, 'Annual uptake rose from 18% to 23%'))).result).toBe(
      'Annual uptake rose from 18% to 23%',
    );
    // By hand it closes nothing: the loop closes with the circle-back message that reports the result.
    expectUsageError(await cli.run(u('advice-log', 'circled-back', adviceId)), /Log the circle-back message you sent/);
    const circleBack =
      'Hi Maya, thank you for the tip: we showed the annual price as a monthly figure on our checkout page and annual uptake rose from 18% to 23%.';
    const circled = await cli.json<{ advice: Advice[]; relationship: { stage: string } }>(
      u('log', 'circle-back', '--mentor', mentor.id, '--date', '2026-11-20', '--text', circleBack, '--advice', adviceId),
    );
    expect(circled).toMatchObject({ advice: [{ circledBackOn: '2026-11-20' }], relationship: { stage: 'circled-back' } });

    const [record] = await cli.json<MenteeRecord[]>(u('advice-log', 'list', '--mentor', mentor.id));
    expect(record).toMatchObject({
      relationship: { stage: 'circled-back' },
      counts: { received: 2, applied: 1, withResult: 1, circledBack: 1, circledBackWithResult: 1 },
      escalationSuggested: true,
    });
    const listed = await cli.run(u('advice-log', 'list', '--mentor', mentor.id));
    expect(listed.stdout).toMatch(/2 received, 1 applied, 1 with a result, 1 circled back \(1 with a result\)/);
    expect(listed.stdout).toMatch(/you may escalate/);
    expect(listed.stdout).toMatch(/Overdue 2026-11-19: apply "You should also test a decoy plan\."/);
    expectUsageError(await cli.run(u('advice-log', 'capture')), /Name the reply/);
  }, 90_000);

  it('logs a meeting with action items that shows in mentor show', async () => {
    const u = workspace();
    const { mentor } = await cli.json<Added>(u.on('2026-11-01', 'mentor', 'add', 'Ana Diaz'));
    const logged = await cli.run(
      u(
        'meeting',
        'add',
        '--mentor',
        mentor.id,
        '--date',
        '2026-11-20',
        '--objective',
        'Review the pricing test plan',
        '--notes',
        'Liked the decoy idea',
        '--action',
        'Send the results@2026-12-05',
        '--action',
        'Share the talk with the team',
      ),
    );
    expect(logged.stderr).toBe('');
    expect(logged.stdout).toMatch(/^Logged meeting \S+ on 2026-11-20 with 2 action items$/m);

    const shown = await cli.run(u('mentor', 'show', mentor.id));
    expect(shown.stdout).toMatch(/2026-11-20\s+meeting\s+Review the pricing test plan — Liked the decoy idea/);
    expect(shown.stdout).toMatch(/2026-11-20\s+action\s+Send the results \(due 2026-12-05\)/);
    expect(shown.stdout).toMatch(/2026-11-20\s+action\s+Share the talk with the team/);
    const history = await cli.json<{
      relationships: Array<{ meetings: Array<{ actionItems: Array<{ text: string; dueOn: string | null }> }> }>;
    }>(u('mentor', 'show', mentor.id));
    expect(history.relationships[0]?.meetings[0]?.actionItems.map((a) => [a.text, a.dueOn])).toEqual([
      ['Send the results', '2026-12-05'],
      ['Share the talk with the team', null],
    ]);

    expectUsageError(await cli.run(u('meeting', 'add', '--mentor', mentor.id, '--date', '2026-12-01')), /not in the future/);
    expectUsageError(
      await cli.run(u('meeting', 'add', '--mentor', mentor.id, '--date', '2026-11-20', '--action', 'Late@2026-11-01')),
      /before the meeting/,
    );
    expect((await cli.json<typeof history>(u('mentor', 'show', mentor.id))).relationships[0]?.meetings).toHaveLength(1);
  }, 90_000);

  it('closes named advice with the circle-back that reports on it, all or nothing', async () => {
    const u = workspace();
    const { mentor } = await cli.json<Added>(u.on('2026-11-01', 'mentor', 'add', 'Maya Chen', '--expertise', 'pricing'));
    const other = await cli.json<Added>(u.on('2026-11-01', 'mentor', 'add', 'Ana Diaz'));
    const say = (who: string, kind: string, date: string, text: string) =>
      cli.json<{ message: { id: string } }>(u('log', kind, '--mentor', who, '--date', date, '--text', text));
    await say(mentor.id, 'ask', '2026-11-02', 'Hi Maya, in your pricing talk, which plan did you show first?');
    const reply = await say(
      mentor.id,
      'reply',
      '2026-11-05',
      'Try showing the annual price as a monthly figure. You should also test a decoy plan.',
    );
    const captured = await cli.json<{ advice: Advice[] }>(u('advice-log', 'capture', reply.message.id));
    const [first, second] = captured.advice.map((a) => a.id);
    for (const id of [first, second]) await cli.json(u('advice-log', 'apply', id ?? '', '--on', '2026-11-10', '--context', 'checkout'));
    await cli.json(u('advice-log', 'result', first ?? '', 'Annual uptake rose from 18% to 23%'));
    await say(other.mentor.id, 'ask', '2026-11-02', 'Hi Ana, in your onboarding post, which step did you cut first?');
    const otherReply = await say(other.mentor.id, 'reply', '2026-11-03', 'Try cutting the tour first.');
    const [foreign] = (await cli.json<{ advice: Advice[] }>(u('advice-log', 'capture', otherReply.message.id))).advice.map((a) => a.id);
    const circleBack =
      'Hi Maya, thank you for the tip: we showed the monthly figure on our checkout page and annual uptake rose from 18% to 23%. Happy to share the data if it helps.';

    expectUsageError(
      await cli.run(u('log', 'reply', '--mentor', mentor.id, '--date', '2026-11-20', '--text', 'Thanks', '--advice', first ?? '')),
      /does not go with a reply/,
    );
    expectUsageError(
      await cli.run(
        u('log', 'circle-back', '--mentor', mentor.id, '--date', '2026-11-20', '--text', circleBack, '--advice', `${first},${foreign}`),
      ),
      /Apply the advice before circling back|another relationship/,
    );
    const untouched = await cli.json<Array<{ advice: Advice[] }>>(u('advice-log', 'list', '--mentor', mentor.id));
    expect(untouched[0]?.advice.map((a) => a.circledBackOn)).toEqual([null, null]);
    expect(
      (await cli.json<{ relationships: Array<{ messages: unknown[] }> }>(u('mentor', 'show', mentor.id))).relationships[0]?.messages,
    ).toHaveLength(2);

    const logged = await cli.run(
      u('log', 'circle-back', '--mentor', mentor.id, '--date', '2026-11-20', '--text', circleBack, '--advice', first ?? ''),
    );
    expect(logged.code).toBe(0);
    expect(logged.stdout).toMatch(
      /^Logged circle-back on 2026-11-20; 1 advice circled back; relationship at circled-back\n✓ pass · score \d+ · /,
    );
    const after = await cli.json<Array<{ advice: Advice[] }>>(u('advice-log', 'list', '--mentor', mentor.id));
    expect(after[0]?.advice.map((a) => [a.id, a.circledBackOn])).toEqual([
      [first, '2026-11-20'],
      [second, null],
    ]);
  }, 90_000);

  it('sets the keep-in-touch cadence and office hours, refusing an ideal gap past the maximum', async () => {
    const u = workspace();
    const { mentor } = await cli.json<Added>(u.on('2026-11-01', 'mentor', 'add', 'Maya Chen'));
    const set = await cli.run(
      u('mentor', 'cadence', mentor.id, '--ideal', '21', '--max', '45', '--office-hours', 'monthly', '--minutes', '15'),
    );
    expect(set).toMatchObject({ code: 0, stdout: 'Stay in touch every 21 days, at most 45; monthly 15-minute office hours\n' });
    expectUsageError(
      await cli.run(u('mentor', 'cadence', mentor.id, '--ideal', '60')),
      /The ideal gap \(days\) must not exceed the maximum gap \(days\)/,
    );
    expectUsageError(await cli.run(u('mentor', 'cadence', mentor.id, '--office-hours', 'daily')), /daily/);
    expectUsageError(await cli.run(u('mentor', 'cadence', mentor.id)), /at least one of/);
    const cleared = await cli.json<{
      idealGapDays: number;
      maxGapDays: number;
      officeHoursCadence: string | null;
      officeHoursMinutes: number | null;
    }>(u('mentor', 'cadence', mentor.id, '--office-hours', 'none'));
    expect(cleared).toMatchObject({ idealGapDays: 21, maxGapDays: 45, officeHoursCadence: null, officeHoursMinutes: null });
  }, 90_000);
});
