// Reading one .tf file safely: it must resolve (symlinks followed) inside the scanned folder, and be a regular
// file (a FIFO or a device is refused by name, never read: reading one can block for ever). It is read through
// one descriptor with the size bounded while reading, so a file that grows after its size was checked is still
// cut off. The descriptor is opened non-blocking, so opening a FIFO without a writer cannot hang either.
import { closeSync, constants, fstatSync, openSync, realpathSync } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';
import type { LoadError } from '../types.js';
import { decodeUtf8 } from '../../util/utf8.js';
import { readBounded } from '../../util/read-file.js';

/** Largest .tf file read; larger ones are reported, not parsed. */
export const MAX_TF_BYTES = 5 * 1024 * 1024;

export type TfText = { text: string } | { error: LoadError };

/** Is the real path `real` outside the real folder `root`? */
export function outsideRoot(root: string, real: string): boolean {
  // A path that starts with the folder and a separator, with no `.` or `..` step after it, lies inside: the common
  // case, answered without path.relative (which resolves both paths again); anything else is left to it.
  if (real.length > root.length && real.startsWith(root) && (root.endsWith(sep) || real[root.length] === sep) && isAbsolute(root) && !/[\\/]\./.test(real.slice(root.length - 1))) {
    return false;
  }
  const rel = relative(root, real);
  return rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
}

/**
 * The real folder a module's reads are confined to: the folder the scan runs in (`scanRoot`, the working
 * directory) when the module lies inside it — so `../modules/x` beside the caller is followed — otherwise the
 * module's own folder. Links and module sources that lead outside it are not read.
 */
export function confinementRoot(moduleReal: string, scanRoot: string | undefined): string {
  return confinementRoots(scanRoot)(moduleReal);
}

/** confinementRoot for many modules of one scan: the folder the scan runs in is resolved once. */
export function confinementRoots(scanRoot: string | undefined): (moduleReal: string) => string {
  if (scanRoot === undefined) return (moduleReal) => moduleReal;
  let root: string;
  try {
    root = realpathSync.native(scanRoot);
  } catch {
    return (moduleReal) => moduleReal;
  }
  return (moduleReal) => (outsideRoot(root, moduleReal) ? moduleReal : root);
}

const reason = (error: unknown): string => (error as NodeJS.ErrnoException).code ?? (error as Error).message;

/**
 * The text of `path` (shown as `file`), or the error that says why it is not read. `root` is a real path;
 * `known` is the file's real path when the caller already knows it (not a symlink, in a folder already resolved).
 */
export function readTfFile(path: string, file: string, root: string, known?: string): TfText {
  const fail = (code: string, message: string, data?: Record<string, string>): TfText => ({ error: { file, line: 1, column: 1, code, message, ...(data ? { data } : {}) } });
  let real: string;
  try {
    real = known ?? realpathSync.native(path);
  } catch (error) {
    return fail('unreadable', `cannot read file: ${reason(error)}`, { reason: reason(error) });
  }
  if (outsideRoot(root, real)) return fail('link-outside-root', `links to ${real}, outside the scanned folder; it is not read`, { target: real });
  let fd: number;
  try {
    // The real path ends in no symlink; one appearing there since is refused (ELOOP), not followed.
    fd = openSync(real, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch (error) {
    return fail('unreadable', `cannot read file: ${reason(error)}`, { reason: reason(error) });
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return fail('not-a-file', 'not a regular file');
    const tooLarge = (size: number): TfText => fail('too-large', `file is ${size} bytes; .tf files over ${MAX_TF_BYTES} bytes are not read`, { size: String(size), limit: String(MAX_TF_BYTES) });
    const bytes = readBounded(fd, stat.size, MAX_TF_BYTES);
    if ('over' in bytes) return tooLarge(bytes.over);
    let text: string;
    try {
      text = decodeUtf8(bytes);
    } catch {
      return fail('not-utf8', 'file is not valid UTF-8 text');
    }
    if (text.includes('\u0000')) return fail('binary', 'file contains NUL bytes: binary data, not Terraform');
    return { text };
  } catch (error) {
    return fail('unreadable', `cannot read file: ${reason(error)}`, { reason: reason(error) });
  } finally {
    closeSync(fd);
  }
}
