// Opens a telemetry file as a stream of text chunks: plain or gzip (detected by its magic bytes, not its
// name), decoded as UTF-8 chunk by chunk so memory stays constant whatever the file size. Only regular
// files are streamed: a device never ends and a pipe may never write, so both are refused before reading.
import { isAscii } from 'node:buffer';
import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import { StringDecoder } from 'node:string_decoder';
import type { Readable } from 'node:stream';
import { FileReadError } from '../../util/read-file.js';

const CHUNK = 1 << 20;
/**
 * Text is handed on in pieces of at most 64 KiB: V8 makes such a string in the young generation, a bump of a
 * pointer and a copy, while a 1 MiB one is an external or large-object string, allocated and freed by the system
 * at about ten times the cost (issue 18).
 */
const PIECE = 1 << 16;

/** The file opened for reading once it is known to be a regular file (O_NONBLOCK: a FIFO's open does not wait). */
async function openRegular(path: string): Promise<FileHandle> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw new FileReadError('is-a-folder', path);
    if (!stat.isFile()) throw new FileReadError('not-a-file', path);
    return handle;
  } catch (error) {
    await handle.close();
    throw error;
  }
}

async function isGzip(handle: FileHandle): Promise<boolean> {
  const head = Buffer.alloc(2);
  const { bytesRead } = await handle.read(head, 0, 2, 0);
  return bytesRead === 2 && head[0] === 0x1f && head[1] === 0x8b;
}

/** Bytes to text, piece by piece: ASCII chunks are copied as they are, anything else goes through a UTF-8 decoder. */
class Text {
  private readonly decoder = new StringDecoder('utf8');
  /** True while the decoder holds no part of a character (the last byte it was given was ASCII). */
  private whole = true;

  /** The text of `bytes` in pieces; each is a copy, so the caller may reuse `bytes` once they are taken. */
  *pieces(bytes: Buffer): Generator<string> {
    const n = bytes.length;
    if (n === 0) return;
    // Most logs are ASCII throughout: such a chunk is its own text, copied without UTF-8 decoding (issue 18:
    // decoding was a quarter of a query's time). Anything else, or a character cut at the chunk's start, is decoded.
    if (this.whole && isAscii(bytes)) {
      for (let at = 0; at < n; at += PIECE) yield bytes.toString('latin1', at, Math.min(at + PIECE, n));
      return;
    }
    for (let at = 0; at < n; at += PIECE) {
      const text = this.decoder.write(bytes.subarray(at, Math.min(at + PIECE, n)));
      if (text) yield text;
    }
    this.whole = (bytes[n - 1] as number) < 0x80;
  }

  end(): string {
    return this.decoder.end();
  }
}

/** Text chunks of a file; throws (rejects) with a FileReadError, the system or the zlib error when it cannot be read. */
export async function* textChunks(path: string): AsyncGenerator<string> {
  const handle = await openRegular(path);
  let gz: boolean;
  try {
    gz = await isGzip(handle);
  } catch (error) {
    await handle.close();
    throw error;
  }
  const text = new Text();
  if (!gz) {
    // A plain file is read into one buffer, again and again: a stream's fresh 1 MiB buffer per read cost the
    // system more (page faults) than reading itself (issue 18). The pieces are copies, so the buffer is free again.
    try {
      const buffer = Buffer.allocUnsafeSlow(CHUNK);
      for (let position = 0; ; ) {
        const { bytesRead } = await handle.read(buffer, 0, CHUNK, position);
        if (bytesRead === 0) break;
        position += bytesRead;
        yield* text.pieces(buffer.subarray(0, bytesRead));
      }
      const rest = text.end();
      if (rest) yield rest;
    } finally {
      await handle.close();
    }
    return;
  }
  // The stream owns the handle from here and closes it when it ends or is destroyed.
  const raw = handle.createReadStream({ start: 0, highWaterMark: CHUNK });
  const stream: Readable = raw.pipe(createGunzip({ chunkSize: CHUNK }));
  raw.on('error', (error) => stream.destroy(error));
  try {
    for await (const chunk of stream) yield* text.pieces(chunk as Buffer);
    const rest = text.end();
    if (rest) yield rest;
  } finally {
    raw.destroy();
    stream.destroy();
  }
}
