// Taking suggestions in the browser: the button beside one question saves its suggestion (with an evidence
// summary in the notes, then back to the page it came from); "all unanswered" first shows what would be
// answered and waits for the person to confirm. Nothing changes an answer without a person's click.
import type { Hono } from 'hono';
import { reviewEvidence } from '../../../review/question-evidence.js';
import { planTake, takeSuggestions } from '../../../review/take-suggestions.js';
import { fill, type Lang, type Localized } from '../../../util/i18n.js';
import { WorkloadTabs, workloadPath } from '../components.js';
import type { PageDeps, PageEnv } from '../env.js';
import { formList, formString, type FormBody } from '../form.js';
import { CsrfField, Layout } from '../layout.js';
import { suggestionText, titleLookup } from './choice-evidence.js';

const W = {
  confirmTitle: { en: 'Take the suggested answers?', ja: '提案された回答を採用しますか？' },
  confirmIntro: {
    en: 'These {n} unanswered question(s) will be answered as the scan evidence suggests, each with an evidence summary in its notes. Answers already given are not changed.',
    ja: '次の未回答の質問 {n} 件に、スキャンのエビデンスが示す回答を保存します。メモにはそれぞれエビデンスの要約が入ります。回答済みの質問は変更しません。',
  },
  nothing: { en: 'No unanswered question has a suggestion to take.', ja: '採用できる提案のある未回答の質問はありません。' },
  confirm: { en: 'Take {n} suggestion(s)', ja: '提案 {n} 件を採用' },
  cancel: { en: 'Back to the review without changes', ja: '変更せずにレビューへ戻る' },
} as const satisfies Record<string, Localized>;

const w = (lang: Lang, key: keyof typeof W, values: Record<string, string | number> = {}): string => fill(W[key][lang], values);

/** The action of a question's "take this suggestion" button. */
export function takeOnePath(workloadId: string, alias: string, questionId: string): string {
  return workloadPath(workloadId, `/suggestions/${encodeURIComponent(alias)}/${encodeURIComponent(questionId)}`);
}

/** The action of "take all unanswered questions' suggestions" (shows the confirmation first). */
export function takeAllPath(workloadId: string, alias: string): string {
  return workloadPath(workloadId, `/suggestions/${encodeURIComponent(alias)}`);
}

function backTo(workloadId: string, alias: string, back: string, query: string, anchor = ''): string {
  if (back === 'evidence') return workloadPath(workloadId, `/evidence?${query}${anchor}`);
  return workloadPath(workloadId, `/review/${encodeURIComponent(alias)}?${query}`);
}

export function registerSuggestionPages(app: Hono<PageEnv>, deps: PageDeps): void {
  app.post('/workloads/:id/suggestions/:alias/:question', async (c) => {
    const { id, alias, question } = c.req.param();
    const body = (await c.req.parseBody({ all: true })) as FormBody;
    const version = Number(formString(body, 'version'));
    const versions = Number.isInteger(version) && version >= 0 ? { [question]: version } : undefined;
    const result = await takeSuggestions(deps.service, id, alias, { questionIds: [question], ...(versions ? { versions } : {}) }, c.get('lang'));
    const w = await deps.service.resolveWorkload(id);
    const took = result.taken.length > 0 ? 'took=1' : 'took=0';
    return c.redirect(backTo(w.id, alias, formString(body, 'back'), `q=${encodeURIComponent(question)}&${took}`, `#${encodeURIComponent(question)}`), 303);
  });

  app.post('/workloads/:id/suggestions/:alias', async (c) => {
    const { id, alias } = c.req.param();
    const frame = c.get('frame');
    const { lang } = frame;
    const body = (await c.req.parseBody({ all: true })) as FormBody;
    const back = formString(body, 'back') === 'evidence' ? 'evidence' : 'review';
    if (formString(body, 'confirm') === '1') {
      const questionIds = formList(body, 'question');
      const result = questionIds.length ? await takeSuggestions(deps.service, id, alias, { questionIds, onlyUnanswered: true }, lang) : { taken: [] };
      const w = await deps.service.resolveWorkload(id);
      return c.redirect(backTo(w.id, alias, back, `taken=${result.taken.length}`), 303);
    }
    const view = await reviewEvidence(deps.service, id, alias, lang);
    const { take } = planTake(view.questions, {});
    const cancel = backTo(view.workload.id, alias, back, '').replace(/\?$/, '');
    return c.html(
      <Layout frame={frame} title={w(lang, 'confirmTitle')}>
        <h1>{`${view.workload.name} — ${w(lang, 'confirmTitle')}`}</h1>
        <WorkloadTabs lang={lang} workloadId={view.workload.id} current={back} />
        {take.length === 0 ? (
          <p class="notice">{w(lang, 'nothing')}</p>
        ) : (
          <form method="post" action={takeAllPath(view.workload.id, alias)}>
            <CsrfField csrf={frame.csrf} />
            <input type="hidden" name="confirm" value="1" />
            <input type="hidden" name="back" value={back} />
            <p>{w(lang, 'confirmIntro', { n: take.length })}</p>
            <ul>
              {take.map((q) => (
                <li>
                  <input type="hidden" name="question" value={q.question.id} />
                  <strong>{`${q.question.id} ${q.question.title}`}</strong>
                  <br />
                  {suggestionText(lang, q.suggestion, titleLookup(q.question.choices))}
                </li>
              ))}
            </ul>
            <div class="actions">
              <button type="submit" id="confirm-take">
                {w(lang, 'confirm', { n: take.length })}
              </button>
              <a href={cancel}>{w(lang, 'cancel')}</a>
            </div>
          </form>
        )}
        {take.length === 0 ? (
          <p>
            <a href={cancel}>{w(lang, 'cancel')}</a>
          </p>
        ) : null}
      </Layout>,
    );
  });
}
