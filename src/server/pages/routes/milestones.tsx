// Milestones: save one, list them with their risk counts, open one read-only, rename or delete it, and compare
// two (or one with the current review) with a chart and a change list.
import type { Hono } from 'hono';
import type { ApiRisk } from '../../../lens/risk.js';
import { isReviewError, type FieldMessage } from '../../../review/errors.js';
import { planOf } from '../../../review/improvement-items.js';
import { compareMilestones, createMilestone, deleteMilestone, getMilestone, listMilestones, milestoneAnswers, renameMilestone } from '../../../review/milestones.js';
import type { ComparePoint, ReviewView } from '../../../review/views.js';
import type { Lang } from '../../../util/i18n.js';
import { RiskBars, type BarRow } from '../../../report/charts/risk-bars.js';
import { ReportBody } from '../../../report/review/body.js';
import { ConfirmDelete, FieldError, Notice, RiskBadge, WorkloadTabs, workloadPath } from '../components.js';
import type { PageContext, PageDeps, PageEnv } from '../env.js';
import { formString, type FormBody } from '../form.js';
import { CsrfField, Layout } from '../layout.js';
import { formatDate, t } from '../messages.js';
import { registerPlanPage } from './plan.js';

/** The short tag of a side in chart labels ("#2", "Now"), so pillar names still fit beside the bars. */
function pointTag(lang: Lang, point: ComparePoint): string {
  return 'current' in point ? t(lang, 'currentShort') : `#${point.milestoneNumber}`;
}

/** Choice titles of the current lens versions, to show "added/dropped" as words rather than ids. */
async function choiceTitles(deps: PageDeps, workloadId: string, lang: Lang): Promise<Map<string, string>> {
  const titles = new Map<string, string>();
  const w = await deps.service.getWorkload(workloadId);
  for (const alias of w.lenses) for (const a of await deps.service.listAnswers(workloadId, alias, lang)) for (const c of a.choices) titles.set(`${alias}/${c.choiceId}`, c.title);
  return titles;
}

function pointLabel(lang: Lang, point: ComparePoint): string {
  return 'current' in point ? t(lang, 'current') : `#${point.milestoneNumber} ${point.milestoneName}`;
}

async function sideReviews(deps: PageDeps, workloadId: string, point: string, lang: Lang): Promise<Omit<ReviewView, 'workload'>[]> {
  if (point === 'current') {
    const w = await deps.service.getWorkload(workloadId);
    const out: ReviewView[] = [];
    for (const alias of w.lenses) out.push(await deps.service.getReview(workloadId, alias, lang));
    return out;
  }
  return (await getMilestone(deps.service, workloadId, point, lang)).lensReviews;
}

/** Per lens: the overall row and each pillar, the base above the target. */
function compareRows(lang: Lang, base: Omit<ReviewView, 'workload'>[], target: Omit<ReviewView, 'workload'>[], baseLabel: string, targetLabel: string): BarRow[] {
  const rows: BarRow[] = [];
  for (const after of target) {
    const before = base.find((r) => r.lens.alias === after.lens.alias);
    if (!before) continue;
    rows.push({ label: `${t(lang, 'overall')} · ${baseLabel}`, counts: before.riskCounts, strong: true });
    rows.push({ label: `${t(lang, 'overall')} · ${targetLabel}`, counts: after.riskCounts, strong: true });
    for (const pillar of after.pillars) {
      const old = before.pillars.find((p) => p.id === pillar.id);
      if (old) rows.push({ label: `${pillar.name} · ${baseLabel}`, counts: old.riskCounts });
      rows.push({ label: `${pillar.name} · ${targetLabel}`, counts: pillar.riskCounts });
    }
  }
  return rows;
}

function savedNotice(c: PageContext, lang: Lang): string | undefined {
  const q = (name: string) => c.req.query(name);
  const n = q('n') ?? '';
  const name = q('name') ?? '';
  if (q('saved')) return t(lang, 'milestoneSaved', { n, name });
  if (q('deleted')) return t(lang, 'milestoneDeleted', { n, name });
  if (q('renamed')) return t(lang, 'milestoneRenamed', { name });
  return undefined;
}

async function renderMilestones(c: PageContext, deps: PageDeps, ref: string, form: { values?: FormBody; errors?: FieldMessage[]; status?: 200 | 400 | 409 } = {}) {
  const frame = c.get('frame');
  const { lang } = frame;
  const w = await deps.service.getWorkload(ref);
  const milestones = await Promise.all(
    (await listMilestones(deps.service, w.workloadId)).map(async (m) => ({ ...m, riskCounts: (await getMilestone(deps.service, w.workloadId, String(m.milestoneNumber), lang)).riskCounts })),
  );
  const errors = form.errors ?? [];
  const options = [...milestones.map((m) => ({ value: String(m.milestoneNumber), label: `#${m.milestoneNumber} ${m.milestoneName}` })), { value: 'current', label: t(lang, 'current') }];
  const last = milestones[milestones.length - 1];
  return c.html(
    <Layout frame={frame} title={`${t(lang, 'milestones')} — ${w.workloadName}`}>
      <h1>{`${t(lang, 'milestones')} — ${w.workloadName}`}</h1>
      <WorkloadTabs lang={lang} workloadId={w.workloadId} current="milestones" />
      <Notice text={savedNotice(c, lang)} />
      {milestones.length === 0 ? (
        <p>{t(lang, 'noMilestones')}</p>
      ) : (
        <table class="stacked" id="milestone-list">
          <thead>
            <tr>
              <th scope="col" class="num">
                {t(lang, 'number')}
              </th>
              <th scope="col">{t(lang, 'name')}</th>
              <th scope="col" class="num">
                {t(lang, 'riskHIGH')}
              </th>
              <th scope="col" class="num">
                {t(lang, 'riskMEDIUM')}
              </th>
              <th scope="col">{t(lang, 'created')}</th>
            </tr>
          </thead>
          <tbody>
            {milestones.map((m) => (
              <tr>
                <td class="num" data-label={t(lang, 'number')}>
                  {m.milestoneNumber}
                </td>
                <td>
                  <a href={workloadPath(w.workloadId, `/milestones/${m.milestoneNumber}`)}>{m.milestoneName}</a>
                </td>
                <td class="num" data-label={t(lang, 'riskHIGH')}>
                  {m.riskCounts.HIGH}
                </td>
                <td class="num" data-label={t(lang, 'riskMEDIUM')}>
                  {m.riskCounts.MEDIUM}
                </td>
                <td data-label={t(lang, 'created')}>
                  <time datetime={m.recordedAt}>{formatDate(lang, m.recordedAt)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{t(lang, 'createMilestone')}</h2>
      <form method="post" action={workloadPath(w.workloadId, '/milestones')} class="stack">
        <CsrfField csrf={frame.csrf} />
        <div class="field">
          <label for="milestone-name">{t(lang, 'milestoneName')}</label>
          <input type="text" id="milestone-name" name="name" value={form.values ? formString(form.values, 'name') : ''} aria-describedby="milestone-name-err" aria-invalid={errors.length > 0 ? 'true' : undefined} />
          <FieldError id="milestone-name-err" lang={lang} errors={errors} field="milestoneName" />
        </div>
        <div>
          <button type="submit">{t(lang, 'createMilestone')}</button>
        </div>
      </form>
      {milestones.length > 0 ? (
        <>
          <h2>{t(lang, 'compareTwo')}</h2>
          <form method="get" action={workloadPath(w.workloadId, '/compare')} class="stack">
            <div class="field">
              <label for="cmp-base">{t(lang, 'from')}</label>
              <select id="cmp-base" name="base">
                {options.map((o) => (
                  <option value={o.value} selected={o.value === String(last?.milestoneNumber)}>
                    {o.label}
                  </option>
                ))}
              </select>
            </div>
            <div class="field">
              <label for="cmp-target">{t(lang, 'to')}</label>
              <select id="cmp-target" name="target">
                {options.map((o) => (
                  <option value={o.value} selected={o.value === 'current'}>
                    {o.label}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <button type="submit">{t(lang, 'compare')}</button>
            </div>
          </form>
        </>
      ) : null}
    </Layout>,
    form.status ?? 200,
  );
}

function ChangeRow(props: { lang: Lang; title: string; base: ApiRisk; target: ApiRisk; added: string[]; dropped: string[] }) {
  return (
    <tr>
      <td>{props.title}</td>
      <td data-label={t(props.lang, 'risks')}>
        <RiskBadge lang={props.lang} risk={props.base} /> → <RiskBadge lang={props.lang} risk={props.target} />
      </td>
      <td data-label={t(props.lang, 'choicesAdded')}>
        <ul class="plain">
          {props.added.map((title) => (
            <li>{title}</li>
          ))}
        </ul>
      </td>
      <td data-label={t(props.lang, 'choicesDropped')}>
        <ul class="plain">
          {props.dropped.map((title) => (
            <li>{title}</li>
          ))}
        </ul>
      </td>
    </tr>
  );
}

async function renderCompare(c: PageContext, deps: PageDeps, ref: string) {
  const frame = c.get('frame');
  const { lang } = frame;
  const base = c.req.query('base') ?? '1';
  const target = c.req.query('target') ?? 'current';
  const comparison = await compareMilestones(deps.service, ref, base, target, lang);
  const workloadId = comparison.workload.id;
  const baseLabel = pointLabel(lang, comparison.base);
  const targetLabel = pointLabel(lang, comparison.target);
  const rows = compareRows(lang, await sideReviews(deps, workloadId, base, lang), await sideReviews(deps, workloadId, target, lang), pointTag(lang, comparison.base), pointTag(lang, comparison.target));
  const titles = await choiceTitles(deps, workloadId, lang);
  const title = `${t(lang, 'compare')}: ${baseLabel} → ${targetLabel} — ${comparison.workload.name}`;
  const order = (point: ComparePoint) => ('current' in point ? Number.POSITIVE_INFINITY : point.milestoneNumber);
  const inverted = order(comparison.base) > order(comparison.target);
  const swap = workloadPath(workloadId, `/compare?${new URLSearchParams({ base: target, target: base }).toString()}`);
  return c.html(
    <Layout frame={frame} title={title}>
      <h1>{title}</h1>
      <WorkloadTabs lang={lang} workloadId={workloadId} current="milestones" />
      {inverted ? (
        <p class="notice error" role="alert" id="compare-inverted">
          {t(lang, 'compareInverted', { base: baseLabel, target: targetLabel })} <a href={swap}>{t(lang, 'swapSides')}</a>
        </p>
      ) : null}
      <p id="compare-summary">
        <strong>{t(lang, 'improved')}</strong>: {comparison.improved} · <strong>{t(lang, 'regressed')}</strong>: {comparison.regressed}
      </p>
      <div class="chart">
        <RiskBars id="compare-chart" lang={lang} title={t(lang, 'compareChartTitle')} rows={rows} />
      </div>
      {comparison.lenses.map((l) => {
        const groups = (['improved', 'regressed', 'unchanged'] as const).map((kind) => ({ kind, changes: l.changes.filter((ch) => ch.change === kind) }));
        return (
          <section>
            <h2>{l.name}</h2>
            {l.changes.length === 0 ? <p>{t(lang, 'noChanges')}</p> : null}
            {groups
              .filter((g) => g.changes.length > 0)
              .map((g) => (
                <section>
                  <h3 id={`changes-${g.kind}`}>{t(lang, g.kind)}</h3>
                  <table aria-labelledby={`changes-${g.kind}`} class="stacked">
                    <thead>
                      <tr>
                        <th scope="col">{t(lang, 'question')}</th>
                        <th scope="col">{t(lang, 'risks')}</th>
                        <th scope="col">{t(lang, 'choicesAdded')}</th>
                        <th scope="col">{t(lang, 'choicesDropped')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {g.changes.map((ch) => (
                        <ChangeRow lang={lang} title={`${ch.id} ${ch.title}`} base={ch.baseRisk} target={ch.targetRisk} added={ch.choicesAdded.map((id) => titles.get(`${l.alias}/${id}`) ?? id)} dropped={ch.choicesDropped.map((id) => titles.get(`${l.alias}/${id}`) ?? id)} />
                      ))}
                    </tbody>
                  </table>
                </section>
              ))}
          </section>
        );
      })}
      <p>
        <a href={workloadPath(workloadId, '/milestones')}>{t(lang, 'milestones')}</a>
      </p>
    </Layout>,
  );
}

async function renderMilestone(c: PageContext, deps: PageDeps, ref: string, number: string, form: { values?: FormBody; errors?: FieldMessage[]; status?: 200 | 400 | 409 } = {}) {
  const frame = c.get('frame');
  const { lang } = frame;
  const workload = await deps.service.getWorkload(ref);
  const { milestone: m, answers } = await milestoneAnswers(deps.service, workload.workloadId, number, lang);
  const id = workload.workloadId;
  const base = workloadPath(id, `/milestones/${m.milestoneNumber}`);
  // The improvement items frozen with the milestone (status, owner, due) read as the tracked plan of its answers;
  // a milestone that froze none (taken before items existed, or with none touched) shows the plain plan.
  const reviews = m.lensReviews.map(({ improvementItems, ...review }, i) => {
    const view = { ...review, workload: m.workload };
    const frozen = improvementItems.map((item) => ({ ...item, version: 0, updatedAt: m.recordedAt }));
    return { review: view, answers: answers[i] ?? [], ...(frozen.length > 0 ? { plan: planOf(view, frozen) } : {}) };
  });
  const title = `${t(lang, 'milestoneTitle', { n: m.milestoneNumber, name: m.milestoneName })} — ${workload.workloadName}`;
  const errors = form.errors ?? [];
  return c.html(
    <Layout frame={frame} title={title}>
      <WorkloadTabs lang={lang} workloadId={id} current="milestones" />
      <h1>{title}</h1>
      <Notice text={savedNotice(c, lang)} />
      <p class="notice" id="milestone-readonly">
        {t(lang, 'milestoneReadOnly', { date: formatDate(lang, m.recordedAt) })}
      </p>
      <p class="actions no-print">
        <a class="button secondary" href={workloadPath(id, `/compare?base=${m.milestoneNumber}&target=current`)}>
          {`${t(lang, 'compare')}: #${m.milestoneNumber} → ${t(lang, 'current')}`}
        </a>
        <a class="button danger" href={`${base}/delete`} id="delete-milestone">
          {t(lang, 'deleteMilestone')}
        </a>
      </p>
      <details class="no-print" open={errors.length > 0}>
        <summary>{t(lang, 'renameMilestone')}</summary>
        <form method="post" action={`${base}/rename`} class="stack">
          <CsrfField csrf={frame.csrf} />
          <div class="field">
            <label for="milestone-rename">{t(lang, 'milestoneName')}</label>
            <input type="text" id="milestone-rename" name="name" value={form.values ? formString(form.values, 'name') : m.milestoneName} aria-describedby="milestone-rename-err" />
            <FieldError id="milestone-rename-err" lang={lang} errors={errors} field="milestoneName" />
          </div>
          <div>
            <button type="submit">{t(lang, 'rename')}</button>
          </div>
        </form>
      </details>
      <ReportBody data={{ lang, workload, reviews }} />
    </Layout>,
    form.status ?? 200,
  );
}

async function renderDeleteMilestone(c: PageContext, deps: PageDeps, ref: string, number: string) {
  const frame = c.get('frame');
  const { lang } = frame;
  const m = await getMilestone(deps.service, ref, number, lang);
  const base = workloadPath(m.workload.id, `/milestones/${m.milestoneNumber}`);
  const title = t(lang, 'deleteMilestoneTitle', { n: m.milestoneNumber, name: m.milestoneName });
  return c.html(
    <Layout frame={frame} title={title}>
      <h1>{title}</h1>
      <ConfirmDelete lang={lang} csrf={frame.csrf} action={`${base}/delete`} cancel={base} losses={[t(lang, 'losesMilestone', { date: formatDate(lang, m.recordedAt) })]} button={t(lang, 'deleteMilestone')} />
    </Layout>,
  );
}

function milestoneQuery(values: Record<string, string>): string {
  return `?${new URLSearchParams(values).toString()}`;
}

export function registerMilestonePages(app: Hono<PageEnv>, deps: PageDeps): void {
  registerPlanPage(app, deps);
  app.get('/workloads/:id/milestones', (c) => renderMilestones(c, deps, c.req.param('id')));
  app.post('/workloads/:id/milestones', async (c) => {
    const body = (await c.req.parseBody({ all: true })) as FormBody;
    const id = c.req.param('id');
    let saved;
    try {
      saved = await createMilestone(deps.service, id, formString(body, 'name'));
    } catch (error) {
      if (!isReviewError(error) || (error.status !== 400 && error.status !== 409)) throw error;
      const errors = error.fields.length > 0 ? error.fields : [{ field: 'milestoneName', message: error.localized }];
      return renderMilestones(c, deps, id, { values: body, errors, status: error.status });
    }
    const w = await deps.service.getWorkload(id);
    return c.redirect(workloadPath(w.workloadId, `/milestones${milestoneQuery({ saved: '1', n: String(saved.milestoneNumber), name: saved.milestoneName })}`), 303);
  });
  app.get('/workloads/:id/compare', (c) => renderCompare(c, deps, c.req.param('id')));
  app.get('/workloads/:id/milestones/:n{[0-9]+}', (c) => renderMilestone(c, deps, c.req.param('id'), c.req.param('n')));
  app.post('/workloads/:id/milestones/:n{[0-9]+}/rename', async (c) => {
    const body = (await c.req.parseBody({ all: true })) as FormBody;
    const { id, n } = c.req.param();
    try {
      const renamed = await renameMilestone(deps.service, id, n, formString(body, 'name'));
      const w = await deps.service.getWorkload(id);
      return c.redirect(workloadPath(w.workloadId, `/milestones/${renamed.milestoneNumber}${milestoneQuery({ renamed: '1', name: renamed.milestoneName })}`), 303);
    } catch (error) {
      if (!isReviewError(error) || (error.status !== 400 && error.status !== 409)) throw error;
      const errors = error.fields.length > 0 ? error.fields : [{ field: 'milestoneName', message: error.localized }];
      return renderMilestone(c, deps, id, n, { values: body, errors, status: error.status });
    }
  });
  app.get('/workloads/:id/milestones/:n{[0-9]+}/delete', (c) => renderDeleteMilestone(c, deps, c.req.param('id'), c.req.param('n')));
  app.post('/workloads/:id/milestones/:n{[0-9]+}/delete', async (c) => {
    const { id, n } = c.req.param();
    const gone = await deleteMilestone(deps.service, id, n);
    const w = await deps.service.getWorkload(id);
    return c.redirect(workloadPath(w.workloadId, `/milestones${milestoneQuery({ deleted: '1', n: String(gone.milestoneNumber), name: gone.milestoneName })}`), 303);
  });
}
