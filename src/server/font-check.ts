// Whether this machine has a font for Japanese: without one, headless Chromium prints a Japanese PDF as
// empty boxes. Asked of fontconfig (`fc-list :lang=ja`) once per process; a machine without fc-list is
// "unknown", never an error.
import { execFile } from 'node:child_process';
import type { Localized } from '../util/i18n.js';

export type FontStatus = 'present' | 'missing' | 'unknown';

export const NO_CJK_FONT: Localized = {
  en: 'no Japanese (CJK) font is installed: Japanese PDF reports will show empty boxes; install one, e.g. "apt-get install fonts-noto-cjk"',
  ja: '日本語（CJK）フォントがインストールされていません。日本語の PDF レポートは文字が空白の四角になります。「apt-get install fonts-noto-cjk」などでインストールしてください',
};

/** Runs `fc-list :lang=ja family`: any line of output means a font for Japanese is there. */
export function listJapaneseFonts(command = 'fc-list'): Promise<FontStatus> {
  return new Promise((resolve) => {
    try {
      execFile(command, [':lang=ja', 'family'], { timeout: 5000, maxBuffer: 4 * 1024 * 1024 }, (error, stdout) => {
        if (error) resolve('unknown');
        else resolve(stdout.trim() === '' ? 'missing' : 'present');
      });
    } catch {
      resolve('unknown');
    }
  });
}

/** The check, run once and remembered (fonts are not installed while a server runs, as a rule). */
export function cjkFontCheck(command?: string): () => Promise<FontStatus> {
  let status: Promise<FontStatus> | undefined;
  return () => (status ??= listJapaneseFonts(command));
}
