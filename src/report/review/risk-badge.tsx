// A risk as a coloured, labelled badge (colour is never the only cue: the label says it).
import type { ApiRisk } from '../../lens/risk.js';
import type { Lang } from '../../util/i18n.js';
import { riskLabel, t } from './messages.js';

export function RiskBadge(props: { lang: Lang; risk: ApiRisk }) {
  return <span class={`badge risk-${props.risk}`}>{riskLabel(props.lang, props.risk)}</span>;
}

/** Marks a question the workload's profile makes a priority. */
export function PrioritizedBadge(props: { lang: Lang }) {
  return <span class="badge prioritized">{t(props.lang, 'prioritized')}</span>;
}
