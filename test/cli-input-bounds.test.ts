import { execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CliResult, cliBin, cliSandbox, expectUsageError } from './helpers/cli.js';

/*
 * The checks read text from a file or a pipe, and neither can make them read without end:
 * piped input has the same 1 MB limit as a file, and only regular files are read.
 */

describe('check input bounds', () => {
  const cli = cliSandbox();

  /** Pipes `input` into `understudy ...args`, which may stop reading it and exit before the end. */
  const pipe = (args: string[], input: string) =>
    new Promise<CliResult>((resolve, reject) => {
      const child = spawn(process.execPath, [cliBin, ...args], { cwd: cli.home(), env: { ...process.env, UNDERSTUDY_HOME: cli.home() } });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        stdout += chunk;
      });
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
        stderr += chunk;
      });
      child.stdin.on('error', () => {});
      child.once('error', reject);
      child.once('close', (code) => resolve({ code, stdout, stderr, stderrLines: stderr.split('\n').filter((l) => l.trim() !== '') }));
      child.stdin.end(input);
    });

  it('refuses piped input over 1 MB in one line, as it refuses such a file', async () => {
    const result = await pipe(['check', 'ask', '-'], 'Would you look at my plan? '.repeat(40_000));
    expectUsageError(result, /^understudy: Standard input is over 1024 KB; checks take at most 1024 KB$/);
  });

  it('still checks piped input under the limit', async () => {
    const result = await cli.run(['check', 'ask', '--json'], { stdin: 'Would you be my mentor?' });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ verdict: expect.any(String) });
  });

  it('refuses a device or a FIFO as FILE at once, without reading it', async () => {
    const zero = await cli.run(['check', 'ask', '/dev/zero']);
    expectUsageError(zero, /^understudy: \/dev\/zero is not a regular file \(a device, FIFO or socket\); give a text file$/);
    const fifo = join(cli.home(), 'pipe');
    execFileSync('mkfifo', [fifo]);
    const piped = await cli.run(['shadow', fifo]);
    expectUsageError(piped, /is not a regular file \(a device, FIFO or socket\); give a text file$/);
  });

  it('bounds --jsonl input from a pipe too', async () => {
    const line = `${JSON.stringify({ id: 1, text: 'x'.repeat(1000) })}\n`;
    const result = await pipe(['check', 'goal', '--jsonl', '-'], line.repeat(70_000));
    expectUsageError(result, /^understudy: Standard input is over 65536 KB; checks take at most 65536 KB$/);
  });
});
