// Streams the events of a CloudWatch Logs export document (`{"events": [ {...}, ... ], ...}` as printed by
// `aws logs filter-log-events` / `get-log-events`, a top-level array of events, or CloudTrail's
// `{"Records": [...]}`) one object at a time, so a
// multi-gigabyte export is read in constant memory. A small state machine tracks strings and nesting.

export interface ElementSink {
  /** The raw text of one array element and the line it starts on. */
  element(text: string, line: number): void;
  /** An element too large to hold (text dropped), or trailing garbage. */
  bad(reason: string, line: number): void;
}

export class EventArrayScanner {
  private depth = 0;
  private inString = false;
  private escape = false;
  private line = 1;
  /** Depth at which elements of the events array start (1 for a top-level array, 2 inside the root object). */
  private elementDepth = -1;
  private inEvents = false;
  private lastKey = '';
  private keyStart = -1;
  private keyParts: string[] = [];
  private keyLong = false;
  private bare = false;
  private capture: string[] | null = null;
  private captureLen = 0;
  private captureLine = 0;
  private tooBig = false;

  constructor(private readonly sink: ElementSink, private readonly maxElement: number) {}

  write(chunk: string): void {
    let segStart = -1;
    if (this.capture) segStart = 0;
    if (this.keyStart >= 0) this.keyStart = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (c === 10) this.line++;
      if (this.inString) {
        if (this.escape) this.escape = false;
        else if (c === 92) this.escape = true;
        else if (c === 34) {
          this.inString = false;
          if (this.keyStart >= 0) {
            this.keyParts.push(chunk.slice(this.keyStart, i));
            this.lastKey = this.keyParts.join('');
            this.keyParts = [];
            this.keyStart = -1;
          } else if (this.keyLong) {
            this.lastKey = '';
            this.keyLong = false;
          }
        }
        continue;
      }
      if (this.inEvents && this.depth === this.elementDepth && !this.capture) {
        if (c === 44) this.bare = false;
        else if (c > 32 && c !== 123 && c !== 93 && !this.bare) {
          // A bare value in the events array (number, string, true, …): not an event.
          this.sink.bad('export event is not an object', this.line);
          this.bare = true;
        }
      }
      if (c === 34) {
        this.inString = true;
        if (this.depth === 1 && this.elementDepth !== 1 && !this.inEvents) {
          this.keyStart = i + 1;
          this.keyParts = [];
        }
      } else if (c === 123 || c === 91) {
        if (this.depth === 0 && c === 91) {
          this.elementDepth = 1;
          this.inEvents = true;
        } else if (this.depth === 1 && c === 91 && (this.lastKey === 'events' || this.lastKey === 'Records') && this.elementDepth < 0) {
          this.elementDepth = 2;
          this.inEvents = true;
        } else if (this.inEvents && this.depth === this.elementDepth && !this.capture) {
          this.capture = [];
          this.captureLen = 0;
          this.captureLine = this.line;
          this.tooBig = false;
          segStart = i;
        }
        this.depth++;
      } else if (c === 125 || c === 93) {
        this.depth--;
        if (this.capture && this.depth === this.elementDepth) {
          this.take(chunk, segStart, i + 1);
          if (this.tooBig) this.sink.bad(`export event larger than ${this.maxElement} characters`, this.captureLine);
          else this.sink.element(this.capture.join(''), this.captureLine);
          this.capture = null;
          segStart = -1;
        } else if (this.inEvents && this.depth === this.elementDepth - 1) {
          this.inEvents = false;
        }
      }
    }
    if (this.capture && segStart >= 0) this.take(chunk, segStart, chunk.length);
    if (this.keyStart >= 0) {
      this.keyParts.push(chunk.slice(this.keyStart));
      // Only the key "events" matters: stop collecting a long key (a hostile document could make it huge).
      if (this.keyParts.reduce((n, p) => n + p.length, 0) > 16) {
        this.keyParts = [];
        this.keyStart = -1;
        this.keyLong = true;
      }
    }
  }

  private take(chunk: string, from: number, to: number): void {
    if (!this.capture || this.tooBig) return;
    this.captureLen += to - from;
    if (this.captureLen > this.maxElement) {
      this.tooBig = true;
      this.capture = [];
      return;
    }
    this.capture.push(chunk.slice(from, to));
  }

  /** Called at the end of input: reports an unterminated element or document. */
  end(): void {
    if (this.capture) this.sink.bad('export ends inside an event (truncated file?)', this.captureLine);
    else if (this.depth !== 0 || this.inString) this.sink.bad('export document is truncated', this.line);
  }
}
