// The history page: every recorded change of a workload, or of one question's answer (?q=OPS1), oldest first —
// who, when, and each changed field before and after.
import type { Hono } from 'hono';
import { listHistory, type ChangeView } from '../../../review/history.js';
import { fill, type Lang, type Localized } from '../../../util/i18n.js';
import { workloadPath } from '../components.js';
import type { PageDeps, PageEnv } from '../env.js';
import { Layout } from '../layout.js';

const TEXT = {
  title: { en: 'History', ja: '変更履歴' },
  ofQuestion: { en: 'History of {q}', ja: '{q} の変更履歴' },
  none: { en: 'No changes recorded yet.', ja: '記録された変更はまだありません。' },
  when: { en: 'When', ja: '日時' },
  who: { en: 'Who', ja: '変更した人' },
  fromTemplate: { en: '(from template "{name}")', ja: '（テンプレート「{name}」から）' },
  what: { en: 'What changed', ja: '変更内容' },
  empty: { en: '(none)', ja: '（なし）' },
  back: { en: 'Back to the question', ja: '質問に戻る' },
} as const satisfies Record<string, Localized>;

function shown(value: unknown, lang: Lang): string {
  if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) return TEXT.empty[lang];
  // Per-choice states are objects: each shown as its choice and what it holds. A workload's profile is recorded as
  // {profileId, profileName, version}: people read its name.
  const one = (v: unknown): string => {
    if (v === null || typeof v !== 'object') return String(v);
    if ('profileName' in v) return String(v.profileName);
    return Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== null && x !== '').map(([k, x]) => `${k}=${String(x)}`).join(' ');
  };
  return Array.isArray(value) ? value.map(one).join(', ') : one(value);
}

/** What a change is about: the question (or question/choice of an improvement item), else its kind. */
const subjectOf = (c: ChangeView) => (c.kind === 'answer' || c.kind === 'improvement' ? c.subject : c.kind);

function ChangeRows(props: { lang: Lang; changes: ChangeView[] }) {
  const { lang } = props;
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{TEXT.when[lang]}</th>
          <th scope="col">{TEXT.who[lang]}</th>
          <th scope="col">{TEXT.what[lang]}</th>
        </tr>
      </thead>
      <tbody>
        {props.changes.map((c) => (
          <tr>
            <td>
              <time datetime={c.at}>{c.at.replace('T', ' ').slice(0, 19)}</time>
            </td>
            <td>
              {c.who}
              {c.fromTemplate ? <span class="muted">{` ${fill(TEXT.fromTemplate[lang], { name: c.fromTemplate.name })}`}</span> : null}
            </td>
            <td>
              <ul>
                {Object.entries(c.changes).map(([field, [before, after]]) => (
                  <li>{`${subjectOf(c)}: ${field}: ${shown(before, lang)} → ${shown(after, lang)}`}</li>
                ))}
              </ul>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function registerHistoryPage(app: Hono<PageEnv>, deps: PageDeps): void {
  app.get('/workloads/:id/history', async (c) => {
    const frame = c.get('frame');
    const { lang } = frame;
    const w = await deps.service.resolveWorkload(c.req.param('id'));
    const q = c.req.query('q')?.slice(0, 128);
    const alias = c.req.query('lens')?.slice(0, 64);
    // A question's history: its answer and the improvement items of its choices.
    const all = await listHistory(deps.service.store, w.id, q ? { lensAlias: alias } : {});
    const changes = q ? all.filter((c) => (c.kind === 'answer' && c.subject === q) || (c.kind === 'improvement' && c.subject.startsWith(`${q}/`))) : all;
    const title = q ? TEXT.ofQuestion[lang].replace('{q}', q) : TEXT.title[lang];
    return c.html(
      <Layout frame={frame} title={`${title} — ${w.name}`}>
        <h1>{`${title} — ${w.name}`}</h1>
        {q && alias ? (
          <p>
            <a href={workloadPath(w.id, `/review/${encodeURIComponent(alias)}?q=${encodeURIComponent(q)}`)}>{TEXT.back[lang]}</a>
          </p>
        ) : null}
        {changes.length === 0 ? <p>{TEXT.none[lang]}</p> : <ChangeRows lang={lang} changes={changes} />}
      </Layout>,
    );
  });
}

/** The link to a question's history, for the review page. */
export function historyPath(workloadId: string, alias: string, questionId: string): string {
  return workloadPath(workloadId, `/history?lens=${encodeURIComponent(alias)}&q=${encodeURIComponent(questionId)}`);
}

export const HISTORY_LINK = { en: 'History of this answer', ja: 'この回答の変更履歴' } as const satisfies Localized;
