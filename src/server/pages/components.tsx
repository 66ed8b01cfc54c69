// Small pieces shared by pages: the workload's tab bar, field errors (and the risk badge of the reports).
import type { FieldMessage } from '../../review/errors.js';
import type { Lang } from '../../util/i18n.js';
import { t } from './messages.js';
import { NOT_APPLICABLE_REASONS } from '../../review/validate.js';
import { BUILTIN_LENS_ALIAS, loadBuiltinLens } from '../../lens/builtin.js';

export { RiskBadge } from '../../report/review/risk-badge.js';

export type WorkloadTab = 'overview' | 'review' | 'evidence' | 'plan' | 'milestones' | 'report';

export function WorkloadTabs(props: { lang: Lang; workloadId: string; current: WorkloadTab }) {
  const { lang, workloadId, current } = props;
  const base = `/workloads/${encodeURIComponent(workloadId)}`;
  const tabs: [WorkloadTab, string, string][] = [
    ['overview', base, t(lang, 'overview')],
    ['review', `${base}/review`, t(lang, 'review')],
    ['evidence', `${base}/evidence`, t(lang, 'evidenceTab')],
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

/** A lens's name for a page: the built-in lens speaks the page's language; an imported lens has its own name. */
export function lensDisplayName(lens: { alias: string; name: string }, lang: Lang): string {
  return lens.alias === BUILTIN_LENS_ALIAS ? loadBuiltinLens(lang).name : lens.name;
}

/** A short status line after a change ("Saved."), announced to screen readers. */
export function Notice(props: { text: string | undefined; id?: string }) {
  if (!props.text) return null;
  return (
    <p class="notice" role="status" id={props.id ?? 'notice'}>
      {props.text}
    </p>
  );
}

/**
 * The page before anything is deleted: what is lost, item by item, then the button that does it (a form
 * post with the CSRF token) and the way back.
 */
export function ConfirmDelete(props: { lang: Lang; csrf: string; action: string; cancel: string; losses: string[]; button: string; note?: string }) {
  const { lang } = props;
  return (
    <div class="confirm">
      <p>{t(lang, 'confirmLoses')}</p>
      <ul id="losses">
        {props.losses.map((loss) => (
          <li>{loss}</li>
        ))}
      </ul>
      {props.note ? <p>{props.note}</p> : null}
      <form method="post" action={props.action} class="actions">
        <input type="hidden" name="_csrf" value={props.csrf} />
        <button type="submit" class="danger" id="confirm-delete">
          {props.button}
        </button>
        <a href={props.cancel}>{t(lang, 'cancel')}</a>
      </form>
    </div>
  );
}

/**
 * "Does not apply" and its reason (OUT_OF_SCOPE … OTHER), as the review and review-template forms ask it. Where
 * the page's script enables the reason once the box is ticked (`scripted`), it starts disabled while the question applies.
 */
export function Applicability(props: { lang: Lang; isApplicable: boolean; reason: string | null; scripted?: boolean }) {
  const { lang } = props;
  return (
    <fieldset>
      <legend>{t(lang, 'applicability')}</legend>
      <div>
        <input type="checkbox" id="na" name="na" value="1" checked={!props.isApplicable} />
        <label for="na">{t(lang, 'doesNotApply')}</label>
      </div>
      <div class="field">
        <label for="reason">{t(lang, 'reason')}</label>
        <select id="reason" name="reason" disabled={props.scripted === true && props.isApplicable}>
          {NOT_APPLICABLE_REASONS.map((r) => (
            <option value={r} selected={(props.reason ?? 'OUT_OF_SCOPE') === r}>
              {t(lang, `reason${r}`)}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
