// The review page: pillar navigation with answered counts, one question at a time, "Save and next",
// live risk and character count (small script), and stale-save conflicts shown side by side.
import { HISTORY_LINK, historyPath } from './history.js';
import type { Hono } from 'hono';
import { isReviewError, type FieldMessage } from '../../../review/errors.js';
import { lensOfVersion, requireLensVersion } from '../../../review/lenses.js';
import type { AnswerInput } from '../../../review/service.js';
import { answerApiRisk } from '../../../review/summary.js';
import { MAX_NOTES } from '../../../review/validate.js';
import type { AnswerView } from '../../../review/views.js';
import { reviewEvidence, type QuestionEvidence } from '../../../review/question-evidence.js';
import { isNoneChoiceId } from '../../../lens/types.js';
import { fill, type Lang, type Localized } from '../../../util/i18n.js';
import { countCharacters } from '../../../util/text.js';
import { Applicability, FieldError, RiskBadge, WorkloadTabs, workloadPath } from '../components.js';
import { PrioritizedBadge } from '../../../report/review/risk-badge.js';
import { ChoiceEvidence, SuggestionPanel, titleLookup } from './choice-evidence.js';
import { badMarks, changedMarks, ChoiceNotApplicable, postedChoiceMarks } from './choice-na.js';
import { choiceStatesOf, markChoices } from '../../../review/choice-states.js';
import { takeAllPath, takeOnePath } from './suggestion-pages.js';
import { TemplateProvenance } from './template-parts.js';
import type { PageContext, PageDeps, PageEnv } from '../env.js';
import { formList, formString, type FormBody } from '../form.js';
import { CsrfField, Layout } from '../layout.js';
import { riskLabel, t, type MessageKey } from '../messages.js';
import { riskTable } from '../risk-table.js';
import { DoneNotice, LensSwitcher, PillarNav, reviewPath, rw } from './review-nav.js';

interface FormState {
  selectedChoices: string[];
  isApplicable: boolean;
  reason: string | null;
  notes: string;
  version: number;
  /** Choices marked not applicable, with their reason. */
  choiceNa?: ReadonlyMap<string, string>;
}

interface Problem {
  kind: 'invalid' | 'conflict' | 'expired';
  errors: FieldMessage[];
  theirs?: AnswerView;
}

function answerSummary(lang: Lang, answer: AnswerView): string {
  if (!answer.isApplicable) return `${t(lang, 'riskNOT_APPLICABLE')} (${t(lang, `reason${answer.reason ?? 'OTHER'}` as MessageKey)})`;
  const titles = answer.choices.filter((c) => answer.selectedChoices.includes(c.choiceId)).map((c) => c.title);
  return titles.length > 0 ? titles.join(' / ') : t(lang, 'nothingSelected');
}

function ConflictPanel(props: { lang: Lang; theirs: AnswerView; yours: FormState; reload: string }) {
  const { lang, theirs, yours } = props;
  const mine: AnswerView = { ...theirs, selectedChoices: yours.selectedChoices, isApplicable: yours.isApplicable, reason: yours.reason, notes: yours.notes };
  return (
    <section class="notice error" role="alert" aria-labelledby="conflict-title" id="conflict">
      <h2 id="conflict-title">{t(lang, 'conflictTitle')}</h2>
      <p>{t(lang, 'conflictExplain', { current: theirs.version })}</p>
      <div class="compare-cols">
        <div>
          <h3>{t(lang, 'theirs')}</h3>
          <p>{answerSummary(lang, theirs)}</p>
          <p class="muted">{theirs.notes}</p>
        </div>
        <div>
          <h3>{t(lang, 'yours')}</h3>
          <p>{answerSummary(lang, mine)}</p>
          <p class="muted">{yours.notes}</p>
        </div>
      </div>
      <p>
        <a href={props.reload}>{t(lang, 'takeTheirs')}</a>
      </p>
    </section>
  );
}

async function renderReview(c: PageContext, deps: PageDeps, opts: { ref: string; alias: string; questionId?: string; pillarId?: string; state?: FormState; problem?: Problem; status?: 200 | 400 | 403 | 409 }) {
  const frame = c.get('frame');
  const { lang } = frame;
  const review = await deps.service.getReview(opts.ref, opts.alias, lang);
  const workloadId = review.workload.id;
  const alias = review.lens.alias;
  const lens = lensOfVersion(await requireLensVersion(deps.service.store, alias, review.lens.version), lang);
  const first = review.questions.find((q) => q.pillarId === opts.pillarId) ?? review.questions[0];
  const questionId = opts.questionId ?? first?.id;
  if (!questionId) return c.redirect(workloadPath(workloadId), 303);
  const [answer, evidence, lenses, choiceStates] = await Promise.all([
    deps.service.getAnswer(workloadId, alias, questionId, lang),
    reviewEvidence(deps.service, workloadId, alias, lang),
    lensesOf(deps, workloadId, lang),
    choiceStatesOf(deps.service, workloadId, alias),
  ]);
  const savedNa = new Map((choiceStates.get(questionId) ?? []).filter((s) => s.status === 'NOT_APPLICABLE').map((s) => [s.choiceId, s.reason ?? 'NONE']));
  const question = lens.pillars.flatMap((p) => p.questions).find((q) => q.id === questionId);
  const index = review.questions.findIndex((q) => q.id === questionId);
  const previous = review.questions[index - 1];
  const following = review.questions[index + 1];
  const state: FormState = opts.state ?? answer;
  const choiceNa = state.choiceNa ?? savedNa;
  const errors = opts.problem?.errors ?? [];
  const notesLeft = MAX_NOTES - countCharacters(state.notes);
  const risk = question ? answerApiRisk(question, state) : answer.risk;
  const action = reviewPath(workloadId, alias, `/${encodeURIComponent(questionId)}`);
  const pillarName = review.pillars.find((p) => p.id === answer.pillarId)?.name ?? '';
  const saved = c.req.query('saved');
  const took = c.req.query('took');
  const taken = Number(c.req.query('taken'));
  const done = c.req.query('done') === '1';
  const qe: QuestionEvidence | undefined = evidence.questions.get(questionId);
  const conflictsPerQuestion = new Map([...evidence.questions].map(([id, q]) => [id, q.conflicts.size]));
  const unansweredWithSuggestion = [...evidence.questions.values()].filter((q) => q.state === 'suggested').length;
  const focus = done ? 'done' : took === '1' ? 'notes' : saved || took ? 'question' : '';
  return c.html(
    <Layout frame={frame} title={`${questionId} — ${review.workload.name}`} scripts={['/assets/review.js']} skip={{ href: '#choices', label: rw(lang, 'skipToChoices') }}>
      <h1>{`${review.workload.name} — ${review.lens.name}`}</h1>
      <WorkloadTabs lang={lang} workloadId={workloadId} current="review" />
      <LensSwitcher lang={lang} workloadId={workloadId} current={alias} lenses={lenses} />
      <div class="review">
        <div class="review-main">
          {done ? <DoneNotice lang={lang} review={review} workloadId={workloadId} /> : null}
          {saved && !done ? (
            <p class="notice" role="status">
              {t(lang, 'saved')}
            </p>
          ) : null}
          {took ? (
            <p class="notice" role="status">
              {rw(lang, took === '1' ? 'took' : 'tookNothing')}
            </p>
          ) : null}
          {Number.isInteger(taken) && c.req.query('taken') !== undefined ? (
            <p class="notice" role="status">
              {rw(lang, 'taken', { n: taken })}
            </p>
          ) : null}
          {opts.problem?.kind === 'conflict' && opts.problem.theirs ? <ConflictPanel lang={lang} theirs={opts.problem.theirs} yours={state} reload={reviewPath(workloadId, alias, `?q=${encodeURIComponent(questionId)}`)} /> : null}
          {opts.problem?.kind === 'expired' ? (
            <p class="notice error" role="alert" id="expired">
              {t(lang, 'answerNotSavedExpired')}
            </p>
          ) : null}
          {opts.problem?.kind === 'invalid' ? (
            <p class="notice error" role="alert">
              {errors.map((e) => e.message[lang]).join(' ')}
            </p>
          ) : null}
          <TemplateProvenance lang={lang} from={answer.fromTemplate} action={`${action}/reset-template`} csrf={frame.csrf} />
          <form
            method="post"
            action={action}
            id="answer-form"
            data-risks={question ? riskTable(question) : ''}
            data-max={MAX_NOTES}
            data-dirty={opts.problem ? '1' : undefined}
            data-left={t(lang, 'charsLeft')}
            data-over={t(lang, 'charsOver')}
            data-unsaved={t(lang, 'unsavedWarning')}
            data-focus={focus || undefined}
            data-undo={rw(lang, 'undo')}
            data-cleared={rw(lang, 'cleared')}
            data-labels={JSON.stringify(Object.fromEntries((['HIGH', 'MEDIUM', 'NONE', 'NOT_APPLICABLE', 'UNANSWERED'] as const).map((r) => [r, riskLabel(lang, r)])))}
          >
            <CsrfField csrf={frame.csrf} />
            <input type="hidden" name="version" value={String(state.version)} />
            <p class="muted">{`${pillarName} · ${t(lang, 'questionOf', { n: index + 1, total: review.questions.length })}`}</p>
            <h2 id="question-title" tabindex={-1}>
              {`${questionId} ${answer.questionTitle}`}
              {answer.prioritized ? <> <PrioritizedBadge lang={lang} /></> : null}
            </h2>
            <p id="question-description">{answer.questionDescription}</p>
            <p>
              {t(lang, 'currentRisk')}:{' '}
              <span id="risk-now" aria-live="polite">
                <RiskBadge lang={lang} risk={risk} />
              </span>
            </p>
            <fieldset id="choices" tabindex={-1} disabled={!state.isApplicable} aria-describedby="question-description choices-keys">
              <legend>{t(lang, 'choices')}</legend>
              <p class="hint" id="choices-keys">
                {rw(lang, 'keys')}
              </p>
              {answer.choices.map((choice, i) => {
                const id = `choice-${i}`;
                const none = isNoneChoiceId(choice.choiceId);
                return (
                  <div class={`choice${qe?.conflicts.has(choice.choiceId) ? ' has-conflict' : ''}`}>
                    <input type="checkbox" id={id} name="choice" value={choice.choiceId} checked={state.selectedChoices.includes(choice.choiceId)} data-none={none ? '1' : undefined} aria-describedby={qe && !none ? `${id}-evidence` : undefined} />
                    <label for={id}>{choice.title}</label>
                    {qe && !none ? (
                      <ChoiceEvidence
                        lang={lang}
                        id={`${id}-evidence`}
                        title={choice.title}
                        evidence={qe.evidence.find((e) => e.choiceId === choice.choiceId)}
                        analysis={qe.analysis.filter((a) => a.choiceId === choice.choiceId)}
                        conflict={qe.conflicts.get(choice.choiceId)}
                      />
                    ) : null}
                    {choice.description || choice.helpfulResource ? (
                      <details>
                        <summary aria-label={`${t(lang, 'info')}: ${choice.title}`}>{t(lang, 'info')}</summary>
                        {choice.description ? <p>{choice.description}</p> : null}
                        {choice.helpfulResource ? (
                          <p>
                            {`${t(lang, 'helpfulResource')}: `}
                            {choice.helpfulResource.url ? (
                              <a href={choice.helpfulResource.url} rel="noopener noreferrer" target="_blank">
                                {choice.helpfulResource.displayText}
                              </a>
                            ) : (
                              choice.helpfulResource.displayText
                            )}
                          </p>
                        ) : null}
                      </details>
                    ) : null}
                    {none ? null : <ChoiceNotApplicable lang={lang} id={id} choiceId={choice.choiceId} title={choice.title} reason={choiceNa.get(choice.choiceId)} />}
                  </div>
                );
              })}
              <p id="none-undo" class="notice" role="status" hidden></p>
              <FieldError id="choices-err" lang={lang} errors={errors} field="selectedChoices" />
            </fieldset>
            {qe && evidence.scan ? (
              <SuggestionPanel
                lang={lang}
                suggestion={qe.suggestion}
                state={qe.state}
                titleOf={titleLookup(answer.choices)}
                take={{ action: takeOnePath(workloadId, alias, questionId), version: answer.version, back: 'review' }}
                csrf={frame.csrf}
                insideForm={true}
                headingId="suggestion-title"
              />
            ) : null}
            <Applicability lang={lang} isApplicable={state.isApplicable} reason={state.reason} scripted />
            <div class="field">
              <label for="notes">{t(lang, 'notes')}</label>
              <textarea id="notes" name="notes" aria-describedby="notes-count notes-err" rows={5}>
                {state.notes}
              </textarea>
              <span id="notes-count" class={notesLeft < 0 ? 'error' : 'hint'} aria-live="polite">
                {notesLeft >= 0 ? t(lang, 'charsLeft', { n: notesLeft.toLocaleString('en-US') }) : t(lang, 'charsOver', { n: (-notesLeft).toLocaleString('en-US') })}
              </span>
              <FieldError id="notes-err" lang={lang} errors={errors} field="notes" />
            </div>
            <div class="actions">
              <button type="submit" name="go" value="next" id="save-next">
                {opts.problem?.kind === 'conflict' ? t(lang, 'keepMine') : t(lang, 'saveAndNext')}
              </button>
              <button type="submit" name="go" value="stay" class="secondary">
                {t(lang, 'save')}
              </button>
              <span class="pager">
                {previous ? (
                  <a href={reviewPath(workloadId, alias, `?q=${encodeURIComponent(previous.id)}`)} rel="prev" id="previous">
                    {rw(lang, 'previous')}
                  </a>
                ) : null}
                {following ? (
                  <a href={reviewPath(workloadId, alias, `?q=${encodeURIComponent(following.id)}`)} rel="next" id="next">
                    {rw(lang, 'next')}
                  </a>
                ) : null}
              </span>
            </div>
          </form>
          {/* After the form, not between the question and its choices: one Tab from the question reaches the first choice. */}
          <p class="muted">
            <a href={historyPath(workloadId, alias, questionId)}>{HISTORY_LINK[lang]}</a>
          </p>
          {unansweredWithSuggestion > 0 ? (
            <form method="post" action={takeAllPath(workloadId, alias)} class="take-all">
              <CsrfField csrf={frame.csrf} />
              <input type="hidden" name="back" value="review" />
              <button type="submit" class="secondary">
                {fill(RW_TAKE_ALL[lang], { n: unansweredWithSuggestion })}
              </button>
            </form>
          ) : null}
        </div>
        <details class="question-list" open>
          <summary>
            {rw(lang, 'questions', { answered: review.pillars.reduce((n, p) => n + p.answered, 0), total: review.questions.length })}
            {evidence.conflictCount > 0 ? ` · ${rw(lang, 'conflictsInList', { n: evidence.conflictCount })}` : ''}
          </summary>
          <PillarNav lang={lang} review={review} current={questionId} workloadId={workloadId} conflicts={conflictsPerQuestion} />
        </details>
      </div>
    </Layout>,
    opts.status ?? 200,
  );
}

const RW_TAKE_ALL: Localized = {
  en: 'Take the suggestions of the {n} unanswered question(s)…',
  ja: '未回答の質問 {n} 件の提案を採用…',
};

/** The lenses applied to a workload, in the order they were applied, with their names in `lang`. */
async function lensesOf(deps: PageDeps, workloadId: string, lang: Lang): Promise<{ alias: string; name: string }[]> {
  const reviews = await deps.service.store.listLensReviews(workloadId);
  const out: { alias: string; name: string }[] = [];
  for (const r of [...reviews].sort((a, b) => a.position - b.position)) out.push({ alias: r.lensAlias, name: (await deps.service.lensRef(r, lang)).ref.name });
  return out;
}

function submitted(body: FormBody): FormState {
  const na = formString(body, 'na') === '1';
  return {
    selectedChoices: na ? [] : formList(body, 'choice'),
    isApplicable: !na,
    reason: na ? formString(body, 'reason') || 'OTHER' : null,
    notes: formString(body, 'notes').replace(/\r\n/g, '\n'),
    version: Number(formString(body, 'version')) || 0,
    choiceNa: postedChoiceMarks(body),
  };
}

export function registerReviewPages(app: Hono<PageEnv>, deps: PageDeps): void {
  app.get('/workloads/:id/review', async (c) => {
    const w = await deps.service.getWorkload(c.req.param('id'));
    const alias = w.lenses[0];
    return c.redirect(alias ? reviewPath(w.workloadId, alias) : workloadPath(w.workloadId), 303);
  });

  app.get('/workloads/:id/review/:alias', (c) =>
    renderReview(c, deps, { ref: c.req.param('id'), alias: c.req.param('alias'), questionId: c.req.query('q'), pillarId: c.req.query('pillar') }),
  );

  app.post('/workloads/:id/review/:alias/:question', async (c) => {
    const { id, alias, question } = c.req.param();
    const body = (await c.req.parseBody({ all: true })) as FormBody;
    const state = submitted(body);
    const input: AnswerInput = { selectedChoices: state.selectedChoices, isApplicable: state.isApplicable, reason: state.reason, notes: state.notes, version: state.version };
    const lang = c.get('lang');
    if (c.get('csrfRefused')) return renderReview(c, deps, { ref: id, alias, questionId: question, state, problem: { kind: 'expired', errors: [] }, status: 403 });
    const refused = badMarks(state.choiceNa ?? new Map());
    if (refused.length > 0) return renderReview(c, deps, { ref: id, alias, questionId: question, state, problem: { kind: 'invalid', errors: refused }, status: 400 });
    try {
      const saved = await deps.service.updateAnswer(id, alias, question, input, lang);
      const current = new Map(((await choiceStatesOf(deps.service, id, alias)).get(saved.questionId) ?? []).filter((s) => s.status === 'NOT_APPLICABLE').map((s) => [s.choiceId, s.reason ?? 'NONE']));
      const marks = changedMarks(state.choiceNa ?? new Map(), current);
      // A question marked not applicable sends no choice fields (its fieldset is disabled): its choice marks stay.
      if (state.isApplicable && marks.length > 0) await markChoices(deps.service, id, alias, saved.questionId, marks);
      const review = await deps.service.getReview(id, alias, lang);
      const index = review.questions.findIndex((q) => q.id === saved.questionId);
      const next = formString(body, 'go') === 'stay' ? review.questions[index] : review.questions[index + 1];
      if (!next) return c.redirect(reviewPath(review.workload.id, alias, `?q=${encodeURIComponent(saved.questionId)}&saved=1&done=1`), 303);
      return c.redirect(reviewPath(review.workload.id, alias, `?q=${encodeURIComponent(next.id)}&saved=1`), 303);
    } catch (error) {
      if (!isReviewError(error)) throw error;
      if (error.status === 409 && error.code === 'stale-version') {
        const theirs = await deps.service.getAnswer(id, alias, question, lang);
        // The form keeps the reviewer's answer; its version becomes theirs, so saving again is a deliberate overwrite.
        return renderReview(c, deps, { ref: id, alias, questionId: question, state: { ...state, version: theirs.version }, problem: { kind: 'conflict', errors: [], theirs }, status: 409 });
      }
      if (error.status === 400) return renderReview(c, deps, { ref: id, alias, questionId: question, state, problem: { kind: 'invalid', errors: error.fields }, status: 400 });
      throw error;
    }
  });
}
