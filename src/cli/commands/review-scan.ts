// `slens review import-scan | evidence | confirm`: attach a scan's evidence to a workload's Serverless Lens
// review, show it beside the answers, and let a person confirm the suggested answers.
import type { Command } from 'commander';
import { choose, emit, type CliContext } from '../context.js';
import { DATABASE_HELP, json, LANG_OPTION, langOption, withService } from '../review-cli.js';
import { fill, type Localized } from '../../util/i18n.js';

const FORMATS = ['text', 'json'] as const;

const CONFIRMED: Localized = { en: 'confirmed suggestions: {ids}', ja: '提案を回答にしました: {ids}' };
const NONE_CONFIRMED: Localized = { en: 'no suggestion confirmed', ja: '確認した提案はありません' };

export function registerReviewScan(group: Command, ctx: CliContext): void {
  group
    .command('import-scan')
    .description("scan templates and attach the evidence per choice to the workload's Serverless Lens review; answers are never changed, supported choices become suggestions")
    .argument('<workload>', 'workload id or name (the built-in "serverless" lens must be applied)')
    .argument('<paths...>', 'template files or folders, as for "slens scan"')
    .option('--config <file>', 'scan configuration file (default: .slens.yml in the current directory, when present)')
    .option('--today <date>', 'the scan date (YYYY-MM-DD, default today in UTC)')
    .option('--format <format>', 'output format: text or json', 'text')
    .option(...LANG_OPTION)
    .addHelpText('after', `${DATABASE_HELP}A later import replaces the stored evidence and keeps every answer people gave.\n`)
    .action(async (workload: string, paths: string[], opts: { config?: string; today?: string; format?: string; lang?: string }) => {
      const format = choose('format', opts.format, FORMATS, 'text');
      const lang = langOption(opts.lang);
      const { scanEvidenceFor } = await import('../../scan/evidence-input.js');
      const input = await scanEvidenceFor(paths, opts);
      const { importScanEvidence } = await import('../../review/scan-evidence.js');
      const { evidenceReviewText } = await import('../../report/evidence-review-text.js');
      const view = await withService(lang, (s) => importScanEvidence(s, workload, input, lang));
      emit(ctx, format === 'json' ? json(view) : evidenceReviewText(view, lang));
    });

  group
    .command('evidence')
    .description('show the scan evidence stored in a Serverless Lens review: per question the answer or the suggestion, each choice with ✓ ✗ ? and its proof')
    .argument('<workload>', 'workload id or name')
    .option('--format <format>', 'output format: text or json', 'text')
    .option(...LANG_OPTION)
    .addHelpText('after', DATABASE_HELP)
    .action(async (workload: string, opts: { format?: string; lang?: string }) => {
      const format = choose('format', opts.format, FORMATS, 'text');
      const lang = langOption(opts.lang);
      const { evidenceReview } = await import('../../review/scan-evidence.js');
      const { evidenceReviewText } = await import('../../report/evidence-review-text.js');
      const view = await withService(lang, (s) => evidenceReview(s, workload, undefined, lang));
      emit(ctx, format === 'json' ? json(view) : evidenceReviewText(view, lang));
    });

  group
    .command('confirm')
    .description('accept the suggested answers of unanswered questions (all of them, or the named ones); answered questions are left as they are')
    .argument('<workload>', 'workload id or name')
    .argument('[questionIds...]', 'questions to confirm, e.g. OPS1 SEC2 (default: every unanswered question with a suggestion)')
    .option(...LANG_OPTION)
    .addHelpText('after', DATABASE_HELP)
    .action(async (workload: string, questionIds: string[], opts: { lang?: string }) => {
      const lang = langOption(opts.lang);
      const { confirmSuggestions } = await import('../../review/scan-evidence.js');
      const confirmed = await withService(lang, (s) => confirmSuggestions(s, workload, questionIds, lang));
      emit(ctx, `${confirmed.length ? fill(CONFIRMED[lang], { ids: confirmed.join(', ') }) : NONE_CONFIRMED[lang]}\n`);
    });
}
