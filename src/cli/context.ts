// What every command needs from the process: where to write, and a way to set the exit code.
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { UserError } from '../util/errors.js';
import { directWriter, stdoutIsPlain } from './direct-stdout.js';

export interface CliContext {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** True when stdout is a terminal: colour and progress lines only then. */
  isTTY: boolean;
  exitCode: number;
}

/** Streams whose reader went away (`slens scan … | head`): nothing more is written to them. */
const closed = new WeakSet<NodeJS.WritableStream>();
const watched = new WeakSet<NodeJS.WritableStream>();

/**
 * A writer to `stream` that goes quiet once the stream fails (EPIPE when the reader closed the pipe): the
 * command still finishes and exits with its own code, without a stack trace for output nobody reads.
 */
function quietWhenClosed(stream: NodeJS.WritableStream): (text: string | Uint8Array) => void {
  if (!watched.has(stream)) {
    watched.add(stream);
    stream.on('error', () => closed.add(stream));
  }
  return (text) => {
    if (!closed.has(stream)) stream.write(text);
  };
}

/**
 * A writer made on its first write. Node builds process.stdout and process.stderr (and loads the stream and
 * net modules, ~30 of them) on first use: a scan that writes its report to --output and nothing to the
 * terminal never needs them.
 */
function onFirstWrite(stream: () => NodeJS.WritableStream): (text: string | Uint8Array) => void {
  let write: ((text: string | Uint8Array) => void) | undefined;
  return (text) => (write ??= quietWhenClosed(stream()))(text);
}

/** Standard output: written to fd 1 directly when it is a pipe, a socket or a file (direct-stdout.ts), else the stream. */
function stdoutWriter(): (text: string) => void {
  let write: ((text: string) => void) | undefined;
  return (text) => (write ??= stdoutIsPlain() ? directWriter(1, () => onFirstWrite(() => process.stdout)) : onFirstWrite(() => process.stdout))(text);
}

export function processContext(): CliContext {
  return {
    stdout: stdoutWriter(),
    stderr: onFirstWrite(() => process.stderr),
    get isTTY() {
      return !stdoutIsPlain() && Boolean(process.stdout.isTTY);
    },
    exitCode: 0,
  };
}

/** Writes a command's result to `--output` when given, otherwise to stdout. Always ends with a newline. */
export function emit(ctx: CliContext, text: string, outputFile?: string): void {
  const body = text.endsWith('\n') ? text : `${text}\n`;
  if (!outputFile) {
    ctx.stdout(body);
    return;
  }
  try {
    mkdirSync(dirname(outputFile), { recursive: true });
    writeFileSync(outputFile, body);
  } catch (error) {
    throw unwritable(outputFile, error);
  }
}

/** An output file that cannot be written: one line naming the file (in the location) and the system's reason code. */
export function unwritable(file: string, error: unknown): UserError {
  const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  return new UserError('output-unwritable', { en: `cannot write the file (${reason})`, ja: `ファイルに書き込めません（${reason}）` }, { file });
}

/** Checks a `--format`-style option against its allowed values. */
export function choose<T extends string>(option: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UserError('bad-option', {
    en: `--${option} must be one of ${allowed.join(', ')} (got "${value}")`,
    ja: `--${option} には ${allowed.join('、')} のいずれかを指定してください（指定値「${value}」）`,
  });
}

/** Like `emit`, for a body given in pieces: each is written as it comes, so the whole is never one string. */
export function emitChunks(ctx: CliContext, chunks: Iterable<string>, outputFile?: string): void {
  let last = '';
  if (!outputFile) {
    for (const chunk of chunks) {
      if (chunk) ctx.stdout(chunk);
      last = chunk || last;
    }
    if (!last.endsWith('\n')) ctx.stdout('\n');
    return;
  }
  let fd: number | undefined;
  try {
    mkdirSync(dirname(outputFile), { recursive: true });
    fd = openSync(outputFile, 'w');
    for (const chunk of chunks) {
      if (chunk) writeSync(fd, chunk);
      last = chunk || last;
    }
    if (!last.endsWith('\n')) writeSync(fd, '\n');
  } catch (error) {
    throw new UserError('output-unwritable', `cannot write ${outputFile}: ${(error as Error).message}`, { file: outputFile });
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
