import type { Config } from '../config/load-config.js';
import type { TeamConfig } from '../config/team-config.js';

/** What `understudy serve` asks of the server: where to listen, for whom. */
export interface ServeRequest {
  config: Config;
  host: string;
  port: number;
  /** `--allowed-host` values: `NAME` or `NAME:PORT`. */
  allowedHosts?: readonly string[] | undefined;
  /** Team mode (`--team --public-url`): accounts and sign-in. */
  team?: TeamConfig | undefined;
}

/** What `understudy mcp` asks of the MCP server: the database, and whose workspace it serves. */
export interface McpRequest {
  config: Config;
  /** `--user`: the team account (email or id) to act as; without it, the solo user as always. */
  user?: string | undefined;
}

/** A server the CLI started: the URL it answers on and how to stop it. */
export interface StartedServer {
  url: string;
  /** The port it listens on (the public URL of team mode may name another, a proxy's). */
  port: number;
  close(): Promise<void>;
}

/**
 * How the CLI starts the other two transports. The process entry (`src/main.ts`) supplies
 * them, so the CLI never imports the server or the MCP server: each transport reaches the core
 * only through the one start-up path (`boot/open-workspace.ts`).
 */
export interface Launchers {
  /** Starts the web app and API; resolves once it listens. */
  serve(request: ServeRequest): Promise<StartedServer>;
  /** Serves MCP on standard input and output; resolves when the client is gone. */
  mcp(request: McpRequest): Promise<void>;
}
