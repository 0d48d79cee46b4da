import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { ServerEnv } from './env.js';

const assets = new Set(['swagger-ui.css', 'swagger-ui-bundle.js']);

/** The interactive docs page: Swagger UI served from this machine, never from a CDN. */
const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Understudy API</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css"></head>
<body><div id="ui"></div><script src="/api/docs/assets/swagger-ui-bundle.js"></script>
<script src="/api/docs/assets/init.js"></script></body></html>`;

const init = "window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#ui', deepLinking: true });";

/** `/api/openapi.json` and the interactive docs at `/api/docs`. */
export function docsRoutes(app: OpenAPIHono<ServerEnv>, version: string): void {
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Understudy API',
      version,
      description: 'The workspace of Understudy: outcomes, skill gaps, mentors and the mentorship loop. Served on 127.0.0.1 only.',
    },
  });
  app.get('/api/docs', (c) => c.html(page));
  app.get('/api/docs/assets/init.js', (c) => c.body(init, 200, { 'content-type': 'text/javascript; charset=utf-8' }));
  app.get('/api/docs/assets/:file', async (c) => {
    const file = c.req.param('file');
    if (!assets.has(file)) return c.notFound();
    const dir = createRequire(import.meta.url)
      .resolve('swagger-ui-dist/package.json')
      .replace(/package\.json$/, '');
    const type = file.endsWith('.css') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8';
    return c.body(await readFile(join(dir, file)), 200, { 'content-type': type, 'cache-control': 'max-age=3600' });
  });
}
