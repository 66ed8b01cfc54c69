// Milestones: save one, list them, compare two (or one with the current review) with a chart and a change list.
import type { Hono } from 'hono';
import type { ApiRisk } from '../../../lens/risk.js';
import { isReviewError, type FieldMessage } from '../../../review/errors.js';
import { compareMilestones, createMilestone, getMilestone, listMilestones } from '../../../review/milestones.js';
import type { ComparePoint, ReviewView } from '../../../review/views.js';
import type { Lang } from '../../../util/i18n.js';
import { RiskBars, type BarRow } from '../../../report/charts/risk-bars.js';
import { FieldError, RiskBadge, WorkloadTabs, workloadPath } from '../components.js';
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

async function renderMilestones(c: PageContext, deps: PageDeps, ref: string, form: { values?: FormBody; errors?: FieldMessage[]; status?: 200 | 400 | 409 } = {}) {
  const frame = c.get('frame');
  const { lang } = frame;
  const w = await deps.service.getWorkload(ref);
  const milestones = await listMilestones(deps.service, w.workloadId);
  const errors = form.errors ?? [];
  const options = [...milestones.map((m) => ({ value: String(m.milestoneNumber), label: `#${m.milestoneNumber} ${m.milestoneName}` })), { value: 'current', label: t(lang, 'current') }];
  const last = milestones[milestones.length - 1];
  return c.html(
    <Layout frame={frame} title={`${t(lang, 'milestones')} — ${w.workloadName}`}>
      <h1>{`${t(lang, 'milestones')} — ${w.workloadName}`}</h1>
      <WorkloadTabs lang={lang} workloadId={w.workloadId} current="milestones" />
      {milestones.length === 0 ? (
        <p>{t(lang, 'noMilestones')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col" class="num">
                {t(lang, 'number')}
              </th>
              <th scope="col">{t(lang, 'name')}</th>
              <th scope="col">{t(lang, 'created')}</th>
            </tr>
          </thead>
          <tbody>
            {milestones.map((m) => (
              <tr>
                <td class="num">{m.milestoneNumber}</td>
                <td>{m.milestoneName}</td>
                <td>
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
          <input type="text" id="milestone-name" name="name" required value={form.values ? formString(form.values, 'name') : ''} aria-describedby="milestone-name-err" />
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
      <td>
        <RiskBadge lang={props.lang} risk={props.base} /> → <RiskBadge lang={props.lang} risk={props.target} />
      </td>
      <td>
        <ul class="plain">
          {props.added.map((title) => (
            <li>{title}</li>
          ))}
        </ul>
      </td>
      <td>
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
  return c.html(
    <Layout frame={frame} title={title}>
      <h1>{title}</h1>
      <WorkloadTabs lang={lang} workloadId={workloadId} current="milestones" />
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
                  <table aria-labelledby={`changes-${g.kind}`}>
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

export function registerMilestonePages(app: Hono<PageEnv>, deps: PageDeps): void {
  registerPlanPage(app, deps);
  app.get('/workloads/:id/milestones', (c) => renderMilestones(c, deps, c.req.param('id')));
  app.post('/workloads/:id/milestones', async (c) => {
    const body = (await c.req.parseBody({ all: true })) as FormBody;
    const id = c.req.param('id');
    try {
      await createMilestone(deps.service, id, formString(body, 'name'));
    } catch (error) {
      if (!isReviewError(error) || (error.status !== 400 && error.status !== 409)) throw error;
      const errors = error.fields.length > 0 ? error.fields : [{ field: 'milestoneName', message: error.localized }];
      return renderMilestones(c, deps, id, { values: body, errors, status: error.status });
    }
    const w = await deps.service.getWorkload(id);
    return c.redirect(workloadPath(w.workloadId, '/milestones'), 303);
  });
  app.get('/workloads/:id/compare', (c) => renderCompare(c, deps, c.req.param('id')));
}
