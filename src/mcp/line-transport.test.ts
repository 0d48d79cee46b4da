import { PassThrough } from 'node:stream';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { describe, expect, it } from 'vitest';
import { LineTransport } from './line-transport.js';

/** A transport over two in-memory streams, with what it delivered, reported and wrote. */
async function open(maxMessageBytes = 1_000) {
  const input = new PassThrough();
  const output = new PassThrough();
  const transport = new LineTransport({ input, output, maxMessageBytes });
  const messages: JSONRPCMessage[] = [];
  const errors: string[] = [];
  let written = '';
  output.on('data', (chunk: Buffer) => {
    written += chunk.toString('utf8');
  });
  transport.onmessage = (message) => messages.push(message);
  transport.onerror = (error) => errors.push(error.message);
  await transport.start();
  /** Feeds chunks one by one, letting the stream deliver each. */
  const feed = async (...chunks: string[]) => {
    for (const chunk of chunks) {
      input.write(chunk);
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  return { transport, messages, errors, feed, written: () => written };
}

const ping = (id: number) => JSON.stringify({ jsonrpc: '2.0', id, method: 'ping' });

describe('LineTransport', () => {
  it('reads messages split across chunks, several in one chunk, and lines ending in CRLF', async () => {
    const t = await open();
    const first = ping(1);
    await t.feed(first.slice(0, 5), first.slice(5, 20), `${first.slice(20)}\n${ping(2)}\r\n${ping(3)}`, '\n\n');
    expect(t.messages.map((m) => (m as { id: number }).id)).toEqual([1, 2, 3]);
    expect(t.errors).toEqual([]);
  });

  it('skips a message over the limit, answers it with an error, and reads the next', async () => {
    const t = await open(100);
    const huge = JSON.stringify({ jsonrpc: '2.0', id: 7, method: 'tools/call', params: { text: 'x'.repeat(300) } });
    await t.feed(huge.slice(0, 150), huge.slice(150, 280), `${huge.slice(280)}\n${ping(8)}\n`);
    await t.feed(`${huge}\n${ping(9)}\n`);
    expect(t.messages.map((m) => (m as { id: number }).id)).toEqual([8, 9]);
    expect(t.errors).toHaveLength(2);
    const answers = t
      .written()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { id: null; error: { message: string } });
    expect(answers).toHaveLength(2);
    expect(answers[0]).toMatchObject({
      id: null,
      error: { message: expect.stringMatching(/^A message can be at most 100 bytes; this one was skipped$/) },
    });
  });

  it('answers a line that is not JSON with a parse error (-32700, id null) and goes on', async () => {
    const t = await open();
    await t.feed(`not json\n{"jsonrpc":"2.0",\n${ping(4)}\n`);
    expect(t.messages).toHaveLength(1);
    expect(t.errors).toHaveLength(2);
    const answers = t
      .written()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line));
    expect(answers).toEqual([
      { jsonrpc: '2.0', id: null, error: { code: -32700, message: expect.stringMatching(/^Parse error: the line is not JSON/) } },
      { jsonrpc: '2.0', id: null, error: { code: -32700, message: expect.stringMatching(/^Parse error/) } },
    ]);
  });

  it('answers JSON that is not a JSON-RPC message with an invalid request (-32600), keeping a usable id', async () => {
    const t = await open();
    const invalid = [
      '[]',
      '42',
      '"ping"',
      'null',
      '{"jsonrpc":"2.0","method":1}',
      '{"jsonrpc":"1.0","id":7,"method":"ping"}',
      '{"id":"a"}',
    ];
    await t.feed(`${invalid.join('\n')}\n${ping(5)}\n`);
    expect(t.messages.map((m) => (m as { id: number }).id)).toEqual([5]);
    const answers = t
      .written()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { id: unknown; error: { code: number; message: string } });
    expect(answers.map((a) => a.error.code)).toEqual(invalid.map(() => -32600));
    expect(answers.map((a) => a.id)).toEqual([null, null, null, null, null, 7, 'a']);
    expect(answers[0]?.error.message).toMatch(/^Invalid Request: not a JSON-RPC 2\.0 message/);
  });

  it('writes each message as one line and stops reading when closed', async () => {
    const t = await open();
    let closed = false;
    t.transport.onclose = () => {
      closed = true;
    };
    await t.transport.send({ jsonrpc: '2.0', id: 5, result: {} });
    await new Promise((resolve) => setImmediate(resolve));
    expect(t.written()).toBe('{"jsonrpc":"2.0","id":5,"result":{}}\n');
    await t.transport.close();
    await t.feed(`${ping(6)}\n`);
    expect(t.messages).toEqual([]);
    expect(closed).toBe(true);
  });
});
