// The one streaming reader for every telemetry input: plain or gzip files of log lines (Lambda platform
// lines, JSON/Powertools/EMF records, runtime text), and CloudWatch Logs export documents. Records are
// pushed to a callback as they are read; bad lines are counted, the first few kept as `file:line: reason`.
import { textChunks } from './source.js';
import { classify } from './classify.js';
import { EventArrayScanner } from './json-events.js';
import { CsvScanner, csvTime, looksLikeCsv } from './csv.js';
import { parseTime } from './time.js';
import type { LogRecord } from './record.js';
import type { Localized } from '../../util/i18n.js';
import { isFileReadError } from '../../util/read-file.js';
import { ALL_NEEDS, type RecordNeeds } from './needs.js';

/** Longest line (or export event) kept; CloudWatch events are at most 256 KB, so this is generous. */
export const MAX_LINE = 4 * 1024 * 1024;
export const BAD_SAMPLES = 5;

export interface BadLine {
  file: string;
  line: number;
  reason: string;
  /** The reason in English and Japanese, when it was raised as a pair (a file the bounded reader refused). */
  localized?: Localized;
}

export interface ReadStats {
  files: number;
  lines: number;
  records: number;
  bad: number;
  badSamples: BadLine[];
  reports: number;
  emfRecords: number;
  emfInvalid: number;
  /** Files that could not be read (missing, not gzip after all, truncated gzip). */
  fileErrors: BadLine[];
  /** Lines a query's prefilter showed could not match, so they were not parsed. */
  skipped: number;
}

export interface ReadOptions {
  /** A test on the raw text of a line (or export event): false skips it unparsed. */
  prefilter?: (raw: string) => boolean;
  /** Called after each chunk with the characters read so far in this file (for a progress line). */
  onProgress?: (file: string, chars: number) => void;
  /** What the consumer reads from records (everything by default); the reader skips the rest. */
  needs?: Readonly<RecordNeeds>;
}

export function emptyStats(): ReadStats {
  return { files: 0, lines: 0, records: 0, bad: 0, badSamples: [], reports: 0, emfRecords: 0, emfInvalid: 0, fileErrors: [], skipped: 0 };
}

export type RecordSink = (record: LogRecord) => void;

class FileReader {
  constructor(
    private readonly file: string,
    private readonly stats: ReadStats,
    private readonly sink: RecordSink,
    private readonly prefilter: ((raw: string) => boolean) | undefined,
    private readonly onProgress: ((file: string, chars: number) => void) | undefined = undefined,
    private readonly needs: Readonly<RecordNeeds> = ALL_NEEDS,
  ) {}

  private chars = 0;

  progress(chunk: string): void {
    this.chars += chunk.length;
    this.onProgress?.(this.file, this.chars);
  }

  bad(line: number, reason: string): void {
    const stats = this.stats;
    stats.bad++;
    if (reason.startsWith('EMF:')) stats.emfInvalid++;
    if (stats.badSamples.length < BAD_SAMPLES) stats.badSamples.push({ file: this.file, line, reason });
  }

  message(text: string, line: number): void {
    if (this.prefilter !== undefined && !this.prefilter(text)) {
      this.stats.skipped++;
      return;
    }
    const result = classify(this.file, line, text, undefined, undefined, true, this.needs);
    if ('bad' in result) {
      this.bad(line, result.bad);
      return;
    }
    this.stats.records++;
    if (result.report) this.stats.reports++;
    if (result.emf) this.stats.emfRecords++;
    this.sink(result);
  }

  async lines(first: string, rest: AsyncIterator<string>): Promise<void> {
    // The start of a line cut by the end of the previous chunk(s).
    let carry = '';
    let lineNo = 0;
    let skipping = false;
    let chunk: string | undefined = first;
    const stats = this.stats;
    while (chunk !== undefined) {
      let start = 0;
      let nl = chunk.indexOf('\n');
      if (carry.length > 0 && nl >= 0) {
        // Only the cut line is joined: searching a joined chunk (a cons string) costs V8 a runtime call per
        // indexOf, about half a microsecond per line (issue 18), while the chunk itself is a flat string.
        lineNo++;
        if (skipping) skipping = false;
        else this.cutLine(carry + chunk.slice(0, nl), lineNo);
        carry = '';
        start = nl + 1;
        nl = chunk.indexOf('\n', start);
      }
      while (nl >= 0) {
        lineNo++;
        if (skipping) skipping = false;
        else {
          const end = nl > start && chunk.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
          if (end - start > MAX_LINE) this.bad(lineNo, `line longer than ${MAX_LINE} characters (skipped)`);
          else if (end > start) this.handleLine(chunk.slice(start, end), lineNo);
        }
        start = nl + 1;
        nl = chunk.indexOf('\n', start);
      }
      carry = start === 0 ? carry + chunk : chunk.slice(start);
      if (carry.length > MAX_LINE) {
        if (!skipping) this.bad(lineNo + 1, `line longer than ${MAX_LINE} characters (skipped)`);
        skipping = true;
        carry = '';
      }
      const next: IteratorResult<string> = await rest.next();
      this.progress(chunk);
      chunk = next.done ? undefined : next.value;
    }
    if (carry.length > 0 && !skipping) {
      lineNo++;
      this.handleLine(carry.endsWith('\r') ? carry.slice(0, -1) : carry, lineNo);
    } else if (carry.length > 0 || skipping) lineNo++;
    stats.lines += lineNo;
  }

  /** A whole line (its newline removed) that was joined from pieces of chunks. */
  private cutLine(text: string, lineNo: number): void {
    const end = text.length > 0 && text.charCodeAt(text.length - 1) === 13 ? text.length - 1 : text.length;
    if (end > MAX_LINE) this.bad(lineNo, `line longer than ${MAX_LINE} characters (skipped)`);
    else if (end > 0) this.handleLine(end === text.length ? text : text.slice(0, end), lineNo);
  }

  private handleLine(text: string, lineNo: number): void {
    const c = text.charCodeAt(0);
    // Blank lines are neither records nor errors.
    if ((c === 32 || c === 9) && text.trim().length === 0) return;
    this.message(text, lineNo);
  }

  /** A console CSV download: the header names the columns; each row is a record of its message column. */
  async csv(first: string, rest: AsyncIterator<string>): Promise<void> {
    let header: string[] | undefined;
    const scanner = new CsvScanner(
      {
        row: (fields, line) => {
          if (header === undefined) header = fields;
          else this.csvRow(header, fields, line);
        },
        bad: (reason, line) => this.bad(line, reason),
      },
      MAX_LINE,
    );
    let chunk: string | undefined = first;
    while (chunk !== undefined) {
      scanner.write(chunk);
      this.progress(chunk);
      const next: IteratorResult<string> = await rest.next();
      chunk = next.done ? undefined : next.value;
    }
    scanner.end();
    this.stats.lines += scanner.lines;
  }

  private csvRow(header: readonly string[], fields: readonly string[], line: number): void {
    if (fields.length !== header.length) {
      this.bad(line, `CSV row has ${fields.length} fields, the header has ${header.length}`);
      return;
    }
    if (this.prefilter !== undefined && !this.prefilter(fields.join(' '))) {
      this.stats.skipped++;
      return;
    }
    let message = '';
    let time: number | undefined;
    let stream: string | undefined;
    header.forEach((name, i) => {
      const value = fields[i] as string;
      const key = name.toLowerCase();
      if (key === '@message' || key === 'message') message = value;
      else if (key === '@timestamp' || key === 'timestamp') time = parseTime(csvTime(value));
      else if (key === '@logstream' || key === 'logstreamname') stream = value || undefined;
    });
    const result = classify(this.file, line, message, time, stream, true, this.needs);
    if ('bad' in result) {
      this.bad(line, result.bad);
      return;
    }
    header.forEach((name, i) => {
      const value = fields[i] as string;
      if (value.length === 0) return;
      const key = name.toLowerCase();
      if (key === '@log') result.logGroup = value;
      else if (key === '@ingestiontime') result.ingestionTime = parseTime(csvTime(value));
      // Other @-fields (@duration, @requestId…) are derived again from the message, as Logs Insights derives them.
      else if (name.charCodeAt(0) !== 64 && !['message', 'timestamp', 'logstreamname'].includes(key)) {
        result.json ??= {};
        if (!(name in result.json)) result.json[name] = value;
      }
    });
    this.stats.records++;
    if (result.report) this.stats.reports++;
    if (result.emf) this.stats.emfRecords++;
    this.sink(result);
  }

  async document(first: string, rest: AsyncIterator<string>): Promise<void> {
    const scanner = new EventArrayScanner(
      {
        element: (text, line) => this.message(text, line),
        bad: (reason, line) => this.bad(line, reason),
      },
      MAX_LINE,
    );
    let chunk: string | undefined = first;
    let lines = 0;
    while (chunk !== undefined) {
      for (let i = chunk.indexOf('\n'); i >= 0; i = chunk.indexOf('\n', i + 1)) lines++;
      scanner.write(chunk);
      this.progress(chunk);
      const next: IteratorResult<string> = await rest.next();
      chunk = next.done ? undefined : next.value;
    }
    scanner.end();
    this.stats.lines += lines + 1;
  }
}

/**
 * An export document starts with `[` or with `{` and one of the export response keys; a CloudTrail file (as
 * delivered to S3) is `{"Records": [...]}`, read the same way, event by event.
 */
export function looksLikeExportDocument(head: string): boolean {
  if (/^\uFEFF?\s*\{\s*"Records"\s*:\s*\[/.test(head)) return true;
  // A top-level array holds objects (or nothing): a text log line such as `[ERROR] disk full` starts with "[" too.
  if (!/^\uFEFF?\s*(\[\s*[{\]]|\{\s*"(events|searchedLogStreams|nextForwardToken|nextToken)"\s*:)/.test(head)) return false;
  // An application's own JSON line may start with an "events" key too ({"events": [{"name": …}]}, the Logs
  // Insights unnest example): an export's events carry a message and a timestamp.
  return !/^\uFEFF?\s*\{\s*"events"/.test(head) || /"(message|timestamp|eventId|ingestionTime)"\s*:/.test(head);
}

/** Reads one file into the sink. File-level failures are recorded in `stats.fileErrors`, never thrown. */
export async function readFile(file: string, sink: RecordSink, stats: ReadStats = emptyStats(), options: ReadOptions = {}): Promise<ReadStats> {
  const reader = new FileReader(file, stats, sink, options.prefilter, options.onProgress, options.needs);
  stats.files++;
  const chunks = textChunks(file);
  try {
    const first = await chunks.next();
    if (first.done) return stats;
    // Export events hold a "message" whose JSON is itself re-read, so a top-level event array is the document form.
    const head = first.value.charCodeAt(0) === 0xfeff ? first.value.slice(1) : first.value;
    if (looksLikeExportDocument(head.slice(0, 4096))) await reader.document(head, chunks);
    else if (looksLikeCsv(head.slice(0, 4097))) await reader.csv(head, chunks);
    else await reader.lines(head, chunks);
  } catch (error) {
    if (isFileReadError(error)) {
      stats.fileErrors.push({ file, line: 0, reason: error.localized.en, localized: error.localized });
      return stats;
    }
    const e = error as NodeJS.ErrnoException;
    const reason = e.code === 'ENOENT' ? 'no such file' : e.code === 'EISDIR' ? 'is a folder, not a file' : e.code?.startsWith('Z_') ? `gzip data is corrupt: ${e.message}` : e.message;
    stats.fileErrors.push({ file, line: 0, reason });
  } finally {
    await chunks.return(undefined);
  }
  return stats;
}

/** Reads files one after another into the same sink and statistics. */
export async function readFiles(files: readonly string[], sink: RecordSink, options: ReadOptions = {}): Promise<ReadStats> {
  const stats = emptyStats();
  for (const file of files) await readFile(file, sink, stats, options);
  return stats;
}
