// The CloudWatch console's CSV downloads: Logs Insights results (`@timestamp,@message,…` with the query's
// fields) and log events (`timestamp,message`). RFC 4180: fields split at commas, "quoted" fields may hold
// commas, doubled quotes and line breaks. Read row by row, each row bounded, so any size reads in constant memory.

/** Column names a CSV download's header holds: `@timestamp`, `message`, `requestParameters.userName`… */
const COLUMN = /^@?[A-Za-z_][\w.@$-]*$/;
const KEY_COLUMNS = new Set(['@message', 'message', '@timestamp', 'timestamp']);

/** The header fields of a plain (unquoted or simply quoted) first line. */
function headerFields(line: string): string[] {
  return line.split(',').map((f) => (f.length >= 2 && f.startsWith('"') && f.endsWith('"') ? f.slice(1, -1) : f).trim());
}

/** True when the first line is the header of a console CSV download (a message or timestamp column, all names). */
export function looksLikeCsv(head: string): boolean {
  const end = head.indexOf('\n');
  const line = (end < 0 ? head : head.slice(0, end)).replace(/\r$/, '').replace(/^\uFEFF/, '');
  if (line.length === 0 || line.length > 4096 || !line.includes(',')) return false;
  const fields = headerFields(line);
  return fields.every((f) => COLUMN.test(f)) && fields.some((f) => KEY_COLUMNS.has(f.toLowerCase())) && new Set(fields).size === fields.length;
}

export interface CsvSink {
  row(fields: string[], line: number): void;
  bad(reason: string, line: number): void;
}

export class CsvScanner {
  private fields: string[] = [];
  private field = '';
  private inQuotes = false;
  private closedQuote = false;
  private line = 1;
  private rowLine = 1;
  private size = 0;
  private tooBig = false;
  /** A carriage return outside quotes ended the last chunk: a row end if a line feed follows, else data. */
  private heldCr = false;
  /** Physical lines seen (a quoted line break counts). */
  get lines(): number {
    return this.line;
  }

  constructor(private readonly sink: CsvSink, private readonly maxRow: number) {}

  private append(text: string): void {
    if (this.tooBig || text.length === 0) return;
    this.size += text.length;
    if (this.size > this.maxRow) {
      this.tooBig = true;
      this.field = '';
      this.fields = [];
      return;
    }
    this.field += text;
  }

  private endField(): void {
    if (!this.tooBig) this.fields.push(this.field);
    this.field = '';
  }

  private endRow(): void {
    this.endField();
    const fields = this.fields;
    if (this.tooBig) this.sink.bad(`CSV row larger than ${this.maxRow} characters (skipped)`, this.rowLine);
    else if (!(fields.length === 1 && fields[0] === '')) this.sink.row(fields, this.rowLine);
    this.fields = [];
    this.size = 0;
    this.tooBig = false;
  }

  write(chunk: string): void {
    let seg = 0;
    if (this.heldCr) {
      this.heldCr = false;
      if (chunk.charCodeAt(0) !== 10) this.append('\r');
    }
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (this.inQuotes) {
        if (c === 34) {
          this.append(chunk.slice(seg, i));
          this.inQuotes = false;
          this.closedQuote = true;
          seg = i + 1;
        } else if (c === 10) this.line++;
        continue;
      }
      if (this.closedQuote) {
        this.closedQuote = false;
        // `""` inside a quoted field is one quote, and the field goes on.
        if (c === 34) {
          this.append('"');
          this.inQuotes = true;
          seg = i + 1;
          continue;
        }
      }
      if (c === 34 && seg === i && this.field.length === 0 && !this.tooBig) {
        this.inQuotes = true;
        seg = i + 1;
      } else if (c === 44) {
        this.append(chunk.slice(seg, i));
        this.endField();
        seg = i + 1;
      } else if (c === 10) {
        // CRLF row ends (the console's downloads): the CR is not data. One inside quotes is kept as written.
        this.append(chunk.slice(seg, i > seg && chunk.charCodeAt(i - 1) === 13 ? i - 1 : i));
        this.endRow();
        this.line++;
        this.rowLine = this.line;
        seg = i + 1;
      }
    }
    // A CR at the end of the chunk, outside quotes, may be the first half of a CRLF split between chunks.
    if (!this.inQuotes && chunk.length > seg && chunk.charCodeAt(chunk.length - 1) === 13) {
      this.append(chunk.slice(seg, -1));
      this.heldCr = true;
    } else this.append(chunk.slice(seg));
  }

  end(): void {
    // A CR that ends the file ends its last row.
    this.heldCr = false;
    if (this.inQuotes) {
      this.sink.bad('CSV ends inside a quoted field (truncated file?)', this.rowLine);
      return;
    }
    if (this.field.length > 0 || this.fields.length > 0 || this.tooBig) this.endRow();
  }
}

/** A CSV time: Logs Insights' `2026-11-02 10:00:00.000` (UTC), ISO text, or epoch milliseconds. */
export function csvTime(text: string | undefined): string | number | undefined {
  if (text === undefined || text.length === 0) return undefined;
  return /^\d{10,13}$/.test(text) ? Number(text) : text;
}
