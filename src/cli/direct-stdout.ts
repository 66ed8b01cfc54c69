// Standard output written straight to its file descriptor when it is a pipe, a socket or a file. Building
// process.stdout loads Node's stream and net modules (~8 ms of CPU, a tenth of a one-template scan over `node -e 0`);
// writeSync writes the same bytes in the same order, at once, as process.stdout does for pipes and files.
import { fstatSync, writeSync } from 'node:fs';

let plain: boolean | undefined;

/** Whether fd 1 is a pipe, a socket or a regular file: never a terminal (a terminal is a character device). */
export function stdoutIsPlain(): boolean {
  if (plain === undefined) {
    try {
      const stat = fstatSync(1);
      plain = stat.isFIFO() || stat.isSocket() || stat.isFile();
    } catch {
      plain = false;
    }
  }
  return plain;
}

/**
 * A writer to `fd` by writeSync. A descriptor left non-blocking by the parent can refuse a write (EAGAIN, a full
 * pipe): what is left, and all that follows, then goes to `fallback` (process.stdout, which waits for the reader).
 * Any other failure (EPIPE: the reader went away) makes the writer quiet, like the stream writers of context.ts.
 */
export function directWriter(fd: number, fallback: () => (text: string | Uint8Array) => void): (text: string) => void {
  let state: 'direct' | 'fallback' | 'closed' = 'direct';
  let later: ((text: string | Uint8Array) => void) | undefined;
  return (text) => {
    if (state === 'closed') return;
    if (state === 'fallback') {
      (later ??= fallback())(text);
      return;
    }
    const bytes = Buffer.from(text, 'utf8');
    let written = 0;
    try {
      while (written < bytes.length) written += writeSync(fd, bytes, written);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') {
        state = 'closed';
        return;
      }
      state = 'fallback';
      (later ??= fallback())(bytes.subarray(written));
    }
  };
}
