import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/*
 * The folder boundaries in biome.json, proved on planted files: a copy of the repository's
 * sources and lint configuration in a temporary folder gets one new file per rule holding one
 * forbidden import (or one read of `process.env`), and one file per folder holding only
 * imports that folder may make. One run of the repository's own Biome lints them all; each
 * forbidden file must be reported under its rule, and each allowed file must be reported
 * under none, so the test cannot pass by the linter failing on everything.
 */

const repo = fileURLToPath(new URL('..', import.meta.url));
const biome = join(repo, 'node_modules', '.bin', 'biome');

const restricted = 'lint/style/noRestrictedImports';
const processEnv = 'lint/style/noProcessEnv';
const nodeModules = 'lint/correctness/noNodejsModules';
const cycle = 'lint/suspicious/noImportCycles';
const contractsPlugin = 'plugin';

/** A module each folder offers the planted files, so every planted import resolves. */
const target = 'export const planted = 1;\n\nexport type Planted = number;\n';
const targets = ['analysis', 'boot', 'cli', 'config', 'contracts', 'core', 'mail', 'mcp', 'server', 'store', 'workers'].map(
  (folder) => `src/${folder}/planted-target.ts`,
);
targets.push('src/core/planted/schemas.ts');

/** One value import of `planted` from `from`, used so no other rule has anything to say. */
const uses = (from: string) => `import { planted } from '${from}';\n\nexport const uses = [planted];\n`;
const readsEnv = 'export const home = process.env.HOME;\n';

/** Planted files that break one rule: [path, source, the rule Biome must report]. */
const forbidden: Array<[string, string, string]> = [
  ['src/contracts/planted-core-value.ts', uses('../core/planted-target.js'), contractsPlugin],
  [
    'src/contracts/planted-core-inline-type.ts',
    "import { type Planted } from '../core/planted-target.js';\n\nexport type Uses = Planted;\n",
    contractsPlugin,
  ],
  ['src/contracts/planted-core-reexport.ts', "export { planted } from '../core/planted-target.js';\n", contractsPlugin],
  ['src/contracts/planted-store.ts', uses('../store/planted-target.js'), restricted],
  ['src/store/planted-config.ts', uses('../config/planted-target.js'), restricted],
  ['src/store/dialects/planted-config.ts', uses('../../config/planted-target.js'), restricted],
  ['src/store/planted-server.ts', uses('../server/planted-target.js'), restricted],
  ['src/core/planted-fs.ts', "import { readFileSync } from 'fs';\n\nexport const uses = [readFileSync];\n", restricted],
  ['src/core/planted-fs-promises.ts', "import { readFile } from 'fs/promises';\n\nexport const uses = [readFile];\n", restricted],
  ['src/core/planted-path.ts', "import { join } from 'path';\n\nexport const uses = [join];\n", restricted],
  ['src/core/planted-node-fs.ts', "import { readFileSync } from 'node:fs';\n\nexport const uses = [readFileSync];\n", restricted],
  ['src/core/planted-os.ts', "import { tmpdir } from 'os';\n\nexport const uses = [tmpdir];\n", nodeModules],
  ['src/core/planted-kysely.ts', "import { sql } from 'kysely';\n\nexport const uses = [sql];\n", restricted],
  [
    'src/core/planted-kysely-helpers.ts',
    "import { jsonArrayFrom } from 'kysely/helpers/sqlite';\n\nexport const uses = [jsonArrayFrom];\n",
    restricted,
  ],
  ['src/core/planted-hono.ts', "import { Hono } from 'hono';\n\nexport const uses = [Hono];\n", restricted],
  ['src/core/actions/planted-server.ts', uses('../../server/planted-target.js'), restricted],
  ['src/core/planted-cli.ts', uses('../cli/planted-target.js'), restricted],
  ['src/core/planted-mcp.ts', uses('../mcp/planted-target.js'), restricted],
  ['src/core/planted-store.ts', uses('../store/planted-target.js'), restricted],
  ['src/core/planted-config.ts', uses('../config/planted-target.js'), restricted],
  ['src/core/planted-boot.ts', uses('../boot/planted-target.js'), restricted],
  ['src/core/planted-contracts.ts', uses('../contracts/planted-target.js'), restricted],
  ['src/server/planted-env.ts', readsEnv, processEnv],
  ['src/cli/planted-env.ts', readsEnv, processEnv],
  ['src/mcp/planted-env.ts', readsEnv, processEnv],
  ['src/core/planted-env.ts', readsEnv, processEnv],
  ['src/store/planted-env.ts', readsEnv, processEnv],
  ['src/boot/planted-env.ts', readsEnv, processEnv],
  ['src/planted-main-env.ts', readsEnv, processEnv],
  ['web/src/planted-env.ts', readsEnv, processEnv],
  ['src/server/planted-cli.ts', uses('../cli/planted-target.js'), restricted],
  ['src/server/routes/planted-mcp.ts', uses('../../mcp/planted-target.js'), restricted],
  ['src/cli/planted-server.ts', uses('../server/planted-target.js'), restricted],
  ['src/cli/commands/planted-mcp.ts', uses('../../mcp/planted-target.js'), restricted],
  [
    'src/cli/commands/planted-start-server.ts',
    "import { startServer } from '../../server/start-server.js';\n\nexport const uses = [startServer];\n",
    restricted,
  ],
  [
    'src/cli/commands/planted-start-mcp.ts',
    "import { startMcp } from '../../mcp/start-mcp.js';\n\nexport const uses = [startMcp];\n",
    restricted,
  ],
  ['src/mcp/planted-server.ts', uses('../server/planted-target.js'), restricted],
  ['src/mcp/tools/planted-cli.ts', uses('../../cli/planted-target.js'), restricted],
  ['src/server/planted-store.ts', uses('../store/planted-target.js'), restricted],
  ['src/cli/commands/planted-store.ts', uses('../../store/planted-target.js'), restricted],
  ['src/mcp/planted-store.ts', uses('../store/planted-target.js'), restricted],
  ['src/analysis/planted-core.ts', uses('../core/planted-target.js'), restricted],
  ['src/config/planted-store.ts', uses('../store/planted-target.js'), restricted],
  ['src/config/planted-server.ts', uses('../server/planted-target.js'), restricted],
  ['src/boot/planted-server.ts', uses('../server/planted-target.js'), restricted],
  ['src/boot/planted-contracts.ts', uses('../contracts/planted-target.js'), restricted],
  ['src/workers/planted-store.ts', uses('../store/planted-target.js'), restricted],
  ['src/mail/planted-config.ts', uses('../config/planted-target.js'), restricted],
  ['src/mail/planted-store.ts', uses('../store/planted-target.js'), restricted],
  ['src/mail/planted-server.ts', uses('../server/planted-target.js'), restricted],
  ['src/mail/planted-env.ts', readsEnv, processEnv],
  ['src/server/routes/planted-mail.ts', uses('../../mail/planted-target.js'), restricted],
  ['src/cli/commands/planted-mail.ts', uses('../../mail/planted-target.js'), restricted],
  ['src/mcp/planted-mail.ts', uses('../mail/planted-target.js'), restricted],
  ['web/src/planted-core.ts', uses('../../src/core/planted-target.js'), restricted],
  // A loop that exists only through a type import still counts: src/ has no import loop at all.
  [
    'src/core/planted-cycle-a.ts',
    "import { b } from './planted-cycle-b.js';\n\nexport type A = number;\n\nexport const a = () => b;\n",
    cycle,
  ],
  ['src/core/planted-cycle-b.ts', "import type { A } from './planted-cycle-a.js';\n\nexport const b: A = 1;\n", cycle],
];

/** Planted files that make only imports their folder may make: [path, source]. */
const allowed: Array<[string, string]> = [
  [
    'src/contracts/planted-allowed.ts',
    `import { z } from 'zod';
import { planted as check } from '../analysis/planted-target.js';
import type { Planted } from '../core/planted-target.js';
import { planted } from '../core/planted/schemas.js';

export type { Planted as Again } from '../core/planted-target.js';
export type Uses = Planted;
export const uses = [z, check, planted];
`,
  ],
  [
    'src/core/planted-allowed.ts',
    "import { z } from 'zod';\nimport { planted } from '../analysis/planted-target.js';\n\nexport const uses = [z, planted];\n",
  ],
  [
    'src/store/planted-allowed.ts',
    "import { readFileSync } from 'node:fs';\nimport { sql } from 'kysely';\nimport { planted } from '../core/planted-target.js';\n\nexport const uses = [readFileSync, sql, planted];\n",
  ],
  [
    'src/config/planted-allowed.ts',
    "import { AppError } from '../core/errors.js';\nimport { planted } from '../core/planted-target.js';\n\nexport const uses = [AppError, planted, process.env.HOME];\n",
  ],
  [
    'src/boot/planted-allowed.ts',
    `import { planted as check } from '../analysis/planted-target.js';
import { planted as settings } from '../config/planted-target.js';
import { planted as domain } from '../core/planted-target.js';
import { planted as mail } from '../mail/planted-target.js';
import { planted as store } from '../store/planted-target.js';

export const uses = [check, settings, domain, mail, store];
`,
  ],
  [
    'src/mail/planted-allowed.ts',
    "import { isIP } from 'node:net';\nimport { createTransport } from 'nodemailer';\nimport { planted } from '../core/planted-target.js';\n\nexport const uses = [isIP, createTransport, planted];\n",
  ],
  [
    'src/server/routes/planted-allowed.ts',
    `import { Hono } from 'hono';
import { planted as check } from '../../analysis/planted-target.js';
import { planted as boot } from '../../boot/planted-target.js';
import { planted as settings } from '../../config/planted-target.js';
import { planted as api } from '../../contracts/planted-target.js';
import { planted as domain } from '../../core/planted-target.js';

export const uses = [Hono, check, boot, settings, api, domain];
`,
  ],
  [
    'src/cli/commands/planted-allowed.ts',
    `import { Command } from 'commander';
import { planted as boot } from '../../boot/planted-target.js';
import { planted as settings } from '../../config/planted-target.js';
import { planted as domain } from '../../core/planted-target.js';
import { planted as worker } from '../../workers/planted-target.js';

export const uses = [Command, boot, settings, domain, worker];
`,
  ],
  [
    'src/mcp/tools/planted-allowed.ts',
    `import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { planted as boot } from '../../boot/planted-target.js';
import { planted as domain } from '../../core/planted-target.js';

export const uses = [McpServer, StdioServerTransport, boot, domain];
`,
  ],
  ['src/analysis/planted-allowed.ts', uses('./planted-target.js')],
  [
    'src/workers/planted-allowed.ts',
    "import { planted as check } from '../analysis/planted-target.js';\nimport { planted as domain } from '../core/planted-target.js';\n\nexport const uses = [check, domain];\n",
  ],
  [
    'src/planted-main.ts',
    `import { planted as boot } from './boot/planted-target.js';
import { planted as cli } from './cli/planted-target.js';
import { planted as mcp } from './mcp/planted-target.js';
import { planted as server } from './server/planted-target.js';

export const uses = [boot, cli, mcp, server];
`,
  ],
  [
    'web/src/planted-allowed.ts',
    "import { planted as check } from '../../src/analysis/planted-target.js';\nimport type { Planted } from '../../src/contracts/planted-target.js';\n\nexport const uses: Planted[] = [check];\n",
  ],
];

/** One diagnostic as Biome's `rdjson` reporter (Reviewdog Diagnostic Format) writes it. */
interface Diagnostic {
  code?: { value: string };
  message: string;
  location: { path: string };
}

describe('the folder boundaries in biome.json', () => {
  let scratch = '';
  const reported = new Map<string, Diagnostic[]>();

  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'understudy-lint-'));
    for (const entry of ['biome.json', 'lint', 'package.json', 'tsconfig.json', 'src']) {
      cpSync(join(repo, entry), join(scratch, entry), { recursive: true });
    }
    const planted = [...targets.map((path): [string, string] => [path, target]), ...forbidden, ...allowed];
    for (const [path, source] of planted) {
      mkdirSync(dirname(join(scratch, path)), { recursive: true });
      writeFileSync(join(scratch, path), source);
    }
    const files = [...forbidden, ...allowed].map(([path]) => path);
    const run = spawnSync(biome, ['lint', '--reporter=rdjson', '--max-diagnostics=none', '--colors=off', ...files], {
      cwd: scratch,
      encoding: 'utf8',
    });
    if (run.error) throw run.error;
    expect(run.stdout, run.stderr).not.toBe('');
    const output = JSON.parse(run.stdout) as { diagnostics: Diagnostic[] };
    for (const diagnostic of output.diagnostics) {
      const path = diagnostic.location.path.replaceAll('\\', '/');
      reported.set(path, [...(reported.get(path) ?? []), diagnostic]);
    }
  }, 60_000);

  afterAll(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  const cases = forbidden.map(([path, , rule]) => ({ path, rule }));
  it.each(cases)('reports $path under $rule', ({ path, rule }) => {
    expect((reported.get(path) ?? []).map((d) => d.code?.value)).toContain(rule);
  });

  it('names the type-only remedy when contracts import a value from core', () => {
    const diagnostic = reported.get('src/contracts/planted-core-value.ts')?.find((d) => d.code?.value === contractsPlugin);
    expect(diagnostic?.message).toMatch(/contracts take only types from core: write `import type`/);
  });

  it.each(allowed)('reports nothing in %s', (path) => {
    expect(reported.get(path) ?? []).toEqual([]);
  });
});
