// PDF downloads share one Chromium: eight at once start one browser, a few are printed in turn and the
// rest are told plainly (503, Retry-After, English or Japanese) to come back; closing the server ends it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { childProcesses, watchMax } from '../helpers/child-processes.js';
import { sqliteDb } from '../helpers/db.js';
import { startTestServer } from '../helpers/server.js';

const CHROMIUM = /chrom/i;

test('eight PDF downloads at once: one browser, some printed, the rest 503 with Retry-After', { timeout: 120_000 }, async (t) => {
  const db = sqliteDb();
  t.after(() => db.cleanup());
  const api = await startTestServer(db, t);
  const made = await api.call('POST', '/api/workloads', { body: { workloadName: 'Printed', lenses: ['serverless'] } });
  const id = made.body.workloadId as string;
  const before = childProcesses(CHROMIUM).length;
  const watch = watchMax(() => childProcesses(CHROMIUM).length);
  const responses = await Promise.all(
    Array.from({ length: 8 }, (_, i) => fetch(`${api.server.url}/workloads/${id}/report/pdf${i % 2 ? '?lang=ja' : ''}`).then(async (res) => ({ i, res, body: Buffer.from(await res.arrayBuffer()) }))),
  );
  const browsers = watch.stop() - before;
  assert.equal(browsers, 1, 'one shared browser');
  const printed = responses.filter((r) => r.res.status === 200);
  const refused = responses.filter((r) => r.res.status === 503);
  assert.equal(printed.length + refused.length, 8);
  assert.ok(printed.length >= 1 && printed.length <= 4, `printed ${printed.length}`);
  for (const r of printed) assert.equal(r.body.subarray(0, 5).toString(), '%PDF-');
  assert.ok(refused.length >= 4, `refused ${refused.length}`);
  for (const r of refused) {
    assert.equal(r.res.headers.get('retry-after'), '10');
    const text = r.body.toString('utf8');
    if (r.i % 2) assert.match(text, /ほかのレポートを PDF に印刷中です。10 秒後にもう一度お試しください。/);
    else assert.match(text, /Other reports are being printed as PDF right now\. Try again in 10 seconds\./);
  }
  // The queue drained: the next download prints in the same browser.
  const again = await fetch(`${api.server.url}/workloads/${id}/report/pdf`);
  assert.equal(again.status, 200);
  await again.arrayBuffer();
  assert.equal(childProcesses(CHROMIUM).length - before, 1);
  await api.server.close();
  assert.equal(childProcesses(CHROMIUM).length, before, 'closing the server closes the browser');
});
