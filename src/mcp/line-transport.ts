import type { Readable, Writable } from 'node:stream';
import { serializeMessage } from '@modelcontextprotocol/sdk/shared/stdio.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { ErrorCode, type JSONRPCMessage, JSONRPCMessageSchema } from '@modelcontextprotocol/sdk/types.js';

const NEWLINE = 0x0a;
const MB = 1024 * 1024;

/**
 * MCP over a pair of streams, one JSON-RPC message per line, read in time linear in its size.
 * The SDK's stdio transport joins its buffer to every chunk that arrives, so a document of
 * 20 MB sent to a tool took tens of seconds before it was even parsed, and a message over its
 * limit closed the connection. Here the chunks of a message are joined once, at its newline;
 * a message over `maxMessageBytes` is skipped to its end and answered with an error, and the
 * server goes on reading the next. A line that is not JSON is answered with a JSON-RPC parse
 * error (-32700), and JSON that is not a JSON-RPC message with an invalid request (-32600),
 * where the SDK would stay silent and leave the client waiting.
 */
export class LineTransport implements Transport {
  onclose?: (() => void) | undefined;
  onerror?: ((error: Error) => void) | undefined;
  onmessage?: ((message: JSONRPCMessage) => void) | undefined;
  readonly #input: Readable;
  readonly #output: Writable;
  readonly #maxMessageBytes: number;
  #parts: Buffer[] = [];
  #size = 0;
  #skipping = false;

  constructor(options: { input: Readable; output: Writable; maxMessageBytes: number }) {
    this.#input = options.input;
    this.#output = options.output;
    this.#maxMessageBytes = options.maxMessageBytes;
  }

  readonly #onData = (chunk: Buffer): void => {
    let from = 0;
    for (let newline = chunk.indexOf(NEWLINE); newline !== -1; newline = chunk.indexOf(NEWLINE, from)) {
      const tail = chunk.subarray(from, newline);
      from = newline + 1;
      if (this.#skipping) {
        this.#skipping = false;
        continue;
      }
      const line = this.#parts.length === 0 ? tail : Buffer.concat([...this.#parts, tail]);
      this.#parts = [];
      this.#size = 0;
      if (line.length > this.#maxMessageBytes) this.#refuse();
      else this.#deliver(line);
    }
    if (this.#skipping || from === chunk.length) return;
    this.#parts.push(chunk.subarray(from));
    this.#size += chunk.length - from;
    if (this.#size > this.#maxMessageBytes) {
      this.#parts = [];
      this.#size = 0;
      this.#skipping = true;
      this.#refuse();
    }
  };

  readonly #onError = (error: Error): void => {
    this.onerror?.(error);
  };

  /** Parses one line and delivers it, or answers why it is not a JSON-RPC message. */
  #deliver(line: Buffer): void {
    const text = line.toString('utf8').replace(/\r$/, '');
    if (text.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      this.#answerError(null, ErrorCode.ParseError, 'Parse error: the line is not JSON; send one JSON-RPC message per line');
      return;
    }
    const parsed = JSONRPCMessageSchema.safeParse(value);
    if (!parsed.success) {
      const id = (value as { id?: unknown } | null)?.id;
      this.#answerError(
        typeof id === 'string' || typeof id === 'number' ? id : null,
        ErrorCode.InvalidRequest,
        'Invalid Request: not a JSON-RPC 2.0 message (an object with "jsonrpc": "2.0" and a method, or a result or error with an id)',
      );
      return;
    }
    try {
      this.onmessage?.(parsed.data);
    } catch (error) {
      this.onerror?.(error as Error);
    }
  }

  /** Answers a message too large to read; its id is unknown, so the answer's id is null. */
  #refuse(): void {
    const max = this.#maxMessageBytes;
    const limit = max >= MB ? `${Math.round(max / MB)} MB` : `${max} bytes`;
    this.#answerError(null, ErrorCode.InvalidRequest, `A message can be at most ${limit}; this one was skipped`);
  }

  /** Reports a message that could not be delivered, and answers its sender with a JSON-RPC error. */
  #answerError(id: string | number | null, code: ErrorCode, message: string): void {
    this.onerror?.(new Error(message));
    this.#output.write(`${JSON.stringify({ jsonrpc: '2.0', id, error: { code, message } })}\n`);
  }

  async start(): Promise<void> {
    this.#input.on('data', this.#onData);
    this.#input.on('error', this.#onError);
  }

  send(message: JSONRPCMessage): Promise<void> {
    return new Promise((resolve) => {
      if (this.#output.write(serializeMessage(message))) resolve();
      else this.#output.once('drain', resolve);
    });
  }

  async close(): Promise<void> {
    this.#input.off('data', this.#onData);
    this.#input.off('error', this.#onError);
    if (this.#input.listenerCount('data') === 0) this.#input.pause();
    this.#parts = [];
    this.#size = 0;
    this.onclose?.();
  }
}
