import { RequestError } from './client.js';

type Listener = () => void;

const listeners = new Set<Listener>();

/**
 * Whether a failed request means the session is gone (team mode): the API's own 401, which
 * answers every request without a valid session. Wrong credentials at sign-in are not this.
 */
export function isSessionEnded(error: unknown): boolean {
  return error instanceof RequestError && error.status === 401 && error.code === 'unauthorized';
}

/** Tells every listener that the session ended (signed out elsewhere, expired, or the account deleted). */
export function reportSessionEnded(error: unknown): void {
  if (!isSessionEnded(error)) return;
  for (const listener of listeners) listener();
}

/** Calls `listener` whenever a request finds the session gone; returns how to stop. */
export function onSessionEnded(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
