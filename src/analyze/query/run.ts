// Runs a query over telemetry files: parse, build the pipeline, stream every record through it, and
// collect the output rows (at most MAX_LIMIT, like Logs Insights) as plain objects.
import { emptyStats, readFile, type ReadOptions, type ReadStats } from '../read/reader.js';
import type { LogRecord } from '../read/record.js';
import { Row } from './compile.js';
import { parseQuery, MAX_LIMIT } from './parser.js';
import { buildPipeline } from './pipeline.js';
import { prefilterOf } from './prefilter.js';
import { needsOf } from './needs.js';
import type { RecordNeeds } from '../read/needs.js';
import type { Value } from './values.js';
import type { DiffPeriod, Query } from './ast.js';
import { sourceFilter } from './source.js';
import { parseDiffAgainst, periodOf } from './diff-input.js';

export type ResultRow = Record<string, Value>;

export interface QueryResult {
  columns: string[];
  timeColumns: string[];
  rows: ResultRow[];
  /** Rows the query produced beyond the MAX_LIMIT that were kept. */
  dropped: number;
  stats: ReadStats;
}

function plain(value: unknown): Value {
  if (value === undefined || value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}

/** Commands that are done with a row when its push returns (they pass it on, change it or drop it). */
const PASSING = new Set(['filter', 'fields', 'display', 'parse', 'limit']);

/**
 * Whether a stage may hold a record's row after its push returns (sort, dedup, pattern, diff keep rows; unnest
 * copies them). Only the commands before the first stats matter: stats makes rows of its own, and the output sink
 * copies each row at once.
 */
function keepsRecordRows(query: Query): boolean {
  for (const command of query.commands) {
    if (command.kind === 'stats') return false;
    if (!PASSING.has(command.kind)) return true;
  }
  return false;
}

/** A query ready to take records one by one (the CLI reads files; tests and the benchmark may push records). */
export function prepareQuery(text: string): {
  push: (record: LogRecord) => void;
  /** With `diff`: takes a record of the comparison period (push takes the current period's); and diff's period. */
  diff?: { pushPrevious: (record: LogRecord) => void; period: DiffPeriod };
  finish: () => Omit<QueryResult, 'stats'>;
  /** Rejects raw lines the query cannot match (undefined when the query allows no such test). */
  prefilter: ((raw: string) => boolean) | undefined;
  /** What the query reads from records, for the reader to skip the rest. */
  needs: RecordNeeds;
} {
  const query = parseQuery(text);
  const rows: ResultRow[] = [];
  let dropped = 0;
  let columns: string[] = [];
  const { head, shape, diff } = buildPipeline(query, (row) => {
    if (rows.length >= MAX_LIMIT) {
      dropped++;
      return;
    }
    const out: ResultRow = {};
    for (const c of columns) {
      const v = plain(row.get(c));
      if (v !== undefined && v !== null) out[c] = v;
    }
    rows.push(out);
  });
  columns = shape.columns;
  const accept = query.source === undefined ? undefined : sourceFilter(query.source);
  const reuse = !keepsRecordRows(query);
  const into = (stage: { push(row: Row): void }): ((record: LogRecord) => void) => {
    // One row for every record when no stage keeps record rows (issue 18: a row per record was a tenth of the garbage).
    const shared = new Row(undefined);
    const rowOf = (record: LogRecord): Row => {
      if (!reuse) return new Row(record);
      shared.record = record;
      shared.values = undefined;
      return shared;
    };
    if (accept === undefined) return (record) => stage.push(rowOf(record));
    return (record) => {
      if (accept(record)) stage.push(rowOf(record));
    };
  };
  const prefilter = prefilterOf(query);
  const needs = needsOf(query);
  const finish = (): Omit<QueryResult, 'stats'> => {
    head.end();
    diff?.previous.end();
    return { columns, timeColumns: [...shape.timeColumns], rows, dropped };
  };
  const push = into(head);
  if (diff === undefined) return { prefilter, needs, push, finish };
  return { prefilter, needs, push, finish, diff: { pushPrevious: into(diff.previous), period: diff.period } };
}

export interface RunOptions {
  onProgress?: ReadOptions['onProgress'];
  /** The --diff-against values: files of the comparison period, or the current period as `<start>/<end>`. */
  diffAgainst?: readonly string[];
}

export async function runQuery(text: string, files: readonly string[], run: RunOptions | ReadOptions['onProgress'] = {}): Promise<QueryResult> {
  const { onProgress, diffAgainst = [] } = typeof run === 'function' ? { onProgress: run } : run;
  const prepared = prepareQuery(text);
  const against = parseDiffAgainst(diffAgainst, prepared.diff?.period);
  const options: ReadOptions = { needs: prepared.needs };
  if (prepared.prefilter) options.prefilter = prepared.prefilter;
  if (onProgress) options.onProgress = onProgress;
  const stats = emptyStats();
  const diff = prepared.diff;
  if (diff === undefined || against === undefined) {
    for (const file of files) await readFile(file, prepared.push, stats, options);
  } else if (against.kind === 'files') {
    for (const file of files) await readFile(file, prepared.push, stats, options);
    for (const file of against.files) await readFile(file, diff.pushPrevious, stats, options);
  } else {
    const which = periodOf(against, diff.period);
    const route = (record: LogRecord): void => {
      const side = which(record.timestamp);
      if (side === 'current') prepared.push(record);
      else if (side === 'previous') diff.pushPrevious(record);
    };
    for (const file of files) await readFile(file, route, stats, options);
  }
  return { ...prepared.finish(), stats };
}
