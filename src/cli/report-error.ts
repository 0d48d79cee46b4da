import { isAppError } from '../core/errors.js';

/** Exit codes of the command-line contract (SPEC §4). */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/**
 * The one place the CLI turns an error into what the user sees: a single line on standard
 * error and exit code 2. Only `UNDERSTUDY_DEBUG=1` shows a stack trace.
 */
export function reportError(error: unknown, stderr: (line: string) => void, debug: boolean): number {
  if (isAppError(error)) {
    stderr(`understudy: ${oneLine(error.message)}`);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    stderr(`understudy: unexpected error: ${oneLine(message)}`);
    if (debug && error instanceof Error && error.stack) stderr(error.stack);
  }
  return EXIT.usage;
}

/** Collapses a message to one line. */
export function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
