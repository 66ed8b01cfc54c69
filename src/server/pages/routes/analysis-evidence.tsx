// The analysis part of the evidence page: per choice what `slens logs` / `slens tune` showed, with the note
// and the tune chart (as an image, so the stored SVG never runs in the page).
import type { Lang } from '../../../util/i18n.js';
import type { AnalysisEvidenceView } from '../../../review/analysis-evidence.js';

const WORDS = {
  en: {
    title: 'Analysis evidence',
    none: 'No analysis has been imported. Run "slens review import-analysis <workload> <files...> --kind logs|tune".',
    question: 'Question',
    choice: 'Choice',
    analysis: 'Analysis',
    note: 'What it shows',
    files: 'Files',
    chart: (kind: string) => `Chart of the ${kind} analysis`,
  },
  ja: {
    title: '分析のエビデンス',
    none: '分析はまだ取り込まれていません。「slens review import-analysis <ワークロード> <ファイル...> --kind logs|tune」を実行してください。',
    question: '質問',
    choice: '選択肢',
    analysis: '分析',
    note: '分析からわかること',
    files: 'ファイル',
    chart: (kind: string) => `${kind} 分析のグラフ`,
  },
} as const;

const MARK: Record<string, string> = { supported: '✓', contradicted: '✗' };

export function AnalysisEvidenceSection(props: { lang: Lang; view: AnalysisEvidenceView }) {
  const { lang, view } = props;
  const w = WORDS[lang];
  // One chart per kind: every row of an import carries the same one.
  const charts = new Map<string, string>();
  for (const i of view.items) if (i.chart && !charts.has(i.kind)) charts.set(i.kind, i.chart);
  return (
    <section id="analysis-evidence">
      <h2>{w.title}</h2>
      {view.items.length === 0 ? (
        <p>{w.none}</p>
      ) : (
        <div class="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col"></th>
              <th scope="col">{w.question}</th>
              <th scope="col">{w.choice}</th>
              <th scope="col">{w.analysis}</th>
              <th scope="col">{w.note}</th>
              <th scope="col">{w.files}</th>
            </tr>
          </thead>
          <tbody>
            {view.items.map((i) => (
              <tr>
                <td aria-label={i.status}>{MARK[i.status] ?? '?'}</td>
                <td>{i.questionId}</td>
                <td>{i.title}</td>
                <td>{i.kind}</td>
                <td>{i.note}</td>
                <td>{i.files.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      )}
      {[...charts].map(([kind, svg]) => (
        <figure>
          <img alt={w.chart(kind)} src={`data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`} />
          <figcaption>{w.chart(kind)}</figcaption>
        </figure>
      ))}
    </section>
  );
}
