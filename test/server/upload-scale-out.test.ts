// Upload jobs across server processes on one database (PostgreSQL, and a single SQLite file): an upload sent to A
// — through the API or the web form — is scanned by A and followed through B, page and API alike; when A dies
// mid-scan, a reader marks the job failed once its heartbeat is older than the timeout, and the page says the
// scanning process is gone, in English and Japanese.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createToken } from '../../src/server/tokens.js';
import { spawnServe, type ChildServer } from '../helpers/child-server.js';
import { Browser } from '../helpers/cookie-browser.js';
import { dbTest, openService, type TestDb } from '../helpers/db.js';
import { fixture } from '../helpers/repo.js';

const TEMPLATE = readFileSync(fixture('scan', 'findings', 'template.yaml'), 'utf8');
const UPLOADS = (id: string) => `/api/workloads/${id}/lensReviews/serverless/evidence/uploads`;

interface JobView {
  jobId: string;
  state: string;
  phase: string;
  startedBy: string;
  result: { files: string[] } | null;
  error: { code: string; message: string } | null;
}

async function serve(db: TestDb, t: { after: (fn: () => void) => void }, timeoutSeconds: number): Promise<ChildServer> {
  const s = await spawnServe(['serve', '--port', '0'], { cwd: db.dir, env: { DATABASE_URL: db.url, SLENS_UPLOAD_TIMEOUT: String(timeoutSeconds) } });
  t.after(() => s.child.kill('SIGKILL'));
  return s;
}

dbTest(
  'an upload sent to one server process is followed through another; a job whose process died is marked failed',
  async (db, t) => {
    const service = await openService(db, t);
    const { token } = await createToken(service.store, 'ci', 'editor', service.now());
    const [a, b] = await Promise.all([serve(db, t, 60), serve(db, t, 60)]);
    const api = async (base: string, path: string, body?: unknown) => {
      const res = await fetch(`${base}${path}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json()) as JobView & { workloadId: string } };
    };
    const until = async (base: string, path: string, done: (job: JobView) => boolean): Promise<JobView> => {
      for (let i = 0; i < 600; i++) {
        const read = await api(base, path);
        assert.equal(read.status, 200, JSON.stringify(read.body));
        if (done(read.body)) return read.body;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`the job at ${path} never got there`);
    };
    const workload = (await api(a.url, '/api/workloads', { workloadName: 'Uploads', lenses: ['serverless'] })).body.workloadId;

    // Through the API: started on A, read on B until done.
    const started = await api(a.url, UPLOADS(workload), { templates: [{ path: 'infra/template.yaml', content: TEMPLATE }] });
    assert.equal(started.status, 201, JSON.stringify(started.body));
    assert.equal(started.body.state, 'running');
    const done = await until(b.url, `${UPLOADS(workload)}/${started.body.jobId}`, (j) => j.state !== 'running');
    assert.equal(done.state, 'done', JSON.stringify(done));
    assert.deepEqual(done.result?.files, ['infra/template.yaml']);
    assert.equal(done.startedBy, 'ci');

    // Through the web form: posted to A, its page served by B (signed in once, through A).
    const browser = new Browser();
    await browser.send(`${a.url}/signin`);
    assert.equal((await browser.post(`${a.url}/signin`, { token, next: '/workloads' })).status, 303);
    await browser.send(`${a.url}/workloads/${workload}/upload`);
    const posted = await browser.postFiles(`${a.url}/workloads/${workload}/upload`, 'files', [{ name: 'template.yaml', data: TEMPLATE }]);
    assert.equal(posted.status, 303, posted.text.slice(0, 300));
    const jobPage = posted.location ?? '';
    assert.match(jobPage, /\/upload\/[0-9a-f]{24}$/);
    for (const [lang, doneText, by] of [
      ['en', /Done: 1 templates scanned; the evidence is stored\./, /Started by ci at /],
      ['ja', /完了: 1 個のテンプレートをスキャンし、エビデンスを保存しました。/, /ci が .*（UTC）に開始しました。/],
    ] as const) {
      let page = await browser.send(`${b.url}${jobPage}?lang=${lang}`);
      for (let i = 0; i < 600 && !/upload-done/.test(page.text); i++) {
        assert.equal(page.status, 200);
        await new Promise((r) => setTimeout(r, 100));
        page = await browser.send(`${b.url}${jobPage}?lang=${lang}`);
      }
      assert.match(page.text, doneText, `${lang}: B shows the job A ran`);
      assert.match(page.text, by);
    }

    // A dies mid-scan: a large upload, A killed as soon as it has answered.
    const many = Array.from({ length: 600 }, (_, i) => ({ path: `svc${i}/template.yaml`, content: TEMPLATE }));
    const doomed = await api(a.url, UPLOADS(workload), { templates: many });
    assert.equal(doomed.status, 201);
    a.child.kill('SIGKILL');
    await a.exited;
    const path = `${UPLOADS(workload)}/${doomed.body.jobId}`;
    assert.equal((await api(b.url, path)).body.state, 'running', 'just after the kill, the job still looks alive');
    // A reader with a 2 s timeout gives up on it; the failure is stored, so B (60 s timeout) sees it too.
    const c = await serve(db, t, 2);
    const lost = await until(c.url, path, (j) => j.state !== 'running');
    assert.equal(lost.state, 'failed');
    assert.equal(lost.error?.code, 'upload-lost');
    assert.match(lost.error?.message ?? '', /stopped before it finished: nothing was heard from it for 2 s/);
    assert.equal((await api(b.url, path)).body.error?.code, 'upload-lost');
    const ja = await api(b.url, `${path}?lang=ja`);
    assert.match(ja.body.error?.message ?? '', /完了前に停止しました/);
    for (const [lang, gone] of [
      ['en', /The scan of this upload stopped: the server process running it is gone\./],
      ['ja', /このアップロードのスキャンは中断しました。実行していたサーバープロセスが停止しています。/],
    ] as const) {
      const page = await browser.send(`${b.url}/workloads/${workload}/upload/${doomed.body.jobId}?lang=${lang}`);
      assert.equal(page.status, 200);
      assert.match(page.text, gone, `${lang}: the page says the process is gone`);
    }
  },
  { timeout: 180_000 },
);
