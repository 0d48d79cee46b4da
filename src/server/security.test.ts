import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestWorkspace, type TestWorkspace } from '../../test/helpers/workspace.js';
import { workspacesOf } from '../boot/open-workspace.js';
import { resolveServeBinding } from '../config/serve-binding.js';
import { createApp } from './app.js';
import { allowedHosts, normalizeHost, servedHosts } from './security.js';

/*
 * The Host and Origin checks as a browser meets them: a DNS-rebinding page sends its own name
 * as Host; a cross-site form or fetch sends its own Origin. Both are refused, whatever address
 * the server listens on.
 */

let t: TestWorkspace;
beforeAll(async () => {
  t = await openTestWorkspace(':memory:');
});
afterAll(() => t.close());

/** The app as `serve --host HOST --allowed-host …` runs it on port 4477. */
function appFor(host: string, names: string[] = []) {
  const hosts = servedHosts(resolveServeBinding({ host, allowedHosts: names }), 4477);
  return createApp({ workspaces: workspacesOf(t.store, t.ctx.clock), version: 'test', hosts: () => hosts });
}

const get = (app: ReturnType<typeof appFor>, host: string, path = '/api/backup') =>
  app.request(`http://${host}${path}`, { headers: { host } });

const post = (app: ReturnType<typeof appFor>, origin: string, host = '127.0.0.1:4477') =>
  app.request(`http://${host}/api/mentors`, {
    method: 'POST',
    headers: { host, origin, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'From a page' }),
  });

describe('the Host check', () => {
  it('serves only the allowed names with the port when bound to every address', async () => {
    const app = appFor('0.0.0.0', ['understudy.lan', 'proxy.lan:8080']);
    for (const host of ['understudy.lan:4477', 'UNDERSTUDY.lan:4477', 'proxy.lan:8080', '127.0.0.1:4477', 'localhost:4477', '[::1]:4477']) {
      expect((await get(app, host, '/api/health')).status, host).toBe(200);
    }
    for (const host of ['evil.com', 'evil.com:4477', 'understudy.lan', 'understudy.lan:4478', 'proxy.lan:4477', '0.0.0.0:4477']) {
      const response = await get(app, host);
      expect(response.status, host).toBe(403);
      expect(await response.json()).toMatchObject({ error: { code: 'forbidden_host' } });
    }
  });

  it('refuses Host values that only look like an allowed one', async () => {
    const app = appFor('127.0.0.1');
    for (const host of ['evil.com@127.0.0.1:4477', '127.0.0.1:4477/x', '127.0.0.1:4477.evil.com', '127.0.0.1:04477 x', '']) {
      expect((await app.request('http://127.0.0.1:4477/api/health', { headers: { host } })).status, host).toBe(403);
    }
  });

  it('matches a port left out the way browsers leave out the default one', async () => {
    const hosts = servedHosts(resolveServeBinding({ host: '0.0.0.0', allowedHosts: ['understudy.lan:80'] }), 4477);
    expect(hosts.has('understudy.lan')).toBe(true);
    expect(normalizeHost('Understudy.LAN:80')).toBe('understudy.lan');
    expect(allowedHosts('::1', 4477)).toEqual(new Set(['127.0.0.1:4477', 'localhost:4477', '[::1]:4477']));
  });
});

describe('the Origin check', () => {
  const app = () => appFor('127.0.0.1');

  it('takes writes from its own scheme, host and port', async () => {
    for (const origin of ['http://127.0.0.1:4477', 'http://localhost:4477', 'http://[::1]:4477']) {
      expect((await post(app(), origin)).status, origin).toBe(201);
    }
  });

  it('refuses another scheme, host or port', async () => {
    for (const origin of [
      'https://127.0.0.1:4477',
      'ftp://127.0.0.1:4477',
      'ws://127.0.0.1:4477',
      'http://127.0.0.1:4478',
      'http://127.0.0.1',
      'http://evil.com',
      'http://user@127.0.0.1:4477',
      'null',
      'not a url',
    ]) {
      const response = await post(app(), origin);
      expect(response.status, origin).toBe(403);
      expect(await response.json()).toMatchObject({ error: { code: 'forbidden_origin' } });
    }
  });

  it('takes writes from an allowed name beyond loopback, and refuses https for an http server', async () => {
    const exposed = appFor('0.0.0.0', ['understudy.lan']);
    expect((await post(exposed, 'http://understudy.lan:4477', 'understudy.lan:4477')).status).toBe(201);
    expect((await post(exposed, 'https://understudy.lan:4477', 'understudy.lan:4477')).status).toBe(403);
    expect((await post(exposed, 'http://evil.com:4477', 'understudy.lan:4477')).status).toBe(403);
  });
});
