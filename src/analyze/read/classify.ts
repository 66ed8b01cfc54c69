// Turns one log message into a LogRecord: Lambda platform lines, JSON (platform events, EMF, structured
// application logs such as Powertools'), runtime text lines, or plain text. Returns a reason instead of a
// record when the message is broken (bad JSON, a REPORT line without its numbers, an invalid EMF record).
import { LogRecord, type JsonObject } from './record.js';
import { JSON_PLATFORM_TYPES, parseReportLine, parseReportRecord, platformFields, platformType } from './platform.js';
import { parseEmf } from './emf.js';

export type Classified = LogRecord | { bad: string };

// `aws logs tail` prints `<ISO time> <log stream> <message>`; the runtimes print `<ISO time>\t<request id>\t<LEVEL>\t<message>`.
const ISO_PREFIX = /^(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?)([ \t])/;
const STREAM_PREFIX = /^(\d{4}\/\d{2}\/\d{2}\/\[[^\]]*\]\S*) /;
const RUNTIME_FIELDS = /^([0-9a-f-]{36}|undefined)\t([A-Z]+)\t/;
const PY_PREFIX = /^\[([A-Z]+)\]\t(\S+)\t(\S+)\t/;

/** Epoch milliseconds from an ISO 8601 / RFC 3339 string, Powertools Python's `2021-05-03 10:20:19,650+0200`, or a number. */
export function parseTime(value: unknown): number | undefined {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 0) return undefined;
    return value < 1e11 ? value * 1000 : value;
  }
  if (typeof value !== 'string' || value.length < 10) return undefined;
  let text = value;
  if (text.charCodeAt(10) === 32) text = `${text.slice(0, 10)}T${text.slice(11)}`;
  text = text.replace(',', '.').replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : ms;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Fills a record from a parsed JSON object; a reason when it is a broken platform or EMF record. */
function fromJson(rec: LogRecord, obj: JsonObject): string | undefined {
  rec.json = obj;
  const type = obj['type'];
  if (typeof type === 'string' && type.startsWith('platform.') && 'record' in obj) {
    rec.type = JSON_PLATFORM_TYPES[type] ?? type;
    const record = obj['record'];
    if (record !== null && typeof record === 'object') rec.requestId = str((record as JsonObject)['requestId']);
    if (type === 'platform.report') {
      const parsed = parseReportRecord(record);
      if (!parsed.ok) return parsed.reason;
      rec.report = parsed.value;
    }
    rec.timestamp ??= parseTime(obj['time']);
    return undefined;
  }
  if ('_aws' in obj) {
    const parsed = parseEmf(obj);
    if (!parsed.ok) return parsed.reason;
    rec.emf = parsed.value;
    rec.timestamp ??= parseTime((obj['_aws'] as JsonObject)['Timestamp']);
  }
  rec.requestId ??= str(obj['requestId']) ?? str(obj['function_request_id']);
  rec.timestamp ??= parseTime(obj['timestamp']) ?? parseTime(obj['time']);
  return undefined;
}

/** An event of a CloudWatch Logs export (`filter-log-events`, `get-log-events`): `{timestamp, message, …}`. */
export function exportedEvent(obj: JsonObject): { message: string; timestamp?: number; logStream?: string } | undefined {
  const message = obj['message'];
  if (typeof message !== 'string' || typeof obj['timestamp'] !== 'number') return undefined;
  if (!('eventId' in obj) && !('ingestionTime' in obj) && !('logStreamName' in obj)) return undefined;
  const event: { message: string; timestamp?: number; logStream?: string } = { message: message.replace(/\r?\n$/, '') };
  const ts = parseTime(obj['timestamp']);
  if (ts !== undefined) event.timestamp = ts;
  const stream = str(obj['logStreamName']);
  if (stream !== undefined) event.logStream = stream;
  return event;
}

function parseObject(text: string): JsonObject | string {
  try {
    const value: unknown = JSON.parse(text);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'JSON line is not an object';
    return value as JsonObject;
  } catch (error) {
    return `invalid JSON: ${(error as Error).message.slice(0, 80)}`;
  }
}

/**
 * One message → a record. `timestamp`/`logStream` come from an export's event wrapper when there is one;
 * otherwise a leading ISO time (and `aws logs tail` stream name) is read from the line itself.
 */
export function classify(file: string, line: number, raw: string, timestamp?: number, logStream?: string, unwrap = true): Classified {
  let message = raw;
  let ts = timestamp;
  let stream = logStream;
  if (message.indexOf('\u0000') >= 0) return { bad: 'binary data (NUL byte) in a text line' };
  const first = message.charCodeAt(0);
  let level: string | undefined;
  let requestId: string | undefined;
  let payload: string | undefined;
  if (first >= 48 && first <= 57 && message.charCodeAt(4) === 45) {
    const m = ISO_PREFIX.exec(message);
    if (m) {
      ts ??= parseTime(m[1]);
      const rest = message.slice(m[0].length);
      const s = m[2] === ' ' ? STREAM_PREFIX.exec(rest) : null;
      if (s) {
        stream ??= s[1];
        message = rest.slice(s[0].length);
      } else if (m[2] === '\t') {
        const f = RUNTIME_FIELDS.exec(rest);
        if (f) {
          requestId = f[1];
          level = f[2];
          payload = rest.slice(f[0].length);
        }
      }
    }
  } else if (first === 91 /* [ */) {
    const p = PY_PREFIX.exec(message);
    if (p) {
      level = p[1];
      ts ??= parseTime(p[2]);
      requestId = p[3];
      payload = message.slice(p[0].length);
    }
  }
  const rec = new LogRecord(file, line, message, ts, stream);
  const kind = platformType(message);
  if (kind !== undefined) {
    rec.type = kind;
    const fields = platformFields(message);
    rec.requestId = fields.get('RequestId');
    if (kind === 'REPORT') {
      const parsed = parseReportLine(fields);
      if (!parsed.ok) return { bad: parsed.reason };
      rec.report = parsed.value;
    }
    return rec;
  }
  if (message.charCodeAt(0) === 123 /* { */) {
    const obj = parseObject(message);
    if (typeof obj === 'string') return { bad: obj };
    const event = exportedEvent(obj);
    // Unwrapped once only: a message that is itself an event stays a JSON record (no unbounded recursion).
    if (event && unwrap) return classify(file, line, event.message, event.timestamp ?? ts, event.logStream ?? stream, false);
    const reason = fromJson(rec, obj);
    return reason === undefined ? rec : { bad: reason };
  }
  rec.requestId = requestId;
  if (payload !== undefined && payload.charCodeAt(0) === 123) {
    // A runtime line whose message is JSON (console.log(JSON.stringify(...))): use it when it parses.
    const obj = parseObject(payload);
    if (typeof obj !== 'string') {
      const reason = fromJson(rec, obj);
      if (reason !== undefined) return { bad: reason };
    }
  }
  if (level !== undefined) {
    rec.json ??= {};
    if (!('level' in rec.json)) rec.json['level'] = level;
  }
  return rec;
}
