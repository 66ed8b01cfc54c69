// The program around the commands: options every command shares, usage errors, exit codes. main.ts runs it with
// every command group, scan-main.ts with `scan` alone (a smaller bundle to load for the most common command).
import { Command, CommanderError } from 'commander';
import { readFileSync } from 'node:fs';
import type { CliContext } from './context.js';
import { EXIT_INTERNAL, EXIT_USAGE } from './exit-codes.js';
import { isUserError, formatUserError } from '../util/errors.js';
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

/** Registers command groups on the program. */
export type Register = (program: Command, ctx: CliContext) => void;

export function buildProgram(ctx: CliContext, lang: Lang, register: Register): Command {
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
  register(program, ctx);
  // Every subcommand reports usage errors the same way (exit 2) instead of exiting the process itself.
  const harden = (cmd: Command): void => {
    cmd.exitOverride().configureOutput({ writeOut: (s) => ctx.stdout(s), writeErr, outputError });
    cmd.commands.forEach(harden);
  };
  program.commands.forEach(harden);
  return program;
}

export async function runProgram(argv: string[], ctx: CliContext, register: Register): Promise<number> {
  const program = buildProgram(ctx, langFromArgv(argv), register);
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

