// The evidence page of a workload's Serverless Lens review: per question the person's answer or the
// suggestion (marked as one until confirmed), and each choice with ✓ ✗ ?, its counts and the proof.
import type { Hono } from 'hono';
import { joinList, type Lang } from '../../../util/i18n.js';
import { evidenceReview, type EvidenceQuestionView } from '../../../review/scan-evidence.js';
import { countsText, STATUS_MARK } from '../../../report/lens-view.js';
import type { EvidenceStatus } from '../../../scan/evidence.js';
import { WorkloadTabs } from '../components.js';
import { loadBuiltinLens } from '../../../lens/builtin.js';
import { ConflictNote, ProofItems, SuggestionPanel, titleLookup } from './choice-evidence.js';
import { takeAllPath, takeOnePath } from './suggestion-pages.js';
import { CsrfField } from '../layout.js';
import { analysisEvidenceReview } from '../../../review/analysis-evidence.js';
import { AnalysisEvidenceSection } from './analysis-evidence.js';
import { UPLOAD_LINK } from './upload.js';
import type { PageDeps, PageEnv } from '../env.js';
import { Layout } from '../layout.js';
import { riskLabel } from '../messages.js';
import type { ApiRisk } from '../../../lens/risk.js';

const WORDS = {
  en: {
    title: 'Scan evidence',
    none: 'No scan has been imported into this review yet. Run "slens review import-scan <workload> <paths...>" or POST a "slens scan --format json" report to the API.',
    scanned: (files: number, date: string) => `${files} template(s) scanned, scan date ${date}.`,
    answer: 'Answer',
    nothing: 'nothing supported',
    notApplicable: 'not applicable',
    choice: 'Choice',
    evidence: 'Evidence',
    proof: 'Proof',
    takeAll: (n: number) => `Take the suggestions of the ${n} unanswered question(s)…`,
    taken: (n: number) => `${n} suggestion(s) taken and saved.`,
    took: 'The suggestion was taken and saved, with an evidence summary in the notes.',
  },
  ja: {
    title: 'スキャンのエビデンス',
    none: 'このレビューにはまだスキャンが取り込まれていません。「slens review import-scan <ワークロード> <パス...>」を実行するか、「slens scan --format json」のレポートを API に POST してください。',
    scanned: (files: number, date: string) => `テンプレート ${files} 件をスキャン (スキャン日 ${date})。`,
    answer: '回答',
    nothing: '裏付けのある選択肢なし',
    notApplicable: '該当なし',
    choice: '選択肢',
    evidence: 'エビデンス',
    proof: '根拠',
    takeAll: (n: number) => `未回答の質問 ${n} 件の提案を採用…`,
    taken: (n: number) => `提案 ${n} 件を採用して保存しました。`,
    took: '提案を採用して保存しました。メモにエビデンスの要約が入っています。',
  },
} as const;

interface TakeContext {
  workloadId: string;
  alias: string;
  csrf: string;
  /** Answer versions by question, for the take buttons. */
  versions: ReadonlyMap<string, number>;
}

function Question(props: { lang: Lang; q: EvidenceQuestionView; take: TakeContext }) {
  const { lang, q } = props;
  const w = WORDS[lang];
  // Choices by their titles ("None of these" too) and risks by their labels, as on the review page.
  const lensQuestion = loadBuiltinLens(lang).pillars.flatMap((p) => p.questions).find((x) => x.id === q.questionId);
  const titleOf = titleLookup(lensQuestion?.choices ?? q.choices);
  const list = (ids: readonly string[]): string => (ids.length ? joinList(ids.map(titleOf), lang) : w.nothing);
  const risk = (value: string): string => riskLabel(lang, value as ApiRisk);
  const s = q.suggestion;
  const state = !q.answer ? (s.selectedChoices.length ? 'suggested' : 'nothing') : s.state;
  return (
    <article id={q.questionId}>
      <h2>{`${q.questionId} ${q.title}`}</h2>
      {q.answer ? <p>{`${w.answer}: ${q.answer.notApplicable ? w.notApplicable : list(q.answer.selectedChoices)} (${risk(q.answer.risk)})`}</p> : null}
      <SuggestionPanel
        lang={lang}
        suggestion={{ selectedChoices: s.selectedChoices, risk: s.risk, basis: s.basis, counts: s.counts }}
        state={state}
        titleOf={titleOf}
        take={{ action: takeOnePath(props.take.workloadId, props.take.alias, q.questionId), version: props.take.versions.get(q.questionId) ?? 0, back: 'evidence' }}
        csrf={props.take.csrf}
        insideForm={false}
        headingId={`${q.questionId}-suggestion`}
      />
      <div class="table-scroll">
      <table>
        <thead>
          <tr>
            <th scope="col"></th>
            <th scope="col">{w.choice}</th>
            <th scope="col">{w.evidence}</th>
            <th scope="col">{w.proof}</th>
          </tr>
        </thead>
        <tbody>
          {q.choices.map((c) => (
            <tr class={c.conflict ? 'has-conflict' : undefined}>
              <td aria-label={c.status}>{STATUS_MARK[c.status as EvidenceStatus] ?? '?'}</td>
              <td>
                {c.title}
                <ConflictNote lang={lang} kind={c.conflict} />
              </td>
              <td>{countsText({ ...c, status: c.status as EvidenceStatus }, lang)}</td>
              <td>
                <ProofItems lang={lang} evidence={c} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </article>
  );
}

export function registerEvidencePage(app: Hono<PageEnv>, deps: PageDeps): void {
  app.get('/workloads/:id/evidence', async (c) => {
    const frame = c.get('frame');
    const { lang } = frame;
    const view = await evidenceReview(deps.service, c.req.param('id'), undefined, lang);
    const analysis = await analysisEvidenceReview(deps.service, view.workload.id, lang);
    const review = await deps.service.getReview(view.workload.id, view.lensAlias, lang);
    const take: TakeContext = { workloadId: view.workload.id, alias: view.lensAlias, csrf: frame.csrf, versions: new Map(review.questions.map((q) => [q.id, q.version])) };
    const unanswered = view.questions.filter((q) => !q.answer && q.suggestion.selectedChoices.length > 0).length;
    const taken = c.req.query('taken');
    const w = WORDS[lang];
    return c.html(
      <Layout frame={frame} title={`${w.title} — ${view.workload.name}`}>
        <h1>{`${w.title} — ${view.workload.name}`}</h1>
        <WorkloadTabs lang={lang} workloadId={view.workload.id} current="evidence" />
        {taken !== undefined && /^\d+$/.test(taken) ? (
          <p class="notice" role="status">
            {w.taken(Number(taken))}
          </p>
        ) : null}
        {c.req.query('took') === '1' ? (
          <p class="notice" role="status">
            {w.took}
          </p>
        ) : null}
        <p class="no-print"><a class="button" href={`/workloads/${encodeURIComponent(view.workload.id)}/upload`}>{UPLOAD_LINK[lang]}</a></p>
        {view.scan ? <p>{w.scanned(view.scan.files.length, view.scan.scanDate)}</p> : <p>{w.none}</p>}
        {view.scan && unanswered > 0 ? (
          <form method="post" action={takeAllPath(view.workload.id, view.lensAlias)}>
            <CsrfField csrf={frame.csrf} />
            <input type="hidden" name="back" value="evidence" />
            <button type="submit" class="secondary">
              {w.takeAll(unanswered)}
            </button>
          </form>
        ) : null}
        {view.scan ? view.questions.map((q) => <Question lang={lang} q={q} take={take} />) : null}
        <AnalysisEvidenceSection lang={lang} view={analysis} />
      </Layout>,
    );
  });
}
