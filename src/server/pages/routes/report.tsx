// The report: the whole review on one printable page, and the same document to download as PDF (printed by
// headless Chromium), self-contained HTML or Markdown.
import type { Hono } from 'hono';
import { isPdfBusy } from '../../../report/pdf-queue.js';
import { isUserError } from '../../../util/errors.js';
import { renderReviewMarkdown } from '../../../report/review-markdown.js';
import { collectReportData, renderReviewHtml } from '../../../report/review-html.js';
import { WorkloadTabs, workloadPath } from '../components.js';
import { attachment } from '../download.js';
import type { PageContext, PageDeps, PageEnv } from '../env.js';
import { Layout } from '../layout.js';
import { messagePage } from '../message-page.js';
import { t } from '../messages.js';
import { ReportBody } from '../../../report/review/body.js';
import { NO_CJK_FONT } from '../../font-check.js';

export const REPORT_FORMATS = ['pdf', 'html', 'markdown'] as const;

function fileName(workloadName: string, ext: string): string {
  return `${workloadName.trim() || 'workload'}-report.${ext}`;
}

type ReportFormat = (typeof REPORT_FORMATS)[number];

function isReportFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value);
}

async function download(c: PageContext, deps: PageDeps, workloadRef: string, format: ReportFormat, warnFonts: () => Promise<void>) {
  const lang = c.get('lang');
  if (format === 'pdf' && lang === 'ja') await warnFonts();
  const data = await collectReportData(deps.service, workloadRef, lang);
  const name = data.workload.workloadName;
  if (format === 'markdown')
    return c.body(renderReviewMarkdown(data), 200, { 'content-type': 'text/markdown; charset=utf-8', 'content-disposition': attachment(fileName(name, 'md')) });
  const html = await renderReviewHtml(data);
  if (format === 'html') return c.body(html, 200, { 'content-type': 'text/html; charset=utf-8', 'content-disposition': attachment(fileName(name, 'html')) });
  let pdf: Uint8Array;
  try {
    pdf = await deps.printPdf(html);
  } catch (error) {
    if (isPdfBusy(error)) {
      c.header('retry-after', String(error.retryAfterSeconds));
      return messagePage(c, 503, t(lang, 'errorTitle'), t(lang, 'pdfBusy', { seconds: error.retryAfterSeconds }));
    }
    return messagePage(c, 503, t(lang, 'errorTitle'), t(lang, 'pdfUnavailable', { message: isUserError(error) ? error.messageIn(lang) : (error as Error).message }));
  }
  return c.body(pdf.buffer.slice(pdf.byteOffset, pdf.byteOffset + pdf.byteLength) as ArrayBuffer, 200, {
    'content-type': 'application/pdf',
    'content-disposition': attachment(fileName(name, 'pdf')),
  });
}

export function registerReportPages(app: Hono<PageEnv>, deps: PageDeps): void {
  let warned = false;
  /** At the first Japanese PDF, the server log says when no Japanese font is installed (once). */
  const warnFonts = async () => {
    if (warned || !deps.cjkFonts) return;
    warned = true;
    if ((await deps.cjkFonts()) === 'missing') deps.warn?.(NO_CJK_FONT.en);
  };

  app.get('/workloads/:id/report', async (c) => {
    const frame = c.get('frame');
    const { lang } = frame;
    const data = await collectReportData(deps.service, c.req.param('id'), lang);
    const id = data.workload.workloadId;
    const noFont = lang === 'ja' && deps.cjkFonts !== undefined && (await deps.cjkFonts()) === 'missing';
    return c.html(
      <Layout frame={frame} title={`${t(lang, 'report')} — ${data.workload.workloadName}`} scripts={['/assets/print.js']}>
        <WorkloadTabs lang={lang} workloadId={id} current="report" />
        {noFont ? (
          <p class="notice error no-print" role="alert" id="no-cjk-font">
            {t(lang, 'noCjkFont')}
          </p>
        ) : null}
        <p class="actions no-print wrap">
          <a
            class="button"
            href={workloadPath(id, '/report/pdf')}
            id="download-pdf"
            download
            data-preparing={t(lang, 'preparingPdf')}
            data-ready={t(lang, 'pdfReady')}
            data-failed={t(lang, 'pdfFailed')}
          >
            {t(lang, 'downloadPdf')}
          </a>
          <a class="button secondary" href={workloadPath(id, '/report/html')} download>
            {t(lang, 'downloadHtml')}
          </a>
          <a class="button secondary" href={workloadPath(id, '/report/markdown')} download>
            {t(lang, 'downloadMarkdown')}
          </a>
          <button type="button" class="secondary" id="print" hidden>
            {t(lang, 'print')}
          </button>
        </p>
        <p class="no-print pdf-status" id="pdf-status" role="status" aria-live="polite"></p>
        <ReportBody data={data} />
      </Layout>,
    );
  });

  app.get('/workloads/:id/report/:format', (c) => {
    const { id, format } = c.req.param();
    if (!isReportFormat(format)) return c.notFound();
    return download(c, deps, id, format, warnFonts);
  });
}
