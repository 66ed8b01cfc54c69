// What other pages show of review templates: the provenance of an answer (with its reset button) on the review
// page, the template picker of the workload form, and "apply a template" with its notice on the overview.
import type { FromTemplate } from '../../../review/template-model.js';
import type { Lang } from '../../../util/i18n.js';
import { workloadPath } from '../components.js';
import { CsrfField } from '../layout.js';
import { x } from './template-texts.js';

/** The answer's provenance on the review page, with the reset button when the workload overrode it. */
export function TemplateProvenance(props: { lang: Lang; from: FromTemplate | undefined; action: string; csrf: string }) {
  const { lang, from } = props;
  if (!from) return null;
  return (
    <div class="notice template-from" id="from-template">
      <p>
        {x(lang, 'fromTemplate', { name: from.name })}
        {from.overridden ? ` — ${x(lang, 'overridden')}` : ''}
      </p>
      {from.overridden ? (
        <form method="post" action={props.action}>
          <CsrfField csrf={props.csrf} />
          <button type="submit" class="secondary" id="reset-to-template">
            {x(lang, 'reset')}
          </button>
        </form>
      ) : null}
    </div>
  );
}

/** The overview's notice after a template was applied (built from ids and counts, never from text in the link). */
export function appliedNotice(lang: Lang, query: Record<string, string>, templates: readonly { templateId: string; templateName: string }[]): string | undefined {
  const tpl = templates.find((t) => t.templateId === query.applied);
  if (!tpl) return undefined;
  const n = Number(query.answered);
  const skipped = (query.skipped ?? '').split(',').filter((s) => /^[a-z0-9][a-z0-9_-]{0,63}$/.test(s));
  return [x(lang, 'applied', { name: tpl.templateName, n: Number.isInteger(n) ? n : 0 }), skipped.length > 0 ? x(lang, 'skipped', { lenses: skipped.join(', ') }) : ''].filter(Boolean).join(' ');
}

/** The template picker of the workload create form. */
export function TemplatePicker(props: { lang: Lang; templates: { templateId: string; templateName: string }[]; chosen: string[] }) {
  const { lang, templates } = props;
  if (templates.length === 0) return null;
  return (
    <fieldset id="template-picker" aria-describedby="template-picker-hint">
      <legend>{x(lang, 'picker')}</legend>
      <p class="hint" id="template-picker-hint">
        {x(lang, 'pickerHint')}
      </p>
      {templates.map((tpl, i) => (
        <div>
          <input type="checkbox" id={`w-template-${i}`} name="reviewTemplates" value={tpl.templateId} checked={props.chosen.includes(tpl.templateId)} />
          <label for={`w-template-${i}`}>{tpl.templateName}</label>
        </div>
      ))}
    </fieldset>
  );
}

/** "Apply a review template" on a workload's overview. */
export function ApplyTemplateForm(props: { lang: Lang; csrf: string; workloadId: string; templates: { templateId: string; templateName: string }[] }) {
  const { lang } = props;
  if (props.templates.length === 0) return null;
  return (
    <form method="post" action={workloadPath(props.workloadId, '/templates')} class="stack no-print" id="apply-template">
      <CsrfField csrf={props.csrf} />
      <div class="field">
        <label for="apply-template-id">{x(lang, 'apply')}</label>
        <span class="hint" id="apply-template-hint">
          {x(lang, 'applyHint')}
        </span>
        <select id="apply-template-id" name="templateId" aria-describedby="apply-template-hint">
          {props.templates.map((tpl) => (
            <option value={tpl.templateId}>{tpl.templateName}</option>
          ))}
        </select>
      </div>
      <div>
        <button type="submit">{x(lang, 'applyButton')}</button>
      </div>
    </form>
  );
}
