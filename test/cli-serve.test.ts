import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliBin, cliSandbox, expectUsageError } from './helpers/cli.js';

/*
 * `understudy serve` beyond this computer: refused with the reason and the remedy unless the
 * user names the hosts clients will use.
 */

describe('understudy serve --host', () => {
  const cli = cliSandbox();

  it('refuses to listen on every address without --allowed-host, saying why, and creates nothing', async () => {
    for (const host of ['0.0.0.0', '::']) {
      const result = await cli.run(['serve', '--host', host, '--port', '0']);
      expectUsageError(
        result,
        /^understudy: Refusing to listen on .+: beyond this computer anyone who reaches the port could read and change the whole workspace, which has no sign-in in solo mode\. Serve a team with sign-in \(--team --public-url URL\), or name each host clients will use with --allowed-host NAME/,
      );
    }
    expect(existsSync(join(cli.home(), 'understudy.db'))).toBe(false);
  });

  it('refuses an --allowed-host that is not a host name', async () => {
    const result = await cli.run(['serve', '--host', '0.0.0.0', '--allowed-host', 'https://understudy.lan/', '--port', '0']);
    expectUsageError(result, /^understudy: --allowed-host "https:\/\/understudy\.lan\/" is not a host name: give NAME or NAME:PORT/);
  });

  it('lists --allowed-host in its help', async () => {
    const result = await cli.run(['serve', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout.replace(/\s+/g, ' ')).toContain(
      '--allowed-host <name> a host name clients use to reach the server, NAME or NAME:PORT (repeatable)',
    );
  });

  it('serves beyond loopback with --allowed-host, shows the allowed address and stops on an interrupt', async () => {
    const child = spawn(
      process.execPath,
      [cliBin, 'serve', '--host', '0.0.0.0', '--port', '0', '--allowed-host', 'understudy.lan', '--allowed-host', 'proxy.lan:8080'],
      { cwd: cli.home(), env: { ...process.env, UNDERSTUDY_HOME: cli.home() }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const line = await new Promise<string>((resolve) => {
      let out = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        out += chunk;
        if (out.includes('\n')) resolve(out);
      });
      void exited.then(() => resolve(out));
    });
    expect(line).toMatch(/^Understudy is running at http:\/\/understudy\.lan:\d+\/\n$/);
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(stderr).toBe('');
  });
});
