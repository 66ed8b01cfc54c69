// The whole review as one printable document: summary, risk charts, every question with its answer and notes,
// and the improvement plan. The report page, the HTML report and the PDF all render this component.
import type { AnswerView, ReviewView, WorkloadView } from '../../review/views.js';
import type { Lang } from '../../util/i18n.js';
import { choiceNaLines, type ChoiceNa } from './choice-na.js';
import { RiskBars } from '../charts/risk-bars.js';
import { PrioritizedBadge, RiskBadge } from './risk-badge.js';
import { ImprovementItem } from './improvement-item.js';
import { formatDate, riskLabel, t, type MessageKey } from './messages.js';
import { byPriority, planByPillar } from './plan-groups.js';
import type { PlanView } from '../../review/improvement-items.js';
import { TrackedPlan } from './tracked-plan.js';
import { ProgressTable, reviewChartRows } from './progress.js';

export interface ReportData {
  lang: Lang;
  workload: WorkloadView;
  /** plan: the tracked improvement plan (status, owner, due); without it the plain plan is shown. */
  reviews: { review: ReviewView; answers: AnswerView[]; plan?: PlanView; choiceNa?: ReadonlyMap<string, readonly ChoiceNa[]> }[];
}

function Summary(props: { data: ReportData }) {
  const { lang, workload: w } = props.data;
  const rows: [MessageKey, string][] = [
    ['environment', t(lang, w.environment === 'PRODUCTION' ? 'production' : 'preproduction')],
    ['reviewOwner', w.reviewOwner],
    ['regions', w.awsRegions.join(', ')],
    ['accounts', w.accountIds.join(', ')],
    ['industry', w.industry],
    ['architecture', w.architecturalDesign],
    ['lastUpdate', formatDate(lang, w.updatedAt)],
  ];
  return (
    <table class="summary">
      <tbody>
        {w.description ? (
          <tr>
            <th scope="row">{t(lang, 'description')}</th>
            <td>{w.description}</td>
          </tr>
        ) : null}
        {rows
          .filter(([, value]) => value !== '')
          .map(([key, value]) => (
            <tr>
              <th scope="row">{t(lang, key)}</th>
              <td>{value}</td>
            </tr>
          ))}
        {props.data.reviews.map(({ review }) => (
          <tr>
            <th scope="row">{t(lang, 'lens')}</th>
            <td>{`${review.lens.name} (${t(lang, 'lensVersion')} ${review.lens.versionLabel ?? review.lens.version})`}</td>
          </tr>
        ))}
        <tr>
          <th scope="row">{t(lang, 'risks')}</th>
          <td>
            {(['HIGH', 'MEDIUM', 'NONE', 'NOT_APPLICABLE', 'UNANSWERED'] as const).map((risk) => `${riskLabel(lang, risk)} ${w.riskCounts[risk]}`).join(' · ')}
          </td>
        </tr>
        {w.profile ? (
          <>
            <tr>
              <th scope="row">{t(lang, 'profile')}</th>
              <td>{w.profile.profileName}</td>
            </tr>
            <tr>
              <th scope="row">{t(lang, 'prioritizedRisks')}</th>
              <td>{(['HIGH', 'MEDIUM', 'NONE', 'NOT_APPLICABLE', 'UNANSWERED'] as const).map((risk) => `${riskLabel(lang, risk)} ${w.prioritizedRiskCounts[risk]}`).join(' · ')}</td>
            </tr>
          </>
        ) : null}
      </tbody>
    </table>
  );
}

function Answer(props: { lang: Lang; answer: AnswerView; choiceNa?: readonly ChoiceNa[] }) {
  const { lang, answer } = props;
  const na = choiceNaLines(lang, answer, props.choiceNa);
  const chosen = answer.choices.filter((c) => answer.selectedChoices.includes(c.choiceId));
  return (
    <section class="question">
      <h4>
        {`${answer.questionId} ${answer.questionTitle} `}
        <RiskBadge lang={lang} risk={answer.risk} />
        {answer.prioritized ? <> <PrioritizedBadge lang={lang} /></> : null}
      </h4>
      {!answer.isApplicable ? (
        <p>{`${t(lang, 'riskNOT_APPLICABLE')} — ${t(lang, 'reason')}: ${t(lang, `reason${answer.reason ?? 'OTHER'}` as MessageKey)}`}</p>
      ) : chosen.length === 0 ? (
        <p class="muted">{t(lang, 'nothingSelected')}</p>
      ) : (
        <ul>
          {chosen.map((c) => (
            <li>{c.title}</li>
          ))}
        </ul>
      )}
      {na.length > 0 ? (
        <ul class="choice-na">
          {na.map((line) => (
            <li>{line}</li>
          ))}
        </ul>
      ) : null}
      {answer.notes ? (
        <div class="notes">
          <strong>{t(lang, 'notes')}:</strong>
          <p class="pre">{answer.notes}</p>
        </div>
      ) : null}
    </section>
  );
}

export function ReportBody(props: { data: ReportData }) {
  const { data } = props;
  const { lang } = data;
  return (
    <article class="report">
      <h1>{`${t(lang, 'reportTitle')}: ${data.workload.workloadName}`}</h1>
      <h2>{t(lang, 'summary')}</h2>
      <Summary data={data} />
      {data.reviews.map(({ review, answers, plan, choiceNa }, i) => (
        <section>
          <h2>{review.lens.name}</h2>
          <div class="chart">
            <RiskBars id={`report-chart-${i}`} lang={lang} title={`${t(lang, 'riskChartTitle')} — ${review.lens.name}`} rows={reviewChartRows(lang, review)} />
          </div>
          <ProgressTable lang={lang} review={review} />
          {review.pillars.map((pillar) => (
            <section>
              <h3>{`${pillar.name} ${pillar.answered}/${pillar.total}`}</h3>
              {byPriority(answers.filter((a) => a.pillarId === pillar.id)).map((a) => (
                  <Answer lang={lang} answer={a} choiceNa={choiceNa?.get(a.questionId)} />
                ))}
            </section>
          ))}
          <h3>{t(lang, 'improvementPlan')}</h3>
          {review.improvementPlan.length === 0 ? <p>{t(lang, 'noImprovements')}</p> : null}
          {plan && plan.entries.length > 0 ? <TrackedPlan lang={lang} plan={plan} /> : null}
          {(plan ? [] : planByPillar(review)).map((group) => (
            <section class="question">
              <h4>{group.pillar}</h4>
              {group.items.map((item) => (
                <div>
                  <p>
                    <RiskBadge lang={lang} risk={item.risk} /> {item.prioritized ? <><PrioritizedBadge lang={lang} /> </> : null}
                    {`${item.questionId} ${item.title}`}
                  </p>
                  <ul class="plan">
                    {item.improvements.map((imp) => (
                      <ImprovementItem lang={lang} improvement={imp} />
                    ))}
                  </ul>
                </div>
              ))}
            </section>
          ))}
        </section>
      ))}
    </article>
  );
}
