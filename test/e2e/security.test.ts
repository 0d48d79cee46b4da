import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, startTestServer, type TestBrowser, type TestServer } from './harness.js';

/** A page on another origin that tries to write to Understudy with the user's browser. */
function hostileSite(target: string): Promise<Server> {
  const page = `<!doctype html><title>Hostile</title><script>
    window.result = 'pending';
    fetch('${target}/api/mentors/with-relationship', {
      method: 'POST', mode: 'no-cors', headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ mentor: { name: 'Planted by another site' } }),
    }).then(() => { window.result = 'sent'; }, () => { window.result = 'blocked'; });
  </script>`;
  const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(page));
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('the web app against hostile pages and hosts, in Chromium', () => {
  let server: TestServer;
  let browser: TestBrowser;
  let hostile: Server;
  const port = () => new URL(server.url).port;
  const mentorNames = async () => {
    const response = await fetch(`${server.url}/api/mentors?limit=1000`);
    return ((await response.json()) as { items: Array<{ name: string }> }).items.map((m) => m.name);
  };
  beforeAll(async () => {
    server = await startTestServer({ today: '2026-11-28' });
    hostile = await hostileSite(server.url);
    // rebinding.test resolves to this machine, as a DNS-rebinding attack would make it.
    browser = await launchBrowser(['--host-resolver-rules=MAP rebinding.test 127.0.0.1']);
  });
  afterAll(async () => {
    await browser?.cleanup();
    hostile?.close();
    await server?.close();
  });

  it('refuses a write sent by a page on another origin, and stores nothing', async () => {
    const page = await browser.newPage();
    const refused = page.waitForResponse((r) => r.url().includes('/api/mentors/with-relationship'));
    await page.goto(`http://127.0.0.1:${(hostile.address() as AddressInfo).port}/`);
    expect((await refused).status()).toBe(403);
    expect(await mentorNames()).not.toContain('Planted by another site');
  });

  it('refuses to serve the app or the API under a name that is not its own (DNS rebinding)', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`http://rebinding.test:${port()}/`);
    expect(response?.status()).toBe(403);
    expect(await page.locator('body').textContent()).toContain('refused');
    const api = await page.goto(`http://rebinding.test:${port()}/api/mentors`);
    expect(api?.status()).toBe(403);
  });

  it('shows script and onerror payloads saved in notes as text, and runs none of them', async () => {
    const payload = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
    const post = async (path: string, body: object) => {
      const response = await fetch(`${server.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect(response.status).toBe(201);
      return (await response.json()) as Record<string, { id: string }>;
    };
    const added = await post('/api/mentors/with-relationship', { mentor: { name: 'Noted Mentor', notes: `Met at a meetup ${payload}` } });
    const relationshipId = added.relationship?.id ?? '';
    await post('/api/meetings', { relationshipId, date: '2026-11-20', objective: 'Pricing', notes: `Notes ${payload}` });
    const page = await browser.newPage();
    await page.goto(`${server.url}/mentors/${added.mentor?.id ?? ''}`);
    const main = page.getByRole('main');
    await expect.poll(() => main.textContent()).toContain(`Met at a meetup ${payload}`);
    expect(await main.textContent()).toContain(`Notes ${payload}`);
    expect(await main.locator('img[src="x"], script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(page.errors).toEqual([]);
  });

  it('sends a Content Security Policy that runs no inline or foreign script', async () => {
    const page = await browser.newPage();
    const response = await page.goto(server.url);
    const csp = (await response?.headerValue('content-security-policy')) ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    // An inline script injected into the page is blocked by the policy.
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inline = 1';
      document.body.append(script);
    });
    expect(await page.evaluate(() => (window as unknown as { __inline?: number }).__inline)).toBeUndefined();
  });
});
