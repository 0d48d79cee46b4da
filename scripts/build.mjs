// Bundles the CLI (and everything it loads lazily) into dist/, so the command starts fast:
// one file to parse for `--version`, chunks for the rest, native drivers left outside; the
// document worker beside it (dist/document-worker.js, started by read-document-off-thread.ts,
// sharing the chunks); then builds the web app into dist/web.
import { rm } from 'node:fs/promises';
import { build } from 'esbuild';
import { build as buildWeb } from 'vite';

await rm('dist', { recursive: true, force: true });
await build({
  entryPoints: { main: 'src/main.ts', 'document-worker': 'src/workers/document-worker.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Native or optional modules are loaded from node_modules at run time.
  external: ['better-sqlite3', 'pg-native', 'swagger-ui-dist'],
  banner: {
    js: "import { createRequire as __understudyRequire } from 'node:module'; const require = __understudyRequire(import.meta.url);",
  },
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  minify: true,
  logLevel: 'warning',
});

// The web app, served by `understudy serve` from dist/web.
await buildWeb({ configFile: 'web/vite.config.ts', logLevel: 'warn' });
