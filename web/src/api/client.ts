import type { ApiError } from '../../../src/contracts/common.js';

/** An error the API answered with: its code (`not_found`, `illegal_transition`…) and message. */
export class RequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/**
 * The error of an answer's body: ours (`{error: {code, message}}`), or the sign-in library's
 * (`{code, message}`, with a code such as `INVALID_EMAIL_OR_PASSWORD`, kept lower-case).
 */
function errorOf(body: unknown): ApiError['error'] | null {
  if (typeof body !== 'object' || body === null) return null;
  if ('error' in body && typeof body.error === 'object' && body.error !== null) return (body as ApiError).error;
  if ('message' in body && typeof body.message === 'string') {
    const code = 'code' in body && typeof body.code === 'string' ? body.code.toLowerCase() : 'http_error';
    return { code, message: body.message };
  }
  return null;
}

async function send<T>(method: string, path: string, body?: unknown): Promise<T> {
  const init: RequestInit = { method, headers: { accept: 'application/json' } };
  if (body instanceof FormData) init.body = body;
  else if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers = { ...init.headers, 'content-type': 'application/json' };
  }
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new RequestError(0, 'unreachable', 'Understudy is not answering; is `understudy serve` still running?');
  }
  const type = response.headers.get('content-type') ?? '';
  if (!response.ok) {
    const error = type.includes('json') ? errorOf(await response.json()) : null;
    throw new RequestError(
      response.status,
      error?.code ?? 'http_error',
      error?.message ?? `${response.status} ${response.statusText}`,
      error?.details,
    );
  }
  if (response.status === 204) return undefined as T;
  return (type.includes('json') ? await response.json() : await response.text()) as T;
}

/** The HTTP API, same origin. Every call resolves to the parsed body or throws `RequestError`. */
export const api = {
  get: <T>(path: string) => send<T>('GET', path),
  post: <T>(path: string, body?: unknown) => send<T>('POST', path, body ?? {}),
  put: <T>(path: string, body: unknown) => send<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown) => send<T>('PATCH', path, body),
  delete: <T = void>(path: string, body?: unknown) => send<T>('DELETE', path, body),
};

/** Builds a query string from defined values. */
export function query(params: Record<string, string | number | undefined | null>): string {
  const entries = Object.entries(params).filter((e): e is [string, string | number] => e[1] !== undefined && e[1] !== null && e[1] !== '');
  return entries.length ? `?${new URLSearchParams(entries.map(([k, v]) => [k, String(v)])).toString()}` : '';
}
