import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { fitsTextLimit, MAX_TEXT_BYTES } from '../analysis/engine/text-limit.js';
import { type ToolAnswer, toolError } from './errors.js';
import type { McpSession } from './session.js';

/** What a tool does to the workspace, which sets the hints an assistant shows its user. */
export type ToolKind = 'check' | 'read' | 'write';

/** One tool: its name, a one-line description written for a model, its input and its work. */
export interface ToolSpec<S extends z.ZodRawShape = z.ZodRawShape> {
  name: string;
  title: string;
  description: string;
  kind: ToolKind;
  input: S;
  /** Runs the tool on validated arguments; returns a JSON object. Errors become tool errors. */
  run(args: z.infer<z.ZodObject<S>>, session: McpSession): Promise<object> | object;
}

/** Declares a tool, keeping its argument types tied to its input schema. */
export function defineTool<S extends z.ZodRawShape>(spec: ToolSpec<S>): ToolSpec<S> {
  return spec;
}

/** The text argument of the checks: at most 1 MB of UTF-8, the limit the command line and the HTTP API apply too. */
export const textArg = (what: string) =>
  z
    .string()
    .max(MAX_TEXT_BYTES)
    .refine(fitsTextLimit, `text must be at most ${MAX_TEXT_BYTES / 1024} KB of UTF-8`)
    .describe(what);

/** An id argument (outcome, gap, mentor, advice, message). */
export const idArg = (what: string) => z.string().min(1).max(64).describe(what);

/** A date argument written YYYY-MM-DD. */
export const dateArg = (what: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date YYYY-MM-DD')
    .describe(what);

/** The answer of a tool that worked: the JSON as text for the model and as structured content. */
export function answer(result: object): ToolAnswer {
  return { content: [{ type: 'text', text: JSON.stringify(result) }], structuredContent: result as Record<string, unknown> };
}

const hints: Record<ToolKind, { readOnlyHint: boolean; destructiveHint: boolean; idempotentHint: boolean; openWorldHint: boolean }> = {
  check: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  read: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  write: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: false },
};

/**
 * Registers tools on the server. Arguments are validated against the input schema by the SDK
 * (a bad argument is a tool error); whatever the tool throws becomes a tool error through
 * `toolError`, so one bad call never stops the server.
 */
export function registerTools(server: McpServer, session: McpSession, specs: readonly ToolSpec[]): void {
  for (const spec of specs) {
    server.registerTool(
      spec.name,
      {
        title: spec.title,
        description: spec.description,
        inputSchema: spec.input,
        annotations: { title: spec.title, ...hints[spec.kind] },
      },
      async (args: Record<string, unknown>) => {
        try {
          return answer(await spec.run(args as z.infer<z.ZodObject<z.ZodRawShape>>, session));
        } catch (error) {
          return toolError(error, session.debug);
        }
      },
    );
  }
}
