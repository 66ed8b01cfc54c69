// `slens review show`: progress, risks per pillar, every question and the improvement plan of a lens review.
import type { Command } from 'commander';
import { choose, emit, type CliContext } from '../context.js';
import { DATABASE_HELP, json, LANG_OPTION, langOption, withService } from '../review-cli.js';
import { registerReviewScan } from './review-scan.js';
import { registerReviewAnalysis } from './review-analysis.js';

export function registerReview(program: Command, ctx: CliContext): Command {
  const group = program.command('review').description('show the review of a workload: risks, progress and the improvement plan');
  group
    .command('show')
    .description('show a lens review: risk counts, answered/total per pillar, each question with its risk, and the improvement plan')
    .argument('<workload>', 'workload id or name')
    .option('--lens <alias>', 'lens alias (needed when the workload has several lenses)')
    .option('--format <format>', 'output format: text, json or markdown', 'text')
    .option(...LANG_OPTION)
    .addHelpText(
      'after',
      `${DATABASE_HELP}JSON: {workload, lens, riskCounts, pillars: [{id, name, answered, total, riskCounts}], questions: [{id, pillarId, title, risk, selectedChoices, notApplicable, reason, notes}], improvementPlan}\nRisks: HIGH, MEDIUM, NONE, NOT_APPLICABLE, UNANSWERED.\n`,
    )
    .action(async (workload: string, opts: { lens?: string; format?: string; lang?: string }) => {
      const format = choose('format', opts.format, ['text', 'json', 'markdown'] as const, 'text');
      const lang = langOption(opts.lang);
      const { reviewJson, reviewText } = await import('../review-format.js');
      const body = await withService(lang, async (s) => {
        const review = await s.getReview(workload, opts.lens, lang);
        if (format === 'json') return json(reviewJson(review));
        if (format === 'text') return reviewText(review, lang);
        // Markdown is the report's Markdown, for this one lens review.
        const { collectReportData } = await import('../../report/review-html.js');
        const { renderReviewMarkdown } = await import('../../report/review-markdown.js');
        const data = await collectReportData(s, review.workload.id, lang);
        return renderReviewMarkdown({ ...data, reviews: data.reviews.filter((r) => r.review.lens.alias === review.lens.alias) });
      });
      emit(ctx, body);
    });
  group
    .command('upgrade')
    .description("move a lens review to its lens's latest version, keeping the answers whose choices still exist (Serverless Lens 1.0.0 → 1.1.0 also turns a per-choice ops_ops_q2_a4 into ops2_cicd)")
    .argument('<workload>', 'workload id or name')
    .option('--lens <alias>', 'lens alias (needed when the workload has several lenses)')
    .option('--milestone <name>', 'record a milestone of the review as it is before upgrading')
    .option('--format <format>', 'output format: text or json', 'text')
    .option(...LANG_OPTION)
    .addHelpText('after', DATABASE_HELP)
    .action(async (workload: string, opts: { lens?: string; milestone?: string; format?: string; lang?: string }) => {
      const format = choose('format', opts.format, ['text', 'json'] as const, 'text');
      const lang = langOption(opts.lang);
      const { reviewJson, reviewText } = await import('../review-format.js');
      const { createMilestone } = await import('../../review/milestones.js');
      const body = await withService(lang, async (s) => {
        const before = await s.getReview(workload, opts.lens, lang);
        if (opts.milestone !== undefined && before.lens.upgradeAvailable) await createMilestone(s, before.workload.id, opts.milestone);
        await s.upgradeLensReview(before.workload.id, before.lens.alias);
        const review = await s.getReview(before.workload.id, before.lens.alias, lang);
        return format === 'json' ? json(reviewJson(review)) : reviewText(review, lang);
      });
      emit(ctx, body);
    });
  registerReviewScan(group, ctx);
  registerReviewAnalysis(group, ctx);
  return group;
}
