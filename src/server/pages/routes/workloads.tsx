// Workloads: the list with risk counts, the create form, a workload's overview (properties, charts, progress,
// plan), editing it, and deleting it or one of its lenses after a page that names what is lost.
import type { Hono } from 'hono';
import type { Child } from 'hono/jsx';
import { ScanStatus } from './scan-status.js';
import { isReviewError, type FieldMessage } from '../../../review/errors.js';
import { listMilestones } from '../../../review/milestones.js';
import { AWS_REGIONS } from '../../../review/regions.js';
import type { ReviewView, WorkloadView } from '../../../review/views.js';
import type { Lang } from '../../../util/i18n.js';
import { RiskBars } from '../../../report/charts/risk-bars.js';
import { ProgressTable, reviewChartRows } from '../../../report/review/progress.js';
import { ConfirmDelete, lensDisplayName, Notice, WorkloadTabs, workloadPath } from '../components.js';
import type { PageContext, PageDeps, PageEnv } from '../env.js';
import { formList, type FormBody } from '../form.js';
import { onlyVisibleTo } from '../workload-access.js';
import { CsrfField, Layout } from '../layout.js';
import { formatDate, riskLabel, t } from '../messages.js';
import { formValuesOf, pillarOptions, workloadInput, WorkloadForm, type PillarOption } from './workload-form.js';
import { PlanOverview } from '../plan-overview.js';
import { listTemplates } from '../../../review/templates.js';
import { ApplyTemplateForm, appliedNotice } from './template-parts.js';
import { visibleLenses } from '../lens-access.js';
import { SHARE_TEXT } from './shares.js';
import { applyProfileChoice, profileOptions } from './profiles.js';

async function renderList(c: PageContext, deps: PageDeps, values: FormBody = {}, errors: FieldMessage[] = [], status: 200 | 400 | 409 = 200) {
  const frame = c.get('frame');
  const { lang } = frame;
  await deps.service.ready();
  const [all, lenses, templates] = await Promise.all([deps.service.listWorkloads(), visibleLenses(deps.service.store, c.get('identity'), await deps.service.store.listLenses(), (l) => l), listTemplates(deps.service)]);
  const workloads = await onlyVisibleTo(deps.service.store, c.get('identity'), all);
  const deleted = c.req.query('deleted');
  return c.html(
    <Layout frame={frame} title={t(lang, 'workloads')}>
      <h1>{t(lang, 'workloads')}</h1>
      <Notice text={deleted ? t(lang, 'workloadDeleted', { name: deleted }) : undefined} />
      {workloads.length === 0 ? (
        <p>{t(lang, 'noWorkloads')}</p>
      ) : (
        <table class="stacked" id="workload-list">
          <thead>
            <tr>
              <th scope="col">{t(lang, 'name')}</th>
              <th scope="col">{t(lang, 'environment')}</th>
              <th scope="col" class="num">
                {t(lang, 'riskHIGH')}
              </th>
              <th scope="col" class="num">
                {t(lang, 'riskMEDIUM')}
              </th>
              <th scope="col">{t(lang, 'lastUpdate')}</th>
            </tr>
          </thead>
          <tbody>
            {workloads.map((w) => (
              <tr>
                <td>
                  <a href={workloadPath(w.workloadId)}>{w.workloadName}</a>
                </td>
                <td data-label={t(lang, 'environment')}>{t(lang, w.environment === 'PRODUCTION' ? 'production' : 'preproduction')}</td>
                <td class="num" data-label={t(lang, 'riskHIGH')}>
                  {w.riskCounts.HIGH}
                </td>
                <td class="num" data-label={t(lang, 'riskMEDIUM')}>
                  {w.riskCounts.MEDIUM}
                </td>
                <td data-label={t(lang, 'lastUpdate')}>
                  <time datetime={w.updatedAt}>{formatDate(lang, w.updatedAt)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2 id="new">{t(lang, 'newWorkload')}</h2>
      <WorkloadForm
        lang={lang}
        csrf={frame.csrf}
        action="/workloads"
        submit="createWorkload"
        lenses={lenses}
        templates={templates}
        pillars={await pillarOptions(deps, [], lang)}
        profiles={await profileOptions(deps, c.get('identity'))}
        values={values}
        errors={errors}
      />
    </Layout>,
    status,
  );
}

const PRIORITY_RISKS = ['HIGH', 'MEDIUM', 'NONE', 'NOT_APPLICABLE', 'UNANSWERED'] as const;

/** The workload's properties as a definition list; empty ones say so rather than vanish. */
function Properties(props: { lang: Lang; w: WorkloadView; pillars: PillarOption[] }) {
  const { lang, w } = props;
  const regionName = (code: string) => AWS_REGIONS.find((r) => r.code === code)?.name[lang];
  const pillarName = (id: string) => props.pillars.find((p) => p.id === id)?.name ?? id;
  const rows: [string, Child][] = [
    [t(lang, 'environment'), t(lang, w.environment === 'PRODUCTION' ? 'production' : 'preproduction')],
    [t(lang, 'regions'), w.awsRegions.length > 0 ? w.awsRegions.map((code) => (regionName(code) ? `${regionName(code)} (${code})` : code)).join(', ') : null],
    [t(lang, 'accounts'), w.accountIds.length > 0 ? w.accountIds.join(', ') : null],
    [t(lang, 'reviewOwner'), w.reviewOwner || null],
    [t(lang, 'industry'), w.industry || null],
    [
      t(lang, 'architecture'),
      w.architecturalDesign ? (
        <a href={w.architecturalDesign} rel="noopener noreferrer">
          {w.architecturalDesign}
        </a>
      ) : null,
    ],
    [t(lang, 'pillarPriorities'), w.pillarPriorities.length > 0 ? w.pillarPriorities.map((id, i) => `${i + 1}. ${pillarName(id)}`).join(' ') : null],
    [t(lang, 'profile'), w.profile ? <span id="workload-profile">{w.profile.profileName}</span> : null],
    [t(lang, 'prioritizedRisks'), w.profile ? <span id="prioritized-risks">{PRIORITY_RISKS.map((r) => `${riskLabel(lang, r)} ${w.prioritizedRiskCounts[r]}`).join(' · ')}</span> : null],
    [t(lang, 'lastUpdate'), formatDate(lang, w.updatedAt)],
  ];
  return (
    <dl class="properties" id="properties">
      {rows.map(([label, value]) => (
        <div>
          <dt>{label}</dt>
          <dd>{value ?? <span class="muted">{t(lang, 'notSet')}</span>}</dd>
        </div>
      ))}
    </dl>
  );
}

async function renderOverview(c: PageContext, deps: PageDeps, ref: string) {
  const frame = c.get('frame');
  const { lang } = frame;
  const w = await deps.service.getWorkload(ref);
  const reviews: ReviewView[] = [];
  for (const alias of w.lenses) reviews.push(await deps.service.getReview(w.workloadId, alias, lang));
  const milestones = await listMilestones(deps.service, w.workloadId);
  const lenses = (await visibleLenses(deps.service.store, c.get('identity'), await deps.service.store.listLenses(), (l) => l)).filter((l) => !w.lenses.includes(l.alias));
  const removed = c.req.query('removed');
  const templates = await listTemplates(deps.service);
  const notice = c.req.query('saved') ? t(lang, 'workloadSaved') : removed ? t(lang, 'lensRemoved', { lens: removed }) : appliedNotice(lang, c.req.query(), templates);
  return c.html(
    <Layout frame={frame} title={w.workloadName}>
      <h1>{w.workloadName}</h1>
      <WorkloadTabs lang={lang} workloadId={w.workloadId} current="overview" />
      <Notice text={notice} />
      {w.description ? <p>{w.description}</p> : null}
      <section aria-labelledby="properties-title">
        <h2 id="properties-title">{t(lang, 'properties')}</h2>
        <Properties lang={lang} w={w} pillars={await pillarOptions(deps, w.lenses, lang)} />
        <p class="actions no-print">
          <a class="button secondary" href={workloadPath(w.workloadId, '/edit')} id="edit-workload">
            {t(lang, 'edit')}
          </a>
          <a class="button secondary" href={workloadPath(w.workloadId, '/shares')} id="workload-shares">
            {SHARE_TEXT.link[lang]}
          </a>
          <a class="button danger" href={workloadPath(w.workloadId, '/delete')} id="delete-workload">
            {t(lang, 'deleteWorkload')}
          </a>
        </p>
      </section>
      <ScanStatus deps={deps} workloadId={w.workloadId} lenses={w.lenses} lang={lang} />
      {reviews.length === 0 ? <p>{t(lang, 'noLensApplied')}</p> : null}
      {reviews.map((review, i) => (
        <section aria-labelledby={`lens-${i}`}>
          <h2 id={`lens-${i}`}>{review.lens.name}</h2>
          <p class="actions">
            <a class="button" href={workloadPath(w.workloadId, `/review/${encodeURIComponent(review.lens.alias)}`)}>
              {t(lang, 'startReview')}
            </a>
            <a class="no-print remove-lens" href={workloadPath(w.workloadId, `/lenses/${encodeURIComponent(review.lens.alias)}/remove`)}>
              {t(lang, 'removeLens')}
            </a>
          </p>
          <div class="chart">
            <RiskBars id={`chart-${i}`} lang={lang} title={`${t(lang, 'riskChartTitle')} — ${review.lens.name}`} rows={reviewChartRows(lang, review)} />
          </div>
          <ProgressTable
            lang={lang}
            review={review}
            reviewHref={(pillarId) => workloadPath(w.workloadId, `/review/${encodeURIComponent(review.lens.alias)}?pillar=${encodeURIComponent(pillarId)}`)}
          />
          <h3>{t(lang, 'improvementPlan')}</h3>
          <PlanOverview lang={lang} service={deps.service} workloadId={w.workloadId} review={review} limit={5} />
        </section>
      ))}
      <h2>{t(lang, 'milestones')}</h2>
      {milestones.length === 0 ? (
        <p>{t(lang, 'noMilestones')}</p>
      ) : (
        <ul>
          {milestones.map((m) => (
            <li>
              <a href={workloadPath(w.workloadId, `/milestones/${m.milestoneNumber}`)}>{`#${m.milestoneNumber} ${m.milestoneName}`}</a>
              {' — '}
              <time datetime={m.recordedAt}>{formatDate(lang, m.recordedAt)}</time>
            </li>
          ))}
        </ul>
      )}
      <ApplyTemplateForm lang={lang} csrf={frame.csrf} workloadId={w.workloadId} templates={templates} />
      {lenses.length > 0 ? (
        <form method="post" action={workloadPath(w.workloadId, '/lenses')} class="stack no-print">
          <CsrfField csrf={frame.csrf} />
          <fieldset>
            <legend>{t(lang, 'applyLens')}</legend>
            {lenses.map((l) => (
              <div>
                <input type="checkbox" id={`apply-${l.alias}`} name="lenses" value={l.alias} />
                <label for={`apply-${l.alias}`}>{lensDisplayName(l, lang)}</label>
              </div>
            ))}
          </fieldset>
          <div>
            <button type="submit">{t(lang, 'apply')}</button>
          </div>
        </form>
      ) : null}
    </Layout>,
  );
}

async function renderEdit(c: PageContext, deps: PageDeps, ref: string, form: { values?: FormBody; errors?: FieldMessage[]; status?: 200 | 400 | 409 } = {}) {
  const frame = c.get('frame');
  const { lang } = frame;
  const w = await deps.service.getWorkload(ref);
  const title = t(lang, 'editWorkload', { name: w.workloadName });
  return c.html(
    <Layout frame={frame} title={title}>
      <h1>{title}</h1>
      <WorkloadTabs lang={lang} workloadId={w.workloadId} current="overview" />
      <WorkloadForm
        lang={lang}
        csrf={frame.csrf}
        action={workloadPath(w.workloadId, '/edit')}
        submit="saveChanges"
        pillars={await pillarOptions(deps, w.lenses, lang)}
        profiles={await profileOptions(deps, c.get('identity'), w.profile)}
        values={form.values ?? formValuesOf(w)}
        errors={form.errors ?? []}
      />
      <p>
        <a href={workloadPath(w.workloadId)}>{t(lang, 'cancel')}</a>
      </p>
    </Layout>,
    form.status ?? 200,
  );
}

async function renderDelete(c: PageContext, deps: PageDeps, ref: string) {
  const frame = c.get('frame');
  const { lang } = frame;
  const w = await deps.service.getWorkload(ref);
  const losses = [t(lang, 'losesProperties')];
  for (const alias of w.lenses) {
    const review = await deps.service.getReview(w.workloadId, alias, lang);
    const answered = review.pillars.reduce((n, p) => n + p.answered, 0);
    const total = review.pillars.reduce((n, p) => n + p.total, 0);
    losses.push(t(lang, 'losesReview', { lens: review.lens.name, answered, total }));
  }
  const milestones = await listMilestones(deps.service, w.workloadId);
  if (milestones.length > 0) losses.push(t(lang, 'losesMilestones', { n: milestones.length }));
  const title = t(lang, 'deleteWorkloadTitle', { name: w.workloadName });
  return c.html(
    <Layout frame={frame} title={title}>
      <h1>{title}</h1>
      <ConfirmDelete lang={lang} csrf={frame.csrf} action={workloadPath(w.workloadId, '/delete')} cancel={workloadPath(w.workloadId)} losses={losses} button={t(lang, 'deleteWorkload')} />
    </Layout>,
  );
}

async function renderRemoveLens(c: PageContext, deps: PageDeps, ref: string, alias: string) {
  const frame = c.get('frame');
  const { lang } = frame;
  const w = await deps.service.getWorkload(ref);
  const review = await deps.service.getReview(w.workloadId, alias, lang);
  const answered = review.pillars.reduce((n, p) => n + p.answered, 0);
  const total = review.pillars.reduce((n, p) => n + p.total, 0);
  const title = t(lang, 'removeLensTitle', { lens: review.lens.name, workload: w.workloadName });
  return c.html(
    <Layout frame={frame} title={title}>
      <h1>{title}</h1>
      <ConfirmDelete
        lang={lang}
        csrf={frame.csrf}
        action={workloadPath(w.workloadId, `/lenses/${encodeURIComponent(alias)}/remove`)}
        cancel={workloadPath(w.workloadId)}
        losses={[t(lang, 'losesReview', { lens: review.lens.name, answered, total })]}
        note={t(lang, 'milestonesKeepLens')}
        button={t(lang, 'removeLens')}
      />
    </Layout>,
  );
}

/** A refused form comes back with what was typed and a message per field; other errors go to the error page. */
function formErrors(error: unknown): { errors: FieldMessage[]; status: 400 | 409 } {
  if (!isReviewError(error) || (error.status !== 400 && error.status !== 409)) throw error;
  return { errors: error.fields.length > 0 ? error.fields : [{ field: 'workloadName', message: error.localized }], status: error.status };
}

export function registerWorkloadPages(app: Hono<PageEnv>, deps: PageDeps): void {
  app.get('/workloads', (c) => renderList(c, deps));

  app.post('/workloads', async (c) => {
    const body = (await c.req.parseBody({ all: true })) as FormBody;
    try {
      const created = await deps.service.createWorkload(workloadInput(body));
      await applyProfileChoice(deps, c.get('identity'), body, created.workloadId, null);
      return c.redirect(workloadPath(created.workloadId), 303);
    } catch (error) {
      const { errors, status } = formErrors(error);
      return renderList(c, deps, body, errors, status);
    }
  });

  app.get('/workloads/:id', (c) => renderOverview(c, deps, c.req.param('id')));

  app.get('/workloads/:id/edit', (c) => renderEdit(c, deps, c.req.param('id')));
  app.post('/workloads/:id/edit', async (c) => {
    const body = (await c.req.parseBody({ all: true })) as FormBody;
    const { lenses: _ignored, ...input } = workloadInput(body);
    try {
      const w = await deps.service.updateWorkload(c.req.param('id'), input);
      await applyProfileChoice(deps, c.get('identity'), body, w.workloadId, w.profile?.profileId ?? null);
      return c.redirect(workloadPath(w.workloadId, '?saved=1'), 303);
    } catch (error) {
      const { errors, status } = formErrors(error);
      return renderEdit(c, deps, c.req.param('id'), { values: body, errors, status });
    }
  });

  app.get('/workloads/:id/delete', (c) => renderDelete(c, deps, c.req.param('id')));
  app.post('/workloads/:id/delete', async (c) => {
    const w = await deps.service.deleteWorkload(c.req.param('id'));
    return c.redirect(`/workloads?${new URLSearchParams({ deleted: w.name }).toString()}`, 303);
  });

  app.post('/workloads/:id/lenses', async (c) => {
    const body = (await c.req.parseBody({ all: true })) as FormBody;
    const w = await deps.service.applyLenses(c.req.param('id'), formList(body, 'lenses'));
    return c.redirect(workloadPath(w.workloadId), 303);
  });

  app.get('/workloads/:id/lenses/:alias/remove', (c) => renderRemoveLens(c, deps, c.req.param('id'), c.req.param('alias')));
  app.post('/workloads/:id/lenses/:alias/remove', async (c) => {
    const alias = c.req.param('alias');
    const w = await deps.service.getWorkload(c.req.param('id'));
    const name = (await deps.service.getReview(w.workloadId, alias, c.get('lang'))).lens.name;
    await deps.service.removeLens(w.workloadId, alias);
    return c.redirect(workloadPath(w.workloadId, `?${new URLSearchParams({ removed: name }).toString()}`), 303);
  });
}
