// `slens report <workload>`: the whole review as one document — PDF (printed by headless Chromium), HTML or Markdown.
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Command } from 'commander';
import { choose, emit, unwritable, type CliContext } from '../context.js';
import { LANGS } from '../../util/i18n.js';
import { UserError } from '../../util/errors.js';
import { runConsolidated } from './report-consolidated.js';

const FORMATS = ['pdf', 'html', 'markdown'] as const;

interface ReportCliOptions {
  format?: string;
  output?: string;
  out?: string;
  lang?: string;
  environment?: string;
  lens?: string;
}

function writeBinary(file: string, bytes: Uint8Array): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, bytes);
  } catch (error) {
    throw unwritable(file, error);
  }
}

export function registerReport(program: Command, ctx: CliContext): Command {
  return program
    .command('report')
    .description('write the review of a workload as one document: summary, risk charts, every answer with its notes, and the improvement plan; `slens report consolidated` reports every workload side by side')
    .argument('<workload>', 'workload id or name, or "consolidated" for the consolidated report of every workload')
    .option('--format <format>', 'pdf, html or markdown (consolidated: also json and csv)', 'html')
    .option('--output <file>', 'write to this file instead of standard output (required for pdf)')
    .option('--out <file>', 'the same as --output')
    .option('--environment <environment>', 'consolidated only: PRODUCTION or PREPRODUCTION workloads only')
    .option('--lens <alias>', 'consolidated only: reviews of this lens only')
    .option('--lang <lang>', 'language of the report and the lens texts: en or ja', 'en')
    .addHelpText(
      'after',
      '\nDatabase: DATABASE_URL=sqlite:<file> or postgres://user@host/db (default: the SQLite file ./.slens/slens.db).\nPDF is printed by headless Chromium at /usr/bin/chromium (set SLENS_CHROMIUM to use another).\n',
    )
    .action(async (workload: string, opts: ReportCliOptions) => {
      const lang = choose('lang', opts.lang, LANGS, 'en');
      if (opts.output && opts.out && opts.output !== opts.out) throw new UserError('bad-option', { en: '--out and --output name different files; give one', ja: '--out と --output に別のファイルが指定されています。どちらか一方を指定してください' });
      opts.output ??= opts.out;
      if (workload === 'consolidated') return runConsolidated(ctx, lang, { format: opts.format, out: opts.output, environment: opts.environment, lens: opts.lens });
      const format = choose('format', opts.format, FORMATS, 'html');
      if (format === 'pdf' && !opts.output) throw new UserError('bad-option', { en: '--format pdf needs --output <file> (a PDF is not written to a terminal)', ja: '--format pdf には --output <ファイル> が必要です（PDF は端末に書き出しません）' });
      const { openReviewService } = await import('../../review/open.js');
      const { collectReportData, renderReviewHtml } = await import('../../report/review-html.js');
      const opened = await openReviewService();
      try {
        const data = await collectReportData(opened.service, workload, lang);
        if (format === 'markdown') {
          const { renderReviewMarkdown } = await import('../../report/review-markdown.js');
          emit(ctx, renderReviewMarkdown(data), opts.output);
          return;
        }
        const html = await renderReviewHtml(data);
        if (format === 'html') {
          emit(ctx, html, opts.output);
          return;
        }
        const { htmlToPdf } = await import('../../report/pdf.js');
        writeBinary(opts.output as string, await htmlToPdf(html));
        ctx.stderr(`slens: wrote ${opts.output}\n`);
      } finally {
        await opened.close();
      }
    });
}
