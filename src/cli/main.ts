// The slens command line: a thin layer that parses arguments, calls a module and prints.
// Each command group registers itself from its own file; heavy modules load inside actions only.
import type { Command } from 'commander';
import { processContext, type CliContext } from './context.js';
import { registerCommands } from './commands/index.js';
import type { Lang } from '../util/i18n.js';
import { buildProgram as buildWith, runProgram } from './program.js';

export { langFromArgv } from './program.js';

export function buildProgram(ctx: CliContext, lang: Lang = 'en'): Command {
  return buildWith(ctx, lang, registerCommands);
}

export async function main(argv: string[], ctx: CliContext = processContext()): Promise<number> {
  return runProgram(argv, ctx, registerCommands);
}

/** A worker thread of a parallel scan (bin/worker.js): loaded only there, so other commands never load it. */
export async function runScanWorker(): Promise<void> {
  const worker = await import('../scan/scan-worker.js');
  worker.runScanWorker();
}
