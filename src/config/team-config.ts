import { AppError } from '../core/errors.js';
import type { Environment } from './load-config.js';

/** Team mode's settings: accounts and sign-in, for the address users open. */
export interface TeamConfig {
  /** The address users open, as `scheme://host[:port]` (cookies are Secure when it is https). */
  readonly publicUrl: string;
  /** Behind a reverse proxy: a client's address is the last one in `X-Forwarded-For`. */
  readonly trustProxy: boolean;
}

/** `serve`'s team flags, as parsed; each overrides its environment variable. */
export interface TeamFlags {
  team?: boolean | undefined;
  publicUrl?: string | undefined;
  trustProxy?: boolean | undefined;
}

/**
 * Team mode from `--team` (or `UNDERSTUDY_TEAM=1`), which needs `--public-url` (or
 * `UNDERSTUDY_PUBLIC_URL`): the scheme, host and port users type, without a path. Undefined in
 * solo mode; the public URL without `--team` is refused rather than ignored.
 */
export function loadTeamConfig(flags: TeamFlags, env: Environment = process.env): TeamConfig | undefined {
  const team = flags.team ?? env.UNDERSTUDY_TEAM === '1';
  const publicUrl = flags.publicUrl ?? env.UNDERSTUDY_PUBLIC_URL;
  const trustProxy = flags.trustProxy ?? env.UNDERSTUDY_TRUST_PROXY === '1';
  if (!team) {
    if (flags.publicUrl !== undefined || flags.trustProxy) throw new AppError('usage', '--public-url and --trust-proxy need --team');
    return undefined;
  }
  if (publicUrl === undefined || publicUrl.trim() === '')
    throw new AppError('usage', '--team needs --public-url: the address users open, such as https://understudy.example.com');
  return Object.freeze({ publicUrl: parsePublicUrl(publicUrl), trustProxy });
}

/** `scheme://host[:port]` of an http(s) URL with no credentials, path, query or fragment. */
function parsePublicUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new AppError('usage', `--public-url must be a URL such as https://understudy.example.com, got "${value.slice(0, 200)}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new AppError('usage', `--public-url must start with https:// (or http://), got "${url.protocol}"`);
  if (url.username || url.password || url.search || url.hash || (url.pathname !== '/' && url.pathname !== ''))
    throw new AppError('usage', '--public-url is the address alone (scheme, host and port): no path, query or credentials');
  return url.origin;
}
