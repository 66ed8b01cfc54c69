// The consolidated report page (/consolidated): every workload the signed-in caller may see, with charts,
// filters by environment and lens, and the same report to download as PDF (printed through the shared PDF
// queue), self-contained HTML, Markdown, CSV or JSON.
import type { Hono } from 'hono';
import { loadConsolidated } from '../../../review/consolidated-load.js';
import type { ConsolidatedFilter } from '../../../review/consolidated.js';
import { ConsolidatedBody } from '../../../report/consolidated/body.js';
import { renderConsolidatedCsv } from '../../../report/consolidated/csv.js';
import { renderConsolidatedHtml } from '../../../report/consolidated/html.js';
import { renderConsolidatedMarkdown } from '../../../report/consolidated/markdown.js';
import { ct } from '../../../report/consolidated/messages.js';
import { isPdfBusy } from '../../../report/pdf-queue.js';
import { isUserError } from '../../../util/errors.js';
import { consolidatedJson } from '../../../wa/consolidated-shape.js';
import { attachment } from '../download.js';
import type { PageContext, PageDeps, PageEnv } from '../env.js';
import { Layout } from '../layout.js';
import { messagePage } from '../message-page.js';
import { t } from '../messages.js';

const FORMATS = ['pdf', 'html', 'markdown', 'csv', 'json'] as const;
type Format = (typeof FORMATS)[number];

function filterOf(c: PageContext): ConsolidatedFilter {
  const env = c.req.query('environment');
  const lens = c.req.query('lens')?.trim();
  return { environment: env === 'PRODUCTION' || env === 'PREPRODUCTION' ? env : undefined, lens: lens ? lens.slice(0, 128) : undefined };
}

function queryOf(filter: ConsolidatedFilter): string {
  const q = new URLSearchParams();
  if (filter.environment) q.set('environment', filter.environment);
  if (filter.lens) q.set('lens', filter.lens);
  const s = q.toString();
  return s ? `?${s}` : '';
}

function load(c: PageContext, deps: PageDeps) {
  const identity = c.get('identity');
  return loadConsolidated(deps.service.store, identity ?? { userId: null, name: '' }, c.get('lang'), { filter: filterOf(c) });
}

async function download(c: PageContext, deps: PageDeps, format: Format) {
  const lang = c.get('lang');
  const report = await load(c, deps);
  const name = (ext: string) => `consolidated-report.${ext}`;
  if (format === 'json') return c.body(`${JSON.stringify(consolidatedJson(report), null, 2)}\n`, 200, { 'content-type': 'application/json; charset=utf-8', 'content-disposition': attachment(name('json')) });
  if (format === 'csv') return c.body(renderConsolidatedCsv(report), 200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': attachment(name('csv')) });
  if (format === 'markdown') return c.body(renderConsolidatedMarkdown(report), 200, { 'content-type': 'text/markdown; charset=utf-8', 'content-disposition': attachment(name('md')) });
  const html = await renderConsolidatedHtml(report);
  if (format === 'html') return c.body(html, 200, { 'content-type': 'text/html; charset=utf-8', 'content-disposition': attachment(name('html')) });
  try {
    const pdf = await deps.printPdf(html);
    return c.body(pdf.buffer.slice(pdf.byteOffset, pdf.byteOffset + pdf.byteLength) as ArrayBuffer, 200, { 'content-type': 'application/pdf', 'content-disposition': attachment(name('pdf')) });
  } catch (error) {
    if (isPdfBusy(error)) {
      c.header('retry-after', String(error.retryAfterSeconds));
      return messagePage(c, 503, t(lang, 'errorTitle'), t(lang, 'pdfBusy', { seconds: error.retryAfterSeconds }));
    }
    return messagePage(c, 503, t(lang, 'errorTitle'), t(lang, 'pdfUnavailable', { message: isUserError(error) ? error.messageIn(lang) : (error as Error).message }));
  }
}

export function registerConsolidatedPages(app: Hono<PageEnv>, deps: PageDeps): void {
  app.get('/consolidated', async (c) => {
    const frame = c.get('frame');
    const { lang } = frame;
    const report = await load(c, deps);
    const { environment, lens } = report.filter;
    const q = queryOf(report.filter);
    const noFont = lang === 'ja' && deps.cjkFonts !== undefined && (await deps.cjkFonts()) === 'missing';
    return c.html(
      <Layout frame={frame} title={ct(lang, 'title')}>
        <h1>{ct(lang, 'title')}</h1>
        {noFont ? (
          <p class="notice error no-print" role="alert" id="no-cjk-font">
            {t(lang, 'noCjkFont')}
          </p>
        ) : null}
        <form method="get" action="/consolidated" class="plan-filter no-print" id="consolidated-filter" aria-label={ct(lang, 'filters')}>
          <input type="hidden" name="lang" value={lang} />
          <label for="cr-environment">{ct(lang, 'environment')}</label>
          <select id="cr-environment" name="environment">
            <option value="">{ct(lang, 'all')}</option>
            {(['PRODUCTION', 'PREPRODUCTION'] as const).map((e) => (
              <option value={e} selected={e === environment}>
                {ct(lang, e)}
              </option>
            ))}
          </select>
          <label for="cr-lens">{ct(lang, 'lens')}</label>
          <select id="cr-lens" name="lens">
            <option value="">{ct(lang, 'all')}</option>
            {report.choices.lenses.map((l) => (
              <option value={l.alias} selected={l.alias === lens}>
                {l.name}
              </option>
            ))}
          </select>
          <button type="submit">{ct(lang, 'apply')}</button>
        </form>
        <p class="actions no-print wrap">
          <a class="button" href={`/consolidated/pdf${q}`} id="download-pdf" download>
            {ct(lang, 'downloadPdf')}
          </a>
          <a class="button secondary" href={`/consolidated/csv${q}`} id="download-csv" download>
            {ct(lang, 'downloadCsv')}
          </a>
          <a class="button secondary" href={`/consolidated/html${q}`} download>
            {ct(lang, 'downloadHtml')}
          </a>
          <a class="button secondary" href={`/consolidated/markdown${q}`} download>
            {ct(lang, 'downloadMarkdown')}
          </a>
          <a class="button secondary" href={`/consolidated/json${q}`} download>
            {ct(lang, 'downloadJson')}
          </a>
        </p>
        <ConsolidatedBody report={report} link />
      </Layout>,
    );
  });

  app.get('/consolidated/:format', (c) => {
    const format = c.req.param('format');
    if (!(FORMATS as readonly string[]).includes(format)) return c.notFound();
    return download(c, deps, format as Format);
  });
}
