// What the review template forms share: their errors (a review error's fields, or one message for the form), the
// template's own fields, the lenses it answers, and the version a post was made against.
import type { Child } from 'hono/jsx';
import { isReviewError, type FieldMessage } from '../../../review/errors.js';
import type { Lang } from '../../../util/i18n.js';
import { FieldError, lensDisplayName } from '../components.js';
import { formString, type FormBody } from '../form.js';
import { x } from './template-texts.js';

export function formErrors(error: unknown): { errors: FieldMessage[]; status: 400 | 409 } {
  if (!isReviewError(error) || (error.status !== 400 && error.status !== 409)) throw error;
  return { errors: error.fields.length > 0 ? error.fields : [{ field: 'form', message: error.localized }], status: error.status };
}

export function Errors(props: { lang: Lang; errors: FieldMessage[] }) {
  if (props.errors.length === 0) return null;
  return (
    <p class="notice error" role="alert" id="form-errors">
      {props.errors.map((e) => `${e.field === 'form' ? '' : `${e.field}: `}${e.message[props.lang]}`).join(' ')}
    </p>
  );
}

export function TemplateFields(props: { lang: Lang; values: FormBody; errors: FieldMessage[]; children?: Child }) {
  const { lang, values, errors } = props;
  return (
    <>
      <div class="field">
        <label for="t-name">{x(lang, 'name')}</label>
        <input type="text" id="t-name" name="templateName" value={formString(values, 'templateName')} required aria-describedby="t-name-err" />
        <FieldError id="t-name-err" lang={lang} errors={errors} field="templateName" />
      </div>
      <div class="field">
        <label for="t-description">{x(lang, 'description')}</label>
        <textarea id="t-description" name="description" aria-describedby="t-description-err">
          {formString(values, 'description')}
        </textarea>
        <FieldError id="t-description-err" lang={lang} errors={errors} field="description" />
      </div>
      <div class="field">
        <label for="t-notes">{x(lang, 'notes')}</label>
        <textarea id="t-notes" name="notes" rows={4} aria-describedby="t-notes-err">
          {formString(values, 'notes')}
        </textarea>
        <FieldError id="t-notes-err" lang={lang} errors={errors} field="notes" />
      </div>
      {props.children}
    </>
  );
}

/** The lenses a template answers questions of; dropping one drops the template's answers for it. */
export function LensChoices(props: { lang: Lang; lenses: { alias: string; name: string; builtin: boolean }[]; chosen: string[]; errors: FieldMessage[] }) {
  const { lang } = props;
  return (
    <fieldset aria-describedby="t-lenses-err">
      <legend>{x(lang, 'lenses')}</legend>
      {props.lenses.map((l) => (
        <div>
          <input type="checkbox" id={`t-lens-${l.alias}`} name="lensAliases" value={l.alias} checked={props.chosen.includes(l.alias)} />
          <label for={`t-lens-${l.alias}`}>{lensDisplayName(l, lang)}</label>
        </div>
      ))}
      <FieldError id="t-lenses-err" lang={lang} errors={props.errors} field="lensAliases" />
    </fieldset>
  );
}

/** The template version a form was posted against (a stale one is refused as a conflict). */
export const versionOf = (body: FormBody) => {
  const n = Number(formString(body, 'version'));
  return Number.isInteger(n) ? n : undefined;
};
