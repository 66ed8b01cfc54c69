// The tracked improvement plan in a report: HIGH then MEDIUM, by the workload's pillar priorities, each best
// practice on one line with its status, owner, due date and first step (the full guidance follows, printed).
import { IMPROVEMENT_STATUSES } from '../../review/model.js';
import type { PlanEntry, PlanView } from '../../review/improvement-items.js';
import type { Lang } from '../../util/i18n.js';
import { PrioritizedBadge, RiskBadge } from './risk-badge.js';
import { pt, statusLabel } from './plan-messages.js';

export function riskGroups(entries: readonly PlanEntry[]): { risk: 'HIGH' | 'MEDIUM'; entries: PlanEntry[] }[] {
  return (['HIGH', 'MEDIUM'] as const).map((risk) => ({ risk, entries: entries.filter((e) => e.risk === risk) })).filter((g) => g.entries.length > 0);
}

export function StatusCounts(props: { lang: Lang; plan: Pick<PlanView, 'counts'> }) {
  const { lang, plan } = props;
  return (
    <p class="plan-counts">
      {IMPROVEMENT_STATUSES.map((s, i) => (
        <>
          {i > 0 ? ' · ' : ''}
          <span class={`plan-status plan-status-${s.toLowerCase()}`}>{`${statusLabel(lang, s)} ${plan.counts[s]}`}</span>
        </>
      ))}
    </p>
  );
}

export function TrackedPlan(props: { lang: Lang; plan: PlanView; headingLevel?: 3 | 4 }) {
  const { lang, plan } = props;
  return (
    <div class="tracked-plan">
      <StatusCounts lang={lang} plan={plan} />
      {plan.doneButUnticked.length > 0 ? <p class="plan-flag">{`⚠ ${pt(lang, 'doneButUntickedCount', { n: plan.doneButUnticked.length })}`}</p> : null}
      {riskGroups(plan.entries).map((group) => (
        <section>
          <h4>{pt(lang, group.risk === 'HIGH' ? 'highRiskGroup' : 'mediumRiskGroup')}</h4>
          <table class="plan-table">
            <thead>
              <tr>
                <th scope="col">{pt(lang, 'risk')}</th>
                <th scope="col">{pt(lang, 'firstStep')}</th>
                <th scope="col">{pt(lang, 'status')}</th>
                <th scope="col">{pt(lang, 'owner')}</th>
                <th scope="col">{pt(lang, 'due')}</th>
              </tr>
            </thead>
            <tbody>
              {group.entries.map((e) => (
                <tr>
                  <td>
                    <RiskBadge lang={lang} risk={e.risk} />
                    {e.prioritized ? <> <PrioritizedBadge lang={lang} /></> : null}
                  </td>
                  <td>
                    <strong>{`${e.questionId} ${e.choiceTitle}`}</strong>
                    <br />
                    <span class="muted">{e.firstStep}</span>
                  </td>
                  <td>
                    {statusLabel(lang, e.item.status)}
                    {e.item.status === 'WONT_DO' && e.item.reason ? <span class="muted">{` — ${e.item.reason}`}</span> : null}
                    {e.doneButUnticked ? <span class="plan-flag" title={pt(lang, 'doneButUnticked')}>{` ⚠ ${pt(lang, 'doneButUnticked')}`}</span> : null}
                  </td>
                  <td>{e.item.owner}</td>
                  <td>{e.item.due}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </div>
  );
}
