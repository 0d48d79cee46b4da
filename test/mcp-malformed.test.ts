import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { ReadBuffer, serializeMessage } from '@modelcontextprotocol/sdk/shared/stdio.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliBin, cliSandbox } from './helpers/cli.js';

/*
 * `understudy mcp` as a careless or hostile client meets it: the SDK's own client holds a
 * session while raw lines that are not JSON, not JSON-RPC, or too large are written to the same
 * standard input. Each gets a JSON-RPC error; the session goes on and the process stays up.
 */

/** The SDK client's side of the child's standard input and output. */
class ChildTransport implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: (message: JSONRPCMessage) => void;
  readonly #buffer = new ReadBuffer();
  readonly #child: ChildProcessWithoutNullStreams;

  constructor(child: ChildProcessWithoutNullStreams) {
    this.#child = child;
  }

  /** Reads as the SDK's stdio client does: a line it cannot take (an answer with id null) is reported, and reading goes on. */
  async start(): Promise<void> {
    this.#child.stdout.on('data', (chunk: Buffer) => {
      this.#buffer.append(chunk);
      for (;;) {
        try {
          const message = this.#buffer.readMessage();
          if (message === null) break;
          this.onmessage?.(message);
        } catch (error) {
          this.onerror?.(error as Error);
        }
      }
    });
  }

  async send(message: JSONRPCMessage): Promise<void> {
    this.#child.stdin.write(serializeMessage(message));
  }

  async close(): Promise<void> {
    this.onclose?.();
  }
}

interface ErrorAnswer {
  jsonrpc: '2.0';
  id: string | number | null;
  error: { code: number; message: string };
}

describe('understudy mcp: malformed and oversized messages', () => {
  const cli = cliSandbox();
  let child: ChildProcessWithoutNullStreams;
  let client: Client;
  let stderr = '';
  const answers: ErrorAnswer[] = [];
  const exited = { code: undefined as number | null | undefined };

  beforeAll(async () => {
    child = spawn(process.execPath, [cliBin, '--db', `${cli.home()}/workspace.db`, 'mcp'], {
      cwd: cli.home(),
      env: { ...process.env, UNDERSTUDY_HOME: cli.home() },
    });
    child.once('exit', (code) => {
      exited.code = code;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    let pending = '';
    child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const message = JSON.parse(line) as Partial<ErrorAnswer>;
        if (message.error && message.id === null) answers.push(message as ErrorAnswer);
        if (message.error && (message.id === 41 || message.id === 'x')) answers.push(message as ErrorAnswer);
      }
    });
    client = new Client({ name: 'understudy-tests', version: '1.0.0' });
    client.onerror = () => {};
    await client.connect(new ChildTransport(child));
  });
  afterAll(() => {
    if (exited.code === undefined) child.kill('SIGKILL');
  });

  /** Writes raw `lines` and waits until `count` error answers have arrived in all. */
  const sendRaw = async (text: string, count: number) => {
    child.stdin.write(text);
    await expect.poll(() => answers.length, { timeout: 20_000 }).toBeGreaterThanOrEqual(count);
  };

  it('answers a line that is not JSON with -32700 and id null, and the session goes on', async () => {
    await sendRaw('not json at all\n{"jsonrpc": "2.0", "id": 3, "method": "ping"\n', 2);
    expect(answers.slice(0, 2)).toEqual([
      { jsonrpc: '2.0', id: null, error: { code: -32700, message: expect.stringMatching(/^Parse error: the line is not JSON/) } },
      { jsonrpc: '2.0', id: null, error: { code: -32700, message: expect.stringMatching(/^Parse error/) } },
    ]);
    expect(await client.ping()).toEqual({});
  });

  it('answers JSON that is not a JSON-RPC request with -32600', async () => {
    await sendRaw(
      '[]\n{"jsonrpc":"2.0","method":1}\n{"jsonrpc":"2.0","id":41,"params":{}}\n{"jsonrpc":"1.0","id":"x","method":"ping"}\n',
      6,
    );
    expect(answers.slice(2, 6).map((a) => [a.id, a.error.code])).toEqual([
      [null, -32600],
      [null, -32600],
      [41, -32600],
      ['x', -32600],
    ]);
    expect(answers[2]?.error.message).toMatch(/^Invalid Request: not a JSON-RPC 2\.0 message/);
    const result = await client.callTool({ name: 'check_ask', arguments: { text: 'Would you be my mentor?' } });
    expect(result.isError).toBeFalsy();
  });

  it('refuses a message over the limit with an error naming it, skips the rest of that line and stays up', async () => {
    const huge = JSON.stringify({
      jsonrpc: '2.0',
      id: 99,
      method: 'tools/call',
      params: { name: 'check_ask', arguments: { text: 'x'.repeat(60 * 1024 * 1024) } },
    });
    await sendRaw(`${huge}\n`, 7);
    expect(answers[6]).toEqual({
      jsonrpc: '2.0',
      id: null,
      error: { code: -32600, message: 'A message can be at most 56 MB; this one was skipped' },
    });
    expect(exited.code).toBeUndefined();
    expect(await client.ping()).toEqual({});
    const result = await client.callTool({ name: 'check_goal', arguments: { text: 'Raise retention from 22% to 27% by 2027-04-30.' } });
    expect(result.isError).toBeFalsy();
  });

  it('exits 0 when its input closes, with no stack trace on standard error', async () => {
    child.stdin.end();
    await expect.poll(() => exited.code, { timeout: 20_000 }).toBe(0);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
