// `slens serve`: the HTTP API and the web pages, until Ctrl-C (SIGINT) or SIGTERM.
import type { Command } from 'commander';
import { choose, type CliContext } from '../context.js';
import { UserError } from '../../util/errors.js';
import { fill, LANGS, type Localized } from '../../util/i18n.js';

interface ServeOptions {
  port: string;
  host: string;
  demo?: boolean;
  lang?: string;
  allowedHost: string[];
  awsThrottle?: string;
}

const SAY = {
  serving: { en: 'slens: serving {url} (database {database})', ja: 'slens: {url} で提供中（データベース {database}）' },
  sample: { en: 'slens: sample workload: {url}', ja: 'slens: サンプルのワークロード: {url}' },
  stop: { en: 'slens: press Ctrl-C to stop', ja: 'slens: Ctrl-C で停止します' },
} as const satisfies Record<string, Localized>;

function portOf(value: string): number {
  const port = Number(value);
  if (!/^\d{1,5}$/.test(value) || port > 65535) throw new UserError('bad-option', { en: `--port must be a number from 0 to 65535 (got "${value}")`, ja: `--port には 0 から 65535 までの数を指定してください（指定値「${value}」）` });
  return port;
}

function throttleOf(value: string | undefined): number | undefined {
  if (value === undefined || value === '' || value === '0') return undefined;
  if (!/^\d{1,3}$/.test(value)) throw new UserError('bad-option', { en: `--aws-throttle must be a whole number from 0 to 999 (got "${value}")`, ja: `--aws-throttle には 0 から 999 までの整数を指定してください（指定値「${value}」）` });
  return Number(value);
}

export function registerServe(program: Command, ctx: CliContext): Command {
  return program
    .command('serve')
    .description('serve the review API (/api, documented at /api/openapi.json) and the web pages on the database DATABASE_URL names')
    .option('--port <port>', 'TCP port to listen on (0 picks a free one)', '3000')
    .option('--host <host>', 'address to listen on; any address but loopback needs an API token to exist ("slens token create")', '127.0.0.1')
    .option('--demo', 'make sure the built-in lens and a sample workload with a few answers exist, then serve')
    .option('--lang <lang>', 'language of the start-up messages: en or ja', 'en')
    .option('--allowed-host <name>', 'a host name to answer to besides 127.0.0.1, localhost and [::1] while no token is needed (repeatable; e.g. a local proxy)', (name: string, names: string[]) => [...names, name], [] as string[])
    .option('--aws-throttle <n>', 'testing: the W-A-compatible API (/aws) answers ThrottlingException to n of every n+1 requests, so clients\' retries can be tried (also SLENS_AWS_THROTTLE)')
    .addHelpText(
      'after',
      '\nDatabase: DATABASE_URL=sqlite:<file> or postgres://user@host/db (default: the SQLite file ./.slens/slens.db).\nOn loopback with no token created, no sign-in is needed; once a token exists every request needs one.\nEach request is logged as one JSON line on standard output.\nSeveral processes may serve one database (docs/teams.md); an upload job whose process stopped is marked failed after SLENS_UPLOAD_TIMEOUT seconds without a heartbeat (default 120).\n',
    )
    .action(async (opts: ServeOptions) => {
      const port = portOf(opts.port);
      const throttle = throttleOf(opts.awsThrottle ?? process.env.SLENS_AWS_THROTTLE);
      const lang = choose('lang', opts.lang, LANGS, 'en');
      const { startServer } = await import('../../server/start.js');
      const server = await startServer({ port, host: opts.host, demo: opts.demo === true, lang, allowedHosts: opts.allowedHost, awsThrottle: throttle, log: (line) => ctx.stdout(`${line}\n`) });
      ctx.stderr(`${fill(SAY.serving[lang], { url: server.url, database: server.database })}\n`);
      if (server.demoWorkloadId) ctx.stderr(`${fill(SAY.sample[lang], { url: `${server.url}/workloads/${server.demoWorkloadId}` })}\n`);
      ctx.stderr(`${SAY.stop[lang]}\n`);
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
