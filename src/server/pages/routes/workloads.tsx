// Workloads: the list with risk counts, the create form, and a workload's overview (charts, progress, plan).
import type { Hono } from 'hono';
import { isReviewError, type FieldMessage } from '../../../review/errors.js';
import { listMilestones } from '../../../review/milestones.js';
import type { WorkloadInput } from '../../../review/validate.js';
import type { ReviewView } from '../../../review/views.js';
import type { Lang } from '../../../util/i18n.js';
import { RiskBars } from '../../../report/charts/risk-bars.js';
import { ProgressTable, reviewChartRows } from '../../../report/review/progress.js';
import { FieldError, lensDisplayName, WorkloadTabs, workloadPath } from '../components.js';
import type { PageContext, PageDeps, PageEnv } from '../env.js';
import { formList, formString, splitList, type FormBody } from '../form.js';
import { CsrfField, Layout } from '../layout.js';
import { formatDate, t, type MessageKey } from '../messages.js';
import { PlanOverview } from '../plan-overview.js';

interface LensOption {
  alias: string;
  name: string;
}

function CreateForm(props: { lang: Lang; csrf: string; lenses: LensOption[]; values: FormBody; errors: FieldMessage[] }) {
  const { lang, values, errors } = props;
  const v = (name: string) => formString(values, name);
  const chosen = new Set(values._submitted ? formList(values, 'lenses') : ['serverless']);
  const text = (name: string, label: MessageKey, field: string, options: { required?: boolean; hint?: MessageKey; type?: string } = {}) => (
    <div class="field">
      <label for={`w-${name}`}>{t(lang, label)}</label>
      {options.hint ? (
        <span class="hint" id={`w-${name}-hint`}>
          {t(lang, options.hint)}
        </span>
      ) : null}
      <input
        type={options.type ?? 'text'}
        id={`w-${name}`}
        name={name}
        value={v(name)}
        required={options.required}
        aria-invalid={errors.some((e) => e.field === field) ? 'true' : undefined}
        aria-describedby={[options.hint ? `w-${name}-hint` : '', `w-${name}-err`].filter(Boolean).join(' ')}
      />
      <FieldError id={`w-${name}-err`} lang={lang} errors={errors} field={field} />
    </div>
  );
  return (
    <form method="post" action="/workloads" class="stack" id="create-workload">
      <CsrfField csrf={props.csrf} />
      <input type="hidden" name="_submitted" value="1" />
      {errors.length > 0 ? (
        <p class="notice error" role="alert">
          {t(lang, 'fixErrors')}
        </p>
      ) : null}
      {text('name', 'name', 'workloadName', { required: true })}
      <div class="field">
        <label for="w-description">{t(lang, 'description')}</label>
        <textarea id="w-description" name="description" aria-describedby="w-description-err">
          {v('description')}
        </textarea>
        <FieldError id="w-description-err" lang={lang} errors={errors} field="description" />
      </div>
      <fieldset>
        <legend>{t(lang, 'environment')}</legend>
        {(['PRODUCTION', 'PREPRODUCTION'] as const).map((env) => (
          <div>
            <input type="radio" id={`w-env-${env}`} name="environment" value={env} checked={(v('environment') || 'PRODUCTION') === env} />
            <label for={`w-env-${env}`}>{t(lang, env === 'PRODUCTION' ? 'production' : 'preproduction')}</label>
          </div>
        ))}
      </fieldset>
      {text('regions', 'regions', 'awsRegions', { hint: 'commaSeparated' })}
      {text('accounts', 'accounts', 'accountIds', { hint: 'commaSeparated' })}
      {text('owner', 'reviewOwner', 'reviewOwner')}
      {text('architecture', 'architecture', 'architecturalDesign', { type: 'url' })}
      {text('industry', 'industry', 'industry')}
      {text('priorities', 'pillarPriorities', 'pillarPriorities', { hint: 'pillarPrioritiesHelp' })}
      <fieldset>
        <legend>{t(lang, 'lensesToApply')}</legend>
        {props.lenses.map((l) => (
          <div>
            <input type="checkbox" id={`w-lens-${l.alias}`} name="lenses" value={l.alias} checked={chosen.has(l.alias)} />
            <label for={`w-lens-${l.alias}`}>{lensDisplayName(l, lang)}</label>
          </div>
        ))}
      </fieldset>
      <div>
        <button type="submit">{t(lang, 'createWorkload')}</button>
      </div>
    </form>
  );
}

async function renderList(c: PageContext, deps: PageDeps, values: FormBody = {}, errors: FieldMessage[] = [], status: 200 | 400 | 409 = 200) {
  const frame = c.get('frame');
  const { lang } = frame;
  await deps.service.ready();
  const [workloads, lenses] = await Promise.all([deps.service.listWorkloads(), deps.service.store.listLenses()]);
  return c.html(
    <Layout frame={frame} title={t(lang, 'workloads')}>
      <h1>{t(lang, 'workloads')}</h1>
      {workloads.length === 0 ? (
        <p>{t(lang, 'noWorkloads')}</p>
      ) : (
        <table>
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
                <td>{t(lang, w.environment === 'PRODUCTION' ? 'production' : 'preproduction')}</td>
                <td class="num">{w.riskCounts.HIGH}</td>
                <td class="num">{w.riskCounts.MEDIUM}</td>
                <td>
                  <time datetime={w.updatedAt}>{formatDate(lang, w.updatedAt)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2 id="new">{t(lang, 'newWorkload')}</h2>
      <CreateForm lang={lang} csrf={frame.csrf} lenses={lenses} values={values} errors={errors} />
    </Layout>,
    status,
  );
}

function workloadInput(body: FormBody): WorkloadInput & { lenses: string[] } {
  return {
    workloadName: formString(body, 'name'),
    description: formString(body, 'description'),
    environment: (formString(body, 'environment') || 'PRODUCTION') as WorkloadInput['environment'],
    awsRegions: splitList(formString(body, 'regions')),
    accountIds: splitList(formString(body, 'accounts')),
    reviewOwner: formString(body, 'owner'),
    architecturalDesign: formString(body, 'architecture'),
    industry: formString(body, 'industry'),
    pillarPriorities: splitList(formString(body, 'priorities')),
    lenses: formList(body, 'lenses'),
  };
}

async function renderOverview(c: PageContext, deps: PageDeps, ref: string) {
  const frame = c.get('frame');
  const { lang } = frame;
  const w = await deps.service.getWorkload(ref);
  const reviews: ReviewView[] = [];
  for (const alias of w.lenses) reviews.push(await deps.service.getReview(w.workloadId, alias, lang));
  const milestones = await listMilestones(deps.service, w.workloadId);
  const lenses = (await deps.service.store.listLenses()).filter((l) => !w.lenses.includes(l.alias));
  return c.html(
    <Layout frame={frame} title={w.workloadName}>
      <h1>{w.workloadName}</h1>
      <WorkloadTabs lang={lang} workloadId={w.workloadId} current="overview" />
      {w.description ? <p>{w.description}</p> : null}
      <p class="muted">
        {t(lang, 'environment')}: {t(lang, w.environment === 'PRODUCTION' ? 'production' : 'preproduction')} · {t(lang, 'lastUpdate')}:{' '}
        <time datetime={w.updatedAt}>{formatDate(lang, w.updatedAt)}</time>
      </p>
      {reviews.length === 0 ? <p>{t(lang, 'noLensApplied')}</p> : null}
      {reviews.map((review, i) => (
        <section aria-labelledby={`lens-${i}`}>
          <h2 id={`lens-${i}`}>{review.lens.name}</h2>
          <p>
            <a class="button" href={workloadPath(w.workloadId, `/review/${encodeURIComponent(review.lens.alias)}`)}>
              {t(lang, 'startReview')}
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
              <a href={workloadPath(w.workloadId, `/compare?base=${m.milestoneNumber}&target=current`)}>{`#${m.milestoneNumber} ${m.milestoneName}`}</a>
              {' — '}
              <time datetime={m.recordedAt}>{formatDate(lang, m.recordedAt)}</time>
            </li>
          ))}
        </ul>
      )}
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

export function registerWorkloadPages(app: Hono<PageEnv>, deps: PageDeps): void {
  app.get('/workloads', (c) => renderList(c, deps));

  app.post('/workloads', async (c) => {
    const body = (await c.req.parseBody({ all: true })) as FormBody;
    try {
      const created = await deps.service.createWorkload(workloadInput(body));
      return c.redirect(workloadPath(created.workloadId), 303);
    } catch (error) {
      if (!isReviewError(error) || (error.status !== 400 && error.status !== 409)) throw error;
      const fields = error.fields.length > 0 ? error.fields : [{ field: 'workloadName', message: error.localized }];
      return renderList(c, deps, body, fields, error.status);
    }
  });

  app.get('/workloads/:id', (c) => renderOverview(c, deps, c.req.param('id')));

  app.post('/workloads/:id/lenses', async (c) => {
    const body = (await c.req.parseBody({ all: true })) as FormBody;
    const w = await deps.service.applyLenses(c.req.param('id'), formList(body, 'lenses'));
    return c.redirect(workloadPath(w.workloadId), 303);
  });
}
