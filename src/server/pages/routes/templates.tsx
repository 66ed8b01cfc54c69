// Review templates on the web pages: the list with a create form (answers typed later, or copied from a workload),
// a template's page (its fields and the questions of its lenses with the template's answers), and the routes of
// these, of one question's form (template-answer.tsx), and of the posts that apply a template to a workload and put
// an overridden answer back. The forms' shared parts are in template-form.tsx; what other pages show of templates
// is in template-parts.tsx.
import type { Hono } from 'hono';
import type { FieldMessage } from '../../../review/errors.js';
import { lensOfVersion, requireLensVersion } from '../../../review/lenses.js';
import { answersOfWorkload, applyTemplate, createTemplate, deleteTemplate, getTemplate, listTemplates, resetToTemplate, updateTemplate, updateTemplateAnswer } from '../../../review/templates.js';
import type { TemplateView } from '../../../review/template-model.js';
import type { Lang } from '../../../util/i18n.js';
import { Notice, workloadPath } from '../components.js';
import type { PageContext, PageDeps, PageEnv } from '../env.js';
import { formList, formString, type FormBody } from '../form.js';
import { CsrfField, Layout } from '../layout.js';
import { formatDate, t } from '../messages.js';
import { onlyVisibleTo } from '../workload-access.js';
import { badMarks, choiceReasonLabel } from './choice-na.js';
import { postedAnswer, renderAnswer } from './template-answer.js';
import { Errors, formErrors, LensChoices, TemplateFields, versionOf } from './template-form.js';
import { templatePath, x } from './template-texts.js';

async function renderList(c: PageContext, deps: PageDeps, form: { values?: FormBody; errors?: FieldMessage[]; status?: 200 | 400 | 409 } = {}) {
  const frame = c.get('frame');
  const { lang } = frame;
  await deps.service.ready();
  const [templates, lenses, workloads] = await Promise.all([listTemplates(deps.service), deps.service.store.listLenses(), deps.service.listWorkloads()]);
  const visible = await onlyVisibleTo(deps.service.store, c.get('identity'), workloads);
  const values = form.values ?? { lensAliases: ['serverless'] };
  const errors = form.errors ?? [];
  const deleted = c.req.query('deleted');
  return c.html(
    <Layout frame={frame} title={x(lang, 'title')}>
      <h1>{x(lang, 'title')}</h1>
      <Notice text={deleted ? x(lang, 'deleted', { name: deleted }) : undefined} />
      <p>{x(lang, 'intro')}</p>
      {templates.length === 0 ? (
        <p>{x(lang, 'none')}</p>
      ) : (
        <table class="stacked" id="template-list">
          <thead>
            <tr>
              <th scope="col">{x(lang, 'name')}</th>
              <th scope="col">{x(lang, 'lenses')}</th>
              <th scope="col" class="num">
                {x(lang, 'answered')}
              </th>
              <th scope="col" class="num">
                {x(lang, 'linked')}
              </th>
              <th scope="col">{x(lang, 'updated')}</th>
            </tr>
          </thead>
          <tbody>
            {templates.map((tpl) => (
              <tr>
                <td>
                  <a href={templatePath(tpl.templateId)}>{tpl.templateName}</a>
                </td>
                <td data-label={x(lang, 'lenses')}>{tpl.lensAliases.join(', ')}</td>
                <td class="num" data-label={x(lang, 'answered')}>
                  {tpl.answers.length}
                </td>
                <td class="num" data-label={x(lang, 'linked')}>
                  {tpl.linkedWorkloads}
                </td>
                <td data-label={x(lang, 'updated')}>
                  <time datetime={tpl.updatedAt}>{formatDate(lang, tpl.updatedAt)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2 id="new">{x(lang, 'create')}</h2>
      <form method="post" action="/templates" class="stack" id="template-form">
        <CsrfField csrf={frame.csrf} />
        <Errors lang={lang} errors={errors} />
        <TemplateFields lang={lang} values={values} errors={errors}>
          <LensChoices lang={lang} lenses={lenses} chosen={formList(values, 'lensAliases')} errors={errors} />
          <div class="field">
            <label for="t-from">{x(lang, 'copyFrom')}</label>
            <select id="t-from" name="fromWorkload">
              <option value="">{x(lang, 'copyNone')}</option>
              {visible.map((w) => (
                <option value={w.workloadId} selected={formString(values, 'fromWorkload') === w.workloadId}>
                  {w.workloadName}
                </option>
              ))}
            </select>
          </div>
        </TemplateFields>
        <div class="actions">
          <button type="submit">{x(lang, 'createButton')}</button>
        </div>
      </form>
    </Layout>,
    form.status ?? 200,
  );
}

function answerSummary(lang: Lang, a: TemplateView['answers'][number], titles: Map<string, string>): string {
  if (!a.isApplicable) return x(lang, 'doesNotApply', { reason: t(lang, `reason${a.reason ?? 'OTHER'}` as never) });
  const chosen = a.selectedChoices.map((id) => titles.get(id) ?? id).join('; ') || '—';
  const na = a.notApplicableChoices.map((c) => `${titles.get(c.choiceId) ?? c.choiceId} (${choiceReasonLabel(lang, c.reason)})`);
  return na.length > 0 ? `${chosen} · ${na.join('; ')}` : chosen;
}

async function renderTemplate(c: PageContext, deps: PageDeps, ref: string, form: { values?: FormBody; errors?: FieldMessage[]; status?: 200 | 400 | 409 } = {}) {
  const frame = c.get('frame');
  const { lang } = frame;
  const tpl = await getTemplate(deps.service, ref);
  const values = form.values ?? { templateName: tpl.templateName, description: tpl.description, notes: tpl.notes, lensAliases: tpl.lensAliases };
  const allLenses = await deps.service.store.listLenses();
  const errors = form.errors ?? [];
  const sections = [];
  for (const alias of tpl.lensAliases) {
    const lens = lensOfVersion(await requireLensVersion(deps.service.store, alias), lang);
    sections.push({ alias, lens });
  }
  return c.html(
    <Layout frame={frame} title={tpl.templateName}>
      <p>
        <a href="/templates">{x(lang, 'title')}</a>
      </p>
      <h1>{tpl.templateName}</h1>
      <Notice text={c.req.query('saved') ? x(lang, 'saved') : undefined} />
      {form.status === 409 ? (
        <p class="notice error" role="alert">
          {x(lang, 'stale')}
        </p>
      ) : null}
      <p class="muted" id="template-meta">
        {x(lang, 'changedBy', { version: tpl.version, by: tpl.updatedBy, date: formatDate(lang, tpl.updatedAt), n: tpl.linkedWorkloads })}
      </p>
      <form method="post" action={templatePath(tpl.templateId)} class="stack" id="template-form">
        <CsrfField csrf={frame.csrf} />
        <input type="hidden" name="version" value={String(tpl.version)} />
        <Errors lang={lang} errors={form.status === 409 ? [] : errors} />
        <TemplateFields lang={lang} values={values} errors={errors}>
          <LensChoices lang={lang} lenses={allLenses} chosen={formList(values, 'lensAliases')} errors={errors} />
        </TemplateFields>
        <div class="actions">
          <button type="submit">{x(lang, 'save')}</button>
        </div>
      </form>
      {sections.map(({ alias, lens }) => {
        const answers = new Map(tpl.answers.filter((a) => a.lensAlias === alias).map((a) => [a.questionId, a]));
        return (
          <section aria-labelledby={`lens-${alias}`}>
            <h2 id={`lens-${alias}`}>{x(lang, 'questions', { lens: lens.name })}</h2>
            <table class="stacked template-questions">
              <tbody>
                {lens.pillars.flatMap((p) =>
                  p.questions.map((q) => {
                    const a = answers.get(q.id);
                    const titles = new Map(q.choices.map((ch) => [ch.id, ch.title]));
                    return (
                      <tr id={`q-${alias}-${q.id}`}>
                        <th scope="row">{`${q.id} ${q.title}`}</th>
                        <td>{a ? answerSummary(lang, a, titles) : <span class="muted">{x(lang, 'notInTemplate')}</span>}</td>
                        <td>
                          <a href={templatePath(tpl.templateId, `/answers/${encodeURIComponent(alias)}/${encodeURIComponent(q.id)}`)} aria-label={`${x(lang, 'editAnswer')} ${q.id}`}>
                            {x(lang, 'editAnswer')}
                          </a>
                        </td>
                      </tr>
                    );
                  }),
                )}
              </tbody>
            </table>
          </section>
        );
      })}
      <form method="post" action={templatePath(tpl.templateId, '/delete')} class="stack no-print">
        <CsrfField csrf={frame.csrf} />
        <p class="hint">{x(lang, 'deleteHint')}</p>
        <div>
          <button type="submit" class="danger" id="delete-template">
            {x(lang, 'deleteTemplate')}
          </button>
        </div>
      </form>
    </Layout>,
    form.status ?? 200,
  );
}

export function registerTemplatePages(app: Hono<PageEnv>, deps: PageDeps): void {
  app.get('/templates', (c) => renderList(c, deps));

  app.post('/templates', async (c) => {
    const body = (await c.req.parseBody({ all: true })) as FormBody;
    const identity = c.get('identity')!;
    const lensAliases = formList(body, 'lensAliases');
    try {
      const from = formString(body, 'fromWorkload');
      let answers;
      if (from) {
        const { loadWorkloadFor } = await import('../../../review/access.js');
        const w = await loadWorkloadFor(deps.service, identity, from, 'readonly');
        answers = await answersOfWorkload(deps.service, w.id, lensAliases);
      }
      const created = await createTemplate(deps.service, { templateName: formString(body, 'templateName'), description: formString(body, 'description'), notes: formString(body, 'notes').replace(/\r\n/g, '\n'), lensAliases, answers }, identity);
      return c.redirect(templatePath(created.templateId), 303);
    } catch (error) {
      return renderList(c, deps, { values: body, ...formErrors(error) });
    }
  });

  app.get('/templates/:tid', (c) => renderTemplate(c, deps, c.req.param('tid')));

  app.post('/templates/:tid', async (c) => {
    const body = (await c.req.parseBody({ all: true })) as FormBody;
    try {
      const tpl = await updateTemplate(
        deps.service,
        c.req.param('tid'),
        { templateName: formString(body, 'templateName'), description: formString(body, 'description'), notes: formString(body, 'notes').replace(/\r\n/g, '\n'), lensAliases: formList(body, 'lensAliases'), version: versionOf(body) },
        c.get('identity')!,
      );
      return c.redirect(templatePath(tpl.templateId, '?saved=1'), 303);
    } catch (error) {
      const problem = formErrors(error);
      return renderTemplate(c, deps, c.req.param('tid'), { values: problem.status === 409 ? undefined : body, ...problem });
    }
  });

  app.post('/templates/:tid/delete', async (c) => {
    const deleted = await deleteTemplate(deps.service, c.req.param('tid'));
    return c.redirect(`/templates?${new URLSearchParams({ deleted: deleted.templateName }).toString()}`, 303);
  });

  app.get('/templates/:tid/answers/:alias/:question', (c) => renderAnswer(c, deps, c.req.param('tid'), c.req.param('alias'), c.req.param('question')));

  app.post('/templates/:tid/answers/:alias/:question', async (c) => {
    const body = (await c.req.parseBody({ all: true })) as FormBody;
    const { tid, alias, question } = c.req.param();
    const state = postedAnswer(body);
    const identity = c.get('identity')!;
    try {
      if (formString(body, 'go') === 'remove') {
        const { deleteTemplateAnswer } = await import('../../../review/templates.js');
        const tpl = await deleteTemplateAnswer(deps.service, tid, alias, question, versionOf(body), identity);
        return c.redirect(templatePath(tpl.templateId, '?saved=1'), 303);
      }
      const refused = badMarks(state.choiceNa);
      if (refused.length > 0) return renderAnswer(c, deps, tid, alias, question, { state, errors: refused, status: 400 });
      const notApplicableChoices = [...state.choiceNa].map(([choiceId, reason]) => ({ choiceId, reason }));
      const tpl = await updateTemplateAnswer(deps.service, tid, { lensAlias: alias, questionId: question, selectedChoices: state.selectedChoices, isApplicable: state.isApplicable, reason: state.reason, notes: state.notes, notApplicableChoices }, versionOf(body), identity);
      return c.redirect(templatePath(tpl.templateId, `?saved=1#q-${alias}-${question}`), 303);
    } catch (error) {
      const problem = formErrors(error);
      return renderAnswer(c, deps, tid, alias, question, { state: problem.status === 409 ? undefined : state, ...problem });
    }
  });

  // On workloads (the page guard has checked the caller may post here: a contributor or more).
  app.post('/workloads/:id/templates', async (c) => {
    const body = (await c.req.parseBody({ all: true })) as FormBody;
    const result = await applyTemplate(deps.service, c.req.param('id'), formString(body, 'templateId'), c.get('identity')!);
    const query = new URLSearchParams({ applied: result.templateId, answered: String(result.applied.length), skipped: result.skippedLenses.join(',') });
    return c.redirect(workloadPath(result.workloadId, `?${query.toString()}`), 303);
  });

  app.post('/workloads/:id/review/:alias/:question/reset-template', async (c) => {
    const { id, alias, question } = c.req.param();
    const answer = await resetToTemplate(deps.service, id, alias, question, c.get('identity')!, c.get('lang'));
    const w = await deps.service.resolveWorkload(id);
    return c.redirect(workloadPath(w.id, `/review/${encodeURIComponent(alias)}?q=${encodeURIComponent(answer.questionId)}&saved=1`), 303);
  });
}
