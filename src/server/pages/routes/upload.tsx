// Uploading templates (files, or a .zip / .tar.gz of a repository) or a scan report from the browser: the
// form posts the files, the server process that received them scans them in the background, and the job's page
// (served by any process: the job is a database row) reloads itself every second (a Refresh header, no script)
// showing the phase until the evidence is stored, an error names the file, or the scanning process is gone.
import type { Hono } from 'hono';
import { BUILTIN_LENS_ALIAS } from '../../../lens/builtin.js';
import { evidenceReview } from '../../../review/scan-evidence.js';
import { notFound } from '../../../review/errors.js';
import type { Lang, Localized } from '../../../util/i18n.js';
import { fill } from '../../../util/i18n.js';
import type { UploadPart } from '../../upload/archive.js';
import { getUploadJob, LOST_CODE, startUploadJob, type UploadJob } from '../../upload/jobs.js';
import { UPLOAD_LIMITS } from '../../upload/limits.js';
import { WorkloadTabs, workloadPath } from '../components.js';
import type { PageDeps, PageEnv } from '../env.js';
import { CsrfField, Layout } from '../layout.js';
import { messagePage } from '../message-page.js';

/** The upload form's action: a bigger body than other forms may take. */
export const UPLOAD_POST = /^\/workloads\/[^/]+\/upload$/;
export const UPLOAD_FORM_LIMIT = UPLOAD_LIMITS.uploadBytes + 256 * 1024;

/** The evidence page's link here. */
export const UPLOAD_LINK: Localized = { en: 'Upload templates or a scan', ja: 'テンプレートやスキャンをアップロード' };

const U = {
  title: { en: 'Upload a scan', ja: 'スキャンのアップロード' },
  intro: {
    en: 'Upload the templates of the workload — several files, or a .zip or .tar.gz of the repository — and slens scans them here with the same rules as "slens scan". Or upload the JSON report of "slens scan --format json". Nothing in the upload is run; links, devices, binary files and paths leaving the upload are refused. At most {mb} MB and {files} files.',
    ja: 'ワークロードのテンプレート（複数のファイル、またはリポジトリの .zip / .tar.gz）をアップロードすると、slens が「slens scan」と同じルールでここでスキャンします。「slens scan --format json」の JSON レポートもアップロードできます。アップロードの中身は実行しません。リンク、デバイス、バイナリファイル、アップロードの外を指すパスは受け付けません。最大 {mb} MB、{files} ファイルまでです。',
  },
  files: { en: 'Files or archive', ja: 'ファイルまたはアーカイブ' },
  submit: { en: 'Upload and scan', ja: 'アップロードしてスキャン' },
  noFile: { en: 'Choose at least one file.', ja: 'ファイルを1つ以上選んでください。' },
  running: { en: 'Scanning the upload… this page reloads itself.', ja: 'アップロードをスキャンしています… このページは自動で再読み込みされます。' },
  phase_queued: { en: 'Waiting to start', ja: '開始を待っています' },
  phase_unpacking: { en: 'Unpacking the upload', ja: 'アップロードを展開しています' },
  phase_scanning: { en: 'Scanning {files} files', ja: '{files} ファイルをスキャンしています' },
  phase_storing: { en: 'Storing the evidence', ja: 'エビデンスを保存しています' },
  done: { en: 'Done: {count} templates scanned; the evidence is stored.', ja: '完了: {count} 個のテンプレートをスキャンし、エビデンスを保存しました。' },
  doneReport: { en: 'Done: the scan report of {count} templates is stored.', ja: '完了: {count} 個のテンプレートのスキャンレポートを保存しました。' },
  unreadable: { en: 'Files that could not be read:', ja: '読み取れなかったファイル:' },
  failed: { en: 'The upload was refused; nothing was stored.', ja: 'アップロードは受け付けられませんでした。何も保存していません。' },
  lost: { en: 'The scan of this upload stopped: the server process running it is gone.', ja: 'このアップロードのスキャンは中断しました。実行していたサーバープロセスが停止しています。' },
  startedBy: { en: 'Started by {name} at {time} (UTC).', ja: '{name} が {time}（UTC）に開始しました。' },
  seeEvidence: { en: 'See the evidence', ja: 'エビデンスを見る' },
  again: { en: 'Upload again', ja: 'もう一度アップロード' },
  gone: { en: 'This upload is no longer known (the server keeps finished uploads for 30 minutes).', ja: 'このアップロードはもうありません（完了したアップロードは30分間保持されます）。' },
} as const satisfies Record<string, Localized>;

const u = (lang: Lang, key: keyof typeof U, values: Record<string, string | number> = {}) => fill(U[key][lang], values);

function JobStatus(props: { lang: Lang; job: UploadJob }) {
  const { lang, job } = props;
  if (job.state === 'running')
    return (
      <div role="status" aria-live="polite" class="upload-progress">
        <p>{u(lang, 'running')}</p>
        <p>
          <progress />
          {` ${u(lang, `phase_${job.phase}`, { files: job.files })}`}
        </p>
      </div>
    );
  if (job.state === 'failed')
    return (
      <div role="alert" class="notice error">
        <p class={job.errorCode === LOST_CODE ? 'upload-lost' : 'upload-failed'}>{u(lang, job.errorCode === LOST_CODE ? 'lost' : 'failed')}</p>
        <p class="upload-error">{job.error?.[lang] ?? ''}</p>
      </div>
    );
  const r = job.result!;
  return (
    <div role="status" class="notice">
      <p class="upload-done">{u(lang, r.kind === 'report' ? 'doneReport' : 'done', { count: r.files.length })}</p>
      {r.errors.length > 0 ? (
        <>
          <p>{u(lang, 'unreadable')}</p>
          <ul>
            {r.errors.slice(0, 50).map((e) => (
              <li>{`${e.file}:${e.line}: ${e.message[lang]}`}</li>
            ))}
          </ul>
        </>
      ) : null}
      <p>
        <a class="button" href={workloadPath(job.workloadId, '/evidence')}>
          {u(lang, 'seeEvidence')}
        </a>
      </p>
    </div>
  );
}

export function registerUploadPages(app: Hono<PageEnv>, deps: PageDeps): void {
  app.get('/workloads/:id/upload', async (c) => {
    const frame = c.get('frame');
    const { lang } = frame;
    const view = await evidenceReview(deps.service, c.req.param('id'), BUILTIN_LENS_ALIAS, lang);
    return c.html(
      <Layout frame={frame} title={`${u(lang, 'title')} — ${view.workload.name}`}>
        <h1>{`${u(lang, 'title')} — ${view.workload.name}`}</h1>
        <WorkloadTabs lang={lang} workloadId={view.workload.id} current="evidence" />
        <p>{u(lang, 'intro', { mb: Math.round(UPLOAD_LIMITS.uploadBytes / 1024 / 1024), files: UPLOAD_LIMITS.files })}</p>
        <form method="post" action={workloadPath(view.workload.id, '/upload')} enctype="multipart/form-data" class="stack">
          <CsrfField csrf={frame.csrf} />
          <div class="field">
            <label for="upload-files">{u(lang, 'files')}</label>
            <input type="file" id="upload-files" name="files" multiple required accept=".zip,.gz,.tgz,.tar,.yaml,.yml,.json,.template,.tf,.ts,.js,.py" />
          </div>
          <div>
            <button type="submit">{u(lang, 'submit')}</button>
          </div>
        </form>
      </Layout>,
    );
  });

  app.post('/workloads/:id/upload', async (c) => {
    const lang = c.get('lang');
    const body = await c.req.parseBody({ all: true });
    const value = body.files;
    const all = Array.isArray(value) ? value : value === undefined ? [] : [value];
    const files = all.filter((f): f is File => typeof f !== 'string' && f.size > 0);
    const view = await evidenceReview(deps.service, c.req.param('id'), BUILTIN_LENS_ALIAS, lang);
    if (files.length === 0) return messagePage(c, 400, u(lang, 'title'), u(lang, 'noFile'));
    const parts: UploadPart[] = [];
    for (const f of files) parts.push({ name: f.name || 'upload', bytes: new Uint8Array(await f.arrayBuffer()) });
    const identity = c.get('identity');
    const job = await startUploadJob(deps.service, view.workload.id, parts, lang, { subject: identity?.subject ?? 'local', name: identity?.name ?? 'local' });
    return c.redirect(workloadPath(view.workload.id, `/upload/${job.id}`), 303);
  });

  app.get('/workloads/:id/upload/:job', async (c) => {
    const frame = c.get('frame');
    const { lang } = frame;
    const w = await deps.service.resolveWorkload(c.req.param('id'));
    const job = await getUploadJob(deps.service, c.req.param('job'), w.id);
    if (!job) throw notFound(U.gone);
    if (job.state === 'running') c.header('refresh', '1');
    return c.html(
      <Layout frame={frame} title={`${u(lang, 'title')} — ${w.name}`}>
        <h1>{`${u(lang, 'title')} — ${w.name}`}</h1>
        <WorkloadTabs lang={lang} workloadId={w.id} current="evidence" />
        <p class="upload-owner">{u(lang, 'startedBy', { name: job.owner.name, time: job.startedAt.slice(0, 19).replace('T', ' ') })}</p>
        <JobStatus lang={lang} job={job} />
        {job.state !== 'running' ? (
          <p>
            <a href={workloadPath(w.id, '/upload')}>{u(lang, 'again')}</a>
          </p>
        ) : null}
      </Layout>,
    );
  });
}
