// Turns one log message into a LogRecord: Lambda platform lines, JSON (platform events, EMF, structured
// application logs such as Powertools'), runtime text lines, or plain text. Returns a reason instead of a
// record when the message is broken (bad JSON, a REPORT line without its numbers, an invalid EMF record).
import { LogRecord, type JsonObject } from './record.js';
import { JSON_PLATFORM_TYPES, parseReportFast, parseReportLine, parseReportRecord, platformFields, platformType } from './platform.js';
import { checkEmf } from './emf.js';
import { isoPrefixEnd, parseTime } from './time.js';
import { jsonTooDeep, MAX_JSON_DEPTH } from './json-depth.js';
import { discoverFields } from './discover.js';
import { ALL_NEEDS, type RecordNeeds } from './needs.js';

export { parseTime } from './time.js';

export type Classified = LogRecord | { bad: string };

// `aws logs tail` prints `<ISO time> <log stream> <message>`; the runtimes print `<ISO time>\t<request id>\t<LEVEL>\t<message>`
// (the time is found by isoPrefixEnd, without a regular expression).
const STREAM_PREFIX = /^(\d{4}\/\d{2}\/\d{2}\/\[[^\]]*\]\S*) /;

/** `<request id>\t<LEVEL>\t` after a runtime line's time (the request id is a UUID or `undefined`). */
function runtimeFields(rest: string): { requestId: string; level: string; end: number } | undefined {
  const tab1 = rest.indexOf('\t');
  if (tab1 !== 36 && tab1 !== 9) return undefined;
  const requestId = rest.slice(0, tab1);
  if (tab1 === 9 ? requestId !== 'undefined' : !/^[0-9a-f-]{36}$/.test(requestId)) return undefined;
  const tab2 = rest.indexOf('\t', tab1 + 1);
  if (tab2 <= tab1 + 1 || tab2 - tab1 > 12) return undefined;
  for (let i = tab1 + 1; i < tab2; i++) {
    const c = rest.charCodeAt(i);
    if (c < 65 || c > 90) return undefined;
  }
  return { requestId, level: rest.slice(tab1 + 1, tab2), end: tab2 + 1 };
}
const PY_PREFIX = /^\[([A-Z]+)\]\t(\S+)\t(\S+)\t/;

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
    rec.timeFrom(obj['time']);
    return undefined;
  }
  if ('_aws' in obj) {
    const reason = checkEmf(obj);
    if (reason !== undefined) return reason;
    rec.emfFrom(obj);
    rec.timeFrom((obj['_aws'] as JsonObject)['Timestamp']);
  }
  rec.requestId ??= str(obj['requestId']) ?? str(obj['function_request_id']);
  // CloudTrail events carry their time as eventTime (Logs Insights' @timestamp for them); Amazon Connect flow logs
  // and many application loggers as Timestamp; API Gateway access logs in JSON as requestTimeEpoch or requestTime.
  rec.timeFrom(obj['timestamp'] ?? obj['time'] ?? obj['eventTime'] ?? obj['Timestamp'] ?? obj['requestTimeEpoch'] ?? obj['requestTime']);
  return undefined;
}

/** An event of a CloudWatch Logs export (`filter-log-events`, `get-log-events`): `{timestamp, message, …}`. */
export interface ExportedEvent {
  message: string;
  timestamp?: number;
  logStream?: string;
  ingestionTime?: number;
  /** `owner:logGroupName`, or the group alone, when the event names it. */
  logGroup?: string;
}

export function exportedEvent(obj: JsonObject): ExportedEvent | undefined {
  const message = obj['message'];
  if (typeof message !== 'string' || typeof obj['timestamp'] !== 'number') return undefined;
  if (!('eventId' in obj) && !('ingestionTime' in obj) && !('logStreamName' in obj)) return undefined;
  const event: ExportedEvent = { message: message.replace(/\r?\n$/, '') };
  const ingestion = obj['ingestionTime'];
  if (typeof ingestion === 'number' && Number.isFinite(ingestion)) event.ingestionTime = ingestion;
  const group = str(obj['logGroupName']);
  if (group !== undefined) {
    const account = str(obj['owner']) ?? str(obj['accountId']);
    event.logGroup = account === undefined ? group : `${account}:${group}`;
  }
  const ts = parseTime(obj['timestamp']);
  if (ts !== undefined) event.timestamp = ts;
  const stream = str(obj['logStreamName']);
  if (stream !== undefined) event.logStream = stream;
  return event;
}

function parseObject(text: string): JsonObject | string {
  if (jsonTooDeep(text)) return `JSON nested deeper than ${MAX_JSON_DEPTH} levels (skipped)`;
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
export function classify(
  file: string,
  line: number,
  raw: string,
  timestamp?: number,
  logStream?: string,
  unwrap = true,
  needs: Readonly<RecordNeeds> = ALL_NEEDS,
): Classified {
  let message = raw;
  const ts = timestamp;
  let stream = logStream;
  const first = message.charCodeAt(0);
  // JSON.parse refuses raw control characters itself, so only text lines need the scan.
  if (first !== 123 && message.indexOf('\u0000') >= 0) return { bad: 'binary data (NUL byte) in a text line' };
  let level: string | undefined;
  let requestId: string | undefined;
  let payload: string | undefined;
  let rawTime: string | undefined;
  if (first >= 48 && first <= 57 && message.charCodeAt(4) === 45) {
    const sep = isoPrefixEnd(message);
    if (sep >= 0) {
      if (ts === undefined) rawTime = message.slice(0, sep);
      const after = sep + 1;
      if (message.charCodeAt(sep) === 32) {
        const rest = message.slice(after);
        const s = STREAM_PREFIX.exec(rest);
        if (s) {
          stream ??= s[1];
          message = rest.slice(s[0].length);
        }
      } else if (needs.fields || needs.requestId || message.indexOf('\t{', after) >= 0) {
        // A runtime line's request id and level are read only when asked for, or when its message may be
        // JSON (a JSON message can make the line a platform record, or a bad one).
        const rest = message.slice(after);
        const f = runtimeFields(rest);
        if (f) {
          requestId = f.requestId;
          level = f.level;
          payload = rest.slice(f.end);
        }
      }
    }
  } else if (first === 91 /* [ */) {
    const p = PY_PREFIX.exec(message);
    if (p) {
      level = p[1];
      if (ts === undefined) rawTime = p[2];
      requestId = p[3];
      payload = message.slice(p[0].length);
    }
  }
  const rec = new LogRecord(file, line, message, ts, stream);
  if (rawTime !== undefined) rec.timeFrom(rawTime);
  const kind = platformType(message);
  if (kind !== undefined) {
    rec.type = kind;
    if (kind !== 'REPORT') {
      rec.requestIdFromMessage();
      return rec;
    }
    const fast = parseReportFast(message, needs.requestId);
    if (fast !== undefined) {
      if (needs.requestId) rec.requestId = fast.requestId;
      else rec.requestIdFromMessage();
      if (fast.parsed.ok) rec.report = fast.parsed.value;
      return rec;
    }
    const fields = platformFields(message);
    rec.requestId = fields.get('RequestId');
    const parsed = parseReportLine(fields);
    if (!parsed.ok) return { bad: parsed.reason };
    rec.report = parsed.value;
    return rec;
  }
  if (message.charCodeAt(0) === 123 /* { */) {
    const obj = parseObject(message);
    if (typeof obj === 'string') return { bad: obj };
    const event = exportedEvent(obj);
    // Unwrapped once only: a message that is itself an event stays a JSON record (no unbounded recursion).
    if (event && unwrap) {
      const inner = classify(file, line, event.message, event.timestamp ?? ts, event.logStream ?? stream, false, needs);
      if (!('bad' in inner)) {
        inner.ingestionTime = event.ingestionTime;
        inner.logGroup = event.logGroup;
      }
      return inner;
    }
    const reason = fromJson(rec, obj);
    return reason === undefined ? rec : { bad: reason };
  }
  // Discovered fields matter only when asked for, or for the time of a line that carries no other.
  if (payload === undefined && (needs.fields || !rec.hasTime())) {
    // VPC flow logs and Route 53 query logs: the fields Logs Insights discovers in them.
    const found = discoverFields(message);
    if (found !== undefined) {
      rec.json = found.fields;
      rec.timeFrom(found.time);
      return rec;
    }
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
