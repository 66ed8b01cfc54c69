// CloudWatch metric exports for the concurrency analysis: `aws cloudwatch get-metric-data` JSON
// (MetricDataResults with Label/Id, Timestamps, Values), `get-metric-statistics` JSON (Label, Datapoints),
// and CSV — long (timestamp, metric, value[, function]) or wide (a time column, then one column per series).
// A series is named by its label: the metric name (Invocations, Duration, ConcurrentExecutions) plus,
// for per-function series, the function name, e.g. "orders Invocations" or "ConcurrentExecutions".
import { UserError } from '../../util/errors.js';
import { readTextFile } from '../../util/read-file.js';

export const METRICS = ['Invocations', 'Duration', 'ConcurrentExecutions'] as const;
export type MetricName = (typeof METRICS)[number];

export interface Series {
  metric: MetricName;
  /** Undefined for the account-level (no FunctionName dimension) series. */
  fn: string | undefined;
  /** Epoch ms → value. */
  points: Map<number, number>;
}

/** Metric exports are small; a larger file is refused rather than read whole. */
export const MAX_METRICS_FILE = 64 * 1024 * 1024;
const STAT_WORDS = /\b(Sum|Average|Avg|Maximum|Max|Minimum|Min|SampleCount|p\d+(\.\d+)?)\b/gi;

/** The metric and function named by a series label, or undefined when it names none of our metrics. */
export function parseLabel(label: string): { metric: MetricName; fn: string | undefined } | undefined {
  const metric = METRICS.find((m) => new RegExp(`(^|[^A-Za-z])${m}($|[^A-Za-z])`, 'i').test(label));
  if (metric === undefined) return undefined;
  const rest = label
    .replace(new RegExp(metric, 'i'), ' ')
    .replace(STAT_WORDS, ' ')
    .replace(/[\s:/|,()]+/g, ' ')
    .trim()
    .replace(/^[-_ ]+|[-_ ]+$/g, '');
  return { metric, fn: rest.length > 0 ? rest : undefined };
}

function time(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value < 1e11 ? value * 1000 : value;
  if (typeof value !== 'string') return undefined;
  const t = Date.parse(value.trim());
  return Number.isNaN(t) ? undefined : t;
}

class Collector {
  readonly series = new Map<string, Series>();
  private readonly labels = new Map<string, ReturnType<typeof parseLabel>>();
  add(label: string, at: number, value: number): boolean {
    if (!this.labels.has(label)) this.labels.set(label, parseLabel(label));
    const named = this.labels.get(label);
    if (!named) return false;
    const key = `${named.metric}\u0000${named.fn ?? ''}`;
    let s = this.series.get(key);
    if (!s) {
      s = { metric: named.metric, fn: named.fn, points: new Map() };
      this.series.set(key, s);
    }
    s.points.set(at, value);
    return true;
  }
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const STATS = ['Sum', 'Average', 'Maximum', 'Minimum', 'SampleCount'];

function fromJson(doc: unknown, file: string, out: Collector): number {
  let added = 0;
  const bad = (message: string): never => {
    throw new UserError('bad-metrics', message, { file });
  };
  const docs = Array.isArray(doc) ? doc : [doc];
  for (const d of docs) {
    if (!isObj(d)) bad('a metrics export must be a JSON object (get-metric-data or get-metric-statistics output)');
    const o = d as Obj;
    if (Array.isArray(o['MetricDataResults'])) {
      for (const [i, r] of (o['MetricDataResults'] as unknown[]).entries()) {
        if (!isObj(r)) bad(`MetricDataResults[${i}] must be an object`);
        const res = r as Obj;
        const label = typeof res['Label'] === 'string' && parseLabel(res['Label']) ? res['Label'] : String(res['Id'] ?? '');
        const ts = res['Timestamps'];
        const vs = res['Values'];
        if (!Array.isArray(ts) || !Array.isArray(vs) || ts.length !== vs.length) bad(`MetricDataResults[${i}] needs Timestamps and Values of the same length`);
        (ts as unknown[]).forEach((t, j) => {
          const at = time(t);
          const v = (vs as unknown[])[j];
          if (at === undefined || typeof v !== 'number' || !Number.isFinite(v)) bad(`MetricDataResults[${i}] point ${j} is not a time and a number`);
          if (out.add(label, at as number, v as number)) added++;
        });
      }
    } else if (Array.isArray(o['Datapoints'])) {
      const label = String(o['Label'] ?? '');
      for (const [i, p] of (o['Datapoints'] as unknown[]).entries()) {
        const at = isObj(p) ? time(p['Timestamp']) : undefined;
        const stat = isObj(p) ? STATS.find((s) => typeof p[s] === 'number') : undefined;
        if (at === undefined || stat === undefined) bad(`Datapoints[${i}] needs a Timestamp and a statistic (${STATS.join(', ')})`);
        if (out.add(label, at as number, (p as Obj)[stat as string] as number)) added++;
      }
    } else bad('no MetricDataResults or Datapoints: not a get-metric-data or get-metric-statistics output');
  }
  return added;
}

/** Splits one CSV line (RFC 4180 quotes). */
export function csvCells(line: string): string[] {
  const cells: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      cells.push(cur);
      cur = '';
    } else cur += c;
  }
  cells.push(cur);
  return cells.map((s) => s.trim());
}

function fromCsv(text: string, file: string, out: Collector): number {
  const lines = text.split(/\r?\n/).filter((l) => l.trim().length > 0);
  const header = csvCells(lines[0] ?? '');
  const lower = header.map((h) => h.toLowerCase());
  const timeCol = lower.findIndex((h) => ['timestamp', 'time', 'date', 'datetime'].includes(h));
  const metricCol = lower.indexOf('metric');
  const valueCol = lower.indexOf('value');
  const fnCol = lower.findIndex((h) => h === 'function' || h === 'functionname');
  let added = 0;
  const at = (n: number, cell: string | undefined): number => {
    const t = time(/^\d+(\.\d+)?$/.test(cell ?? '') ? Number(cell) : cell);
    if (t === undefined) throw new UserError('bad-metrics', `"${(cell ?? '').slice(0, 40)}" is not a time`, { file, line: n + 1 });
    return t;
  };
  for (let n = 1; n < lines.length; n++) {
    const cells = csvCells(lines[n] as string);
    if (metricCol >= 0 && valueCol >= 0) {
      const value = Number(cells[valueCol]);
      if (cells[valueCol] === '' || !Number.isFinite(value)) throw new UserError('bad-metrics', `value "${cells[valueCol] ?? ''}" is not a number`, { file, line: n + 1 });
      const label = `${fnCol >= 0 ? (cells[fnCol] ?? '') : ''} ${cells[metricCol] ?? ''}`;
      if (out.add(label, at(n, cells[timeCol >= 0 ? timeCol : 0]), value)) added++;
      continue;
    }
    const t = at(n, cells[timeCol >= 0 ? timeCol : 0]);
    header.forEach((label, i) => {
      if (i === (timeCol >= 0 ? timeCol : 0) || cells[i] === undefined || cells[i] === '') return;
      const value = Number(cells[i]);
      if (!Number.isFinite(value)) throw new UserError('bad-metrics', `value "${(cells[i] as string).slice(0, 40)}" in column "${label}" is not a number`, { file, line: n + 1 });
      if (out.add(label, t, value)) added++;
    });
  }
  return added;
}

/** Every Invocations / Duration / ConcurrentExecutions series in the files. */
export function readMetricFiles(files: readonly string[]): Series[] {
  const out = new Collector();
  for (const file of files) {
    const text = readTextFile(file, { maxBytes: MAX_METRICS_FILE });
    if (text.includes('\u0000')) throw new UserError('bad-metrics', 'binary data, not a metrics export', { file });
    const first = text.trimStart()[0];
    let added: number;
    if (first === '{' || first === '[') {
      let doc: unknown;
      try {
        doc = JSON.parse(text);
      } catch (error) {
        throw new UserError('bad-metrics', `invalid JSON: ${(error as Error).message.slice(0, 100)}`, { file });
      }
      added = fromJson(doc, file, out);
    } else added = fromCsv(text, file, out);
    if (added === 0) throw new UserError('bad-metrics', `no ${METRICS.join(', ')} series found (series are recognised by their label)`, { file });
  }
  return [...out.series.values()];
}
