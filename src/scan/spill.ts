// Text written now and read back later by position: in memory while small, then in a temporary file, so a large
// scan keeps its results on disk (the page cache) rather than in the process's memory. The file is removed as
// soon as it is open where the system allows (POSIX), so nothing is left behind even when the process is killed;
// elsewhere it is removed on close or exit. A file that cannot be made or written (no space) leaves the rest of
// the text in memory: never an error.
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';

/** Bytes gathered before a write (and the most read ahead at once). */
const BLOCK = 1 << 16;

/** Where one piece of text is: its first byte and its length in bytes. */
export interface SpillRange {
  offset: number;
  bytes: number;
}

export class Spill {
  /** Bytes held in memory before the rest goes to a file (Infinity: never a file). */
  private memoryLimit: number;
  /** Written blocks kept in memory (before any file), by their first byte. */
  private readonly held: Buffer[] = [];
  private heldBytes = 0;
  /** Where the held bytes start: 0, or where the file ended when writing to it failed. */
  private heldFrom = 0;
  private fd: number | undefined;
  /** Writing to the file failed: it keeps what it has, the rest is held. */
  private fileFull = false;
  private folder: string | undefined;
  /** The block being filled, and where it starts. */
  private block = Buffer.allocUnsafe(BLOCK);
  private blockStart = 0;
  private blockUsed = 0;
  /** The last block read from the file (reads in report order are mostly sequential). */
  private ahead = Buffer.allocUnsafe(BLOCK);
  private aheadStart = -1;
  private aheadBytes = 0;
  private readonly onExit = (): void => this.close();

  constructor(memoryLimit = 1 << 20) {
    this.memoryLimit = memoryLimit;
  }

  /** Bytes written so far. */
  get size(): number {
    return this.blockStart + this.blockUsed;
  }

  /** True once the text lives in a temporary file. */
  get onDisk(): boolean {
    return this.fd !== undefined;
  }

  append(text: string): SpillRange {
    const offset = this.size;
    // UTF-8 takes at most 3 bytes per UTF-16 unit.
    if (text.length * 3 <= BLOCK - this.blockUsed) {
      const bytes = this.block.write(text, this.blockUsed, 'utf8');
      this.blockUsed += bytes;
      return { offset, bytes };
    }
    this.flush();
    if (text.length * 3 <= BLOCK) return this.append(text);
    // Larger than a block: a block of its own.
    const whole = Buffer.from(text, 'utf8');
    this.store(whole);
    this.blockStart += whole.length;
    return { offset, bytes: whole.length };
  }

  /** The text at `range` (as appended). */
  read(range: SpillRange): string {
    const { offset, bytes } = range;
    if (offset >= this.blockStart) return this.block.toString('utf8', offset - this.blockStart, offset - this.blockStart + bytes);
    if (this.fd === undefined || (this.fileFull && offset >= this.heldFrom)) return this.fromHeld(offset, bytes);
    if (offset < this.aheadStart || offset + bytes > this.aheadStart + this.aheadBytes) {
      if (bytes > BLOCK) return this.readFile(Buffer.allocUnsafe(bytes), offset, bytes).toString('utf8');
      this.aheadBytes = this.readFile(this.ahead, offset, Math.min(BLOCK, this.fileEnd() - offset)).length;
      this.aheadStart = offset;
    }
    return this.ahead.toString('utf8', offset - this.aheadStart, offset - this.aheadStart + bytes);
  }

  /** Everything appended, in order, as text pieces of about a block each. */
  *text(): Generator<string> {
    const decoder = new StringDecoder('utf8');
    if (this.fd !== undefined) {
      const into = Buffer.allocUnsafe(BLOCK);
      const end = this.fileEnd();
      for (let at = 0; at < end; ) {
        const got = this.readFile(into, at, Math.min(BLOCK, end - at));
        if (got.length === 0) break;
        yield decoder.write(got);
        at += got.length;
      }
    }
    if (this.fd === undefined || this.fileFull) for (const held of this.held) yield decoder.write(held);
    yield decoder.write(this.block.subarray(0, this.blockUsed)) + decoder.end();
  }

  /** Lets the file go (idempotent); the spill is empty afterwards. */
  close(): void {
    if (this.fd !== undefined) {
      closeSync(this.fd);
      this.fd = undefined;
      process.off('exit', this.onExit);
    }
    if (this.folder !== undefined) {
      rmSync(this.folder, { recursive: true, force: true });
      this.folder = undefined;
    }
    this.held.length = 0;
    this.heldBytes = 0;
    this.heldFrom = 0;
    this.fileFull = false;
    this.blockStart = 0;
    this.blockUsed = 0;
    this.aheadStart = -1;
  }

  private flush(): void {
    if (this.blockUsed === 0) return;
    this.store(this.block.subarray(0, this.blockUsed));
    this.blockStart += this.blockUsed;
    this.blockUsed = 0;
  }

  /** Keeps `bytes` (which start at `blockStart`): in memory while under the limit, else in the file. */
  private store(bytes: Buffer): void {
    if (this.fd === undefined && this.heldBytes + bytes.length > this.memoryLimit) this.openFile();
    if (this.fd !== undefined && !this.fileFull) {
      try {
        writeAll(this.fd, bytes, this.blockStart);
        return;
      } catch {
        // No space left (or another write error): the file keeps what it has, memory takes the rest.
        this.fileFull = true;
        this.heldFrom = this.blockStart;
      }
    }
    this.held.push(Buffer.from(bytes));
    this.heldBytes += bytes.length;
  }

  /** Where the file's bytes end. */
  private fileEnd(): number {
    return this.fileFull ? this.heldFrom : this.blockStart;
  }

  /** Moves what is held to a new temporary file; stays in memory when no file can be made. */
  private openFile(): void {
    let folder: string | undefined;
    let fd: number | undefined;
    try {
      folder = mkdtempSync(join(tmpdir(), 'slens-'));
      fd = openSync(join(folder, 'spill'), 'w+', 0o600);
      let at = 0;
      for (const held of this.held) {
        writeAll(fd, held, at);
        at += held.length;
      }
      this.fd = fd;
    } catch {
      if (fd !== undefined) closeSync(fd);
      if (folder !== undefined) rmSync(folder, { recursive: true, force: true });
      this.fd = undefined;
      // Memory it is, for the rest of this spill.
      this.memoryLimit = Infinity;
      return;
    }
    this.held.length = 0;
    this.heldBytes = 0;
    try {
      // Gone from the folder while still open (POSIX): nothing to clean up even if the process is killed.
      rmSync(folder, { recursive: true, force: true });
    } catch {
      this.folder = folder;
      process.on('exit', this.onExit);
    }
  }

  private fromHeld(offset: number, bytes: number): string {
    let start = this.heldFrom;
    for (const held of this.held) {
      if (offset < start + held.length) {
        if (offset + bytes <= start + held.length) return held.toString('utf8', offset - start, offset - start + bytes);
        break;
      }
      start += held.length;
    }
    // A piece across held buffers (an oversized one is held whole, so only after a flush): joined.
    return Buffer.concat(this.held).toString('utf8', offset - this.heldFrom, offset - this.heldFrom + bytes);
  }

  private readFile(into: Buffer, offset: number, bytes: number): Buffer {
    let done = 0;
    while (done < bytes) {
      const got = readSync(this.fd as number, into, done, bytes - done, offset + done);
      if (got === 0) break;
      done += got;
    }
    return into.subarray(0, done);
  }
}

/** Writes every byte of `bytes` at `position` (a write may take fewer at a time). */
function writeAll(fd: number, bytes: Buffer, position: number): void {
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done, position + done);
}
