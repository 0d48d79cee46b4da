import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { cliBin } from './cli.js';

/** Every tool a test called successfully through `call`, so a suite can check it called them all. */
export const toolsCalled = new Set<string>();

/** The Artifact method's tools: `mcp-library.test.ts` calls each, so `mcp.test.ts` need not. */
export const artifactTools: readonly string[] = ['questions', 'library_search', 'template_list', 'check_draft'];

/** Team mentoring's tools, which need a team account: `mcp-mentoring.test.ts` calls each, so `mcp.test.ts` need not. */
export const mentoringTools: readonly string[] = [
  'mentor_directory',
  'team_inbox',
  'read_conversation',
  'send_to_colleague',
  'reply_to_colleague',
];

/** A connected MCP client over stdio to `understudy mcp`, and what went wrong on the way. */
export interface McpConnection {
  client: Client;
  /** Everything the server wrote to standard error so far. */
  stderr(): string;
  /** Errors the client's transport met (a line on standard output that is not JSON-RPC, say). */
  errors: Error[];
  /** The JSON a tool answered, or the tool error's text as a thrown Error. */
  call<T = Record<string, unknown>>(name: string, args?: Record<string, unknown>): Promise<T>;
  /** The tool's raw result, for asserting on errors. */
  raw(name: string, args?: Record<string, unknown>): Promise<{ isError?: boolean; content: Array<{ type: string; text?: string }> }>;
  close(): Promise<void>;
}

/**
 * Starts the built `understudy mcp` as a child process on `db` (a SQLite path or PostgreSQL
 * URL) with `home` as its `UNDERSTUDY_HOME`, as the team account `user` when given, and
 * connects the SDK's own client to it.
 */
export async function connectMcp(options: { db: string; home: string; today?: string; user?: string }): Promise<McpConnection> {
  const args = [
    cliBin,
    '--db',
    options.db,
    ...(options.today ? ['--today', options.today] : []),
    'mcp',
    ...(options.user ? ['--user', options.user] : []),
  ];
  const transport = new StdioClientTransport({
    command: process.execPath,
    args,
    env: { UNDERSTUDY_HOME: options.home },
    cwd: options.home,
    stderr: 'pipe',
  });
  let stderr = '';
  transport.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const client = new Client({ name: 'understudy-tests', version: '1.0.0' });
  const errors: Error[] = [];
  client.onerror = (error) => errors.push(error);
  await client.connect(transport);
  const raw = async (name: string, args: Record<string, unknown> = {}) =>
    (await client.callTool({ name, arguments: args })) as { isError?: boolean; content: Array<{ type: string; text?: string }> };
  return {
    client,
    stderr: () => stderr,
    errors,
    raw,
    async call<T>(name: string, args: Record<string, unknown> = {}): Promise<T> {
      const result = await raw(name, args);
      const text = result.content[0]?.text ?? '';
      if (result.isError) throw new Error(`${name} failed: ${text}`);
      toolsCalled.add(name);
      return JSON.parse(text) as T;
    },
    close: () => client.close(),
  };
}

/** The text of a prompt's first message, failing loudly when it is not text. */
export function promptText(result: { messages: Array<{ content: { type: string; text?: string } }> }): string {
  const content = result.messages[0]?.content;
  if (content?.type !== 'text' || typeof content.text !== 'string') throw new Error('the prompt did not answer with text');
  return content.text;
}
