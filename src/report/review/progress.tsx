// Progress and risk counts per pillar: the rows of the risk chart and the progress table.
import type { ReviewView } from '../../review/views.js';
import type { Lang } from '../../util/i18n.js';
import { t } from './messages.js';

/** Overall and per-pillar rows of one lens review, for the risk chart. */
export function reviewChartRows(lang: Lang, review: Pick<ReviewView, 'riskCounts' | 'pillars'>) {
  return [{ label: t(lang, 'overall'), counts: review.riskCounts, strong: true }, ...review.pillars.map((p) => ({ label: p.name, counts: p.riskCounts }))];
}

export function ProgressTable(props: { lang: Lang; review: ReviewView; reviewHref?: (pillarId: string) => string }) {
  const { lang, review } = props;
  // Counted apart only when the workload's profile prioritizes some question of this lens.
  const prioritized = review.questions.some((q) => q.prioritized);
  return (
    <table>
      <caption class="muted">{t(lang, 'progress')}</caption>
      <thead>
        <tr>
          <th scope="col">{t(lang, 'pillar')}</th>
          <th scope="col" class="num">
            {t(lang, 'answered')}
          </th>
          <th scope="col" class="num">
            {t(lang, 'riskHIGH')}
          </th>
          <th scope="col" class="num">
            {t(lang, 'riskMEDIUM')}
          </th>
          {prioritized ? (
            <th scope="col" class="num">
              {t(lang, 'prioritizedHighMedium')}
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {review.pillars.map((p) => (
          <tr>
            <th scope="row">{props.reviewHref ? <a href={props.reviewHref(p.id)}>{p.name}</a> : p.name}</th>
            <td class="num">{`${p.answered}/${p.total}`}</td>
            <td class="num">{p.riskCounts.HIGH}</td>
            <td class="num">{p.riskCounts.MEDIUM}</td>
            {prioritized ? <td class="num prioritized-counts">{`${p.prioritizedRiskCounts.HIGH} / ${p.prioritizedRiskCounts.MEDIUM}`}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
