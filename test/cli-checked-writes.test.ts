import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliBin, cliSandbox, expectUsageError } from './helpers/cli.js';
import { describeEachDialect } from './helpers/dialects.js';

const TODAY = '2026-11-28';

interface Outcome {
  id: string;
  status: string;
  kind: string | null;
  metric: string | null;
  direction: string | null;
  baseline: number | null;
  target: number | null;
  unit: string | null;
  deadline: string | null;
  deliverable: string | null;
  criterion: string | null;
  stakeholders: number | null;
}
interface Finding {
  rule: string;
  severity: string;
}
interface Logged {
  message: {
    id: string;
    kind: string;
    body: string;
    checkVerdict: string | null;
    checkResult: { verdict: string; findings: Finding[] } | null;
  };
  relationship: { stage: string };
}

describeEachDialect('the CLI checks what it writes', (_dialect, newDatabase) => {
  const cli = cliSandbox();
  /** A fresh workspace: the arguments of a command on it, on the fixed date. */
  const workspace = async () => {
    const db = await newDatabase();
    return (...args: string[]) => ['--db', db, '--today', TODAY, ...args];
  };

  it('refuses a vague outcome with the goal check’s findings and stores nothing, unless --draft keeps it', async () => {
    const u = await workspace();
    const vague = await cli.run(u('outcome', 'add', 'get better at growth'));
    expect(vague.code).toBe(1);
    expect(vague.stdout).toMatch(/^statement:1:1 +error +activity /m);
    expect(vague.stdout).toMatch(/^✗ vague · score \d+ · 4 words · 1 sentence · 0 questions/m);
    expect(vague.stdout).toMatch(/Not saved: .*--draft/);
    expect(vague.stderr).toBe('');
    const json = await cli.run(u('outcome', 'add', 'get better at growth', '--json'));
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ saved: false, check: { verdict: 'vague', findings: expect.any(Array) } });
    expect(await cli.json<Outcome[]>(u('outcome', 'list'))).toEqual([]);

    const draft = await cli.run(u('outcome', 'add', 'get better at growth', '--draft'));
    expect(draft.code).toBe(0);
    expect(draft.stdout).toMatch(/^Saved draft outcome \S+; when it is concrete: understudy outcome update \S+ --status active$/m);
    const [stored] = await cli.json<Outcome[]>(u('outcome', 'list', '--status', 'draft'));
    expect(stored).toMatchObject({ status: 'draft', kind: null });
    const doctor = await cli.run(u('doctor', '--json'));
    expect(doctor.code).toBe(1);
    expect(JSON.parse(doctor.stdout).findings).toMatchObject([
      { pitfall: 'vague-goal', records: [{ entity: 'outcomes', id: stored?.id }] },
    ]);
  });

  it('fills a concrete outcome’s fields from its statement; explicit flags win', async () => {
    const u = await workspace();
    const metric = await cli.json<Outcome>(u('outcome', 'add', 'Lift trial-to-paid conversion from 4% to 6% by 2027-05-31'));
    expect(metric).toMatchObject({
      status: 'active',
      kind: 'metric',
      metric: 'trial-to-paid conversion',
      direction: 'up',
      baseline: 4,
      target: 6,
      unit: '%',
      deadline: '2027-05-31',
    });
    const deliverable = await cli.json<Outcome>(
      u(
        'outcome',
        'add',
        'Ship a monetization strategy approved by the VP and aligned with 3 teams by 2027-04-30',
        '--criterion',
        'signed off by the VP',
      ),
    );
    expect(deliverable).toMatchObject({
      kind: 'deliverable',
      deliverable: 'monetization strategy',
      criterion: 'signed off by the VP',
      stakeholders: 3,
      deadline: '2027-04-30',
    });
    const shown = await cli.run(u('outcome', 'show', deliverable.id));
    expect(shown.stdout).toMatch(/^deliverable: +monetization strategy$/m);
    expect(shown.stdout).toMatch(/^stakeholders: +3$/m);
    expectUsageError(await cli.run(u('outcome', 'add', 'get better at growth', '--deadline', '2027-13-01')), /Deadline must be a date/);
  });

  it('classifies a gap without --skill and says what decided it; --skill still wins', async () => {
    const u = await workspace();
    const human = await cli.run(u('gap', 'add', 'I go quiet and look unsure when executives challenge me in reviews'));
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/^Classified as EQ · communication \(confidence [\d.]+\), decided by "[^"]+"/m);
    const json = await cli.json<{ skill: string; category: string; classification: { skill: string; evidence: unknown[] } }>(
      u('gap', 'add', 'I have never designed a pricing experiment or read an A/B test'),
    );
    expect(json).toMatchObject({ category: 'iq', skill: 'execution', classification: { skill: 'execution' } });
    expect(json.classification.evidence.length).toBeGreaterThan(0);
    const chosen = await cli.json<Record<string, unknown>>(u('gap', 'add', 'I go quiet with executives', '--skill', 'leadership'));
    expect(chosen).toMatchObject({ skill: 'leadership' });
    expect(chosen).not.toHaveProperty('classification');
    expectUsageError(await cli.run(u('gap', 'add', 'things')), /Cannot tell which skill/);
  });

  it('logs a failing ask with its findings and exit 1; the message is kept with its check', async () => {
    const u = await workspace();
    const { mentor } = await cli.json<{ mentor: { id: string } }>(u('mentor', 'add', 'Ana Diaz'));
    const ask = await cli.run(u('log', 'ask', '--mentor', mentor.id, '--text', 'Will you be my mentor?'));
    expect(ask.code).toBe(1);
    expect(ask.stdout).toMatch(/^Logged ask on 2026-11-28; relationship at asked$/m);
    expect(ask.stdout).toMatch(/^ask:1:\d+ +error +mentorship-request /m);
    expect(ask.stdout).toMatch(/^✗ revise · score \d+ · 5 words · 1 sentence · 1 question/m);
    const shown = await cli.run(u('mentor', 'show', mentor.id));
    expect(shown.stdout).toMatch(/ask +Will you be my mentor\?/);

    const early = await cli.run(u('log', 'follow-up', '--mentor', mentor.id, '--text', 'Just bumping this, did you get my email?'));
    expect(early.code).toBe(2);
    expect(early.stderr).toMatch(/waits 10 days after the ask \(sent 2026-11-28\): it becomes possible on 2026-12-08/);
    const quiet = await cli.run(
      u('log', 'follow-up', '--mentor', mentor.id, '--text', 'Just bumping this, did you get my email?', '--force', '--quiet'),
    );
    expect(quiet.code).toBe(1);
    expect(quiet.stdout).not.toMatch(/guilt/);
    expect(quiet.stdout).toMatch(/^✗ revise/m);
    const reply = await cli.run(u('log', 'reply', '--mentor', mentor.id, '--text', 'Sorry, I have no time.', '--json'));
    expect(reply.code).toBe(0);
    expect((JSON.parse(reply.stdout) as Logged).message.checkResult).toBeNull();

    const other = await cli.json<{ mentor: { id: string } }>(u('mentor', 'add', 'Bo Chen'));
    const json = await cli.run(u('log', 'ask', '--mentor', other.mentor.id, '--text', 'Any advice?', '--json'));
    expect(json.code).toBe(1);
    const logged = JSON.parse(json.stdout) as Logged;
    expect(logged.message).toMatchObject({ kind: 'ask', checkVerdict: 'revise', checkResult: { verdict: 'revise' } });
    expect(logged.message.checkResult?.findings.map((f) => f.rule)).toContain('vague-question');
    const good = await cli.run(
      u(
        'log',
        'follow-up',
        '--mentor',
        other.mentor.id,
        '--text',
        'Hi Bo, a gentle nudge on my question: which step of your onboarding post did you cut first?',
        '--force',
      ),
    );
    expect(good.code).toBe(0);
    expect(good.stdout).toMatch(/^✓ pass/m);
  });

  it('says a document is already in the library and stores no copy', async () => {
    const u = await workspace();
    const file = join(cli.home(), 'brief.md');
    writeFileSync(file, '# Pricing brief\n\n## Problem\nTrials do not convert.\n\n## Goals\nLift conversion from 4% to 6%.\n');
    const [added] = await cli.json<Array<{ id: string; duplicate: boolean }>>(u('library', 'add', file));
    expect(added?.duplicate).toBe(false);
    const again = await cli.run(u('library', 'add', file));
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(new RegExp(`^Already in the library as ${added?.id} “Pricing brief” \\([\\w-]+\\); nothing stored\n$`));
    expect(await cli.json<unknown[]>(u('library', 'list'))).toHaveLength(1);
  });
});

describe('the check commands take --text', () => {
  const cli = cliSandbox();

  it('checks inline text like a file, and refuses FILE and --text together', async () => {
    const ask = await cli.run(['check', 'ask', '--text', 'Will you be my mentor?']);
    expect(ask.code).toBe(1);
    expect(ask.stdout).toMatch(/^<text>:1:\d+ +error +mentorship-request/m);
    const goal = await cli.run(['check', 'goal', '--today', TODAY, '--json', '--text', 'Raise activation from 30% to 40% by 2027-04-30']);
    expect(JSON.parse(goal.stdout)).toMatchObject({ verdict: 'concrete', outcome: { baseline: 30, target: 40 } });
    expect((await cli.run(['check', 'feedback-request', '--text', 'Any feedback?'])).code).toBe(1);
    expect((await cli.run(['check', 'feedback-reply', '--text', 'Thank you, that is really useful.'])).code).toBe(0);
    expect(await cli.json(['classify', 'skill', '--text', 'I cannot prioritise a roadmap'])).toMatchObject({ category: 'IQ' });
    expect(await cli.json(['shadow', '--text', 'the weather was nice'])).toMatchObject({ strength: null });
    expect(await cli.json<{ advice: unknown[] }>(['advice', '--text', 'Try pricing the annual plan first.'])).toMatchObject({
      advice: [{ text: 'Try pricing the annual plan first.' }],
    });
    const jsonl = await cli.run(['check', 'ask', '--jsonl', '--text', JSON.stringify({ id: 'a', text: 'Any advice?' })]);
    expect(JSON.parse(jsonl.stdout)).toMatchObject({ id: 'a', verdict: 'revise' });
    expectUsageError(await cli.run(['check', 'ask', 'ask.txt', '--text', 'Hi?']), /FILE or with --text, not both/);
  });
});

describe('small things a newcomer hits', () => {
  const cli = cliSandbox();

  it('refuses a --db whose folder does not exist, creating nothing', async () => {
    const db = join(cli.home(), 'no-such-folder', 'work.db');
    expectUsageError(await cli.run(['--db', db, 'outcome', 'list']), /no-such-folder does not exist/);
    expect(existsSync(join(cli.home(), 'no-such-folder'))).toBe(false);
    expect((await cli.run(['--db', 'here.db', 'outcome', 'list'])).code).toBe(0);
  });

  it('names fields in the user’s words and counts in the right number', async () => {
    expectUsageError(
      await cli.run(['mentor', 'add', 'Ana', '--excellence', '7']),
      /^understudy: Invalid mentor: Proven Excellence must be 1–5$/,
    );
    const one = await cli.run(['check', 'ask', '--text', 'Which plan did you show first in your pricing talk?']);
    expect(one.stdout).toMatch(/ · 1 sentence · 1 question · /);
  });

  it('ends quietly when the reader of its output stops early', async () => {
    const big = join(cli.home(), 'big.md');
    writeFileSync(big, `# Big\n\n${'## Section\nThe problem is churn; we will measure retention weekly.\n\n'.repeat(8_000)}`);
    expect((await cli.run(['library', 'add', big])).code).toBe(0);
    const ended = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
      const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('UNDERSTUDY_')));
      const child = spawn(process.execPath, [cliBin, 'export', '--format', 'json'], {
        cwd: cli.home(),
        env: { ...env, UNDERSTUDY_HOME: cli.home() },
      });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString('utf8');
      });
      // Like `| head -c 100`: read the first chunk, then close the pipe.
      child.stdout.once('data', () => child.stdout.destroy());
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stderr }));
    });
    expect(ended).toEqual({ code: 0, stderr: '' });
  });
});
