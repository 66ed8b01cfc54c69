// The evidence page of a workload's Serverless Lens review: per question the person's answer or the
// suggestion (marked as one until confirmed), and each choice with ✓ ✗ ?, its counts and the proof.
import type { Hono } from 'hono';
import type { Lang } from '../../../util/i18n.js';
import { evidenceReview, type EvidenceQuestionView } from '../../../review/scan-evidence.js';
import { countsText, STATUS_MARK } from '../../../report/lens-view.js';
import type { EvidenceStatus } from '../../../scan/evidence.js';
import { WorkloadTabs } from '../components.js';
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
    suggestion: 'Suggestion — not confirmed',
    confirmed: 'Answer — confirms the suggestion',
    evidenceSays: 'Evidence suggests',
    nothing: 'nothing supported',
    notApplicable: 'not applicable',
    choice: 'Choice',
    evidence: 'Evidence',
    proof: 'Proof',
  },
  ja: {
    title: 'スキャンのエビデンス',
    none: 'このレビューにはまだスキャンが取り込まれていません。「slens review import-scan <ワークロード> <パス...>」を実行するか、「slens scan --format json」のレポートを API に POST してください。',
    scanned: (files: number, date: string) => `テンプレート ${files} 件をスキャン (スキャン日 ${date})。`,
    answer: '回答',
    suggestion: '提案 — 未確認',
    confirmed: '回答 — 提案を確認済み',
    evidenceSays: 'エビデンスからの提案',
    nothing: '裏付けのある選択肢なし',
    notApplicable: '該当なし',
    choice: '選択肢',
    evidence: 'エビデンス',
    proof: '根拠',
  },
} as const;

function Question(props: { lang: Lang; q: EvidenceQuestionView }) {
  const { lang, q } = props;
  const w = WORDS[lang];
  // Choices by their titles and risks by their labels, as on the review page (ids and API names read as code).
  const titles = new Map(q.choices.map((c) => [c.choiceId, c.title]));
  const list = (ids: readonly string[]): string => (ids.length ? ids.map((id) => titles.get(id) ?? id).join(', ') : w.nothing);
  const risk = (value: string): string => riskLabel(lang, value as ApiRisk);
  const s = q.suggestion;
  return (
    <article id={q.questionId}>
      <h2>{`${q.questionId} ${q.title}`}</h2>
      {!q.answer ? (
        <p class="notice">{`${w.suggestion}: ${list(s.selectedChoices)} (${risk(s.risk)})`}</p>
      ) : s.state === 'confirmed' ? (
        <p>{`${w.confirmed}: ${list(q.answer.selectedChoices)} (${risk(q.answer.risk)})`}</p>
      ) : (
        <p>
          {`${w.answer}: ${q.answer.notApplicable ? w.notApplicable : list(q.answer.selectedChoices)} (${risk(q.answer.risk)})`}
          <br />
          {`${w.evidenceSays}: ${list(s.selectedChoices)} (${risk(s.risk)})`}
        </p>
      )}
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
            <tr>
              <td aria-label={c.status}>{STATUS_MARK[c.status as EvidenceStatus] ?? '?'}</td>
              <td>{c.title}</td>
              <td>{countsText({ ...c, status: c.status as EvidenceStatus }, lang)}</td>
              <td>
                <ul>
                  {c.findings.map((f) => (
                    <li>
                      <code>{`${f.file}:${f.line}`}</code> {f.resource} — {f.message[lang]} <code>{f.ruleId}</code>
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}

export function registerEvidencePage(app: Hono<PageEnv>, deps: PageDeps): void {
  app.get('/workloads/:id/evidence', async (c) => {
    const frame = c.get('frame');
    const { lang } = frame;
    const view = await evidenceReview(deps.service, c.req.param('id'), undefined, lang);
    const analysis = await analysisEvidenceReview(deps.service, view.workload.id, lang);
    const w = WORDS[lang];
    return c.html(
      <Layout frame={frame} title={`${w.title} — ${view.workload.name}`}>
        <h1>{`${w.title} — ${view.workload.name}`}</h1>
        <WorkloadTabs lang={lang} workloadId={view.workload.id} current="evidence" />
        <p class="no-print"><a class="button" href={`/workloads/${encodeURIComponent(view.workload.id)}/upload`}>{UPLOAD_LINK[lang]}</a></p>
        {view.scan ? <p>{w.scanned(view.scan.files.length, view.scan.scanDate)}</p> : <p>{w.none}</p>}
        {view.scan ? view.questions.map((q) => <Question lang={lang} q={q} />) : null}
        <AnalysisEvidenceSection lang={lang} view={analysis} />
      </Layout>,
    );
  });
}
