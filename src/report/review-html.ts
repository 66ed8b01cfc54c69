// The review report as one self-contained HTML document (styles inline, charts as SVG): the file that
// `slens report --format html` writes and the page headless Chromium prints to PDF.
import type { ReviewService } from '../review/service.js';
import { planView } from '../review/improvement-items.js';
import { choiceStatesOf } from '../review/choice-states.js';
import type { Lang } from '../util/i18n.js';
import { ReportBody, type ReportData } from './review/body.js';
import { t } from './review/messages.js';
import { STYLESHEET } from './review/style.js';
import { jsx } from 'hono/jsx';

export type { ReportData };

/** Everything the report shows, read through the review domain (the same data as the API and the CLI). */
export async function collectReportData(service: ReviewService, workloadRef: string, lang: Lang): Promise<ReportData> {
  const workload = await service.getWorkload(workloadRef);
  const reviews: ReportData['reviews'] = [];
  for (const alias of workload.lenses) {
    reviews.push({
      review: await service.getReview(workload.workloadId, alias, lang),
      answers: await service.listAnswers(workload.workloadId, alias, lang),
      plan: await planView(service, workload.workloadId, alias, lang),
      choiceNa: new Map(
        [...(await choiceStatesOf(service, workload.workloadId, alias))].map(([q, states]) => [q, states.filter((s) => s.status === 'NOT_APPLICABLE').map((s) => ({ choiceId: s.choiceId, reason: s.reason ?? 'NONE' }))]),
      ),
    });
  }
  return { lang, workload, reviews };
}

const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The report body as HTML (user text escaped by the JSX renderer). */
export async function renderReportBody(data: ReportData): Promise<string> {
  return String(await jsx(ReportBody, { data }).toString());
}

export async function renderReviewHtml(data: ReportData): Promise<string> {
  const title = `${t(data.lang, 'reportTitle')}: ${data.workload.workloadName}`;
  return [
    '<!doctype html>',
    `<html lang="${data.lang}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeText(title)}</title>`,
    `<style>${STYLESHEET}\n@page{size:A4;margin:14mm 12mm}</style>`,
    '</head><body><main>',
    await renderReportBody(data),
    '</main></body></html>',
    '',
  ].join('\n');
}
