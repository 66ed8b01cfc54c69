// The consolidated report as one self-contained HTML document (styles inline, charts as SVG): what
// `slens report consolidated --format html` writes and what headless Chromium prints to PDF.
import { jsx } from 'hono/jsx';
import type { ConsolidatedReport } from '../../review/consolidated.js';
import { STYLESHEET } from '../review/style.js';
import { ConsolidatedBody } from './body.js';
import { ct } from './messages.js';
import { CONSOLIDATED_STYLE } from './style.js';


const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export async function renderConsolidatedHtml(report: ConsolidatedReport): Promise<string> {
  const title = ct(report.lang, 'title');
  return [
    '<!doctype html>',
    `<html lang="${report.lang}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeText(title)}</title>`,
    `<style>${STYLESHEET}\n${CONSOLIDATED_STYLE}\n@page{size:A4 landscape;margin:12mm 10mm}</style>`,
    '</head><body><main>',
    `<h1>${escapeText(title)}</h1>`,
    String(await jsx(ConsolidatedBody, { report }).toString()),
    '</main></body></html>',
    '',
  ].join('\n');
}
