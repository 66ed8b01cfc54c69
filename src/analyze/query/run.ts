// Runs a query over telemetry files: parse, build the pipeline, stream every record through it, and
// collect the output rows (at most MAX_LIMIT, like Logs Insights) as plain objects.
import { readFiles, type ReadOptions, type ReadStats } from '../read/reader.js';
import type { LogRecord } from '../read/record.js';
import { Row } from './compile.js';
import { parseQuery, MAX_LIMIT } from './parser.js';
import { buildPipeline } from './pipeline.js';
import { prefilterOf } from './prefilter.js';
import type { Value } from './values.js';

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

/** A query ready to take records one by one (the CLI reads files; tests and the benchmark may push records). */
export function prepareQuery(text: string): {
  push: (record: LogRecord) => void;
  finish: () => Omit<QueryResult, 'stats'>;
  /** Rejects raw lines the query cannot match (undefined when the query allows no such test). */
  prefilter: ((raw: string) => boolean) | undefined;
} {
  const query = parseQuery(text);
  const rows: ResultRow[] = [];
  let dropped = 0;
  let columns: string[] = [];
  const { head, shape } = buildPipeline(query, (row) => {
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
  return {
    prefilter: prefilterOf(query),
    push: (record) => head.push(new Row(record)),
    finish: () => {
      head.end();
      return { columns, timeColumns: [...shape.timeColumns], rows, dropped };
    },
  };
}

export async function runQuery(text: string, files: readonly string[], onProgress?: ReadOptions['onProgress']): Promise<QueryResult> {
  const prepared = prepareQuery(text);
  const options: ReadOptions = {};
  if (prepared.prefilter) options.prefilter = prepared.prefilter;
  if (onProgress) options.onProgress = onProgress;
  const stats = await readFiles(files, prepared.push, options);
  return { ...prepared.finish(), stats };
}
