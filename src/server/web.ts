import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { ServerEnv } from './env.js';

const missing = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Understudy</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><h1>Understudy</h1>
<p>The web app is not built in this checkout. Run <code>npm run build</code>, or use the
<a href="/api/docs">API</a> and the <code>understudy</code> command.</p></body></html>`;

/**
 * Where the built web app is: `dist/web` of the package, found from this module whether it runs
 * from the sources or from the bundle in `dist/`.
 */
export function findWebRoot(from: string = import.meta.url): string | null {
  let dir = dirname(fileURLToPath(from));
  for (let i = 0; i < 6; i += 1) {
    for (const candidate of [join(dir, 'dist', 'web'), join(dir, 'web')]) {
      if (existsSync(join(candidate, 'index.html')) && existsSync(join(candidate, 'assets'))) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return null;
}

/**
 * The web app: hashed assets with long caching, and `index.html` for every other page the app
 * routes in the browser (`/mentors/…`), never cached so an upgrade shows at once.
 */
export function webRoutes(app: OpenAPIHono<ServerEnv>, root: string | null = findWebRoot()): void {
  if (!root) {
    app.get('/', (c) => c.html(missing));
    return;
  }
  app.use(
    '/assets/*',
    serveStatic({
      root,
      onFound: (_path, c) => {
        c.header('cache-control', 'public, max-age=31536000, immutable');
      },
    }),
  );
  const index = serveStatic({
    root,
    path: 'index.html',
    onFound: (_path, c) => {
      c.header('cache-control', 'no-cache');
    },
  });
  app.get('*', (c, next) => (c.req.path.startsWith('/api/') || c.req.path.startsWith('/assets/') ? next() : index(c, next)));
}
