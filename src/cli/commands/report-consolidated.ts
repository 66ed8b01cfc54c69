// `slens report consolidated`: every workload in the database side by side — JSON (the W-A Tool's
// GetConsolidatedReport metrics plus our sections), CSV, HTML, Markdown or PDF. The CLI opens the database
// itself, so, like `slens user share`, it sees every workload.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { choose, emit, unwritable, type CliContext } from '../context.js';
import { UserError } from '../../util/errors.js';
import type { Lang } from '../../util/i18n.js';
import { withService } from '../review-cli.js';

export const CONSOLIDATED_FORMATS = ['json', 'csv', 'html', 'pdf', 'markdown'] as const;

export interface ConsolidatedCliOptions {
  format?: string;
  out?: string;
  environment?: string;
  lens?: string;
}

export async function runConsolidated(ctx: CliContext, lang: Lang, opts: ConsolidatedCliOptions): Promise<void> {
  const format = choose('format', opts.format, CONSOLIDATED_FORMATS, 'html');
  const environment = opts.environment === undefined ? undefined : choose('environment', opts.environment.toUpperCase(), ['PRODUCTION', 'PREPRODUCTION'] as const, 'PRODUCTION');
  if (format === 'pdf' && !opts.out) throw new UserError('bad-option', { en: '--format pdf needs --out <file> (a PDF is not written to a terminal)', ja: '--format pdf には --out <ファイル> が必要です（PDF は端末に書き出しません）' });
  await withService(lang, async (service) => {
    const { loadConsolidated } = await import('../../review/consolidated-load.js');
    const report = await loadConsolidated(service.store, { userId: null, name: 'cli' }, lang, { filter: { environment, lens: opts.lens } });
    if (format === 'json') {
      const { consolidatedJson } = await import('../../wa/consolidated-shape.js');
      return emit(ctx, JSON.stringify(consolidatedJson(report), null, 2), opts.out);
    }
    if (format === 'csv') {
      const { renderConsolidatedCsv } = await import('../../report/consolidated/csv.js');
      return emit(ctx, renderConsolidatedCsv(report), opts.out);
    }
    if (format === 'markdown') {
      const { renderConsolidatedMarkdown } = await import('../../report/consolidated/markdown.js');
      return emit(ctx, renderConsolidatedMarkdown(report), opts.out);
    }
    const { renderConsolidatedHtml } = await import('../../report/consolidated/html.js');
    const html = await renderConsolidatedHtml(report);
    if (format === 'html') return emit(ctx, html, opts.out);
    const { htmlToPdf } = await import('../../report/pdf.js');
    const file = opts.out as string;
    try {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, await htmlToPdf(html));
    } catch (error) {
      if (error instanceof UserError) throw error;
      throw unwritable(file, error);
    }
    ctx.stderr(`slens: wrote ${file}\n`);
  });
}
