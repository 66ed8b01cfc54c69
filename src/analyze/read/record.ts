// One log event as the analyzers see it: the raw message plus what the parsers recognised in it
// (Lambda platform metrics, a JSON object, EMF metrics). Field lookup follows Logs Insights names.
import { parseTime } from './time.js';
import { emfMetrics } from './emf.js';

/** Metrics of a Lambda REPORT line or a `platform.report` record (milliseconds and megabytes). */
export interface ReportMetrics {
  duration: number;
  billedDuration: number;
  memorySize: number;
  maxMemoryUsed: number;
  initDuration?: number;
  restoreDuration?: number;
  billedRestoreDuration?: number;
  status?: string;
  errorType?: string;
  /** The `XRAY TraceId: … SegmentId: …` that follows a traced invocation's REPORT. */
  xrayTraceId?: string;
  xraySegmentId?: string;
}

/** One metric value set extracted from an EMF record. */
export interface EmfMetric {
  namespace: string;
  name: string;
  unit: string;
  dimensions: Record<string, string>;
  values: number[];
}

export type JsonObject = Record<string, unknown>;

const MB = 1e6;

/** The request id of a START/END line: the word after `RequestId: `. */
function requestIdOf(message: string): string | undefined {
  const at = message.indexOf('RequestId: ');
  if (at < 0) return undefined;
  const start = at + 11;
  let end = start;
  while (end < message.length && message.charCodeAt(end) > 32) end++;
  return end > start ? message.slice(start, end) : undefined;
}

export class LogRecord {
  /** START, END, REPORT, INIT_START, INIT_REPORT for platform lines (text or JSON `platform.*`). */
  type: string | undefined;
  report: ReportMetrics | undefined;
  json: JsonObject | undefined;
  /** When CloudWatch received the event (exports carry it as `ingestionTime`). */
  ingestionTime: number | undefined;
  /** `<account>:<log group>` (or the group alone) when the export names the group. */
  logGroup: string | undefined;

  /** The metrics of an EMF record, or its root when they are not built yet (most readers only count EMF records). */
  private emfState: EmfMetric[] | JsonObject | undefined;
  private rid: string | undefined;
  /** A START/END line's request id is read from the message when first asked (most queries never ask). */
  private ridPending: boolean;
  private time: number | undefined;
  /** A time value not parsed yet: most records are never asked for their time, so parsing waits. */
  private rawTime: unknown;

  constructor(
    readonly file: string,
    readonly line: number,
    readonly message: string,
    timestamp: number | undefined,
    readonly logStream: string | undefined,
  ) {
    this.type = undefined;
    this.rid = undefined;
    this.ridPending = false;
    this.report = undefined;
    this.json = undefined;
    this.emfState = undefined;
    this.ingestionTime = undefined;
    this.logGroup = undefined;
    this.time = timestamp;
    this.rawTime = undefined;
  }

  /** EMF metrics (undefined when the record is not EMF). */
  get emf(): EmfMetric[] | undefined {
    const state = this.emfState;
    if (state === undefined || Array.isArray(state)) return state;
    const metrics = emfMetrics(state);
    this.emfState = metrics;
    return metrics;
  }

  set emf(value: EmfMetric[] | undefined) {
    this.emfState = value;
  }

  /** Marks the record as EMF: `root` passed `checkEmf`, and its metrics are built when first asked. */
  emfFrom(root: JsonObject): void {
    this.emfState = root;
  }

  get requestId(): string | undefined {
    if (this.ridPending) {
      this.ridPending = false;
      this.rid = requestIdOf(this.message);
    }
    return this.rid;
  }

  set requestId(value: string | undefined) {
    this.rid = value;
    this.ridPending = false;
  }

  /** The request id is the word after `RequestId: ` in the message; read it when asked. */
  requestIdFromMessage(): void {
    this.ridPending = true;
  }

  /** Epoch milliseconds, or undefined when the record carries no readable time. */
  get timestamp(): number | undefined {
    if (this.rawTime !== undefined) {
      this.time = parseTime(this.rawTime);
      this.rawTime = undefined;
    }
    return this.time;
  }

  set timestamp(value: number | undefined) {
    this.time = value;
    this.rawTime = undefined;
  }

  /** Keeps a time value (ISO text or epoch number) to parse when first asked, unless the record has a time already. */
  timeFrom(raw: unknown): void {
    if (this.time === undefined && this.rawTime === undefined && raw !== undefined && raw !== null) this.rawTime = raw;
  }

  /** True when a time is known or pending. */
  hasTime(): boolean {
    return this.time !== undefined || this.rawTime !== undefined;
  }

  /** A field by its Logs Insights name: `@`-fields, then JSON keys (dotted paths reach nested keys). */
  get(name: string): unknown {
    if (name.charCodeAt(0) === 64 /* @ */) return this.system(name);
    const json = this.json;
    if (json === undefined) return undefined;
    if (Object.prototype.hasOwnProperty.call(json, name)) return json[name];
    if (name.indexOf('.') < 0) return undefined;
    let value: unknown = json;
    for (const part of name.split('.')) {
      if (value === null || typeof value !== 'object') return undefined;
      value = (value as JsonObject)[part];
    }
    return value;
  }

  private system(name: string): unknown {
    const own = SYSTEM_FIELDS.get(name);
    return own === undefined ? this.json?.[name] : own(this);
  }
}

type FieldOf = (record: LogRecord) => unknown;

/** The @-fields a record answers itself, by their Logs Insights names. */
const SYSTEM_FIELDS = new Map<string, FieldOf>([
  ['@timestamp', (r) => r.timestamp],
  ['@message', (r) => r.message],
  ['@logStream', (r) => r.logStream],
  ['@type', (r) => r.type],
  ['@requestId', (r) => r.requestId],
  ['@duration', (r) => r.report?.duration],
  ['@billedDuration', (r) => r.report?.billedDuration],
  // Logs Insights reports memory in bytes (128 MB → 1.28e8); keep that so published queries carry over.
  ['@memorySize', (r) => (r.report === undefined ? undefined : r.report.memorySize * MB)],
  ['@maxMemoryUsed', (r) => (r.report === undefined ? undefined : r.report.maxMemoryUsed * MB)],
  ['@initDuration', (r) => r.report?.initDuration],
  ['@xrayTraceId', (r) => r.report?.xrayTraceId],
  ['@xraySegmentId', (r) => r.report?.xraySegmentId],
  ['@ingestionTime', (r) => r.ingestionTime],
  // Logs Insights' @log is `account:group`; where the input does not name its group, the file stands in.
  ['@log', (r) => r.logGroup ?? r.file],
  ['@file', (r) => r.file],
]);

/**
 * A getter of one field by its Logs Insights name, the same as `record.get(name)`: a query compiles its field
 * reads once, so an @-field costs one call instead of a lookup by name per record (issue 18).
 */
export function fieldGetter(name: string): FieldOf {
  if (name.charCodeAt(0) === 64) {
    const own = SYSTEM_FIELDS.get(name);
    if (own !== undefined) return own;
  }
  return (r) => r.get(name);
}
