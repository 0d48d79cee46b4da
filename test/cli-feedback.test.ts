import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliSandbox, expectUsageError } from './helpers/cli.js';

const TODAY = '2026-11-28';
const specific =
  "Sam, during Tuesday's roadmap review, when the CFO challenged our churn numbers, did I come across as confident or defensive?";
const silence = 'When you get stressed by a hard question, you stop talking and look down while you think; it makes you look disengaged.';
const grateful = "Thank you, Sam, that's really helpful. Next time I'll say I am taking ten seconds to think.";

interface Request {
  id: string;
  giverName: string;
  mentorId: string | null;
  checkVerdict: string;
  checkResult: { verdict: string; findings: Array<{ rule: string }> };
}
interface Feedback {
  id: string;
  mentorId: string | null;
  strengthId: string | null;
  adopted: string | null;
  adoptedOn: string | null;
}
interface History {
  requests: Request[];
  feedback: Feedback[];
  replies: Array<{ id: string; feedbackId: string; checkVerdict: string }>;
}

// Each test runs the built CLI a dozen times, so each gets a generous timeout.
describe('understudy feedback: the Mirror from the command line', () => {
  const cli = cliSandbox();
  let n = 0;
  const workspace = () => {
    n += 1;
    const db = join(cli.home(), `feedback-${n}.db`);
    return (...args: string[]) => ['--db', db, '--today', TODAY, ...args];
  };

  it('runs the feedback-request check on a request, logs it either way, and lists it with its verdict', async () => {
    const u = workspace();
    const generic = await cli.run(u('feedback', 'request', '--giver', 'Priya', '--text', 'Any feedback?'));
    expect(generic.code).toBe(1);
    expect(generic.stdout).toMatch(/^Logged feedback request \S+ to Priya on 2026-11-28$/m);
    expect(generic.stdout).toMatch(/^request:1:1 +error +no-event +/m);
    expect(generic.stdout).toMatch(/✗ generic/);
    // The same findings as `check feedback-request`.
    const checked = await cli.run(u('check', 'feedback-request', '--json'), { stdin: 'Any feedback?' });
    const asStored = await cli.json<History>(u('feedback', 'list'));
    expect(asStored.requests[0]?.checkResult).toEqual(JSON.parse(checked.stdout));

    const good = await cli.run(u('feedback', 'request', '--giver', 'Sam Okafor', '--event', "Tuesday's roadmap review", '-'), {
      stdin: specific,
    });
    expect(good.code).toBe(0);
    expect(good.stdout).toMatch(/✓ specific/);
    const listed = await cli.json<History>(u('feedback', 'list'));
    // Newest first: both were sent today, Sam's logged last.
    expect(listed.requests.map((r) => [r.giverName, r.checkVerdict])).toEqual([
      ['Sam Okafor', 'specific'],
      ['Priya', 'generic'],
    ]);
    expect(listed.requests[1]?.checkResult.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['no-event', 'no-focus']));
    const human = await cli.run(u('feedback', 'list'));
    expect(human.stdout).toMatch(/^DATE +WHAT +WHO +VERDICT +ID +TEXT$/m);
    expect(human.stdout).toMatch(/^2026-11-28 +request +Sam Okafor +specific +/m);
  }, 60_000);

  it('logs feedback on a request to a mentor as theirs, replies with the gratitude check, adopts, and shows it on the mentor', async () => {
    const u = workspace();
    const { mentor } = await cli.json<{ mentor: { id: string } }>(u('mentor', 'add', 'Sam Okafor'));
    const request = await cli.json<Request>(u('feedback', 'request', '--mentor', mentor.id, '--date', '2026-11-01', '--text', specific));
    expect(request).toMatchObject({ giverName: 'Sam Okafor', mentorId: mentor.id, checkVerdict: 'specific' });

    const file = join(cli.home(), 'feedback.txt');
    writeFileSync(file, silence);
    const logged = await cli.run(u('feedback', 'log', file, '--request', request.id, '--date', '2026-11-02'));
    expect(logged.code).toBe(0);
    expect(logged.stdout).toMatch(/^Logged feedback \S+ from Sam Okafor on 2026-11-02$/m);
    expect(logged.stdout).toMatch(/^strength: Thoughtful$/m);
    const [feedback] = (await cli.json<History>(u('feedback', 'list'))).feedback;
    expect(feedback).toMatchObject({ mentorId: mentor.id, strengthId: 'thoughtful', adopted: null });
    if (!feedback) throw new Error('no feedback');

    const defensive = await cli.run(u('feedback', 'reply', feedback.id, '--text', 'Thanks, but actually the slides were not loading.'));
    expect(defensive.code).toBe(1);
    expect(defensive.stdout).toMatch(/error +defensive/);
    expect(defensive.stdout).toMatch(/✗ revise/);
    const replied = await cli.json<{ reply: { checkVerdict: string }; feedback: Feedback }>(
      u('feedback', 'reply', feedback.id, '--date', '2026-11-03', '--text', grateful, '--adopt', 'Say I take ten seconds to think'),
    );
    expect(replied).toMatchObject({
      reply: { checkVerdict: 'grateful' },
      feedback: { adopted: 'Say I take ten seconds to think', adoptedOn: '2026-11-03' },
    });
    const readopted = await cli.json<Feedback>(
      u('feedback', 'adopt', feedback.id, '--counter', 'Name the pause out loud', '--date', '2026-11-04'),
    );
    expect(readopted).toMatchObject({ adopted: 'Name the pause out loud', adoptedOn: '2026-11-04' });

    const theirs = await cli.json<History>(u('feedback', 'list', '--mentor', mentor.id));
    // Newest first: the defensive reply is today's, the grateful one of 2026-11-03.
    expect(theirs.replies.map((r) => r.checkVerdict)).toEqual(['revise', 'grateful']);
    const shown = await cli.json<{ mirror: History }>(u('mentor', 'show', mentor.id));
    expect(shown.mirror).toEqual(theirs);
    const page = await cli.run(u('mentor', 'show', mentor.id));
    expect(page.stdout).toMatch(/^Mirror$/m);
    expect(page.stdout).toMatch(/^2026-11-04 +adopted +Sam Okafor +/m);

    const next = await cli.run(u('next'));
    expect(next.stdout).toMatch(/^2026-11-25 overdue +remeasure +Ask Sam Okafor again/m);
  }, 60_000);

  it('refuses bad input in one line with exit 2, writing nothing', async () => {
    const u = workspace();
    const huge = join(cli.home(), 'huge.txt');
    writeFileSync(huge, 'a'.repeat(150_000));
    const cases: Array<[string[], RegExp]> = [
      [['feedback', 'request', '--text', specific], /Say who gives the feedback/],
      [['feedback', 'request', '--mentor', 'nope', '--text', specific], /No mentor with id nope/],
      [['feedback', 'request', '--giver', 'Sam', '--text', '   '], /must not be empty/],
      [['feedback', 'request', '--giver', 'Sam', huge], /Text/],
      [['feedback', 'request', '--giver', 'Sam', '--date', '2026-12-01', '--text', specific], /future/],
      [['feedback', 'log', '--request', 'nope', '--text', silence], /No feedback request with id nope/],
      [['feedback', 'log', '--from', 'Sam', '--text', ''], /must not be empty/],
      [['feedback', 'reply', 'nope', '--text', grateful], /No feedback with id nope/],
      [['feedback', 'adopt', 'nope', '--counter', 'x'], /No feedback with id nope/],
      [['feedback', 'list', '--mentor', 'nope'], /No mentor with id nope/],
    ];
    for (const [args, message] of cases) expectUsageError(await cli.run(u(...args)), message);
    expect(await cli.json<History>(u('feedback', 'list'))).toEqual({ requests: [], feedback: [], replies: [] });
  }, 60_000);
});
