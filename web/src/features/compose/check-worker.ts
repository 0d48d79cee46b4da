/**
 * The worker that runs the message checks, so a check never holds up typing: it receives
 * `{id, spec, text}` and answers `{id, result}` (or `{id, error}` when the check failed).
 */
// First: the analysis code needs it when it loads.
import { type CheckSpec, runCheckSpec } from './check-spec.js';

addEventListener('message', (event: MessageEvent<{ id: number; spec: CheckSpec; text: string }>) => {
  const { id, spec, text } = event.data;
  try {
    postMessage({ id, result: runCheckSpec(spec, text) });
  } catch (error) {
    postMessage({ id, error: error instanceof Error ? error.message : 'The check failed' });
  }
});
