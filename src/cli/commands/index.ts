// The catalog of command groups. Add one line per group; each file registers its own subcommands.
import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { registerLens } from './lens.js';
import { registerReport } from './report.js';
import { registerScan } from './scan.js';
import { registerLogs } from './logs.js';
import { registerTune } from './tune.js';
import { registerServe } from './serve.js';
import { registerConcurrency } from './concurrency.js';

export function registerCommands(program: Command, ctx: CliContext): void {
  registerLens(program, ctx);
  registerReport(program, ctx);
  registerScan(program, ctx);
  registerLogs(program, ctx);
  registerTune(program, ctx);
  registerServe(program, ctx);
  registerConcurrency(program, ctx);
}
