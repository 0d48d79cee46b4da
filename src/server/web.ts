import type { OpenAPIHono } from '@hono/zod-openapi';
import type { ServerEnv } from './env.js';

const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Understudy</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#1b1b1f}
a{color:#3451b2}code{background:#f1f1f4;padding:0 .3em;border-radius:3px}</style></head>
<body><h1>Understudy</h1>
<p>Grow faster as a product manager: pick a concrete outcome, name the skill that blocks it,
find a mentor who is excellent at it and can explain how, make the smallest ask, apply the
advice, circle back, and only then ask for more.</p>
<p>The web app is on its way. Until then, use the <a href="/api/docs">API</a> or the
<code>understudy</code> command.</p></body></html>`;

/** The web app at `/` (a plain page until the web app lands). */
export function webRoutes(app: OpenAPIHono<ServerEnv>): void {
  app.get('/', (c) => c.html(page));
}
