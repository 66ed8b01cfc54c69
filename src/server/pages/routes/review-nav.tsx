// The review page's navigation: the lens switcher, the pillars with their questions (risk, conflict marks) and
// the note shown when the last question is saved; and the page's own texts (rw), shared with review.tsx.
import type { ReviewView } from '../../../review/views.js';
import { fill, type Lang, type Localized } from '../../../util/i18n.js';
import { lensDisplayName, RiskBadge, workloadPath } from '../components.js';
import { PrioritizedBadge } from '../../../report/review/risk-badge.js';
import { t } from '../messages.js';
export const RW = {
  skipToChoices: { en: 'Skip to the choices', ja: '選択肢へ移動' },
  questions: { en: 'Questions ({answered}/{total} answered)', ja: '質問（{total} 件中 {answered} 件回答済み）' },
  conflictsInList: { en: '{n} conflict(s) with the evidence', ja: 'エビデンスとの矛盾 {n} 件' },
  conflictMark: { en: 'conflicts with the evidence', ja: 'エビデンスと矛盾' },
  previous: { en: '← Previous', ja: '← 前へ' },
  next: { en: 'Next →', ja: '次へ →' },
  lens: { en: 'Lens', ja: 'レンズ' },
  keys: {
    en: 'Keyboard: ↑ ↓ move between choices, Space ticks, Ctrl+Enter saves and opens the next question.',
    ja: 'キーボード: ↑ ↓ で選択肢を移動、スペースで選択、Ctrl+Enter で保存して次の質問へ。',
  },
  took: {
    en: 'The suggestion was taken and saved. The notes hold an evidence summary: edit them and save if you wish.',
    ja: '提案を採用して保存しました。メモにエビデンスの要約が入っています。必要なら編集して保存してください。',
  },
  tookNothing: { en: 'There was no suggestion to take for this question.', ja: 'この質問には採用できる提案がありませんでした。' },
  taken: { en: '{n} suggestion(s) taken and saved.', ja: '提案 {n} 件を採用して保存しました。' },
  complete: { en: 'The review is complete: all {total} questions are answered.', ja: 'レビューが完了しました。{total} 件の質問すべてに回答済みです。' },
  lastButOpen: {
    en: 'That was the last question. {n} question(s) are still unanswered:',
    ja: '最後の質問です。まだ回答していない質問が {n} 件あります:',
  },
  nextSteps: { en: 'Next: the overview, the improvement plan or the report.', ja: '次は概要、改善計画、レポートをご覧ください。' },
  undo: { en: 'Undo', ja: '元に戻す' },
  cleared: { en: '"None of these" cleared: {list}.', ja: '「いずれも該当しません」によって選択を解除しました: {list}。' },
} as const satisfies Record<string, Localized>;

export function rw(lang: Lang, key: keyof typeof RW, values: Record<string, string | number> = {}): string {
  return fill(RW[key][lang], values);
}

/** What the form shows: the stored answer, or what the reviewer submitted when it could not be saved. */

export function reviewPath(workloadId: string, alias: string, rest = ''): string {
  return workloadPath(workloadId, `/review/${encodeURIComponent(alias)}${rest}`);
}

export function PillarNav(props: { lang: Lang; review: ReviewView; current: string; workloadId: string; conflicts: ReadonlyMap<string, number> }) {
  const { lang, review } = props;
  return (
    <nav aria-label={t(lang, 'pillar')}>
      <ol>
        {review.pillars.map((p) => (
          <li>
            <div class="pillar">{`${p.name} ${p.answered}/${p.total}`}</div>
            <ol>
              {review.questions
                .filter((q) => q.pillarId === p.id)
                .map((q) => {
                  const conflicts = props.conflicts.get(q.id) ?? 0;
                  return (
                    <li>
                      <a href={reviewPath(props.workloadId, review.lens.alias, `?q=${encodeURIComponent(q.id)}`)} aria-current={q.id === props.current ? 'page' : undefined}>
                        {q.id}
                      </a>{' '}
                      <RiskBadge lang={lang} risk={q.risk} />
                      {q.prioritized ? <> <PrioritizedBadge lang={lang} /></> : null}
                      {conflicts > 0 ? (
                        <span class="conflict-mark" title={rw(lang, 'conflictMark')}>
                          {' ⚠'}
                          <span class="visually-hidden">{` ${rw(lang, 'conflictMark')}`}</span>
                        </span>
                      ) : null}
                      <span class="q-title">{q.title}</span>
                    </li>
                  );
                })}
            </ol>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** Links to the workload's other lens reviews: the review pages of every lens applied to it. */
export function LensSwitcher(props: { lang: Lang; workloadId: string; current: string; lenses: { alias: string; name: string }[] }) {
  if (props.lenses.length < 2) return null;
  return (
    <nav aria-label={rw(props.lang, 'lens')} class="lens-switcher no-print">
      <span>{`${rw(props.lang, 'lens')}: `}</span>
      <ul class="tabs">
        {props.lenses.map((l) => (
          <li>
            <a href={reviewPath(props.workloadId, l.alias)} aria-current={l.alias === props.current ? 'page' : undefined}>
              {lensDisplayName(l, props.lang)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** After the last question: the review is complete, or which questions are still open. */
export function DoneNotice(props: { lang: Lang; review: ReviewView; workloadId: string }) {
  const { lang, review } = props;
  const open = review.questions.filter((q) => q.risk === 'UNANSWERED');
  const base = workloadPath(props.workloadId);
  return (
    <section class="notice" role="status" id="done" tabindex={-1}>
      {open.length === 0 ? (
        <p>
          <strong>{rw(lang, 'complete', { total: review.questions.length })}</strong>
        </p>
      ) : (
        <>
          <p>{rw(lang, 'lastButOpen', { n: open.length })}</p>
          <ul class="inline-list">
            {open.map((q) => (
              <li>
                <a href={reviewPath(props.workloadId, review.lens.alias, `?q=${encodeURIComponent(q.id)}`)}>{`${q.id} ${q.title}`}</a>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        {`${rw(lang, 'nextSteps')} `}
        <a href={base}>{t(lang, 'overview')}</a>
        {' · '}
        <a href={`${base}/plan`}>{t(lang, 'improvementPlan')}</a>
        {' · '}
        <a href={`${base}/report`}>{t(lang, 'report')}</a>
      </p>
    </section>
  );
}

