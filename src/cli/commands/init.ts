import type { Command } from 'commander';
import { loadDemo } from '../../core/portability/load-demo.js';
import { globalOptions } from '../global-options.js';
import { plural } from '../output.js';
import { prepare, withWorkspace } from '../runtime.js';
import { given } from './parse.js';

/** Where the workspace is, without a PostgreSQL password. */
function describe(url: string): string {
  try {
    const u = new URL(url);
    if (u.protocol.startsWith('postgres')) return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    // A file path, not a URL.
  }
  return url;
}

/** `understudy init [--demo]`: create the workspace, optionally with the two worked examples. */
export function registerInit(program: Command): void {
  globalOptions(program.command('init'))
    .description('create the workspace (--demo: load the two worked examples)')
    .option('--demo', 'load the framework’s two worked examples as real records')
    .option('--name <name>', 'your name')
    .option('--role <role>', 'your role, e.g. "Senior PM, Growth"')
    .option('--level <level>', 'junior, mid, senior, lead or executive')
    .action(async (_o, cmd: Command) => {
      const run = prepare(cmd);
      const o = run.options;
      const result = await withWorkspace(run, async (ctx) => {
        const demo = o.demo ? await loadDemo(ctx) : null;
        const profile = given({ name: o.name, role: o.role, level: o.level });
        if (Object.keys(profile).length > 0) {
          const { parseInput } = await import('../../core/records/parse-input.js');
          const { userUpdate } = await import('../../core/users/schemas.js');
          await ctx.ws.updateProfile({ ...parseInput(userUpdate, profile, 'profile'), updatedAt: ctx.clock.now() });
        }
        return { database: describe(run.config.databaseUrl), user: await ctx.ws.profile(), demo };
      });
      run.out.print(result, () =>
        [
          `Workspace ready in ${result.database}`,
          result.demo ? `Loaded the demo: ${plural(result.demo.outcomes, 'outcome')}, ${plural(result.demo.mentors, 'mentor')}.` : null,
          'Next: understudy outcome add "…", or understudy serve to open the app.',
        ]
          .filter(Boolean)
          .join('\n'),
      );
    });
}
