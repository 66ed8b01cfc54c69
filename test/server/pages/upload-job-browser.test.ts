// In Chromium, in English and Japanese: an upload job's page as any server process shows it from the database —
// a running job (who started it, its phase, reloading itself) and a job whose process stopped (its heartbeat long
// gone: the page says the scanning process is gone and offers to upload again).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { launchChromium } from '../../../src/report/pdf.js';
import { insertUploadJob, type UploadJobRow } from '../../../src/store/upload-jobs.js';
import { listen, openPagesHarness, seedWorkload } from '../../helpers/pages.js';

const WORDS = {
  en: { by: /Started by Aiko Tanaka at /, scanning: /Scanning 12 files/, lost: /The scan of this upload stopped: the server process running it is gone\./, detail: /\(host-b:77\) stopped before it finished/, again: 'Upload again' },
  ja: { by: /Aiko Tanaka が .*（UTC）に開始しました。/, scanning: /12 ファイルをスキャンしています/, lost: /このアップロードのスキャンは中断しました。実行していたサーバープロセスが停止しています。/, detail: /サーバープロセス（host-b:77）が完了前に停止しました/, again: 'もう一度アップロード' },
} as const;

function job(workloadId: string, id: string, heartbeatAgoMs: number): UploadJobRow {
  const now = Date.now();
  const iso = (ms: number) => new Date(ms).toISOString();
  return {
    id, workload_id: workloadId, owner_subject: 'user:u1', owner_name: 'Aiko Tanaka', worker: 'host-b:77', state: 'running', phase: 'scanning', files: 12,
    result: null, error_code: null, error: null, started_at: iso(now - heartbeatAgoMs - 1000), heartbeat_at: iso(now - heartbeatAgoMs), finished_at: null, expires_at: iso(now + 30 * 60 * 1000),
  };
}

test('an upload job page shows a running job and, in its own words, a job whose process stopped (EN and JA)', { timeout: 120_000 }, async () => {
  const h = await openPagesHarness();
  const server = await listen(h.app);
  const browser = await launchChromium();
  try {
    const id = await seedWorkload(h.service, 'Uploads seen anywhere');
    await insertUploadJob(h.service.store.db, job(id, '1'.repeat(24), 0));
    await insertUploadJob(h.service.store.db, job(id, '2'.repeat(24), 10 * 60 * 1000));
    for (const lang of ['en', 'ja'] as const) {
      const w = WORDS[lang];
      const context = await browser.newContext({ locale: lang === 'ja' ? 'ja-JP' : 'en-GB', extraHTTPHeaders: { 'accept-language': lang } });
      // The running job's page reloads itself every second; it gets a tab of its own, closed before the next
      // page opens, so that a reload cannot abort the next navigation on a slow machine.
      const runningPage = await context.newPage();
      const running = await runningPage.goto(`${server.url}/workloads/${id}/upload/${'1'.repeat(24)}?lang=${lang}`);
      assert.equal(running?.headers().refresh, '1', `${lang}: a running job's page reloads itself`);
      assert.match(await runningPage.getByRole('status').innerText(), w.scanning);
      assert.match(await runningPage.locator('main').innerText(), w.by);
      await runningPage.close();

      const page = await context.newPage();
      await page.goto(`${server.url}/workloads/${id}/upload/${'2'.repeat(24)}?lang=${lang}`);
      const alert = await page.getByRole('alert').innerText();
      assert.match(alert, w.lost, `${lang}: the page says the process is gone`);
      assert.match(alert, w.detail);
      await page.getByRole('link', { name: w.again }).click();
      await page.waitForURL(/\/upload(\?|$)/);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
    await h.close();
  }
});
