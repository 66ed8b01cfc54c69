// Opens a telemetry file as a stream of text chunks: plain or gzip (detected by its magic bytes, not its
// name), decoded as UTF-8 chunk by chunk so memory stays constant whatever the file size.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import { StringDecoder } from 'node:string_decoder';
import type { Readable } from 'node:stream';

const CHUNK = 1 << 20;

async function isGzip(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(2);
    const { bytesRead } = await handle.read(head, 0, 2, 0);
    return bytesRead === 2 && head[0] === 0x1f && head[1] === 0x8b;
  } finally {
    await handle.close();
  }
}

/** Text chunks of a file; throws (rejects) with the system or zlib error when the file cannot be read. */
export async function* textChunks(path: string): AsyncGenerator<string> {
  const gz = await isGzip(path);
  const raw = createReadStream(path, { highWaterMark: CHUNK });
  const stream: Readable = gz ? raw.pipe(createGunzip({ chunkSize: CHUNK })) : raw;
  if (gz) raw.on('error', (error) => stream.destroy(error));
  const decoder = new StringDecoder('utf8');
  try {
    for await (const chunk of stream) {
      const text = decoder.write(chunk as Buffer);
      if (text) yield text;
    }
    const rest = decoder.end();
    if (rest) yield rest;
  } finally {
    raw.destroy();
    stream.destroy();
  }
}
