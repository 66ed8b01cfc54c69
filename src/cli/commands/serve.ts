// `slens serve`: the HTTP API and the web pages, until Ctrl-C (SIGINT) or SIGTERM.
import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { UserError } from '../../util/errors.js';

interface ServeOptions {
  port: string;
  host: string;
  demo?: boolean;
}

function portOf(value: string): number {
  const port = Number(value);
  if (!/^\d{1,5}$/.test(value) || port > 65535) throw new UserError('bad-option', `--port must be a number from 0 to 65535 (got "${value}")`);
  return port;
}

export function registerServe(program: Command, ctx: CliContext): Command {
  return program
    .command('serve')
    .description('serve the review API (/api, documented at /api/openapi.json) and the web pages on the database DATABASE_URL names')
    .option('--port <port>', 'TCP port to listen on (0 picks a free one)', '3000')
    .option('--host <host>', 'address to listen on; any address but loopback needs an API token to exist ("slens token create")', '127.0.0.1')
    .option('--demo', 'make sure the built-in lens and a sample workload with a few answers exist, then serve')
    .addHelpText(
      'after',
      '\nDatabase: DATABASE_URL=sqlite:<file> or postgres://user@host/db (default: the SQLite file ./.slens/slens.db).\nOn loopback with no token created, no sign-in is needed; once a token exists every request needs one.\nEach request is logged as one JSON line on standard output.\n',
    )
    .action(async (opts: ServeOptions) => {
      const port = portOf(opts.port);
      const { startServer } = await import('../../server/start.js');
      const server = await startServer({ port, host: opts.host, demo: opts.demo === true, log: (line) => ctx.stdout(`${line}\n`) });
      ctx.stderr(`slens: serving ${server.url} (database ${server.database})\n`);
      if (server.demoWorkloadId) ctx.stderr(`slens: sample workload: ${server.url}/workloads/${server.demoWorkloadId}\n`);
      ctx.stderr('slens: press Ctrl-C to stop\n');
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          void server.close().then(resolve);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
    });
}
