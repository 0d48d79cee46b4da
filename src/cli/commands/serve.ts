import type { Command } from 'commander';
import { AppError } from '../../core/errors.js';
import { globalOptions } from '../global-options.js';
import { prepare } from '../runtime.js';
import { integer } from './parse.js';

/** `understudy serve`: the web app and the API on 127.0.0.1, until interrupted. */
export function registerServe(program: Command): void {
  globalOptions(program.command('serve'))
    .description('run the web app and API (127.0.0.1:4477 by default)')
    .option('--port <port>', 'port to listen on', integer, 4477)
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .action(async (_o, cmd: Command) => {
      const run = prepare(cmd);
      const port = run.options.port as number;
      if (port < 0 || port > 65_535) throw new AppError('usage', `--port must be between 0 and 65535, got ${port}`);
      const { startServer } = await import('../../server/start-server.js');
      const server = await startServer({ config: run.config, host: run.options.host as string, port });
      process.stdout.write(`Understudy is running at ${server.url}\n`);
      await new Promise<void>((resolve) => {
        const stop = () => {
          server.close().then(resolve, resolve);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
