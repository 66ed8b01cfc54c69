// Lenses: the catalog (built-in and imported), importing a custom-lens JSON with every error shown at its
// JSON path and line, exporting a lens as custom-lens JSON for the AWS Well-Architected Tool, and deleting an
// imported lens that nothing uses (a lens in use names its workloads instead).
import type { Hono } from 'hono';
import { parseLensText, type LensIssue } from '../../../lens/parse.js';
import { deleteLens, exportLens, importLens, lensUsage, listLenses } from '../../../review/catalog.js';
import { isReviewError, type FieldMessage } from '../../../review/errors.js';
import type { LensSummaryView } from '../../../review/views.js';
import { DATE_LOCALE, LANGS, type Lang } from '../../../util/i18n.js';
import { attachment } from '../download.js';
import { ConfirmDelete, lensDisplayName, Notice } from '../components.js';
import type { PageContext, PageDeps, PageEnv } from '../env.js';
import { formFileText, formString, type FormBody } from '../form.js';
import { CsrfField, Layout } from '../layout.js';
import { formatDate, t } from '../messages.js';
import { requirePageLens, visibleLenses } from '../lens-access.js';
import { aliasFromName } from '../../../review/lenses.js';
import { SHARE_TEXT } from './shares.js';

const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = { en: 'English', ja: '日本語' };

interface ImportProblem {
  issues: LensIssue[];
  /** Problems that are not about a place in the document (alias taken, nothing chosen). */
  fields: FieldMessage[];
}

function LensTable(props: { lang: Lang; lenses: LensSummaryView[] }) {
  const { lang } = props;
  return (
    <table class="stacked" id="lens-list">
      <thead>
        <tr>
          <th scope="col">{t(lang, 'name')}</th>
          <th scope="col">{t(lang, 'alias')}</th>
          <th scope="col">{t(lang, 'version')}</th>
          <th scope="col">{t(lang, 'lastUpdate')}</th>
          <th scope="col">{t(lang, 'export')}</th>
          <th scope="col">{t(lang, 'actions')}</th>
        </tr>
      </thead>
      <tbody>
        {props.lenses.map((l) => {
          const latest = l.versions[0];
          // The built-in lens carries both languages; an imported lens has the one it was written in.
          const langs: readonly Lang[] = l.builtin ? LANGS : ['en'];
          // The built-in lens is named in the page's language, as on every other page.
          const name = lensDisplayName({ alias: l.lensAlias, name: l.lensName }, lang);
          return (
            <tr>
              <td>
                {name} <span class="muted">{`(${t(lang, l.builtin ? 'builtin' : 'custom')})`}</span>
              </td>
              <td data-label={t(lang, 'alias')}>
                <code>{l.lensAlias}</code>
              </td>
              <td data-label={t(lang, 'version')}>{`${versionLabel(lang, l.latestVersionLabel, latest?.createdAt)}${l.versions.length > 1 ? ` (${t(lang, 'versionsCount', { n: l.versions.length })})` : ''}`}</td>
              <td data-label={t(lang, 'lastUpdate')}>{latest ? <time datetime={latest.createdAt}>{formatDate(lang, latest.createdAt)}</time> : null}</td>
              <td data-label={t(lang, 'export')}>
                {langs.map((code, i) => (
                  <>
                  {i > 0 ? ' · ' : null}
                  <a
                    class="export"
                    href={`/lenses/${encodeURIComponent(l.lensAlias)}/export?in=${code}`}
                    download
                    aria-label={`${t(lang, 'export')}: ${name} (${LANGUAGE_NAMES[code]})`}
                  >
                    {langs.length > 1 ? `JSON (${LANGUAGE_NAMES[code]})` : 'JSON'}
                  </a>
                  </>
                ))}
              </td>
              <td data-label={t(lang, 'actions')}>
                {l.builtin ? null : (
                  <>
                    <a href={`/lenses/${encodeURIComponent(l.lensAlias)}/shares`} class="lens-shares" aria-label={`${SHARE_TEXT.lensLink[lang]}: ${name}`}>
                      {SHARE_TEXT.lensLink[lang]}
                    </a>
                    {' · '}
                    <a href={`/lenses/${encodeURIComponent(l.lensAlias)}/delete`} class="delete-lens" aria-label={`${t(lang, 'delete')}: ${name}`}>
                      {t(lang, 'delete')}
                    </a>
                  </>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** A version people can read: the lens's own `_version`, or else the day it was imported (never the content hash). */
export function versionLabel(lang: Lang, label: string | null, importedAt: string | undefined): string {
  if (label) return label;
  const day = importedAt ? new Date(importedAt) : undefined;
  if (!day || Number.isNaN(day.getTime())) return '';
  return t(lang, 'importedOn', { date: new Intl.DateTimeFormat(DATE_LOCALE[lang], { dateStyle: 'medium', timeZone: 'UTC' }).format(day) });
}

function ImportErrors(props: { lang: Lang; problem: ImportProblem }) {
  const { lang, problem } = props;
  const count = problem.issues.length + problem.fields.length;
  return (
    <div class="notice error" role="alert" id="import-errors">
      <p>{count === 1 ? t(lang, 'lensErrorsOne') : t(lang, 'lensErrors', { count })}</p>
      <ul>
        {problem.issues.map((issue) => (
          <li>
            <code>{issue.path}</code>
            {` — ${t(lang, 'line')} ${issue.line}, ${t(lang, 'column')} ${issue.column}: ${issue.message[lang]}`}
          </li>
        ))}
        {problem.fields.map((f) => (
          <li>{f.message[lang]}</li>
        ))}
      </ul>
    </div>
  );
}

async function renderLenses(c: PageContext, deps: PageDeps, form: { values?: FormBody; problem?: ImportProblem; status?: 200 | 400 | 409 | 413 } = {}) {
  const frame = c.get('frame');
  const { lang } = frame;
  const lenses = await visibleLenses(deps.service.store, c.get('identity'), await listLenses(deps.service), (l) => ({ alias: l.lensAlias, builtin: l.builtin }));
  const imported = c.req.query('imported');
  const deleted = c.req.query('deleted');
  const values = form.values ?? {};
  return c.html(
    <Layout frame={frame} title={t(lang, 'lenses')}>
      <h1>{t(lang, 'lenses')}</h1>
      {imported ? (
        <p class="notice" role="status">
          {t(lang, 'imported', { alias: imported, version: c.req.query('version') ?? '' })}
        </p>
      ) : null}
      <Notice text={deleted ? t(lang, 'lensDeleted', { alias: deleted }) : undefined} />
      <LensTable lang={lang} lenses={lenses} />
      <h2 id="import">{t(lang, 'importLens')}</h2>
      {form.problem ? <ImportErrors lang={lang} problem={form.problem} /> : null}
      <form method="post" action="/lenses" enctype="multipart/form-data" class="stack">
        <CsrfField csrf={frame.csrf} />
        <div class="field">
          <label for="lens-file">{t(lang, 'lensFile')}</label>
          <input type="file" id="lens-file" name="file" accept=".json,application/json" />
        </div>
        <div class="field">
          <label for="lens-text">{t(lang, 'lensText')}</label>
          <textarea id="lens-text" name="text" rows={6} spellcheck={false}>
            {formString(values, 'text')}
          </textarea>
        </div>
        <div class="field">
          <label for="lens-alias">{t(lang, 'alias')}</label>
          <span class="hint" id="lens-alias-hint">
            {t(lang, 'aliasHelp')}
          </span>
          <input type="text" id="lens-alias" name="alias" value={formString(values, 'alias')} aria-describedby="lens-alias-hint" pattern="[a-z0-9][a-z0-9_\-]{1,63}" />
        </div>
        <div>
          <button type="submit">{t(lang, 'import')}</button>
        </div>
      </form>
    </Layout>,
    form.status ?? 200,
  );
}

async function renderDeleteLens(c: PageContext, deps: PageDeps, alias: string, status: 200 | 409 = 200) {
  const frame = c.get('frame');
  const { lang } = frame;
  const lens = (await listLenses(deps.service)).find((l) => l.lensAlias === alias);
  if (!lens) return c.notFound();
  const name = lensDisplayName({ alias, name: lens.lensName }, lang);
  const usage = await lensUsage(deps.service, alias);
  const inUse = lens.builtin || usage.reviews.length > 0 || usage.milestones.length > 0;
  const title = inUse ? t(lang, 'lensInUseTitle', { name }) : t(lang, 'deleteLensTitle', { name });
  return c.html(
    <Layout frame={frame} title={title}>
      <h1>{title}</h1>
      {inUse ? (
        <div class="notice error" role="alert" id="lens-in-use">
          <ul>
            {usage.reviews.map((w) => (
              <li>
                <a href={`/workloads/${encodeURIComponent(w.id)}`}>{t(lang, 'lensUsedByReview', { workload: w.name })}</a>
              </li>
            ))}
            {usage.milestones.map((m) => (
              <li>
                <a href={`/workloads/${encodeURIComponent(m.workloadId)}/milestones/${m.number}`}>{t(lang, 'lensUsedByMilestone', { workload: m.workloadName, n: m.number })}</a>
              </li>
            ))}
          </ul>
          <p>{t(lang, 'lensInUseHelp')}</p>
          <p>
            <a href="/lenses">{t(lang, 'navLenses')}</a>
          </p>
        </div>
      ) : (
        <ConfirmDelete
          lang={lang}
          csrf={frame.csrf}
          action={`/lenses/${encodeURIComponent(alias)}/delete`}
          cancel="/lenses"
          losses={[t(lang, 'losesLens', { n: lens.versions.length, alias })]}
          button={t(lang, 'delete')}
        />
      )}
    </Layout>,
    status,
  );
}

export function registerLensPages(app: Hono<PageEnv>, deps: PageDeps): void {
  app.get('/lenses', (c) => renderLenses(c, deps));

  app.post('/lenses', async (c) => {
    const body = (await c.req.parseBody({ all: true })) as FormBody;
    const file = await formFileText(body, 'file');
    const pasted = formString(body, 'text');
    const source = file ?? (pasted.trim() ? { name: 'lens.json', text: pasted } : undefined);
    if (!source) return renderLenses(c, deps, { values: body, problem: { issues: [], fields: [{ field: 'file', message: { en: t('en', 'noLensInput'), ja: t('ja', 'noLensInput') } }] }, status: 400 });
    // Parsed here first so every problem is shown with its JSON path, line and column.
    const parsed = parseLensText(source.text, source.name);
    if (!parsed.lens) return renderLenses(c, deps, { values: file ? { alias: formString(body, 'alias') } : body, problem: { issues: parsed.errors, fields: [] }, status: 400 });
    const alias = formString(body, 'alias').trim();
    // A new version of an imported lens only from its owners (a new alias becomes the importer's).
    await requirePageLens(deps.service.store, c.get('identity'), alias || aliasFromName(parsed.lens.name), true);
    try {
      const done = await importLens(deps.service, source.text, { file: source.name, ...(alias ? { alias } : {}) });
      const query = new URLSearchParams({ imported: done.alias, version: done.label ?? versionLabel(c.get('lang'), null, deps.service.now()) });
      return c.redirect(`/lenses?${query.toString()}`, 303);
    } catch (error) {
      if (!isReviewError(error) || (error.status !== 400 && error.status !== 409)) throw error;
      const fields = error.fields.length > 0 ? error.fields : [{ field: 'lens', message: error.localized }];
      return renderLenses(c, deps, { values: file ? { alias } : body, problem: { issues: [], fields }, status: error.status });
    }
  });

  app.get('/lenses/:alias/delete', (c) => renderDeleteLens(c, deps, c.req.param('alias')));
  app.post('/lenses/:alias/delete', async (c) => {
    const alias = c.req.param('alias');
    try {
      await deleteLens(deps.service, alias);
    } catch (error) {
      // In use (or built in): the confirmation page says which workloads, and offers no button.
      if (isReviewError(error) && error.status === 409) return renderDeleteLens(c, deps, alias, 409);
      throw error;
    }
    return c.redirect(`/lenses?${new URLSearchParams({ deleted: alias }).toString()}`, 303);
  });

  app.get('/lenses/:alias/export', async (c) => {
    const asked = c.req.query('in');
    const lang: Lang = asked === 'ja' || asked === 'en' ? asked : c.get('lang');
    const alias = c.req.param('alias');
    const text = await exportLens(deps.service, alias, lang);
    return c.body(text, 200, { 'content-type': 'application/json; charset=utf-8', 'content-disposition': attachment(`${alias}.${lang}.json`) });
  });
}
