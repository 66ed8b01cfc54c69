// `slens review import-analysis`: attach what log and power-tuning analyses show to a workload's
// Serverless Lens review, as evidence per choice beside the scan evidence; answers are never changed.
import type { Command } from 'commander';
import { choose, emit, type CliContext } from '../context.js';
import { DATABASE_HELP, json, LANG_OPTION, langOption, withService } from '../review-cli.js';

const FORMATS = ['text', 'json'] as const;
const KINDS = ['logs', 'tune'] as const;

export function registerReviewAnalysis(group: Command, ctx: CliContext): void {
  group
    .command('import-analysis')
    .description("analyse logs (as \"slens logs\") or memory runs (as \"slens tune\", cost strategy, x86_64, us-east-1) and attach the evidence per choice (OPS1 logging and metrics, PERF1 startup and capacity, COST1 configuration) to the workload's Serverless Lens review")
    .argument('<workload>', 'workload id or name (the built-in "serverless" lens must be applied)')
    .argument('<files...>', 'log files (plain or .gz, text or JSON format, CloudWatch exports), or for --kind tune the files "slens tune" reads')
    .option('--kind <kind>', `the analysis: ${KINDS.join(' or ')}`, 'logs')
    .option('--format <format>', 'output format: text or json', 'text')
    .option(...LANG_OPTION)
    .addHelpText('after', `${DATABASE_HELP}A later import of the same kind replaces its evidence; other kinds, the scan evidence and answers stay.\nThe web app shows the evidence (and the tune chart) on the workload's Evidence tab.\n`)
    .action(async (workload: string, files: string[], opts: { kind?: string; format?: string; lang?: string }) => {
      const kind = choose('kind', opts.kind, KINDS, 'logs');
      const format = choose('format', opts.format, FORMATS, 'text');
      const lang = langOption(opts.lang);
      const { analysisEvidenceFor } = await import('../analysis-input.js');
      const input = await analysisEvidenceFor(kind, files, lang, (line) => ctx.stderr(line));
      const { importAnalysisEvidence } = await import('../../review/analysis-evidence.js');
      const view = await withService(lang, (s) => importAnalysisEvidence(s, workload, input, lang));
      const mark: Record<string, string> = { supported: '✓', contradicted: '✗' };
      const text = view.items.map((i) => `${mark[i.status] ?? '?'} ${i.questionId} ${i.title} [${i.kind}] — ${i.note}\n`).join('');
      emit(ctx, format === 'json' ? json(view) : text);
    });
}
