// Analysis results as evidence for Serverless Lens choices, in the three-way form the scan uses
// (supported / contradicted / unknown) with a short note in English and Japanese, so a workload review can
// attach them: logs → OPS1 and PERF1 startup, power tuning → PERF1 capacity and COST1 configuration,
// concurrency → PERF1 capacity, cost estimate → COST1 logging retention.
import { fill, type Localized } from '../util/i18n.js';
import type { ReadStats } from './read/reader.js';
import type { LogRecord } from './read/record.js';
import type { TuneAnalysis } from './tune/analyze.js';
import type { ConcurrencyAnalysis } from './concurrency/analyze.js';
import type { CostEstimate } from './cost/estimate.js';

export type EvidenceStatus = 'supported' | 'contradicted' | 'unknown';

export interface AnalysisEvidence {
  questionId: string;
  choiceId: string;
  status: EvidenceStatus;
  note: Localized;
}

const note = (en: string, ja: string, values: Record<string, string | number> = {}): Localized => ({ en: fill(en, values), ja: fill(ja, values) });

/** What a log read shows about what the workload logs: structured logs, EMF metrics, startup measurements. */
export interface LogFacts {
  stats: ReadStats;
  /** JSON application log records (e.g. Powertools) seen. */
  structuredRecords: number;
  /** Records with an init duration (cold starts measured). */
  coldStarts: number;
}

/** A record sink that counts what logEvidence needs, to pass to the reader beside (or instead of) a query. */
export function logFactsCounter(): { sink: (record: LogRecord) => void; facts: (stats: ReadStats) => LogFacts } {
  let structuredRecords = 0;
  let coldStarts = 0;
  return {
    sink: (r) => {
      if (r.report?.initDuration !== undefined) coldStarts++;
      // A JSON application record: a JSON line that is neither a platform event nor an EMF-only record.
      if (r.json !== undefined && r.type === undefined && r.emf === undefined && r.message.charCodeAt(0) === 123) structuredRecords++;
    },
    facts: (stats) => ({ stats, structuredRecords, coldStarts }),
  };
}

export function logEvidence(facts: LogFacts): AnalysisEvidence[] {
  const { stats } = facts;
  const out: AnalysisEvidence[] = [];
  out.push({
    questionId: 'OPS1',
    choiceId: 'ops1_structured_logging',
    status: facts.structuredRecords > 0 ? 'supported' : 'unknown',
    note: note('{n} structured JSON log records in {files} exported file(s)', 'エクスポートされた {files} 個のファイルに構造化 JSON ログ {n} 件', { n: facts.structuredRecords, files: stats.files }),
  });
  out.push({
    questionId: 'OPS1',
    choiceId: 'ops1_application_metrics',
    status: stats.emfRecords > 0 ? 'supported' : 'unknown',
    note: note('{valid} valid EMF metric records, {invalid} invalid', '有効な EMF メトリクスレコード {valid} 件、無効 {invalid} 件', { valid: stats.emfRecords, invalid: stats.emfInvalid }),
  });
  if (stats.reports > 0) {
    out.push({
      questionId: 'PERF1',
      choiceId: 'perf1_startup',
      status: 'supported',
      note: note('{cold} cold starts measured among {reports} invocation reports', '{reports} 件の呼び出しレポートでコールドスタート {cold} 件を計測', { cold: facts.coldStarts, reports: stats.reports }),
    });
  }
  return out;
}

export function tuneEvidence(t: TuneAnalysis): AnalysisEvidence[] {
  const sizes = t.results.map((r) => r.memory).join(', ');
  const values = { sizes, memory: t.recommendation.memory, strategy: t.recommendation.strategy };
  return [
    {
      questionId: 'PERF1',
      choiceId: 'perf1_capacity',
      status: t.results.length >= 2 ? 'supported' : 'unknown',
      note: note('memory measured at {sizes} MB; {memory} MB recommended for {strategy}', 'メモリ {sizes} MB で計測し、{strategy} の観点で {memory} MB を推奨', values),
    },
    {
      questionId: 'COST1',
      choiceId: 'cost1_function_configuration',
      status: t.results.length >= 2 ? 'supported' : 'unknown',
      note: note('memory chosen from measured cost per invocation ({memory} MB for {strategy})', '呼び出しあたりの計測コストからメモリを選定（{strategy}: {memory} MB）', values),
    },
  ];
}

export function concurrencyEvidence(c: ConcurrencyAnalysis): AnalysisEvidence[] {
  const top = c.functions[0];
  return [
    {
      questionId: 'PERF1',
      choiceId: 'perf1_capacity',
      status: 'supported',
      note: note('peak concurrency {peak} at {time}; largest contributor {fn}', '同時実行数のピーク {peak}（{time}）、最大の要因は {fn}', {
        peak: c.peak.concurrency,
        time: new Date(c.peak.timestamp).toISOString(),
        fn: top ? `${top.name} (~${Math.round(top.concurrency)})` : '-',
      }),
    },
  ];
}

export function costEvidence(e: CostEstimate): AnalysisEvidence[] {
  const never = e.functions.filter((f) => f.retentionDays === null).map((f) => f.name);
  return [
    {
      questionId: 'COST1',
      choiceId: 'cost1_logging_retention',
      status: never.length > 0 ? 'contradicted' : 'supported',
      note:
        never.length > 0
          ? note('log groups never expire for: {names}', 'ログの保持期間が無期限の関数: {names}', { names: never.join(', ') })
          : note('every function log group has a retention period', 'すべての関数のロググループに保持期間があります'),
    },
  ];
}
