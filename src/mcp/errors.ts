import { ErrorCode } from '@modelcontextprotocol/sdk/types.js';
import { type AppErrorCode, isAppError } from '../core/errors.js';

/** A tool's answer as MCP carries it: text for the model, the same data as structured content. */
export interface ToolAnswer {
  [key: string]: unknown;
  content: Array<{ type: 'text'; text: string }>;
  structuredContent?: Record<string, unknown>;
  isError?: boolean;
}

/** Collapses a message to one line: a model reads it, never a stack trace. */
const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();

/**
 * The one place MCP turns an error into what the assistant sees. A tool's failure is a tool
 * result with `isError` (the model reads it and can correct its call) naming the error's code
 * and what to do; an error that is not ours says only that it was unexpected, in one line
 * (with `debug`, its stack goes to standard error, never to the client).
 */
export function toolError(error: unknown, debug: boolean): ToolAnswer {
  const { code, message } = describe(error, debug);
  return { isError: true, content: [{ type: 'text', text: `${code}: ${message}` }], structuredContent: { error: { code, message } } };
}

/**
 * The same mapping for resources and prompts, which fail as protocol errors: our input and
 * lookup errors are invalid parameters, the rest internal errors.
 */
export function protocolError(error: unknown, debug: boolean): Error & { code: number; data: { code: string } } {
  const { code, message } = describe(error, debug);
  const invalid: readonly string[] = ['invalid_input', 'not_found', 'usage', 'illegal_transition', 'conflict'];
  // A plain error with a JSON-RPC code: the SDK's McpError would put its prefix into the message
  // sent, and the client adds its own again.
  return Object.assign(new Error(message), {
    code: invalid.includes(code) ? ErrorCode.InvalidParams : ErrorCode.InternalError,
    data: { code },
  });
}

function describe(error: unknown, debug: boolean): { code: AppErrorCode | 'unexpected'; message: string } {
  if (isAppError(error)) return { code: error.code, message: oneLine(error.message) };
  if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'unexpected', message: `unexpected error: ${oneLine(message)}` };
}
