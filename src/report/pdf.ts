// Prints an HTML document to PDF with headless Chromium through playwright-core (Debian's /usr/bin/chromium
// by default; SLENS_CHROMIUM names another). The page gets no network: the report is self-contained.
import { existsSync } from 'node:fs';
import { UserError } from '../util/errors.js';
import { fillLater, type Localized } from '../util/i18n.js';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const CHROMIUM_MISSING: Localized = {
  en: 'Chromium is not installed at {path} (install Debian\'s "chromium" package or set SLENS_CHROMIUM)',
  ja: 'Chromium が {path} にありません（Debian の「chromium」パッケージをインストールするか、SLENS_CHROMIUM でパスを指定してください）',
};

export function chromiumPath(): string {
  return process.env.SLENS_CHROMIUM || DEFAULT_CHROMIUM;
}

/** Launches Chromium with the flags slens uses everywhere (reports and browser tests). */
export async function launchChromium() {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath))
    throw new UserError('chromium-missing', fillLater(CHROMIUM_MISSING, { path: executablePath }), { file: executablePath });
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

// Page numbers in the bottom margin ("3 / 12"), so a printed review can be discussed page by page.
const FOOTER = '<div style="width:100%;font:8px sans-serif;color:#555;text-align:center"><span class="pageNumber"></span> / <span class="totalPages"></span></div>';

export type Browser = Awaited<ReturnType<typeof launchChromium>>;

/** Prints `html` as an A4 PDF with backgrounds (risk colours) and page numbers, in a fresh context of `browser`. */
export async function printWith(browser: Browser, html: string): Promise<Uint8Array> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    // Nothing may leave the machine while printing: the report carries everything it shows.
    await context.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, displayHeaderFooter: true, headerTemplate: '<span></span>', footerTemplate: FOOTER });
    return new Uint8Array(pdf);
  } finally {
    await context.close();
  }
}

/** Prints one document with a browser of its own (the CLI's one-off report). */
export async function htmlToPdf(html: string): Promise<Uint8Array> {
  const browser = await launchChromium();
  try {
    return await printWith(browser, html);
  } finally {
    await browser.close();
  }
}
