// The improvement plan on a workload's overview: counts per status, the DONE items still unticked, and the
// first items with "and N more" (a link to the plan) instead of a silently cut list.
import { planView } from '../../review/improvement-items.js';
import type { ReviewService } from '../../review/service.js';
import type { ReviewView } from '../../review/views.js';
import type { Lang } from '../../util/i18n.js';
import { pt } from '../../report/review/plan-messages.js';
import { StatusCounts } from '../../report/review/tracked-plan.js';
import { PlanList } from './routes/plan.js';
import { workloadPath } from './components.js';

export async function PlanOverview(props: { lang: Lang; service: ReviewService; workloadId: string; review: ReviewView; limit: number }) {
  const { lang, review } = props;
  const plan = await planView(props.service, props.workloadId, review.lens.alias, lang);
  return (
    <div class="plan-overview">
      {plan.entries.length > 0 ? <StatusCounts lang={lang} plan={plan} /> : null}
      {plan.doneButUnticked.length > 0 ? (
        <p class="plan-flag" role="note">
          <a href={workloadPath(props.workloadId, '/plan')}>{`⚠ ${pt(lang, 'doneButUntickedCount', { n: plan.doneButUnticked.length })}`}</a>
        </p>
      ) : null}
      <PlanList lang={lang} workloadId={props.workloadId} review={review} limit={props.limit} />
    </div>
  );
}
