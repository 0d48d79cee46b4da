import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import pkg from '../../package.json' with { type: 'json' };
import type { Config } from '../config/load-config.js';
import { createClock } from '../core/clock.js';
import { ensureLocalUser } from '../core/users/ensure-local-user.js';
import { openStore } from '../store/open-store.js';
import { createMcpServer } from './create-mcp-server.js';
import { warmUp } from './modules.js';
import { createSession } from './session.js';

/**
 * Serves the workspace over MCP on standard input and output until the client closes the
 * stream (or the process is interrupted), then closes the database. Standard output carries
 * only the protocol; nothing else is ever written to it.
 */
export async function startMcp(options: { config: Config }): Promise<void> {
  const store = await openStore({ url: options.config.databaseUrl });
  try {
    const user = await ensureLocalUser(store, createClock(options.config.today));
    const session = createSession({ store, userId: user.id, today: options.config.today });
    const server = createMcpServer({ session, version: pkg.version });
    const transport = new StdioServerTransport();
    const closed = new Promise<void>((resolve) => {
      transport.onclose = resolve;
      process.stdin.once('end', resolve);
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await server.connect(transport);
    warmUp();
    await closed;
    await server.close();
  } finally {
    await store.close();
  }
}
