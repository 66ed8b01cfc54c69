// The workload form, for creating and for editing: a Region picker from the list of AWS Regions, account ids,
// pillar priorities chosen and ordered by pillar name, and every field's error next to it.
import { AWS_PILLAR_IDS } from '../../../lens/types.js';
import { loadBuiltinLens } from '../../../lens/builtin.js';
import { getLens } from '../../../review/catalog.js';
import type { FieldMessage } from '../../../review/errors.js';
import { AWS_REGIONS } from '../../../review/regions.js';
import type { WorkloadInput } from '../../../review/validate.js';
import type { WorkloadView } from '../../../review/views.js';
import type { Lang } from '../../../util/i18n.js';
import { FieldError, lensDisplayName } from '../components.js';
import type { PageDeps } from '../env.js';
import { formList, formString, splitList, type FormBody } from '../form.js';
import { CsrfField } from '../layout.js';
import { t, type MessageKey } from '../messages.js';
import { TemplatePicker } from './template-parts.js';

export interface LensOption {
  alias: string;
  name: string;
}

export interface PillarOption {
  id: string;
  name: string;
}

/** The pillars a workload can put first: the AWS pillars by name, then those of its custom lenses. */
export async function pillarOptions(deps: PageDeps, aliases: readonly string[], lang: Lang): Promise<PillarOption[]> {
  const builtin = new Map(loadBuiltinLens(lang).pillars.map((p) => [p.id, p.name]));
  const options: PillarOption[] = AWS_PILLAR_IDS.map((id) => ({ id, name: builtin.get(id) ?? t(lang, 'pillarSustainability') }));
  for (const alias of aliases) {
    const { lens } = await getLens(deps.service, alias, lang);
    for (const p of lens.pillars) if (!options.some((o) => o.id === p.id)) options.push({ id: p.id, name: p.name });
  }
  return options;
}

/** Form values for editing a workload: what the create form would have posted. */
export function formValuesOf(w: WorkloadView): FormBody {
  return {
    _submitted: '1',
    name: w.workloadName,
    description: w.description,
    environment: w.environment,
    regions: [...w.awsRegions],
    accounts: w.accountIds.join(', '),
    owner: w.reviewOwner,
    architecture: w.architecturalDesign,
    industry: w.industry,
    priority: [...w.pillarPriorities],
    profileId: w.profile?.profileId ?? '',
  };
}

/** The fields a posted form holds. Regions and priorities also arrive as one comma-separated text (older forms, scripts). */
export function workloadInput(body: FormBody): WorkloadInput & { lenses: string[]; reviewTemplates: string[] } {
  return {
    workloadName: formString(body, 'name'),
    description: formString(body, 'description'),
    environment: (formString(body, 'environment') || 'PRODUCTION') as WorkloadInput['environment'],
    awsRegions: formList(body, 'regions').flatMap(splitList),
    accountIds: splitList(formString(body, 'accounts')),
    reviewOwner: formString(body, 'owner'),
    architecturalDesign: formString(body, 'architecture'),
    industry: formString(body, 'industry'),
    pillarPriorities: [...formList(body, 'priority'), ...splitList(formString(body, 'priorities'))].filter((id) => id !== ''),
    lenses: formList(body, 'lenses'),
    reviewTemplates: formList(body, 'reviewTemplates'),
  };
}

function RegionPicker(props: { lang: Lang; chosen: string[]; errors: FieldMessage[] }) {
  const { lang, errors } = props;
  const chosen = new Set(props.chosen);
  const known = new Set(AWS_REGIONS.map((r) => r.code));
  // A value that is not in the list (typed through the API, or refused just now) stays visible so it can be unticked.
  const unknown = props.chosen.filter((code) => !known.has(code));
  const invalid = errors.some((e) => e.field === 'awsRegions');
  return (
    <fieldset class="regions" aria-describedby="w-regions-hint w-regions-err" aria-invalid={invalid ? 'true' : undefined}>
      <legend>{t(lang, 'regions')}</legend>
      <p class="hint" id="w-regions-hint">
        {t(lang, 'regionsHelp')}
      </p>
      <FieldError id="w-regions-err" lang={lang} errors={errors} field="awsRegions" />
      <div class="picker" id="w-regions">
        {unknown.map((code) => (
          <label class="pick">
            <input type="checkbox" name="regions" value={code} checked />
            <span>
              <code>{code}</code>
            </span>
          </label>
        ))}
        {AWS_REGIONS.map((r) => (
          <label class="pick">
            <input type="checkbox" name="regions" value={r.code} checked={chosen.has(r.code)} />
            <span>
              {r.name[lang]} <code>{r.code}</code>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function PriorityPicker(props: { lang: Lang; pillars: PillarOption[]; chosen: string[]; errors: FieldMessage[] }) {
  const { lang, pillars, chosen, errors } = props;
  const extra = chosen.filter((id) => !pillars.some((p) => p.id === id)).map((id) => ({ id, name: id }));
  const options = [...pillars, ...extra];
  return (
    <fieldset class="priorities" aria-describedby="w-priorities-hint w-priorities-err">
      <legend>{t(lang, 'pillarPriorities')}</legend>
      <p class="hint" id="w-priorities-hint">
        {t(lang, 'pillarPrioritiesHelp')}
      </p>
      <FieldError id="w-priorities-err" lang={lang} errors={errors} field="pillarPriorities" />
      <ol class="plain priority-list">
        {options.map((_, i) => (
          <li class="field">
            <label for={`w-priority-${i + 1}`}>{t(lang, 'priorityN', { n: i + 1 })}</label>
            <select id={`w-priority-${i + 1}`} name="priority">
              <option value="" selected={!chosen[i]}>
                {t(lang, 'priorityNone')}
              </option>
              {options.map((p) => (
                <option value={p.id} selected={chosen[i] === p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </li>
        ))}
      </ol>
    </fieldset>
  );
}

export function WorkloadForm(props: {
  lang: Lang;
  csrf: string;
  action: string;
  submit: MessageKey;
  /** The lenses to choose from (the create form only). */
  lenses?: LensOption[];
  /** The review templates to choose from (the create form only). */
  templates?: { templateId: string; templateName: string }[];
  pillars: PillarOption[];
  /** The profiles to choose from (the caller's, and the workload's own). */
  profiles?: { profileId: string; profileName: string }[];
  values: FormBody;
  errors: FieldMessage[];
}) {
  const { lang, values, errors } = props;
  const v = (name: string) => formString(values, name);
  const submitted = values._submitted !== undefined;
  const chosenLenses = new Set(submitted ? formList(values, 'lenses') : ['serverless']);
  const input = workloadInput(values);
  const text = (name: string, label: MessageKey, field: string, options: { required?: boolean; hint?: MessageKey; type?: string; inputmode?: 'numeric' } = {}) => (
    <div class="field">
      <label for={`w-${name}`}>{t(lang, label)}</label>
      {options.hint ? (
        <span class="hint" id={`w-${name}-hint`}>
          {t(lang, options.hint)}
        </span>
      ) : null}
      <input
        type={options.type ?? 'text'}
        id={`w-${name}`}
        name={name}
        value={v(name)}
        required={options.required}
        inputmode={options.inputmode}
        aria-invalid={errors.some((e) => e.field === field) ? 'true' : undefined}
        aria-describedby={[options.hint ? `w-${name}-hint` : '', `w-${name}-err`].filter(Boolean).join(' ')}
      />
      <FieldError id={`w-${name}-err`} lang={lang} errors={errors} field={field} />
    </div>
  );
  return (
    <form method="post" action={props.action} class="stack" id="workload-form">
      <CsrfField csrf={props.csrf} />
      <input type="hidden" name="_submitted" value="1" />
      {errors.length > 0 ? (
        <p class="notice error" role="alert" id="form-errors">
          {t(lang, 'fixErrors')}
        </p>
      ) : null}
      {text('name', 'name', 'workloadName', { required: true })}
      <div class="field">
        <label for="w-description">{t(lang, 'description')}</label>
        <textarea id="w-description" name="description" aria-describedby="w-description-err">
          {v('description')}
        </textarea>
        <FieldError id="w-description-err" lang={lang} errors={errors} field="description" />
      </div>
      <fieldset>
        <legend>{t(lang, 'environment')}</legend>
        {(['PRODUCTION', 'PREPRODUCTION'] as const).map((env) => (
          <div>
            <input type="radio" id={`w-env-${env}`} name="environment" value={env} checked={(v('environment') || 'PRODUCTION') === env} />
            <label for={`w-env-${env}`}>{t(lang, env === 'PRODUCTION' ? 'production' : 'preproduction')}</label>
          </div>
        ))}
      </fieldset>
      <RegionPicker lang={lang} chosen={input.awsRegions ?? []} errors={errors} />
      {text('accounts', 'accounts', 'accountIds', { hint: 'accountsHelp', inputmode: 'numeric' })}
      {text('owner', 'reviewOwner', 'reviewOwner')}
      {text('architecture', 'architecture', 'architecturalDesign', { type: 'url' })}
      {text('industry', 'industry', 'industry')}
      <PriorityPicker lang={lang} pillars={props.pillars} chosen={input.pillarPriorities ?? []} errors={errors} />
      {props.profiles ? (
        <div class="field">
          <label for="w-profile">{t(lang, 'profile')}</label>
          <span class="hint" id="w-profile-hint">
            {t(lang, 'profileHelp')}
          </span>
          <select id="w-profile" name="profileId" aria-describedby="w-profile-hint w-profile-err">
            <option value="" selected={v('profileId') === ''}>
              {t(lang, 'noProfile')}
            </option>
            {props.profiles.map((p) => (
              <option value={p.profileId} selected={v('profileId') === p.profileId}>
                {p.profileName}
              </option>
            ))}
          </select>
          <FieldError id="w-profile-err" lang={lang} errors={errors} field="profileId" />
        </div>
      ) : null}
      {props.lenses ? (
        <fieldset>
          <legend>{t(lang, 'lensesToApply')}</legend>
          {props.lenses.map((l) => (
            <div>
              <input type="checkbox" id={`w-lens-${l.alias}`} name="lenses" value={l.alias} checked={chosenLenses.has(l.alias)} />
              <label for={`w-lens-${l.alias}`}>{lensDisplayName(l, lang)}</label>
            </div>
          ))}
        </fieldset>
      ) : null}
      {props.templates ? <TemplatePicker lang={lang} templates={props.templates} chosen={formList(values, 'reviewTemplates')} /> : null}
      <div class="actions">
        <button type="submit">{t(lang, props.submit)}</button>
      </div>
    </form>
  );
}
