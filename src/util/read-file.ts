// The one way slens reads a whole input file (templates, config, lenses, imports, metrics): only regular
// files are read (a device, FIFO or socket is refused before a byte is read, and opening never blocks),
// at most `maxBytes` are read whatever `stat` says (a file may grow, a device never ends), and text is
// strict UTF-8 whose first bad byte is reported at its line and column. Every failure is a FileReadError:
// a UserError with a code, the file, and the message in English and Japanese.
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { UserError, type SourceLocation } from './errors.js';
import { fillLater, type Localized } from './i18n.js';
import { formatBytes } from './text.js';
import { decodeUtf8, invalidUtf8Position } from './utf8.js';

export type FileProblem = 'not-found' | 'is-a-folder' | 'not-a-file' | 'too-large' | 'not-utf8' | 'unreadable';

const TEXT: Readonly<Record<FileProblem, Localized>> = {
  'not-found': { en: 'no such file', ja: 'ファイルがありません。' },
  'is-a-folder': { en: 'is a folder, not a file', ja: 'ファイルではなくフォルダーです。' },
  'not-a-file': { en: 'not a regular file (a device, pipe or socket); it is not read', ja: '通常のファイルではありません（デバイス、パイプまたはソケット）。読み込みません。' },
  'too-large': { en: 'the file is {size}; at most {limit} is read', ja: 'ファイルが {size} あります。読み込めるのは {limit} までです。' },
  'not-utf8': { en: 'not valid UTF-8 text (the first invalid byte is at line {line}, column {column})', ja: 'ファイルが有効な UTF-8 テキストではありません（最初の不正なバイトは {line} 行 {column} 列）。' },
  unreadable: { en: 'cannot read the file ({reason})', ja: 'ファイルを読めません（{reason}）。' },
};

/** What a FileReadError says, as plain data: for a caller that handles the problem where it meets it. */
export interface FileProblemInfo {
  readonly code: FileProblem;
  readonly localized: Localized;
  readonly data: Readonly<Record<string, string>>;
  readonly location: SourceLocation;
}

/** The problem as FileReadError words it, without building an Error (no stack trace is taken). */
export function fileProblem(problem: FileProblem, file: string, values: Record<string, string> = {}): FileProblemInfo {
  return { code: problem, localized: fillLater(TEXT[problem], values), data: values, location: { file } };
}

/** A file that could not be read: `code` is the problem, `data` the values of its message (sizes in bytes). */
export class FileReadError extends UserError {
  declare readonly code: FileProblem;
  declare readonly localized: Localized;
  readonly data: Readonly<Record<string, string>>;

  constructor(problem: FileProblem, file: string, values: Record<string, string> = {}, where: Omit<SourceLocation, 'file'> = {}) {
    super(problem, fillLater(TEXT[problem], values), { file, ...where });
    this.data = values;
  }
}

export function isFileReadError(value: unknown): value is FileReadError {
  return value instanceof FileReadError;
}

/** The too-large error, also for text already in memory (an editor buffer): one limit, one message. */
export function tooLarge(file: string, size: number, limit: number): FileReadError {
  return new FileReadError('too-large', file, { size: formatBytes(size), limit: formatBytes(limit), bytes: String(size), limitBytes: String(limit) });
}

/** The error of a failed system call, by its code. */
export function fromSystemError(file: string, error: unknown): FileReadError {
  if (error instanceof FileReadError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new FileReadError('not-found', file);
  if (code === 'EISDIR') return new FileReadError('is-a-folder', file);
  return new FileReadError('unreadable', file, { reason: code ?? (error as Error).message });
}

export interface ReadFileOptions {
  /** Most bytes read; a larger file is refused. */
  maxBytes: number;
  /** The name used in errors (defaults to the path). */
  shown?: string;
}

/**
 * Opens `path` for reading and checks on the descriptor that it is a regular file. O_NONBLOCK makes the open
 * of a FIFO without a writer return at once instead of waiting; regular files ignore it. The caller closes.
 */
export function openRegularFile(path: string, shown: string = path): { fd: number; size: number } {
  const opened = openFileOrFolder(path, shown);
  if (opened === 'folder') throw new FileReadError('is-a-folder', shown);
  return opened;
}

/** openRegularFile, but a folder is an answer (nothing is left open), not an error. */
function openFileOrFolder(path: string, shown: string): { fd: number; size: number } | 'folder' {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EISDIR') return 'folder';
    throw fromSystemError(shown, error);
  }
  let stat: Stats;
  try {
    stat = fstatSync(fd);
  } catch (error) {
    closeSync(fd);
    throw fromSystemError(shown, error);
  }
  if (stat.isFile()) return { fd, size: stat.size };
  closeSync(fd);
  if (stat.isDirectory()) return 'folder';
  throw new FileReadError('not-a-file', shown);
}

/**
 * Reads an open descriptor to its end, never holding more than `maxBytes` + 1 bytes: the bytes, or the count
 * read when the file is larger (`size` from fstat is only a first guess: a file may grow while it is read).
 */
export function readBounded(fd: number, size: number, maxBytes: number): Buffer | { over: number } {
  if (size > maxBytes) return { over: size };
  // One byte more than allowed tells a file that grew past the limit while it was read.
  let buffer = Buffer.allocUnsafe(Math.min(size, maxBytes) + 1);
  let read = 0;
  for (;;) {
    if (read === buffer.length) {
      if (read > maxBytes) return { over: read };
      const larger = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxBytes + 1));
      buffer.copy(larger, 0, 0, read);
      buffer = larger;
    }
    const n = readSync(fd, buffer, read, buffer.length - read, null);
    if (n === 0) break;
    read += n;
  }
  return read > maxBytes ? { over: read } : buffer.subarray(0, read);
}

/** The bytes of a regular file of at most `maxBytes`; throws a FileReadError otherwise. */
export function readFileBytes(path: string, options: ReadFileOptions): Buffer {
  const bytes = readFileBytesOrFolder(path, options);
  if (bytes === 'folder') throw new FileReadError('is-a-folder', options.shown ?? path);
  return bytes;
}

/**
 * readFileBytes, except that a folder is answered `'folder'` instead of thrown: a scan reads each Terraform
 * module's folder as if it were a file first, and an Error (its stack trace) cost more than the read itself.
 */
export function readFileBytesOrFolder(path: string, options: ReadFileOptions): Buffer | 'folder' {
  const { maxBytes } = options;
  const shown = options.shown ?? path;
  const opened = openFileOrFolder(path, shown);
  if (opened === 'folder') return opened;
  const { fd, size } = opened;
  try {
    const bytes = readBounded(fd, size, maxBytes);
    if ('over' in bytes) throw tooLarge(shown, bytes.over, maxBytes);
    return bytes;
  } catch (error) {
    throw fromSystemError(shown, error);
  } finally {
    closeSync(fd);
  }
}

/** Strict UTF-8 text of bytes read from `file`, a leading byte-order mark dropped; the first invalid byte is reported at its line and column. */
export function decodeFileText(bytes: Uint8Array, file: string): string {
  try {
    return decodeUtf8(bytes);
  } catch {
    // Only a failed decode pays for the byte-by-byte search of where it failed.
    const where = invalidUtf8Position(bytes) ?? { line: 1, column: 1 };
    throw new FileReadError('not-utf8', file, { line: String(where.line), column: String(where.column) }, where);
  }
}

/** The UTF-8 text of a regular file of at most `maxBytes` (without a byte-order mark); throws a FileReadError otherwise. */
export function readTextFile(path: string, options: ReadFileOptions): string {
  return decodeFileText(readFileBytes(path, options), options.shown ?? path);
}
