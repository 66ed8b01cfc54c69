// The consolidated report as one document: totals, charts (risks per workload and per pillar, the most common
// missing best practices, improvement items by status, the trend from milestones) and the tables behind them.
// The web page, the HTML report and the PDF all render this component.
import { raw } from 'hono/html';
import type { ConsolidatedReport, TrendPoint } from '../../review/consolidated.js';
import { IMPROVEMENT_STATUSES } from '../../review/model.js';
import type { Lang } from '../../util/i18n.js';
import { CountBars, type CountRow } from '../charts/count-bars.js';
import { lineChart } from '../charts/line-chart.js';
import { CHART_RISKS, RISK_COLOURS, RiskBars, type BarRow } from '../charts/risk-bars.js';
import { formatDate, riskLabel } from '../review/messages.js';
import { statusLabel } from '../review/plan-messages.js';
import { ct, filterText } from './messages.js';

/** Workloads drawn in the per-workload chart (the table lists all). */
export const CHARTED_WORKLOADS = 25;
/** Points of the trend line (the latest ones). */
const TREND_POINTS = 24;
const STATUS_COLOURS = { OPEN: '#5f6670', IN_PROGRESS: '#8a5300', DONE: '#1e6b34', WONT_DO: '#b3261e' } as const;

function trendLabel(lang: Lang, p: TrendPoint): string {
  return p.at === 'current' ? ct(lang, 'current') : p.at.slice(5);
}

function TrendChart(props: { report: ConsolidatedReport }) {
  const { lang, trend } = props.report;
  if (trend.length < 2) return <p class="muted">{ct(lang, 'noTrend')}</p>;
  const points = trend.slice(-TREND_POINTS);
  const svg = lineChart({
    title: ct(lang, 'trend'),
    categories: points.map((p) => trendLabel(lang, p)),
    xLabel: ct(lang, 'day'),
    left: { label: ct(lang, 'riskCount'), format: (v) => (Math.abs(v - Math.round(v)) < 1e-9 ? String(Math.round(v)) : '') },
    series: (['HIGH', 'MEDIUM'] as const).map((risk) => ({ name: riskLabel(lang, risk), values: points.map((p) => p.riskCounts[risk]), axis: 'left' as const, colour: RISK_COLOURS[risk] })),
  });
  return (
    <figure class="chart" id="trend-chart">
      {raw(svg)}
      <figcaption class="muted">{ct(lang, 'trendNote')}</figcaption>
    </figure>
  );
}

function WorkloadTable(props: { report: ConsolidatedReport; link: boolean }) {
  const { lang, workloads } = props.report;
  return (
    <div class="table-scroll">
      <table id="consolidated-workloads">
        <thead>
          <tr>
            <th scope="col">{ct(lang, 'workload')}</th>
            <th scope="col">{ct(lang, 'environment')}</th>
            <th scope="col">{ct(lang, 'lenses')}</th>
            {CHART_RISKS.map((r) => (
              <th scope="col" class="num">
                {riskLabel(lang, r)}
              </th>
            ))}
            <th scope="col" class="num">
              {ct(lang, 'prioritized')}
            </th>
            {IMPROVEMENT_STATUSES.map((s) => (
              <th scope="col" class="num">
                {statusLabel(lang, s)}
              </th>
            ))}
            <th scope="col">{ct(lang, 'updated')}</th>
          </tr>
        </thead>
        <tbody>
          {workloads.map((w) => (
            <tr>
              <th scope="row">{props.link ? <a href={`/workloads/${encodeURIComponent(w.workloadId)}`}>{w.workloadName}</a> : w.workloadName}</th>
              <td>{w.environment === 'PRODUCTION' || w.environment === 'PREPRODUCTION' ? ct(lang, w.environment) : w.environment}</td>
              <td>{w.lenses.map((l) => l.name).join(', ')}</td>
              {CHART_RISKS.map((r) => (
                <td class="num">{w.riskCounts[r]}</td>
              ))}
              <td class="num">{w.prioritizedRiskCounts.HIGH + w.prioritizedRiskCounts.MEDIUM}</td>
              {IMPROVEMENT_STATUSES.map((s) => (
                <td class="num">{w.improvementStatus[s]}</td>
              ))}
              <td>{formatDate(lang, w.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ConsolidatedBody(props: { report: ConsolidatedReport; link?: boolean }) {
  const { report } = props;
  const { lang } = report;
  const lensName = report.choices.lenses.find((l) => l.alias === report.filter.lens)?.name;
  const filtered = filterText(lang, report.filter, lensName);
  if (report.workloadCount === 0)
    return (
      <section class="consolidated">
        {filtered ? <p class="muted">{ct(lang, 'filteredBy', { what: filtered })}</p> : null}
        <p id="no-workloads">{ct(lang, 'noWorkloads')}</p>
      </section>
    );
  const charted = [...report.workloads].sort((a, b) => b.riskCounts.HIGH - a.riskCounts.HIGH || b.riskCounts.MEDIUM - a.riskCounts.MEDIUM).slice(0, CHARTED_WORKLOADS);
  const workloadRows: BarRow[] = charted.map((w) => ({ label: w.workloadName, counts: w.riskCounts }));
  const manyLenses = report.choices.lenses.length > 1 && !report.filter.lens;
  const lensNames = new Map(report.choices.lenses.map((l) => [l.alias, l.name]));
  const pillarRows: BarRow[] = report.pillars.map((p) => ({ label: manyLenses ? `${p.name} (${lensNames.get(p.lensAlias) ?? p.lensAlias})` : p.name, counts: p.riskCounts }));
  const missingRows: CountRow[] = report.missingPractices.slice(0, 10).map((m) => ({ label: m.title[lang], value: m.workloads }));
  const statusRows: CountRow[] = IMPROVEMENT_STATUSES.map((s) => ({ label: statusLabel(lang, s), value: report.improvementStatus[s], colour: STATUS_COLOURS[s] }));
  return (
    <section class="consolidated">
      <p id="consolidated-intro">{ct(lang, 'intro', { n: report.workloadCount })}</p>
      {filtered ? <p class="muted" id="consolidated-filtered">{ct(lang, 'filteredBy', { what: filtered })}</p> : null}
      <h2>{ct(lang, 'riskSummary')}</h2>
      <p id="consolidated-totals">
        {CHART_RISKS.map((r) => (
          <span class={`badge risk-${r}`}>{`${riskLabel(lang, r)} ${report.riskCounts[r]}`}</span>
        ))}
      </p>
      <p id="consolidated-prioritized">
        <strong>{ct(lang, 'prioritized')}: </strong>
        {ct(lang, 'prioritizedNote', { high: report.prioritizedRiskCounts.HIGH, medium: report.prioritizedRiskCounts.MEDIUM })}
      </p>
      <h2>{ct(lang, 'perWorkload')}</h2>
      {report.workloads.length > CHARTED_WORKLOADS ? <p class="muted">{ct(lang, 'perWorkloadTop', { n: CHARTED_WORKLOADS })}</p> : null}
      <figure class="chart" id="workload-chart">
        <RiskBars rows={workloadRows} title={ct(lang, 'perWorkload')} lang={lang} id="cr-workloads" />
      </figure>
      <WorkloadTable report={report} link={props.link ?? false} />
      <h2>{ct(lang, 'perPillar')}</h2>
      <figure class="chart" id="pillar-chart">
        <RiskBars rows={pillarRows} title={ct(lang, 'perPillar')} lang={lang} id="cr-pillars" />
      </figure>
      <h2>{ct(lang, 'questionsAtRisk')}</h2>
      {report.questions.length === 0 ? (
        <p>{ct(lang, 'noQuestionsAtRisk')}</p>
      ) : (
        <div class="table-scroll">
          <table id="consolidated-questions">
            <thead>
              <tr>
                <th scope="col">{ct(lang, 'question')}</th>
                <th scope="col" class="num">
                  {ct(lang, 'workloadsHigh')}
                </th>
                <th scope="col" class="num">
                  {ct(lang, 'workloadsMedium')}
                </th>
              </tr>
            </thead>
            <tbody>
              {report.questions.map((q) => (
                <tr>
                  <td>{`${q.questionId} ${q.title}`}</td>
                  <td class="num">{q.high}</td>
                  <td class="num">{q.medium}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2>{ct(lang, 'missing')}</h2>
      {missingRows.length === 0 ? (
        <p>{ct(lang, 'noMissing')}</p>
      ) : (
        <>
          <figure class="chart" id="missing-chart">
            <CountBars rows={missingRows} title={ct(lang, 'missing')} id="cr-missing" />
          </figure>
          <div class="table-scroll">
            <table id="consolidated-missing">
              <thead>
                <tr>
                  <th scope="col">{ct(lang, 'bestPractice')}</th>
                  <th scope="col">{ct(lang, 'question')}</th>
                  <th scope="col" class="num">
                    {ct(lang, 'missingWorkloads')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {report.missingPractices.map((m) => (
                  <tr>
                    <td>{m.title[lang]}</td>
                    <td>{m.questionId}</td>
                    <td class="num">{m.workloads}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <h2>{ct(lang, 'itemStatus')}</h2>
      <figure class="chart" id="status-chart">
        <CountBars rows={statusRows} title={ct(lang, 'itemStatus')} id="cr-status" />
      </figure>
      <h2>{ct(lang, 'trend')}</h2>
      <TrendChart report={report} />
    </section>
  );
}
