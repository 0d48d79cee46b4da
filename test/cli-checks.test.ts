import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliSandbox, expectUsageError } from './helpers/cli.js';

describe('the check commands as text filters', () => {
  const cli = cliSandbox();

  it('fails a mentorship request with exit 1, quoting the finding in its line like a linter', async () => {
    const result = await cli.run(['check', 'ask'], { stdin: 'Hi Ana,\nWill you be my mentor?\n' });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/<stdin>:2:\d+ +error +mentorship-request/);
    expect(result.stdout).toContain('Will you be my mentor?');
    expect(result.stdout).toMatch(/suggestion: I heard your talk on/);
  });

  it('passes a specific question tied to their work with exit 0, from a file', async () => {
    const file = join(cli.home(), 'ask.txt');
    writeFileSync(file, 'I read your post on annual-plan pricing. Which product do you think shows that approach best?');
    const result = await cli.run(['check', 'ask', file, '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ verdict: 'pass', findings: [] });
  });

  it('checks one message per --jsonl line, in order, and reports a bad line without stopping', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Could we grab coffee so I can pick your brain?' }),
      'this is not json',
      JSON.stringify({ id: 'b', text: 'Just bumping this, did you get my email?', stage: 'follow-up' }),
      JSON.stringify({ id: 'c', text: 'Hi', stage: 'sideways' }),
    ].join('\n');
    const result = await cli.run(['check', 'ask', '--jsonl'], { stdin: input });
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string | null; verdict?: string; error?: string; findings?: Array<{ rule: string }> });
    expect(lines.map((l) => l.id)).toEqual(['a', null, 'b', 'c']);
    expect(lines[0]?.findings?.map((f) => f.rule)).toContain('meeting-request');
    expect(lines[1]?.error).toMatch(/JSON/);
    expect(lines[2]?.findings?.map((f) => f.rule)).toContain('guilt');
    expect(lines[3]?.error).toMatch(/Unknown stage/);
    expect(result.code).toBe(2);
  });

  it('extracts the fields of a goal against --today', async () => {
    const result = await cli.run(['--today', '2026-11-27', 'check', 'goal', '--json'], {
      stdin: 'Increase activation from 30% to 40% by end of Q1 2027.',
    });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      verdict: 'concrete',
      outcome: { kind: 'metric', direction: 'up', change: { value: 10, unit: 'points' }, horizonMonths: 4 },
    });
    expect((await cli.run(['check', 'goal'], { stdin: 'Learn growth.' })).code).toBe(1);
  });

  it('classifies a skill, names a shadow side and lists advice', async () => {
    expect(
      await cli.json(['classify', 'skill'], { stdin: 'I go quiet and look unsure when executives challenge me in reviews.' }),
    ).toMatchObject({
      category: 'EQ',
      method: 'mirror',
    });
    expect(
      await cli.json(['shadow'], { stdin: 'When you get stressed you stop talking and look down; it makes you look disengaged.' }),
    ).toMatchObject({
      strength: 'thoughtful',
    });
    const advice = await cli.json<{ advice: Array<{ text: string }> }>(['advice'], {
      stdin: 'Great question! Try pricing the annual plan first. You should also look at your churn cohorts.',
    });
    expect(advice.advice.map((a) => a.text)).toEqual(['Try pricing the annual plan first.', 'You should also look at your churn cohorts.']);
  });

  it('checks feedback requests and replies', async () => {
    expect((await cli.run(['check', 'feedback-request'], { stdin: 'Any feedback?' })).code).toBe(1);
    expect(
      (await cli.run(['check', 'feedback-reply'], { stdin: 'Thank you, that is really useful. I will slow down next time.' })).code,
    ).toBe(0);
  });

  it('refuses an unknown stage, a missing file and binary input with exit 2 and one line', async () => {
    expectUsageError(await cli.run(['check', 'ask', '--stage', 'nope'], { stdin: 'Hi?' }), /Unknown stage "nope"/);
    expectUsageError(await cli.run(['check', 'ask', 'no-such-file.txt']), /Cannot read no-such-file.txt/);
    const binary = join(cli.home(), 'photo.txt');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    expectUsageError(await cli.run(['check', 'ask', binary]), /looks binary/);
  });
});
