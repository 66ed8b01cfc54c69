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
import { registerLensImport } from './lens-import.js';
import { registerWorkload } from './workload.js';
import { registerAnswer } from './answer.js';
import { registerReview } from './review.js';
import { registerMilestone } from './milestone.js';
import { registerToken } from './token.js';
import { registerUser } from './user.js';
import { registerCost } from './cost.js';
import { registerLsp } from './lsp.js';
import { registerAws } from './aws.js';
import { registerTemplate } from './template.js';
import { registerProfile } from './profile.js';

export function registerCommands(program: Command, ctx: CliContext): void {
  registerLensImport(registerLens(program, ctx), ctx);
  registerReport(program, ctx);
  registerScan(program, ctx);
  registerLogs(program, ctx);
  registerTune(program, ctx);
  registerServe(program, ctx);
  registerConcurrency(program, ctx);
  registerWorkload(program, ctx);
  registerAnswer(program, ctx);
  registerReview(program, ctx);
  registerMilestone(program, ctx);
  registerToken(program, ctx);
  registerUser(program, ctx);
  registerCost(program, ctx);
  registerLsp(program, ctx);
  registerAws(program, ctx);
  registerTemplate(program, ctx);
  registerProfile(program, ctx);
}
