import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { registerTools, type ToolSpec } from './define-tool.js';
import { registerPrompts } from './prompts.js';
import { registerResources } from './resources.js';
import type { McpSession } from './session.js';
import { adviceTools } from './tools/advice.js';
import { checkTools } from './tools/checks.js';
import { gapTools } from './tools/gaps.js';
import { libraryTools } from './tools/library.js';
import { loopTools } from './tools/loop.js';
import { mentoringTools } from './tools/mentoring.js';
import { mentorTools } from './tools/mentors.js';
import { mirrorTools } from './tools/mirror.js';
import { outcomeTools } from './tools/outcomes.js';

/** Every tool, in the order of the loop: the checks first, then the Artifact method, then the workspace. */
export const tools: readonly ToolSpec[] = [
  ...checkTools,
  ...libraryTools,
  ...outcomeTools,
  ...gapTools,
  ...mentorTools,
  ...loopTools,
  ...adviceTools,
  ...mirrorTools,
  ...mentoringTools,
] as readonly ToolSpec[];

/** Builds the MCP server of one workspace: its tools, resources and prompts. */
export function createMcpServer(options: { session: McpSession; version: string }): McpServer {
  const server = new McpServer(
    { name: 'understudy', title: 'Understudy', version: options.version },
    {
      instructions: [
        'Understudy helps a product manager grow through deliberate mentorship, on their own local workspace.',
        'The loop: a concrete 3–6 month outcome → the skill gap that blocks it (IQ or EQ) → a mentor excellent at it who can explain how → the smallest ask → apply the advice → circle back with the result → only then ask for more.',
        'Read understudy://framework for the rules and understudy://workspace/summary for where the user stands.',
        'Check every goal and message with the matching tool before the user uses it, and ask the user before writing to their workspace.',
      ].join(' '),
    },
  );
  registerTools(server, options.session, tools);
  registerResources(server, options.session);
  registerPrompts(server, options.session);
  return server;
}
