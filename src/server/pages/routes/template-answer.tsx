// One question of a review template: its form (choices, per-choice not applicable, question not applicable,
// notes) and what a post of it holds.
import { isNoneChoiceId } from '../../../lens/types.js';
import type { FieldMessage } from '../../../review/errors.js';
import { lensOfVersion, requireLensVersion } from '../../../review/lenses.js';
import { getTemplate } from '../../../review/templates.js';
import { Applicability } from '../components.js';
import type { PageContext, PageDeps } from '../env.js';
import { formList, formString, type FormBody } from '../form.js';
import { CsrfField, Layout } from '../layout.js';
import { t } from '../messages.js';
import { ChoiceNotApplicable, postedChoiceMarks } from './choice-na.js';
import { Errors } from './template-form.js';
import { templatePath, x } from './template-texts.js';

export interface AnswerForm {
  selectedChoices: string[];
  isApplicable: boolean;
  reason: string | null;
  notes: string;
  choiceNa: Map<string, string>;
}

export async function renderAnswer(c: PageContext, deps: PageDeps, ref: string, alias: string, questionId: string, form: { state?: AnswerForm; errors?: FieldMessage[]; status?: 200 | 400 | 409 } = {}) {
  const frame = c.get('frame');
  const { lang } = frame;
  const tpl = await getTemplate(deps.service, ref);
  const lens = lensOfVersion(await requireLensVersion(deps.service.store, alias), lang);
  const question = lens.pillars.flatMap((p) => p.questions).find((q) => q.id === questionId);
  if (!question || !tpl.lensAliases.includes(alias)) return c.notFound();
  const saved = tpl.answers.find((a) => a.lensAlias === alias && a.questionId === questionId);
  const state: AnswerForm = form.state ?? {
    selectedChoices: saved?.selectedChoices ?? [],
    isApplicable: saved?.isApplicable ?? true,
    reason: saved?.reason ?? null,
    notes: saved?.notes ?? '',
    choiceNa: new Map((saved?.notApplicableChoices ?? []).map((ch) => [ch.choiceId, ch.reason])),
  };
  const errors = form.errors ?? [];
  const action = templatePath(tpl.templateId, `/answers/${encodeURIComponent(alias)}/${encodeURIComponent(questionId)}`);
  return c.html(
    <Layout frame={frame} title={`${questionId} — ${tpl.templateName}`}>
      <p>
        <a href={templatePath(tpl.templateId)}>{x(lang, 'back')}</a>
      </p>
      <h1>{x(lang, 'answerTitle', { question: `${questionId} ${question.title}`, name: tpl.templateName })}</h1>
      {form.status === 409 ? (
        <p class="notice error" role="alert">
          {x(lang, 'stale')}
        </p>
      ) : (
        <Errors lang={lang} errors={errors} />
      )}
      <p id="question-description">{question.description}</p>
      <form method="post" action={action} class="stack" id="template-answer-form">
        <CsrfField csrf={frame.csrf} />
        <input type="hidden" name="version" value={String(tpl.version)} />
        <fieldset id="choices" aria-describedby="question-description">
          <legend>{t(lang, 'choices')}</legend>
          {question.choices.map((choice, i) => {
            const id = `choice-${i}`;
            const none = isNoneChoiceId(choice.id);
            return (
              <div class="choice">
                <input type="checkbox" id={id} name="choice" value={choice.id} checked={state.selectedChoices.includes(choice.id)} />
                <label for={id}>{choice.title}</label>
                {none ? null : <ChoiceNotApplicable lang={lang} id={id} choiceId={choice.id} title={choice.title} reason={state.choiceNa.get(choice.id)} />}
              </div>
            );
          })}
        </fieldset>
        <Applicability lang={lang} isApplicable={state.isApplicable} reason={state.reason} />
        <div class="field">
          <label for="notes">{t(lang, 'notes')}</label>
          <textarea id="notes" name="notes" rows={5}>
            {state.notes}
          </textarea>
        </div>
        <div class="actions">
          <button type="submit" name="go" value="save" id="save-template-answer">
            {x(lang, 'saveAnswer')}
          </button>
          {saved ? (
            <button type="submit" name="go" value="remove" class="secondary" id="remove-template-answer">
              {x(lang, 'removeAnswer')}
            </button>
          ) : null}
        </div>
      </form>
    </Layout>,
    form.status ?? 200,
  );
}

export function postedAnswer(body: FormBody): AnswerForm {
  const isApplicable = formString(body, 'na') !== '1';
  return {
    selectedChoices: isApplicable ? formList(body, 'choice') : [],
    isApplicable,
    reason: isApplicable ? null : formString(body, 'reason') || 'OTHER',
    notes: formString(body, 'notes').replace(/\r\n/g, '\n'),
    choiceNa: postedChoiceMarks(body),
  };
}
