// The improvement plan: per pillar, highest risk first, each missing best practice with its link.
import type { Hono } from 'hono';
import type { ReviewView } from '../../../review/views.js';
import type { Lang } from '../../../util/i18n.js';
import { RiskBadge } from '../../../report/review/risk-badge.js';
import { ImprovementItem } from '../../../report/review/improvement-item.js';
import { WorkloadTabs, workloadPath } from '../components.js';
import type { PageDeps, PageEnv } from '../env.js';
import { Layout } from '../layout.js';
import { t } from '../messages.js';
import { planByPillar } from '../../../report/review/plan-groups.js';


export function PlanList(props: { lang: Lang; workloadId: string; review: ReviewView; limit?: number }) {
  const { lang, review } = props;
  if (review.improvementPlan.length === 0) return <p>{t(lang, 'noImprovements')}</p>;
  const items = props.limit ? review.improvementPlan.slice(0, props.limit) : review.improvementPlan;
  return (
    <ul class="plan">
      {items.map((item) => (
        <li>
          <RiskBadge lang={lang} risk={item.risk} />{' '}
          <a href={workloadPath(props.workloadId, `/review/${encodeURIComponent(review.lens.alias)}?q=${encodeURIComponent(item.questionId)}`)}>
            {`${item.questionId} ${item.title}`}
          </a>
        </li>
      ))}
    </ul>
  );
}

export function registerPlanPage(app: Hono<PageEnv>, deps: PageDeps): void {
  app.get('/workloads/:id/plan', async (c) => {
    const frame = c.get('frame');
    const { lang } = frame;
    const w = await deps.service.getWorkload(c.req.param('id'));
    const reviews: ReviewView[] = [];
    for (const alias of w.lenses) reviews.push(await deps.service.getReview(w.workloadId, alias, lang));
    return c.html(
      <Layout frame={frame} title={`${t(lang, 'improvementPlan')} — ${w.workloadName}`}>
        <h1>{`${t(lang, 'improvementPlan')} — ${w.workloadName}`}</h1>
        <WorkloadTabs lang={lang} workloadId={w.workloadId} current="plan" />
        {reviews.map((review) => (
          <section>
            {reviews.length > 1 ? <h2>{review.lens.name}</h2> : null}
            {review.improvementPlan.length === 0 ? <p>{t(lang, 'noImprovements')}</p> : null}
            {planByPillar(review).map((group) => (
              <section>
                <h2>{group.pillar}</h2>
                {group.items.map((item) => (
                  <article>
                    <h3>
                      <RiskBadge lang={lang} risk={item.risk} />{' '}
                      <a href={workloadPath(w.workloadId, `/review/${encodeURIComponent(review.lens.alias)}?q=${encodeURIComponent(item.questionId)}`)}>
                        {`${item.questionId} ${item.title}`}
                      </a>
                    </h3>
                    <p class="muted">{t(lang, 'improvementsFor')}</p>
                    <ul class="plan">
                      {item.improvements.map((imp) => (
                        <ImprovementItem lang={lang} improvement={imp} />
                      ))}
                    </ul>
                  </article>
                ))}
              </section>
            ))}
          </section>
        ))}
      </Layout>,
    );
  });
}
