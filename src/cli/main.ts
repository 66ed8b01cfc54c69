// The slens command line: a thin layer that parses arguments, calls a module and prints.
// Each command group registers itself from its own file; heavy modules load inside actions only.
import { Command, CommanderError } from 'commander';
import { readFileSync } from 'node:fs';
import { processContext, type CliContext } from './context.js';
import { EXIT_INTERNAL, EXIT_USAGE } from './exit-codes.js';
import { isUserError, formatUserError } from '../util/errors.js';
import { registerCommands } from './commands/index.js';
import { isLang, type Lang } from '../util/i18n.js';
import { localizeUsageError } from './usage-errors.js';

/** The `--lang` of the command line (`--lang ja` or `--lang=ja`), so errors thrown before or outside a command's own handling speak it too. */
export function langFromArgv(argv: readonly string[]): Lang {
  let lang: Lang = 'en';
  argv.forEach((arg, i) => {
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (isLang(value)) lang = value;
  });
  return lang;
}

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

export function buildProgram(ctx: CliContext, lang: Lang = 'en'): Command {
  const writeErr = (s: string): void => ctx.stderr(s);
  const outputError = (s: string): void => ctx.stderr(localizeUsageError(s, lang));
  const program = new Command('slens');
  program
    .description(
      'Well-Architected Serverless Lens reviews backed by evidence from your templates, logs and metrics.',
    )
    .version(packageVersion(), '-V, --version', 'print the slens version')
    .helpOption('-h, --help', 'show help for a command')
    .showSuggestionAfterError(true)
    .configureOutput({ writeOut: (s) => ctx.stdout(s), writeErr, outputError })
    .exitOverride();
  registerCommands(program, ctx);
  // Every subcommand reports usage errors the same way (exit 2) instead of exiting the process itself.
  const harden = (cmd: Command): void => {
    cmd.exitOverride().configureOutput({ writeOut: (s) => ctx.stdout(s), writeErr, outputError });
    cmd.commands.forEach(harden);
  };
  program.commands.forEach(harden);
  return program;
}

export async function main(argv: string[], ctx: CliContext = processContext()): Promise<number> {
  const program = buildProgram(ctx, langFromArgv(argv));
  try {
    if (argv.length === 0) {
      program.outputHelp();
      return EXIT_USAGE;
    }
    await program.parseAsync(argv, { from: 'user' });
    return ctx.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are successful exits; everything else is bad usage.
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
      return EXIT_USAGE;
    }
    if (isUserError(error)) {
      ctx.stderr(`slens: ${formatUserError(error, langFromArgv(argv))}\n`);
      return EXIT_USAGE;
    }
    ctx.stderr(`slens: internal error: ${(error as Error)?.stack ?? String(error)}\n`);
    return EXIT_INTERNAL;
  }
}

/** A worker thread of a parallel scan (bin/worker.js): loaded only there, so other commands never load it. */
export async function runScanWorker(): Promise<void> {
  const worker = await import('../scan/scan-worker.js');
  worker.runScanWorker();
}
