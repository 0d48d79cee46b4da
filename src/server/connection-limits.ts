import type { ServerOptions } from 'node:http';

/**
 * How long the server waits for a client, and how many it serves at once, so slow or idle
 * clients cannot starve the others or exhaust the process's file descriptors.
 */
export interface ConnectionLimits {
  /** Time to receive a request's headers; a client that sends half a header is cut off (408). */
  readonly headersTimeoutMs: number;
  /** Time to receive a whole request, body included: the largest upload on a slow link. */
  readonly requestTimeoutMs: number;
  /** How long an idle keep-alive connection stays open between requests. */
  readonly keepAliveTimeoutMs: number;
  /** Open connections at once; further ones are closed as they arrive. */
  readonly maxConnections: number;
  /** How often open connections are checked against the header and request timeouts. */
  readonly checkIntervalMs: number;
}

/** The limits `understudy serve` runs with, all in one place. */
export const CONNECTION_LIMITS: ConnectionLimits = Object.freeze({
  headersTimeoutMs: 20_000,
  requestTimeoutMs: 120_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 1_000,
  checkIntervalMs: 1_000,
});

/**
 * The limits as Node's HTTP server takes them when it is created: the connection check
 * interval can only be set there. The request timeout is never shorter than the header one.
 */
export function serverOptionsFor(limits: ConnectionLimits): ServerOptions {
  return {
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: Math.max(limits.requestTimeoutMs, limits.headersTimeoutMs),
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    connectionsCheckingInterval: limits.checkIntervalMs,
  };
}
