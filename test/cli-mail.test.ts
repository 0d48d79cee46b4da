import { type ChildProcess, spawn } from 'node:child_process';
import { afterEach, expect, it } from 'vitest';
import { cliBin, cliSandbox, expectUsageError } from './helpers/cli.js';
import { describeEachDialect } from './helpers/dialects.js';
import { closedPort, smtpSinkForSuite } from './helpers/smtp-sink.js';
import { createTeamTestApp } from './helpers/team-app.js';

/*
 * Digests from real processes: two `serve --team` processes with SMTP on one database send
 * each due digest once from their own timers, and `understudy mail digest` (for cron) sends
 * what is still due, once however many run at the same time.
 */

interface DigestRun {
  sent: number;
  empty: number;
  failed: number;
  claimedElsewhere: number;
}

/** Members who chose a daily digest (Ada), a weekly one (Bo) and none (Cy), each with a check-in due this week. */
async function seedTeam(db: string): Promise<void> {
  const team = await createTeamTestApp(db, { today: '2026-12-08' });
  try {
    for (const [name, digest] of [
      ['ada', 'daily'],
      ['bo', 'weekly'],
      ['cy', 'off'],
    ] as const) {
      const who = await team.member(`${name}@example.com`);
      const outcome = await team.call(who, 'POST', '/api/outcomes', {
        statement: `${name} lifts activation from 30% to 40% by 2027-04-01`,
      });
      const { id } = (await outcome.json()) as { id: string };
      expect((await team.call(who, 'POST', '/api/checkins', { outcomeId: id, date: '2026-11-28' })).status).toBe(201);
      expect((await team.call(who, 'PUT', '/api/team/mail-settings', { digest })).status).toBe(200);
    }
  } finally {
    await team.close();
  }
}

describeEachDialect('digests from server processes and from cron', (_dialect, newDatabase) => {
  const cli = cliSandbox();
  const sink = smtpSinkForSuite();
  const children: ChildProcess[] = [];
  afterEach(() => {
    for (const child of children.splice(0)) child.kill('SIGTERM');
    sink.clear();
  });

  const smtpEnv = () => ({
    UNDERSTUDY_SMTP_HOST: '127.0.0.1',
    UNDERSTUDY_SMTP_PORT: String(sink.port),
    UNDERSTUDY_SMTP_USER: 'understudy',
    UNDERSTUDY_SMTP_PASSWORD: 'from the environment only',
    UNDERSTUDY_SMTP_FROM: 'Understudy <understudy@team.example>',
    UNDERSTUDY_PUBLIC_URL: 'https://understudy.team.test',
  });

  /** Starts `serve --team` with mail and resolves with the line it prints once it listens. */
  const serveTeam = (db: string) =>
    new Promise<string>((resolve, reject) => {
      const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('UNDERSTUDY_')));
      const child = spawn(process.execPath, [cliBin, '--db', db, '--today', '2026-12-08', 'serve', '--team', '--port', '0'], {
        cwd: cli.home(),
        env: { ...env, ...smtpEnv(), UNDERSTUDY_HOME: cli.home() },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      children.push(child);
      let out = '';
      let err = '';
      child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
        err += chunk;
      });
      child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
        out += chunk;
        if (out.includes('\n')) resolve(out);
      });
      child.once('exit', (code) => reject(new Error(`serve --team exited ${code}: ${err}${out}`)));
    });

  it('sends each due digest once from two servers’ timers, then once from cron jobs that run together', async () => {
    const db = await newDatabase();
    await seedTeam(db);
    const lines = await Promise.all([serveTeam(db), serveTeam(db)]);
    for (const line of lines) expect(line).toMatch(new RegExp(`; mail goes through 127\\.0\\.0\\.1:${sink.port}\\n$`));
    const mails = await sink.waitFor(2);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect((await sink.received()).length).toBe(2);
    expect(mails.map((m) => m.to[0]).sort()).toEqual(['ada@example.com', 'bo@example.com']);
    expect(mails.every((m) => m.user === 'understudy')).toBe(true);
    expect(mails.find((m) => m.to[0] === 'ada@example.com')?.text).toContain('https://understudy.team.test/mail');

    // Cron on the same day finds nothing left; the next day two jobs at once send Ada's daily digest once.
    expect(await cli.json<DigestRun>(['--db', db, '--today', '2026-12-08', 'mail', 'digest'], { env: smtpEnv() })).toEqual({
      sent: 0,
      empty: 0,
      failed: 0,
      claimedElsewhere: 0,
    });
    const nextDay = await Promise.all(
      [1, 2].map(() => cli.json<DigestRun>(['--db', db, '--today', '2026-12-09', 'mail', 'digest'], { env: smtpEnv() })),
    );
    expect(nextDay.map((r) => r.sent).sort()).toEqual([0, 1]);
    const all = await sink.waitFor(3);
    expect(all[2]?.to).toEqual(['ada@example.com']);
    expect(all[2]?.subject).toBe('Understudy: 1 next action for 2026-12-09');
  });

  it('says how many went in words, and exits 1 with one line per digest that could not go', async () => {
    const db = await newDatabase();
    await seedTeam(db);
    const down = await cli.run(['--db', db, '--today', '2026-12-08', 'mail', 'digest'], {
      env: { ...smtpEnv(), UNDERSTUDY_SMTP_PORT: String(await closedPort()) },
    });
    expect(down.code).toBe(1);
    expect(down.stdout).toBe('Sent 0 digests; 2 digests could not go: tried again at the next run\n');
    expect(down.stderrLines).toEqual([
      expect.stringMatching(/^Mail: the daily digest to ada@example\.com was not sent \(.*ECONNREFUSED.*\)/),
      expect.stringMatching(/^Mail: the weekly digest to bo@example\.com was not sent \(.*ECONNREFUSED.*\)/),
    ]);
    const up = await cli.run(['--db', db, '--today', '2026-12-08', 'mail', 'digest'], { env: smtpEnv() });
    expect({ code: up.code, stdout: up.stdout, stderr: up.stderr }).toEqual({ code: 0, stdout: 'Sent 2 digests\n', stderr: '' });
  });

  it('refuses to run without mail configured, or with a half-given configuration, and sends nothing', async () => {
    const db = await newDatabase();
    await seedTeam(db);
    const { UNDERSTUDY_SMTP_HOST: _host, ...withoutHost } = smtpEnv();
    expectUsageError(
      await cli.run(['--db', db, 'mail', 'digest'], { env: withoutHost }),
      /--smtp-port \/ UNDERSTUDY_SMTP_PORT is set but no SMTP host/,
    );
    expectUsageError(
      await cli.run(['--db', db, 'mail', 'digest'], { env: { UNDERSTUDY_PUBLIC_URL: 'https://understudy.team.test' } }),
      /^understudy: Mail is not configured: set UNDERSTUDY_SMTP_HOST and UNDERSTUDY_SMTP_FROM/,
    );
    const { UNDERSTUDY_SMTP_PASSWORD: _password, ...withoutPassword } = smtpEnv();
    expectUsageError(
      await cli.run(['--db', db, 'mail', 'digest'], { env: withoutPassword }),
      /needs its password in UNDERSTUDY_SMTP_PASSWORD/,
    );
    expectUsageError(await cli.run(['serve', '--smtp-host', '127.0.0.1']), /The --smtp-\* flags need --team/);
    expect(await sink.received()).toEqual([]);
  });
});
