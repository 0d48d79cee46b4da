import type { MiddlewareHandler } from 'hono';
import { isLoopbackAddress, isWildcardAddress, type ServeBinding } from '../config/serve-binding.js';
import { sendError } from './errors.js';

const loopbackNames = ['127.0.0.1', 'localhost', '[::1]'];

/**
 * The `Host` values the server answers to: the address it listens on and, for loopback, its
 * other loopback names. Anything else is a DNS-rebinding attempt.
 */
export function allowedHosts(host: string, port: number): Set<string> {
  const bracketed = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  const names = loopbackNames.includes(bracketed) ? loopbackNames : [bracketed];
  return new Set(names.map((n) => normalizeHost(`${n}:${port}`)).filter((n): n is string => n !== null));
}

/**
 * The `Host` values a bound server answers to: each `--allowed-host` (a bare name on the
 * server's own `port`), and the loopback names when this computer can reach the server through
 * them (a loopback or wildcard address). Loopback names are safe to serve: a web page that
 * rebinds its own name still sends that name, never `127.0.0.1`.
 */
export function servedHosts(binding: ServeBinding, port: number): Set<string> {
  const served = new Set<string>();
  if (isLoopbackAddress(binding.host)) for (const host of allowedHosts(binding.host, port)) served.add(host);
  if (isWildcardAddress(binding.host)) for (const host of allowedHosts('127.0.0.1', port)) served.add(host);
  for (const name of binding.allowedHosts) {
    const host = normalizeHost(/:\d+$/.test(name) ? name : `${name}:${port}`);
    if (host) served.add(host);
  }
  return served;
}

/**
 * A `Host` value as the server compares it: lower-case, with the port left out when it is the
 * scheme's default (as browsers send it), or null when it is not a plain `host[:port]`.
 */
export function normalizeHost(value: string, scheme = 'http:'): string | null {
  if (!/^[a-z0-9._~-]+(:\d{1,5})?$|^\[[0-9a-f:.]+\](:\d{1,5})?$/i.test(value)) return null;
  try {
    return new URL(`${scheme}//${value}/`).host;
  } catch {
    return null;
  }
}

/** True when `origin` is this server's own: the same scheme, and a served host and port. */
function isOwnOrigin(origin: string, hosts: ReadonlySet<string>, scheme: string): boolean {
  if (origin === 'null') return false;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.protocol !== scheme || url.username !== '' || url.password !== '') return false;
  return hosts.has(url.host);
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses requests whose Host is not a served name and port (DNS rebinding), and
 * state-changing requests from another origin (CSRF): an Origin must have the server's scheme
 * (`http:`), a served host and its port. Requests without an Origin, such as curl or the CLI,
 * are served: a browser always sends one on a cross-origin write.
 */
export function hostAndOriginGuard(
  hosts: () => ReadonlySet<string>,
  scheme = 'http:',
  /** Origins served besides the server's own (team mode's public URL, often https behind a proxy). */
  origins: ReadonlySet<string> = new Set(),
): MiddlewareHandler {
  return async (c, next) => {
    const allowed = hosts();
    const host = c.req.header('host') ?? new URL(c.req.url).host;
    const normal = normalizeHost(host, scheme);
    if (normal === null || !allowed.has(normal)) {
      return sendError(c, 403, 'forbidden_host', `Requests for host "${host}" are refused; use ${[...allowed][0]}`);
    }
    if (!safeMethods.has(c.req.method)) {
      const origin = c.req.header('origin');
      if (origin !== undefined) {
        if (!origins.has(origin) && !isOwnOrigin(origin, allowed, scheme))
          return sendError(c, 403, 'forbidden_origin', `Writes from origin "${origin}" are refused`);
      } else if (c.req.header('sec-fetch-site') === 'cross-site') {
        return sendError(c, 403, 'forbidden_origin', 'Cross-site writes are refused');
      }
    }
    await next();
  };
}
