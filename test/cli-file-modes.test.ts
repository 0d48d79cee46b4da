import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliBin, cliSandbox } from './helpers/cli.js';

/*
 * What the CLI writes holds the whole workspace: the database, its folder, backups and
 * exports are the user's only, even under a umask that would let everyone read them.
 */

const modeOf = (path: string) => statSync(path).mode & 0o777;

describe('files the CLI creates', () => {
  const cli = cliSandbox();

  /** Runs `understudy ...args` under `umask 000`, with the data folder inside the sandbox. */
  const run = (args: string[]) =>
    new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
      const home = join(cli.home(), 'data', 'understudy');
      const child = spawn('sh', ['-c', 'umask 000 && exec "$0" "$@"', process.execPath, cliBin, ...args], {
        cwd: cli.home(),
        env: { ...process.env, UNDERSTUDY_HOME: home, UNDERSTUDY_TODAY: '2026-11-28' },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
        stderr += chunk;
      });
      child.once('error', reject);
      child.once('close', (code) => resolve({ code, stderr }));
    });

  it('are readable by the user only: database 0600 in a 0700 folder, backups and exports 0600', async () => {
    expect(await run(['init', '--demo'])).toEqual({ code: 0, stderr: '' });
    const folder = join(cli.home(), 'data', 'understudy');
    expect(modeOf(folder)).toBe(0o700);
    const databaseFiles = readdirSync(folder).filter((name) => name.startsWith('understudy.db'));
    expect(databaseFiles).toContain('understudy.db');
    for (const name of databaseFiles) expect(modeOf(join(folder, name)), name).toBe(0o600);

    const out = (name: string) => join(cli.home(), name);
    expect(await run(['backup', out('backup.json')])).toMatchObject({ code: 0 });
    expect(await run(['export', '--format', 'md', '--out', out('report.md')])).toMatchObject({ code: 0 });
    expect(await run(['export', '--format', 'json', '--out', out('backup.json'), '--force'])).toMatchObject({ code: 0 });
    expect(await run(['export', '--format', 'csv', '--out', out('csv')])).toMatchObject({ code: 0 });
    expect(await run(['next', '--ics', out('next.ics')])).toMatchObject({ code: 0 });
    for (const name of ['backup.json', 'report.md', 'next.ics']) expect(modeOf(out(name)), name).toBe(0o600);
    expect(modeOf(out('csv'))).toBe(0o700);
    const csvFiles = readdirSync(out('csv'));
    expect(csvFiles.length).toBeGreaterThan(0);
    for (const name of csvFiles) expect(modeOf(join(out('csv'), name)), name).toBe(0o600);
  });
});
