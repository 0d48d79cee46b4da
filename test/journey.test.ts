import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { type Cli, cliSandbox } from './helpers/cli.js';
import { describeEachDialect } from './helpers/dialects.js';

/*
 * The scripted journey: worked example (a) of SPEC §1.4 (a PM new to Growth earns monthly
 * office hours with a monetization leader through one small ask), driven through the built
 * CLI week by week with `--today`. The doctor stays quiet at every step when the loop is
 * followed; skipping the circle-back, or only ever asking, is found on the right day.
 */

const weeks = {
  start: '2026-01-05',
  mentor: '2026-01-11',
  ask: '2026-01-12',
  reply: '2026-01-15',
  checkin: '2026-01-19',
  applied: '2026-01-26',
  circleBack: '2026-02-02',
  escalation: '2026-02-09',
  officeHours: '2026-02-16',
};

const text = {
  outcome: 'Increase monetization on the Growth team: lift average revenue per user by 5%, from $4.20 to $4.41, by 2026-05-05.',
  gap: 'I moved from core product to Growth and have never designed a pricing or monetization experiment.',
  ask: 'Hi Maya, I read your post on the annual-plan price test at Fernway. You mentioned anchoring the annual price against the monthly one. Is there a specific product you think is the best example of that approach in practice?',
  reply: "Look at how Duolingo shows the monthly equivalent next to the annual price; I'd test that framing on your upgrade screen first.",
  result: 'Annual-plan take rate rose from 18% to 23%; revenue per upgrading user rose 4%.',
  circleBack:
    'Hi Maya, thank you again for the tip on showing the monthly equivalent next to the annual price. We ran it as a two-week A/B test on our upgrade screen: the annual-plan take rate went from 18% to 23%, and revenue per upgrading user rose 4%. I wrote it up; happy to share it for your newsletter if it helps.',
  escalation:
    'Hi Maya, your tip on showing the monthly equivalent next to the annual price lifted our annual-plan take rate from 18% to 23%, but the lift fades for users who upgrade on mobile. Would you have 15 minutes in the next few weeks to look at how we should segment the next test?',
};

interface Finding {
  pitfall: string;
  message: string;
  fix: string;
  records: Array<{ entity: string; id: string }>;
}
interface Action {
  id: string;
  kind: string;
  dueOn: string;
  reason: string;
  overdue: boolean;
}

/** The sandbox's CLI on the workspace database `db` (a SQLite file or a PostgreSQL URL). */
function workspace(cli: Cli, db: string): Cli {
  const on = ['--db', db];
  return { home: cli.home, run: (args, o) => cli.run([...args, ...on], o), json: (args, o) => cli.json([...args, ...on], o) };
}

/** Runs `doctor` on a day and returns its exit code and findings. */
async function doctor(cli: Cli, today: string): Promise<{ code: number | null; findings: Finding[] }> {
  const result = await cli.run(['doctor', '--json', '--today', today]);
  return { code: result.code, findings: (JSON.parse(result.stdout) as { findings: Finding[] }).findings };
}

/** Expects a clean bill of health on `today`. */
async function healthy(cli: Cli, today: string): Promise<void> {
  expect(await doctor(cli, today)).toEqual({ code: 0, findings: [] });
}

/** The actions `next` lists on a day. */
async function next(cli: Cli, today: string, days = 7): Promise<Action[]> {
  return (await cli.json<{ actions: Action[] }>(['next', '--today', today, '--days', String(days)])).actions;
}

/**
 * Example (a) up to the day the advice is applied: outcome, IQ gap, mentor with interests and
 * evidence, the smallest ask, the reply with its advice captured, and the advice applied.
 */
async function growthUntilApplied(cli: Cli): Promise<{ mentorId: string; adviceIds: string[] }> {
  const on = (day: string, ...args: string[]) => cli.json<Record<string, unknown>>([...args, '--today', day]);
  await on(weeks.start, 'init', '--name', 'Alex Rivera', '--role', 'Product Manager, Growth', '--level', 'mid');
  const outcome = (await on(weeks.start, 'outcome', 'add', text.outcome, '--kind', 'metric', '--baseline', '4.2', '--target', '4.41'))
    .id as string;
  await on(weeks.start, 'outcome', 'checkin', outcome, '--value', '4.2', '--note', 'Baseline when I joined Growth', '--confidence', '70');
  const gap = (await on(weeks.start, 'gap', 'add', text.gap, '--skill', 'execution', '--outcome', outcome)).id as string;
  await healthy(cli, weeks.start);

  const added = await on(
    weeks.mentor,
    'mentor',
    'add',
    'Maya Lindqvist',
    '--title',
    'Head of Monetization',
    '--company',
    'Fernway',
    '--expertise',
    'monetization,pricing,experimentation',
    '--where-found',
    'Her blog post "What our annual-plan price test taught us"',
    '--interest',
    'trail running',
    '--interest',
    'Nordic noir novels',
    '--excellence',
    '5',
    '--explaining',
    '4',
    '--outcome',
    outcome,
    '--gap',
    gap,
  );
  const mentorId = (added.mentor as { id: string }).id;
  await on(weeks.mentor, 'mentor', 'evidence', mentorId, '--criterion', 'explaining', '--note', 'Writes step-by-step posts on her tests');

  await on(weeks.ask, 'log', 'ask', '--mentor', mentorId, '--text', text.ask);
  expect(await next(cli, weeks.ask, 14)).toContainEqual(
    expect.objectContaining({ kind: 'follow-up', dueOn: '2026-01-22', overdue: false, reason: expect.stringContaining('Maya Lindqvist') }),
  );
  await healthy(cli, weeks.ask);

  await on(weeks.reply, 'log', 'reply', '--mentor', mentorId, '--text', text.reply);
  const captured = await on(weeks.reply, 'advice-log', 'capture', '--mentor', mentorId);
  const adviceIds = (captured.advice as Array<{ id: string }>).map((a) => a.id);
  expect(adviceIds.length).toBeGreaterThan(0);
  const applyBy = (await next(cli, weeks.reply, 14)).filter((a) => a.kind === 'apply');
  expect(applyBy.map((a) => [a.id, a.dueOn])).toEqual(adviceIds.map((id) => [`apply:${id}`, '2026-01-29']));
  await healthy(cli, weeks.reply);

  await on(weeks.checkin, 'outcome', 'checkin', outcome, '--value', '4.26', '--note', 'Checkout copy change', '--confidence', '70');
  await healthy(cli, weeks.checkin);

  for (const id of adviceIds) {
    await on(weeks.applied, 'advice-log', 'apply', id, '--context', 'Two-week A/B test on our upgrade screen', '--on', weeks.applied);
  }
  const circleBy = (await next(cli, weeks.applied)).filter((a) => a.kind === 'circle-back');
  expect(circleBy.map((a) => [a.id, a.dueOn])).toEqual(adviceIds.map((id) => [`circle-back:${id}`, '2026-02-02']));
  await healthy(cli, weeks.applied);
  return { mentorId, adviceIds };
}

describeEachDialect('the journey of worked example (a), week by week through the CLI', (_dialect, newDatabase) => {
  const sandbox = cliSandbox();
  let applied: string;
  let base: { mentorId: string; adviceIds: string[] };
  /** A copy of the workspace as it stood on the day the advice was applied. */
  const fork = async () => workspace(sandbox, await newDatabase(applied));
  beforeAll(async () => {
    applied = await newDatabase();
    base = await growthUntilApplied(workspace(sandbox, applied));
  }, 180_000);

  it('reaches office hours with no pitfall on any day', { timeout: 120_000 }, async () => {
    const cli = await fork();
    const { mentorId, adviceIds } = base;
    const on = (day: string, ...args: string[]) => cli.json<Record<string, unknown>>([...args, '--today', day]);
    await healthy(cli, '2026-02-01');
    for (const id of adviceIds) await on(weeks.circleBack, 'advice-log', 'result', id, text.result);
    const circled = await on(
      weeks.circleBack,
      'log',
      'circle-back',
      '--mentor',
      mentorId,
      '--text',
      text.circleBack,
      '--advice',
      adviceIds.join(','),
    );
    expect((circled.advice as Array<{ circledBackOn: string | null }>).map((a) => a.circledBackOn)).toEqual(
      adviceIds.map(() => weeks.circleBack),
    );
    await on(weeks.circleBack, 'mentor', 'give', mentorId, 'Offered our A/B test write-up as a case study for her newsletter');
    const afterCircleBack = await next(cli, weeks.circleBack, 14);
    expect(afterCircleBack.map((a) => a.kind)).not.toContain('circle-back');
    expect(afterCircleBack).toContainEqual(expect.objectContaining({ kind: 'escalate', dueOn: '2026-02-09' }));
    await healthy(cli, weeks.circleBack);

    await on(weeks.escalation, 'log', 'escalation', '--mentor', mentorId, '--text', text.escalation);
    await healthy(cli, weeks.escalation);

    await on(
      weeks.officeHours,
      'meeting',
      'add',
      '--mentor',
      mentorId,
      '--objective',
      'How to segment the next pricing test by platform',
      '--action',
      'Run the next framing test split by platform and share the result@2026-03-09',
    );
    const moved = await on(
      weeks.officeHours,
      'mentor',
      'stage',
      mentorId,
      'office-hours',
      '--note',
      'Monthly 15-minute office hours agreed.',
    );
    expect(moved.stage).toBe('office-hours');
    const outcomes = (await cli.json<Array<{ id: string }>>(['outcome', 'list', '--today', weeks.officeHours])).map((o) => o.id);
    await on(weeks.officeHours, 'outcome', 'checkin', outcomes[0] ?? '', '--value', '4.33', '--confidence', '75');

    const done = await cli.run(['doctor', '--today', weeks.officeHours]);
    expect(done.code).toBe(0);
    expect(done.stdout).toMatch(/^No pitfalls found as of 2026-02-16/);
    await healthy(cli, '2026-03-01');

    const ics = join(cli.home(), 'next.ics');
    const later = await cli.run(['next', '--today', weeks.officeHours, '--days', '30', '--ics', ics]);
    expect(later.code).toBe(0);
    expect(later.stdout).toContain('Maya Lindqvist');
    const calendar = readFileSync(ics, 'utf8');
    expect(calendar).toContain('BEGIN:VCALENDAR');
    expect(calendar).toMatch(/UID:keep-in-touch:[0-9a-f-]+@understudy/);
    expect(calendar).toMatch(/UID:action-item:[0-9a-f-]+@understudy/);
  });

  it('finds the unclosed loop the day after the circle-back was due, not before', { timeout: 120_000 }, async () => {
    const cli = await fork();
    const { mentorId, adviceIds } = base;
    await healthy(cli, '2026-02-02');
    const late = await doctor(cli, '2026-02-03');
    expect(late.code).toBe(1);
    expect(late.findings.map((f) => f.pitfall)).toEqual(adviceIds.map(() => 'unclosed-loop'));
    for (const [i, id] of adviceIds.entries()) {
      const finding = late.findings[i];
      expect(finding?.records).toEqual([
        { entity: 'advice', id },
        { entity: 'relationships', id: expect.any(String) },
        { entity: 'mentors', id: mentorId },
      ]);
      expect(finding?.message).toMatch(
        /You applied Maya Lindqvist’s advice “.+” on 2026-01-26 and have not circled back; it was due by 2026-02-02\./,
      );
    }
    const human = await cli.run(['doctor', '--today', '2026-02-03']);
    expect(human.code).toBe(1);
    expect(human.stdout).toContain('unclosed-loop: You applied Maya Lindqvist’s advice');
    expect(human.stdout).toContain('  fix: Record its result, then circle back to Maya Lindqvist');
  });
});

describeEachDialect('only ever asking', (_dialect, newDatabase) => {
  const sandbox = cliSandbox();

  it('is transactional at the third ask to one mentor with no interest noted and nothing given', { timeout: 120_000 }, async () => {
    const cli = workspace(sandbox, await newDatabase());
    const on = (day: string, ...args: string[]) => cli.json<Record<string, unknown>>([...args, '--today', day]);
    await on('2026-03-02', 'init', '--level', 'mid');
    const mentorId = ((await on('2026-03-02', 'mentor', 'add', 'Priya Shah', '--expertise', 'pricing')).mentor as { id: string }).id;
    const asks = [
      'Hi Priya, I read your post on the annual-plan price test. You mentioned anchoring the annual price against the monthly one. Is there a specific product you think is the best example of that approach?',
      'Hi Priya, in your talk on pricing pages you mentioned decoy plans. Which of your tests showed the clearest effect from a decoy?',
      'Hi Priya, in your podcast episode on churn surveys you mentioned one question that changed your roadmap. Which question was it?',
    ];
    await on('2026-03-02', 'log', 'ask', '--mentor', mentorId, '--text', asks[0] ?? '');
    await on('2026-03-05', 'log', 'reply', '--mentor', mentorId, '--text', 'Look at Duolingo.');
    await on('2026-03-09', 'log', 'ask', '--mentor', mentorId, '--text', asks[1] ?? '');
    await on('2026-03-12', 'log', 'reply', '--mentor', mentorId, '--text', 'The three-tier test.');
    await healthy(cli, '2026-03-16');
    await on('2026-03-16', 'log', 'ask', '--mentor', mentorId, '--text', asks[2] ?? '');
    const found = await doctor(cli, '2026-03-16');
    expect(found.code).toBe(1);
    expect(found.findings).toEqual([
      expect.objectContaining({
        pitfall: 'transactional',
        message: 'You have asked Priya Shah for something 3 times, but noted no personal interest of theirs and given nothing back.',
        fix: expect.stringMatching(/offer something back/),
      }),
    ]);
    await on('2026-03-17', 'mentor', 'give', mentorId, 'Sent her our churn-survey results for her next talk');
    await healthy(cli, '2026-03-17');
  });
});
