import type { MiddlewareHandler } from 'hono';
import { sendError } from './errors.js';

const loopbackNames = ['127.0.0.1', 'localhost', '[::1]'];

/**
 * The `Host` values the server answers to: the address it listens on and, for loopback, its
 * other loopback names. Anything else is a DNS-rebinding attempt.
 */
export function allowedHosts(host: string, port: number): Set<string> {
  const bracketed = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  const names = loopbackNames.includes(bracketed) ? loopbackNames : [bracketed];
  return new Set(names.map((n) => `${n}:${port}`));
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses requests whose Host is not the served address (DNS rebinding) and state-changing
 * requests from another origin (CSRF). Requests without an Origin, such as curl or the CLI,
 * are served: a browser always sends one on a cross-origin write.
 */
export function hostAndOriginGuard(hosts: () => ReadonlySet<string> | null): MiddlewareHandler {
  return async (c, next) => {
    const allowed = hosts();
    if (allowed) {
      const host = c.req.header('host') ?? new URL(c.req.url).host;
      if (!allowed.has(host.toLowerCase())) {
        return sendError(c, 403, 'forbidden_host', `Requests for host "${host}" are refused; use ${[...allowed][0]}`);
      }
    }
    if (!safeMethods.has(c.req.method)) {
      const origin = c.req.header('origin');
      if (origin !== undefined) {
        let originHost: string | null = null;
        try {
          originHost = origin === 'null' ? null : new URL(origin).host.toLowerCase();
        } catch {
          originHost = null;
        }
        const own = allowed ? originHost !== null && allowed.has(originHost) : originHost === new URL(c.req.url).host;
        if (!own) return sendError(c, 403, 'forbidden_origin', `Writes from origin "${origin}" are refused`);
      } else if (c.req.header('sec-fetch-site') === 'cross-site') {
        return sendError(c, 403, 'forbidden_origin', 'Cross-site writes are refused');
      }
    }
    await next();
  };
}
