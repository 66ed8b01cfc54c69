// On a workload's overview: when the last scan was imported, of which templates, what it found (with a link
// to the Evidence tab), and how many answers conflict with the evidence (with a link to the first one).
import { BUILTIN_LENS_ALIAS } from '../../../lens/builtin.js';
import { reviewEvidence } from '../../../review/question-evidence.js';
import { fill, type Lang, type Localized } from '../../../util/i18n.js';
import { workloadPath } from '../components.js';
import type { PageDeps } from '../env.js';
import { formatDate } from '../messages.js';

const W = {
  heading: { en: 'Scan evidence', ja: 'スキャンのエビデンス' },
  none: { en: 'No scan has been imported yet.', ja: 'スキャンはまだ取り込まれていません。' },
  imported: {
    en: 'Last scan imported {when}: {files} template(s), scan date {date}; {findings} finding(s); practices ✓ {supported} supported, ✗ {contradicted} contradicted, ? {unknown} unknown.',
    ja: '最後のスキャンの取り込み: {when}。テンプレート {files} 件、スキャン日 {date}。検出 {findings} 件。実践 ✓ 裏付けあり {supported} 件、✗ 反証あり {contradicted} 件、? 不明 {unknown} 件。',
  },
  more: { en: 'and {n} more', ja: 'ほか {n} 件' },
  see: { en: 'See the evidence', ja: 'エビデンスを見る' },
  conflicts: { en: 'Conflicts between answers and evidence: {n}', ja: '回答とエビデンスの矛盾: {n} 件' },
  firstConflict: { en: 'Open {question}', ja: '{question} を開く' },
} as const satisfies Record<string, Localized>;

const w = (lang: Lang, key: keyof typeof W, values: Record<string, string | number> = {}): string => fill(W[key][lang], values);

/** Files named on the overview; the rest are counted. */
const FILES_SHOWN = 3;

export async function ScanStatus(props: { deps: PageDeps; workloadId: string; lenses: readonly string[]; lang: Lang }) {
  const { lang, workloadId } = props;
  if (!props.lenses.includes(BUILTIN_LENS_ALIAS)) return null;
  const view = await reviewEvidence(props.deps.service, workloadId, BUILTIN_LENS_ALIAS, lang);
  const scan = view.scan;
  if (!scan) {
    return (
      <p class="muted" id="scan-status">
        {w(lang, 'none')}
      </p>
    );
  }
  let findings = 0;
  const counts = { supported: 0, contradicted: 0, unknown: 0 };
  for (const q of view.questions.values()) {
    for (const e of q.evidence) findings += e.findings.length;
    counts.supported += q.suggestion.counts.supported;
    counts.contradicted += q.suggestion.counts.contradicted;
    counts.unknown += q.suggestion.counts.unknown;
  }
  const firstConflict = [...view.questions.values()].find((q) => q.conflicts.size > 0);
  const shown = scan.files.slice(0, FILES_SHOWN);
  return (
    <section id="scan-status" aria-labelledby="scan-status-title">
      <h2 id="scan-status-title">{w(lang, 'heading')}</h2>
      <p>
        {w(lang, 'imported', { when: formatDate(lang, scan.importedAt), files: scan.files.length, date: scan.scanDate, findings, ...counts })}{' '}
        <a href={workloadPath(workloadId, '/evidence')}>{w(lang, 'see')}</a>
      </p>
      {shown.length ? (
        <p class="muted">
          {shown.map((f, i) => (
            <>
              {i > 0 ? ', ' : ''}
              <code>{f}</code>
            </>
          ))}
          {scan.files.length > FILES_SHOWN ? ` ${w(lang, 'more', { n: scan.files.length - FILES_SHOWN })}` : ''}
        </p>
      ) : null}
      <p class={view.conflictCount > 0 ? 'conflict' : undefined}>
        {w(lang, 'conflicts', { n: view.conflictCount })}
        {firstConflict ? (
          <>
            {' — '}
            <a href={workloadPath(workloadId, `/review/${BUILTIN_LENS_ALIAS}?q=${encodeURIComponent(firstConflict.question.id)}`)}>{w(lang, 'firstConflict', { question: firstConflict.question.id })}</a>
          </>
        ) : null}
      </p>
    </section>
  );
}
