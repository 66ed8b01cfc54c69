// Lambda's own log lines in the plain-text format (START / END / REPORT / INIT_START / INIT_REPORT) and
// the `platform.report` record of the JSON log format. Fields are tab-separated `Key: value` pairs;
// some consoles turn the tabs into spaces, so both are accepted.
import type { ReportMetrics } from './record.js';

export const PLATFORM_TYPES = ['START', 'END', 'REPORT', 'INIT_START', 'INIT_REPORT'] as const;

/** The platform line type when the message starts with one, else undefined. */
export function platformType(message: string): string | undefined {
  const c = message.charCodeAt(0);
  if (c === 82 /* R */ && message.startsWith('REPORT ')) return 'REPORT';
  if (c === 83 /* S */ && message.startsWith('START ')) return 'START';
  if (c === 69 /* E */ && message.startsWith('END ')) return 'END';
  if (c === 73 /* I */) {
    if (message.startsWith('INIT_START ')) return 'INIT_START';
    if (message.startsWith('INIT_REPORT ')) return 'INIT_REPORT';
  }
  return undefined;
}

// START lines separate `RequestId: … Version: …` with a single space.
const FIELD_SPLIT = /\t| {2,}|(?<=ms|MB) (?=[A-Z])| (?=Version: )/;

// Lambda's own keys, longest first where one ends another ("Billed Duration" before "Duration"): a line whose
// tabs became single spaces is split where a known key starts.
const KNOWN_KEY = /(?:^| )(RequestId|Version|Billed Restore Duration|Restore Duration|Billed Duration|Init Duration|Duration|Max Memory Used|Memory Size|Status|Error Type|Phase|XRAY TraceId|TraceId|SegmentId|Sampled): /g;

function knownKeyFields(body: string): Map<string, string> {
  const fields = new Map<string, string>();
  const starts = [...body.matchAll(KNOWN_KEY)];
  starts.forEach((m, i) => {
    const next = starts[i + 1];
    const valueStart = (m.index ?? 0) + m[0].length;
    fields.set((m[1] as string).replace(/^XRAY /, ''), body.slice(valueStart, next === undefined ? body.length : next.index).trim());
  });
  return fields;
}

/** `Key: value` pairs of a platform line (the leading type word removed). */
export function platformFields(message: string): Map<string, string> {
  const fields = new Map<string, string>();
  const body = message.slice(message.indexOf(' ') + 1);
  const tab = body.indexOf('\t');
  // The usual tab-separated form is split by hand (hot path); START's `Version:` follows a single space.
  if (tab >= 0 && body.indexOf('  ') < 0) {
    let start = 0;
    for (let end = tab; start <= body.length; end = body.indexOf('\t', start)) {
      const stop = end < 0 ? body.length : end;
      const colon = body.indexOf(': ', start);
      if (colon > start && colon < stop) fields.set(body.slice(start, colon).trim(), body.slice(colon + 2, stop).trim());
      if (end < 0) break;
      start = end + 1;
    }
    return fields;
  }
  if (tab < 0) {
    const known = knownKeyFields(body);
    if (known.size > 0) return known;
  }
  for (const part of body.split(FIELD_SPLIT)) {
    const colon = part.indexOf(': ');
    if (colon <= 0) continue;
    fields.set(part.slice(0, colon).trim(), part.slice(colon + 2).trim());
  }
  return fields;
}

/** A decimal number followed by its unit (`102.25 ms`); undefined for anything else. */
function amount(text: string | undefined, unit: string): number | undefined {
  if (text === undefined) return undefined;
  let end = text.length;
  if (text.endsWith(unit)) {
    end -= unit.length;
    while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
  }
  let dot = false;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 && !dot && i > 0 && i < end - 1) dot = true;
    else if (c < 48 || c > 57) return undefined;
  }
  return end === 0 ? undefined : Number(text.slice(0, end));
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const REQUIRED: readonly [string, keyof ReportMetrics, string][] = [
  ['Duration', 'duration', 'ms'],
  ['Billed Duration', 'billedDuration', 'ms'],
  ['Memory Size', 'memorySize', 'MB'],
  ['Max Memory Used', 'maxMemoryUsed', 'MB'],
];
const OPTIONAL: readonly [string, keyof ReportMetrics, string][] = [
  ['Init Duration', 'initDuration', 'ms'],
  ['Restore Duration', 'restoreDuration', 'ms'],
  ['Billed Restore Duration', 'billedRestoreDuration', 'ms'],
];

/** Metrics of a text REPORT line; a reason when a required field is missing or not a number. */
export function parseReportLine(fields: Map<string, string>): Parsed<ReportMetrics> {
  const metrics: Partial<Record<keyof ReportMetrics, number | string>> = {};
  for (const [key, prop, unit] of REQUIRED) {
    const raw = fields.get(key);
    const value = amount(raw, unit);
    if (value === undefined) {
      return { ok: false, reason: raw === undefined ? `REPORT line without "${key}"` : `REPORT "${key}" is not a number of ${unit}: "${raw.slice(0, 40)}"` };
    }
    metrics[prop] = value;
  }
  for (const [key, prop, unit] of OPTIONAL) {
    const raw = fields.get(key);
    if (raw === undefined) continue;
    const value = amount(raw, unit);
    if (value === undefined) return { ok: false, reason: `REPORT "${key}" is not a number of ${unit}: "${raw.slice(0, 40)}"` };
    metrics[prop] = value;
  }
  const status = fields.get('Status');
  if (status !== undefined) metrics.status = status;
  const errorType = fields.get('Error Type');
  if (errorType !== undefined) metrics.errorType = errorType;
  const traceId = fields.get('XRAY TraceId') ?? fields.get('TraceId');
  if (traceId !== undefined) metrics.xrayTraceId = traceId;
  const segmentId = fields.get('SegmentId');
  if (segmentId !== undefined) metrics.xraySegmentId = segmentId;
  return { ok: true, value: metrics as unknown as ReportMetrics };
}

// In the order Lambda writes them, so the next key is usually the one expected.
const FAST_KEYS: readonly [string, keyof ReportMetrics | 'requestId', string][] = [
  ['RequestId: ', 'requestId', ''],
  ['Duration: ', 'duration', 'ms'],
  ['Billed Duration: ', 'billedDuration', 'ms'],
  ['Memory Size: ', 'memorySize', 'MB'],
  ['Max Memory Used: ', 'maxMemoryUsed', 'MB'],
  ['Init Duration: ', 'initDuration', 'ms'],
  ['Restore Duration: ', 'restoreDuration', 'ms'],
  ['Billed Restore Duration: ', 'billedRestoreDuration', 'ms'],
  ['Status: ', 'status', ''],
  ['Error Type: ', 'errorType', ''],
];

/**
 * The number between `from` and `to` (a decimal followed by ` unit`), read in place without slicing; NaN for
 * anything else. Digits and the decimal point only, at most 15 digits, so `int / 10^k` is exactly Number(text).
 */
function amountAt(s: string, from: number, to: number, unit: string): number {
  let end = to;
  const u = unit.length;
  if (end - from > u && s.startsWith(unit, end - u)) {
    end -= u;
    while (end > from && s.charCodeAt(end - 1) === 32) end--;
  }
  let int = 0;
  let scale = 1;
  let dot = false;
  let digits = 0;
  for (let i = from; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === 46 && !dot && i > from && i < end - 1) dot = true;
    else if (c >= 48 && c <= 57) {
      int = int * 10 + (c - 48);
      if (dot) scale *= 10;
      digits++;
    } else return NaN;
  }
  if (digits === 0 || digits > 15) return NaN;
  return int / scale;
}

const FAST_NUMBERS = new Float64Array(FAST_KEYS.length);

/**
 * The usual tab-separated REPORT line read without a Map (hot path of big log files). Undefined when the
 * line has another shape (spaces for tabs, unknown keys): the general parser then decides. The request id is
 * left unread when `readRequestId` is false (a query that never asks for it).
 */
export function parseReportFast(message: string, readRequestId = true): { requestId: string | undefined; parsed: Parsed<ReportMetrics> } | undefined {
  const n = message.length;
  let start = 7; // after "REPORT "
  if (message.indexOf('\t', start) < 0 || message.indexOf('  ', start) >= 0) return undefined;
  // Scratch slots reused from line to line (NaN: not seen), so a line allocates only what it returns.
  const numbers = FAST_NUMBERS.fill(NaN);
  let status: string | undefined;
  let errorType: string | undefined;
  let requestId: string | undefined;
  let next = 0;
  while (start < n) {
    let end = message.indexOf('\t', start);
    if (end < 0) end = n;
    if (end > start) {
      let k = -1;
      for (let tried = 0; tried < FAST_KEYS.length; tried++) {
        const index = (next + tried) % FAST_KEYS.length;
        if (message.startsWith((FAST_KEYS[index] as (typeof FAST_KEYS)[number])[0], start)) {
          k = index;
          next = (index + 1) % FAST_KEYS.length;
          break;
        }
      }
      if (k < 0) return undefined;
      const key = FAST_KEYS[k] as (typeof FAST_KEYS)[number];
      const from = start + key[0].length;
      if (k === 0) {
        if (readRequestId) requestId = message.slice(from, end).trim();
      } else if (k === 8) status = message.slice(from, end).trim();
      else if (k === 9) errorType = message.slice(from, end).trim();
      else {
        const value = amountAt(message, from, end, key[2]);
        if (Number.isNaN(value)) return undefined;
        numbers[k] = value;
      }
    }
    start = end + 1;
  }
  const duration = numbers[1] as number;
  const billedDuration = numbers[2] as number;
  const memorySize = numbers[3] as number;
  const maxMemoryUsed = numbers[4] as number;
  if (Number.isNaN(duration) || Number.isNaN(billedDuration) || Number.isNaN(memorySize) || Number.isNaN(maxMemoryUsed)) return undefined;
  const value: ReportMetrics = { duration, billedDuration, memorySize, maxMemoryUsed };
  if (!Number.isNaN(numbers[5] as number)) value.initDuration = numbers[5] as number;
  if (!Number.isNaN(numbers[6] as number)) value.restoreDuration = numbers[6] as number;
  if (!Number.isNaN(numbers[7] as number)) value.billedRestoreDuration = numbers[7] as number;
  if (status !== undefined) value.status = status;
  if (errorType !== undefined) value.errorType = errorType;
  return { requestId, parsed: { ok: true, value } };
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}

/** Metrics of a JSON `platform.report` record (`record.metrics.durationMs` …). */
export function parseReportRecord(record: unknown): Parsed<ReportMetrics> {
  if (record === null || typeof record !== 'object') return { ok: false, reason: 'platform.report without a "record" object' };
  const r = record as Record<string, unknown>;
  const m = r['metrics'];
  if (m === null || typeof m !== 'object') return { ok: false, reason: 'platform.report without "record.metrics"' };
  const metrics = m as Record<string, unknown>;
  const pick = (key: string): number | undefined => num(metrics[key]);
  const duration = pick('durationMs');
  const billedDuration = pick('billedDurationMs');
  const memorySize = pick('memorySizeMB');
  const maxMemoryUsed = pick('maxMemoryUsedMB');
  if (duration === undefined || billedDuration === undefined || memorySize === undefined || maxMemoryUsed === undefined) {
    return { ok: false, reason: 'platform.report metrics need numeric durationMs, billedDurationMs, memorySizeMB and maxMemoryUsedMB' };
  }
  const value: ReportMetrics = { duration, billedDuration, memorySize, maxMemoryUsed };
  const init = pick('initDurationMs');
  if (init !== undefined) value.initDuration = init;
  const restore = pick('restoreDurationMs');
  if (restore !== undefined) value.restoreDuration = restore;
  const billedRestore = pick('billedRestoreDurationMs');
  if (billedRestore !== undefined) value.billedRestoreDuration = billedRestore;
  if (typeof r['status'] === 'string') value.status = r['status'];
  if (typeof r['errorType'] === 'string') value.errorType = r['errorType'];
  return { ok: true, value };
}

/** Text type names for JSON platform events, so `filter @type = "REPORT"` works for both log formats. */
export const JSON_PLATFORM_TYPES: Readonly<Record<string, string>> = {
  'platform.start': 'START',
  'platform.runtimeDone': 'END',
  'platform.report': 'REPORT',
  'platform.initStart': 'INIT_START',
  'platform.initReport': 'INIT_REPORT',
};
