import { describe, expect, it } from 'vitest';
import { cliSandbox } from './helpers/cli.js';

const TODAY = '2026-11-28';

interface Report {
  findings: Array<{ pitfall: string; message: string }>;
  covered: { goals: number; gaps: number; mentors: boolean; asks: boolean };
  allClear: string | null;
}

describe('the level of the role, asked at init', () => {
  const cli = cliSandbox();
  const on = (...args: string[]) => [...args, '--today', TODAY];

  it('init --level senior, then only IQ gaps: the doctor reports iq-over-reliance', async () => {
    const init = await cli.json<{ user: { level: string | null } }>(on('init', '--level', 'senior'));
    expect(init.user.level).toBe('senior');
    await cli.json(on('gap', 'add', 'I have never designed a pricing experiment', '--skill', 'execution'));
    await cli.json(on('gap', 'add', 'I cannot read a retention curve', '--skill', 'execution'));
    const doctor = await cli.run(on('doctor', '--json'));
    expect(doctor.code).toBe(1);
    const report = JSON.parse(doctor.stdout) as Report;
    expect(report.findings.map((f) => f.pitfall)).toContain('iq-over-reliance');
    expect(report.findings.find((f) => f.pitfall === 'iq-over-reliance')?.message).toContain('senior level');
  });

  it('refuses a level that is not one of the five, and changes nothing', async () => {
    const bad = await cli.run(on('init', '--level', 'wizard'));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/level/i);
    const me = await cli.json<{ user: { level: string | null } }>(on('init'));
    expect(me.user.level).toBe('senior');
  });
});

describe('the doctor on an empty workspace', () => {
  const cli = cliSandbox();

  it('does not claim that goals are concrete when there are none', async () => {
    await cli.json(['init', '--today', TODAY]);
    const human = await cli.run(['doctor', '--today', TODAY]);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/^No pitfalls found as of 2026-11-28/);
    expect(human.stdout).toContain('No goals yet');
    expect(human.stdout).not.toMatch(/goals? (is|are) concrete|passes its check/);
    const report = await cli.json<Report>(['doctor', '--today', TODAY]);
    expect(report.covered).toEqual({ goals: 0, gaps: 0, mentors: false, asks: false });
    expect(report.allClear).toContain('No goals yet');
  });
});
