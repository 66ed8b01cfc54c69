// `slens scan …` alone: the same program with only the scan command registered, so its bundle
// (scripts/bundle.ts) holds half the code of the whole CLI and a one-template scan starts sooner.
// bin/slens.js runs it for argument lists that start with `scan`; the output is the whole CLI's.
import { processContext, type CliContext } from './context.js';
import { registerScan } from './commands/scan.js';
import { runProgram } from './program.js';

export async function main(argv: string[], ctx: CliContext = processContext()): Promise<number> {
  return runProgram(argv, ctx, (program, context) => {
    registerScan(program, context);
  });
}

/** A worker thread of a parallel scan (bin/worker.js). */
export async function runScanWorker(): Promise<void> {
  const worker = await import('../scan/scan-worker.js');
  worker.runScanWorker();
}
