// The improvement plan a team works through: HIGH then MEDIUM risk, ordered by the workload's pillar
// priorities, filtered by pillar and risk; each best practice is one line with its first step, the full
// guidance on demand, and a small form for its status (won't do needs a reason), owner and due date.
import type { Hono } from 'hono';
import { planView, type PlanEntry, type PlanView } from '../../../review/improvement-items.js';
import { IMPROVEMENT_STATUSES, type ImprovementStatus } from '../../../review/model.js';
import type { ReviewView } from '../../../review/views.js';
import type { Lang } from '../../../util/i18n.js';
import { PrioritizedBadge, RiskBadge } from '../../../report/review/risk-badge.js';
import { pt, statusLabel } from '../../../report/review/plan-messages.js';
import { riskGroups, StatusCounts } from '../../../report/review/tracked-plan.js';
import { updateImprovementItem } from '../../../review/improvement-items.js';
import { isReviewError } from '../../../review/errors.js';
import { WorkloadTabs, workloadPath } from '../components.js';
import type { PageDeps, PageEnv } from '../env.js';
import { formString } from '../form.js';
import { CsrfField, Layout } from '../layout.js';
import { t } from '../messages.js';

/** The first items of a review's plan, saying how many more there are instead of cutting the list silently. */
export function PlanList(props: { lang: Lang; workloadId: string; review: ReviewView; limit?: number }) {
  const { lang, review } = props;
  if (review.improvementPlan.length === 0) return <p>{t(lang, 'noImprovements')}</p>;
  const items = props.limit ? review.improvementPlan.slice(0, props.limit) : review.improvementPlan;
  const more = review.improvementPlan.length - items.length;
  return (
    <ul class="plan">
      {items.map((item) => (
        <li>
          <RiskBadge lang={lang} risk={item.risk} /> {item.prioritized ? <><PrioritizedBadge lang={lang} /> </> : null}
          <a href={workloadPath(props.workloadId, `/review/${encodeURIComponent(review.lens.alias)}?q=${encodeURIComponent(item.questionId)}`)}>
            {`${item.questionId} ${item.title}`}
          </a>
        </li>
      ))}
      {more > 0 ? (
        <li>
          <a href={workloadPath(props.workloadId, '/plan')}>{pt(lang, 'andMore', { n: more })}</a>
        </li>
      ) : null}
    </ul>
  );
}

const anchor = (e: Pick<PlanEntry, 'questionId' | 'choiceId'>) => `item-${e.questionId}-${e.choiceId}`.replace(/[^A-Za-z0-9_-]/g, '_');

function ItemForm(props: { lang: Lang; csrf: string; workloadId: string; alias: string; entry: PlanEntry; back: string }) {
  const { lang, entry: e } = props;
  const id = anchor(e);
  return (
    <form method="post" action={workloadPath(props.workloadId, `/plan/${encodeURIComponent(props.alias)}/${encodeURIComponent(e.questionId)}/${encodeURIComponent(e.choiceId)}`)} class="plan-form">
      <CsrfField csrf={props.csrf} />
      <input type="hidden" name="version" value={String(e.item.version)} />
      <input type="hidden" name="back" value={props.back} />
      <label for={`${id}-status`}>{pt(lang, 'status')}</label>
      <select id={`${id}-status`} name="status">
        {IMPROVEMENT_STATUSES.map((s) => (
          <option value={s} selected={s === e.item.status}>
            {statusLabel(lang, s)}
          </option>
        ))}
      </select>
      <label for={`${id}-owner`}>{pt(lang, 'owner')}</label>
      <input id={`${id}-owner`} name="owner" value={e.item.owner} maxlength={100} size={12} />
      <label for={`${id}-due`}>{pt(lang, 'due')}</label>
      <input id={`${id}-due`} name="due" type="date" value={e.item.due} />
      <label for={`${id}-reason`}>{pt(lang, 'reason')}</label>
      <input id={`${id}-reason`} name="reason" value={e.item.reason} maxlength={500} size={20} />
      <button type="submit">{pt(lang, 'save')}</button>
    </form>
  );
}

function PlanSection(props: { lang: Lang; csrf: string; canWrite: boolean; workloadId: string; plan: PlanView; entries: PlanEntry[]; back: string }) {
  const { lang, plan } = props;
  return (
    <>
      {riskGroups(props.entries).map((group) => (
        <section>
          <h3>{pt(lang, group.risk === 'HIGH' ? 'highRiskGroup' : 'mediumRiskGroup')}</h3>
          <ul class="plan-items">
            {group.entries.map((e) => (
              <li id={anchor(e)} class={`plan-item plan-status-${e.item.status.toLowerCase()}`} data-choice={e.choiceId}>
                <p class="plan-line">
                  <RiskBadge lang={lang} risk={e.risk} /> {e.prioritized ? <><PrioritizedBadge lang={lang} /> </> : null}
                  <a href={workloadPath(props.workloadId, `/review/${encodeURIComponent(plan.lens.alias)}?q=${encodeURIComponent(e.questionId)}`)}>{e.questionId}</a>{' '}
                  <strong>{e.choiceTitle}</strong>
                  {' — '}
                  <span class="plan-step">{e.firstStep}</span>{' '}
                  <span class="plan-state">{statusLabel(lang, e.item.status)}</span>
                  {e.item.owner ? <span class="muted">{` · ${e.item.owner}`}</span> : null}
                  {e.item.due ? <span class="muted">{` · ${e.item.due}`}</span> : null}
                  {e.doneButUnticked ? (
                    <strong class="plan-flag" role="note">{` ⚠ ${pt(lang, 'doneButUnticked')}`}</strong>
                  ) : null}
                </p>
                <details>
                  <summary>{pt(lang, 'fullGuidance')}</summary>
                  <p>{e.guidance}</p>
                  {e.url ? (
                    <p>
                      <a href={e.url} rel="noopener noreferrer">
                        {t(lang, 'improvementGuide')}
                      </a>
                    </p>
                  ) : null}
                  {props.canWrite ? <ItemForm lang={lang} csrf={props.csrf} workloadId={props.workloadId} alias={plan.lens.alias} entry={e} back={props.back} /> : null}
                </details>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

export function registerPlanPage(app: Hono<PageEnv>, deps: PageDeps): void {
  app.get('/workloads/:id/plan', async (c) => {
    const frame = c.get('frame');
    const { lang } = frame;
    const w = await deps.service.getWorkload(c.req.param('id'));
    const pillar = c.req.query('pillar') ?? '';
    const risk = c.req.query('risk') ?? '';
    const plans: PlanView[] = [];
    for (const alias of w.lenses) plans.push(await planView(deps.service, w.workloadId, alias, lang));
    const pillars = [...new Map(plans.flatMap((p) => p.entries.map((e) => [e.pillarId, e.pillarName] as const))).entries()];
    const back = `${new URL(c.req.url).pathname}${new URL(c.req.url).search}`;
    const notice = c.req.query('saved') ? pt(lang, 'saved', { choice: c.req.query('saved') ?? '' }) : c.req.query('stale') ? pt(lang, 'staleItem') : null;
    const canWrite = frame.identity?.role !== 'viewer';
    return c.html(
      <Layout frame={frame} title={`${t(lang, 'improvementPlan')} — ${w.workloadName}`}>
        <h1>{`${t(lang, 'improvementPlan')} — ${w.workloadName}`}</h1>
        <WorkloadTabs lang={lang} workloadId={w.workloadId} current="plan" />
        {notice ? (
          <p class="notice" role="status">
            {notice}
          </p>
        ) : null}
        <form method="get" action={workloadPath(w.workloadId, '/plan')} class="plan-filter">
          <label for="plan-pillar">{pt(lang, 'pillar')}</label>
          <select id="plan-pillar" name="pillar">
            <option value="">{pt(lang, 'allPillars')}</option>
            {pillars.map(([id, name]) => (
              <option value={id} selected={id === pillar}>
                {name}
              </option>
            ))}
          </select>
          <label for="plan-risk">{pt(lang, 'risk')}</label>
          <select id="plan-risk" name="risk">
            <option value="">{pt(lang, 'allRisks')}</option>
            <option value="HIGH" selected={risk === 'HIGH'}>
              {pt(lang, 'highRiskGroup')}
            </option>
            <option value="MEDIUM" selected={risk === 'MEDIUM'}>
              {pt(lang, 'mediumRiskGroup')}
            </option>
          </select>
          <button type="submit">{pt(lang, 'apply')}</button>
        </form>
        {plans.map((plan) => {
          const entries = plan.entries.filter((e) => (pillar === '' || e.pillarId === pillar) && (risk === '' || e.risk === risk));
          return (
            <section>
              {plans.length > 1 ? <h2>{plan.lens.name}</h2> : null}
              <StatusCounts lang={lang} plan={plan} />
              {plan.doneButUnticked.length > 0 ? (
                <p class="plan-flag" role="note">{`⚠ ${pt(lang, 'doneButUntickedCount', { n: plan.doneButUnticked.length })}: ${plan.doneButUnticked.map((d) => `${d.questionId} ${d.choiceTitle}`).join(', ')}`}</p>
              ) : null}
              {plan.entries.length === 0 ? <p>{t(lang, 'noImprovements')}</p> : entries.length === 0 ? <p>{pt(lang, 'noMatch')}</p> : null}
              {entries.length !== plan.entries.length && entries.length > 0 ? <p class="muted">{pt(lang, 'showing', { shown: entries.length, total: plan.entries.length })}</p> : null}
              <PlanSection lang={lang} csrf={frame.csrf} canWrite={canWrite} workloadId={w.workloadId} plan={plan} entries={entries} back={back} />
            </section>
          );
        })}
      </Layout>,
    );
  });

  app.post('/workloads/:id/plan/:alias/:question/:choice', async (c) => {
    const lang = c.get('lang');
    const body = await c.req.parseBody({ all: true });
    const { id, alias, question, choice } = c.req.param();
    const back = formString(body, 'back');
    const base = back.startsWith('/workloads/') && !back.startsWith('//') ? back.split('#')[0]!.replace(/[?&](saved|stale)=[^&]*/g, '') : workloadPath(id, '/plan');
    const join = base.includes('?') ? '&' : '?';
    const version = Number(formString(body, 'version'));
    try {
      await updateImprovementItem(
        deps.service,
        id,
        alias,
        question,
        choice,
        {
          status: formString(body, 'status') as ImprovementStatus,
          owner: formString(body, 'owner'),
          due: formString(body, 'due'),
          reason: formString(body, 'reason'),
          version: Number.isInteger(version) ? version : -1,
        },
        lang,
      );
    } catch (error) {
      if (isReviewError(error) && error.status === 409) return c.redirect(`${base}${join}stale=1#${anchor({ questionId: question, choiceId: choice })}`, 303);
      throw error;
    }
    return c.redirect(`${base}${join}saved=${encodeURIComponent(choice)}#${anchor({ questionId: question, choiceId: choice })}`, 303);
  });
}
