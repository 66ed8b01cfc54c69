// Reads an input file named on the command line: refused with a one-line message (in both languages) when it
// is missing, a folder, unreadable, far too large, or not UTF-8 text — never read whole before its size is known.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { UserError } from '../util/errors.js';
import { parseJsonSource } from '../util/json-source.js';
import { formatBytes } from '../util/text.js';
import { decodeUtf8 } from '../util/utf8.js';

function unreadable(file: string, code: string | undefined): UserError {
  if (code === 'ENOENT') return new UserError('unreadable-input', { en: 'no such file', ja: 'ファイルがありません' }, { file });
  if (code === 'EISDIR') return new UserError('unreadable-input', { en: 'is a folder, not a file', ja: 'ファイルではなくフォルダーです' }, { file });
  const why = code ?? 'error';
  return new UserError('unreadable-input', { en: `cannot read the file (${why})`, ja: `ファイルを読めません（${why}）` }, { file });
}

/** The file's text; `maxBytes` bounds what is read into memory. */
export function readInputText(file: string, maxBytes: number): string {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    throw unreadable(file, (error as NodeJS.ErrnoException).code);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw unreadable(file, 'EISDIR');
    if (stat.size > maxBytes) {
      const size = formatBytes(stat.size);
      const max = formatBytes(maxBytes);
      throw new UserError('input-too-large', { en: `the file is ${size}; at most ${max} is read`, ja: `ファイルが ${size} あります。読み込めるのは ${max} までです` }, { file });
    }
    const buffer = Buffer.alloc(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, buffer, read, stat.size - read, read);
      if (n === 0) break;
      read += n;
    }
    try {
      return decodeUtf8(buffer.subarray(0, read));
    } catch {
      throw new UserError('unreadable-input', { en: 'the file is not valid UTF-8 text', ja: 'ファイルが正しい UTF-8 のテキストではありません' }, { file, line: 1, column: 1 });
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw unreadable(file, (error as NodeJS.ErrnoException).code);
  } finally {
    closeSync(fd);
  }
}

/** The file parsed as JSON; a syntax error names its line and column. */
export function readInputJson(file: string, maxBytes: number): unknown {
  const parsed = parseJsonSource(readInputText(file, maxBytes));
  if (!parsed.ok) {
    throw new UserError('invalid-json', parsed.message, { file, line: parsed.line, column: parsed.column });
  }
  return parsed.value;
}
