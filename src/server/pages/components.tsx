// Small pieces shared by pages: risk badges, the workload's tab bar, field errors.
import type { ApiRisk } from '../../lens/risk.js';
import type { FieldMessage } from '../../review/errors.js';
import type { Lang } from '../../util/i18n.js';
import { riskLabel, t } from './messages.js';

export function RiskBadge(props: { lang: Lang; risk: ApiRisk }) {
  return <span class={`badge risk-${props.risk}`}>{riskLabel(props.lang, props.risk)}</span>;
}

export type WorkloadTab = 'overview' | 'review' | 'plan' | 'milestones' | 'report';

export function WorkloadTabs(props: { lang: Lang; workloadId: string; current: WorkloadTab }) {
  const { lang, workloadId, current } = props;
  const base = `/workloads/${encodeURIComponent(workloadId)}`;
  const tabs: [WorkloadTab, string, string][] = [
    ['overview', base, t(lang, 'overview')],
    ['review', `${base}/review`, t(lang, 'review')],
    ['plan', `${base}/plan`, t(lang, 'improvementPlan')],
    ['milestones', `${base}/milestones`, t(lang, 'milestones')],
    ['report', `${base}/report`, t(lang, 'report')],
  ];
  return (
    <nav aria-label={t(lang, 'overview')} class="no-print">
      <ul class="tabs">
        {tabs.map(([id, href, label]) => (
          <li>
            <a href={href} aria-current={id === current ? 'page' : undefined}>
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Messages for one field, tied to its input with aria-describedby. */
export function FieldError(props: { id: string; lang: Lang; errors: FieldMessage[]; field: string }) {
  const mine = props.errors.filter((e) => e.field === props.field);
  if (mine.length === 0) return null;
  return (
    <p class="error" id={props.id}>
      {mine.map((e) => e.message[props.lang]).join(' ')}
    </p>
  );
}

export function workloadPath(id: string, rest = ''): string {
  return `/workloads/${encodeURIComponent(id)}${rest}`;
}
