import { isIP } from 'node:net';
import { AppError } from '../core/errors.js';

/**
 * Who can reach the server. `loopback`: only this computer. `allowed-hosts`: the network, for
 * the host names the user named with `--allowed-host`; team mode (`serve --team`) adds its
 * public URL's host to them, and every request then needs a session.
 */
export type Exposure = 'loopback' | 'allowed-hosts';

/** Where `serve` listens and which names its clients may use, validated once. */
export interface ServeBinding {
  /** The address to listen on, as given (`127.0.0.1`, `::1`, `0.0.0.0`, a host name). */
  readonly host: string;
  readonly exposure: Exposure;
  /**
   * The `--allowed-host` values, lower-cased, IPv6 addresses in brackets: `name` (served on
   * the server's own port) or `name:port` (as a proxy in front of it addresses it).
   */
  readonly allowedHosts: readonly string[];
}

/** What `serve` was given: `--host` and every `--allowed-host`. */
export interface ServeBindingFlags {
  host: string;
  allowedHosts?: readonly string[] | undefined;
}

const label = '[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?';
const hostName = new RegExp(`^(${label}(?:\\.${label})*)\\.?(?::(\\d{1,5}))?$`);
const bracketed = /^\[([0-9a-f:.]+)\](?::(\d{1,5}))?$/;

/**
 * Refuses to listen beyond this computer unless the user named the hosts clients will use:
 * without a sign-in, anyone who reaches the port could read and change the whole workspace,
 * and a web page could reach it through DNS rebinding. Loopback needs no names.
 */
export function resolveServeBinding(flags: ServeBindingFlags): ServeBinding {
  const host = flags.host.trim();
  const allowedHosts = Object.freeze((flags.allowedHosts ?? []).map(parseAllowedHost));
  if (isLoopbackAddress(host)) return Object.freeze({ host, exposure: 'loopback', allowedHosts });
  if (allowedHosts.length === 0) {
    throw new AppError(
      'usage',
      `Refusing to listen on ${host === '' ? 'every address' : host}: beyond this computer anyone who reaches the port could read and change the whole workspace, which has no sign-in in solo mode. Serve a team with sign-in (--team --public-url URL), or name each host clients will use with --allowed-host NAME (or NAME:PORT; repeat it for more), or keep --host 127.0.0.1`,
    );
  }
  return Object.freeze({ host, exposure: 'allowed-hosts', allowedHosts });
}

/**
 * Checks one `--allowed-host` value and returns it lower-cased with IPv6 in brackets: a host
 * name or IP address, optionally with `:PORT`. Schemes, paths, wildcards and users are refused.
 */
export function parseAllowedHost(value: string): string {
  const text = value.trim().toLowerCase();
  const fail = () =>
    new AppError(
      'usage',
      `--allowed-host "${value}" is not a host name: give NAME or NAME:PORT, such as understudy.lan or understudy.lan:8080`,
    );
  let name: string;
  let port: string | undefined;
  const v6 = bracketed.exec(text);
  if (v6) {
    if (isIP(v6[1] as string) !== 6) throw fail();
    name = `[${v6[1]}]`;
    port = v6[2];
  } else if (isIP(text) === 6) {
    name = `[${text}]`;
  } else {
    const match = hostName.exec(text);
    if (!match) throw fail();
    name = canonicalName(match[1] as string) ?? '';
    if (name === '') throw fail();
    port = match[2];
  }
  if (port === undefined) return name;
  const number = Number(port);
  if (number < 1 || number > 65_535) throw fail();
  return `${name}:${number}`;
}

/** The name as a browser sends it in `Host` (`0x7f.1` is `127.0.0.1`), or null when it is none. */
function canonicalName(name: string): string | null {
  try {
    return new URL(`http://${name}/`).hostname;
  } catch {
    return null;
  }
}

/** True for addresses only this computer can reach: `localhost`, 127.0.0.0/8 and `::1`. */
export function isLoopbackAddress(host: string): boolean {
  const address = host.toLowerCase().replace(/^\[(.*)\]$/, '$1');
  if (address === 'localhost' || address === '::1' || address === '0:0:0:0:0:0:0:1') return true;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return isIP(v4) === 4 && v4.startsWith('127.');
}

/** True for the addresses that listen on every interface, loopback included (`0.0.0.0`, `::`). */
export function isWildcardAddress(host: string): boolean {
  const address = host.toLowerCase().replace(/^\[(.*)\]$/, '$1');
  return address === '' || address === '0.0.0.0' || address === '::' || address === '0:0:0:0:0:0:0:0';
}
