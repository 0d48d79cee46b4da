import pkg from '../../package.json' with { type: 'json' };
import { openMemberWorkspace } from '../boot/open-member-workspace.js';
import { LOCAL_ACTOR, openWorkspace } from '../boot/open-workspace.js';
import type { Config } from '../config/load-config.js';
import { AnsweringTransport } from './answering-transport.js';
import { createMcpServer } from './create-mcp-server.js';
import { LineTransport } from './line-transport.js';
import { warmUp } from './modules.js';
import { MAX_DOCUMENT_ARG } from './tools/library.js';

/** Largest message read from standard input: a document argument of the largest size, with room for JSON escapes. */
const MAX_MESSAGE_BYTES = 2 * MAX_DOCUMENT_ARG;

/** How long a closed input waits for the answers still being made, at most. */
const ANSWER_GRACE_MS = 30_000;

/**
 * Serves the workspace over MCP on standard input and output until the client closes the
 * stream, then answers what it has read by then (for at most 30 s) and closes the database;
 * the workspace is the solo user's, opened by the one start-up path every transport uses;
 * an interrupt stops it at once. Standard output carries only the protocol. With `user`, the
 * workspace is that team account's (an unknown account is refused before anything is served).
 */
export async function startMcp(options: { config: Config; user?: string | undefined }): Promise<void> {
  const workspace = options.user
    ? await openMemberWorkspace(options.config, options.user)
    : await openWorkspace(options.config, LOCAL_ACTOR);
  try {
    const session = { ctx: workspace.ctx, debug: options.config.debug, member: options.user !== undefined };
    const server = createMcpServer({ session, version: pkg.version });
    const transport = new AnsweringTransport(
      new LineTransport({ input: process.stdin, output: process.stdout, maxMessageBytes: MAX_MESSAGE_BYTES }),
    );
    const stopped = new Promise<'input closed' | 'interrupted'>((resolve) => {
      transport.onclose = () => resolve('input closed');
      process.stdin.once('end', () => resolve('input closed'));
      process.once('SIGINT', () => resolve('interrupted'));
      process.once('SIGTERM', () => resolve('interrupted'));
    });
    await server.connect(transport);
    warmUp();
    if ((await stopped) === 'input closed') {
      await Promise.race([transport.settled(), new Promise((resolve) => setTimeout(resolve, ANSWER_GRACE_MS).unref())]);
    }
    await server.close();
  } finally {
    await workspace.close();
  }
}
