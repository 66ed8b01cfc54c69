// Unpacking an upload into a folder: template files as they are, or a .zip / .tar / .tar.gz of a repository.
// Nothing in it runs; every entry's path must stay inside the folder (no "..", no absolute path), symbolic
// links, hard links and devices are refused, sizes and the number of files are bounded, and inflation is
// counted as it happens so a zip bomb stops at the limit. Binary files are refused: templates are text.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { createGunzip } from 'node:zlib';
import { Readable } from 'node:stream';
import * as tar from 'tar-stream';
import yauzl from 'yauzl';
import { ReviewError, say, type ErrorStatus } from '../../review/errors.js';
import type { Localized } from '../../util/i18n.js';
import { firstInvalidUtf8 } from '../../util/utf8.js';
import type { UploadLimits } from './limits.js';

export const UM = {
  tooLarge: { en: 'the upload is larger than {limit} bytes', ja: 'アップロードが {limit} バイトを超えています' },
  tooMany: { en: '{upload}: more than {limit} files', ja: '{upload}: ファイルが {limit} 個を超えています' },
  fileTooLarge: { en: '{upload}: {file} is larger than {limit} bytes once unpacked', ja: '{upload}: {file} は展開すると {limit} バイトを超えます' },
  bomb: {
    en: '{upload}: unpacks to more than {limit} bytes (at {file}); refused as a possible zip bomb',
    ja: '{upload}: 展開すると {limit} バイトを超えます（{file} の時点）。zip 爆弾の可能性があるため受け付けません',
  },
  absolute: { en: '{upload}: entry "{file}" is an absolute path', ja: '{upload}: エントリ「{file}」は絶対パスです' },
  traversal: { en: '{upload}: entry "{file}" leads outside the upload ("..")', ja: '{upload}: エントリ「{file}」はアップロードの外を指しています（「..」）' },
  badName: { en: '{upload}: entry "{file}" has no usable name', ja: '{upload}: エントリ「{file}」の名前は使えません' },
  symlink: { en: '{upload}: entry "{file}" is a link; links are not accepted', ja: '{upload}: エントリ「{file}」はリンクです。リンクは受け付けません' },
  special: { en: '{upload}: entry "{file}" is a device or other special file', ja: '{upload}: エントリ「{file}」はデバイスなどの特殊ファイルです' },
  duplicate: { en: '{upload}: "{file}" appears twice', ja: '{upload}: 「{file}」が2回含まれています' },
  binary: {
    en: '{file}: a binary file (byte {offset} is not text); upload templates and code as text only',
    ja: '{file}: バイナリファイルです（{offset} バイト目がテキストではありません）。テンプレートとコードはテキストでアップロードしてください',
  },
  broken: { en: '{upload}: not a readable {kind} archive: {detail}', ja: '{upload}: 読み取れない {kind} アーカイブです: {detail}' },
  empty: { en: 'the upload holds no file', ja: 'アップロードにファイルがありません' },
} as const satisfies Record<string, Localized>;

export class UploadError extends ReviewError {
  constructor(code: string, message: Localized, status: ErrorStatus = 400) {
    super(code, status, message);
    this.name = 'UploadError';
  }
}

function refuse(code: string, message: Localized, values: Record<string, string | number>, status: ErrorStatus = 400): never {
  throw new UploadError(code, say(message, values), status);
}

export type ArchiveKind = 'zip' | 'tar' | 'tar.gz';

/** An archive's kind from its first bytes (not its name); undefined for anything else. */
export function archiveKind(bytes: Uint8Array): ArchiveKind | undefined {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05) && (bytes[3] === 0x04 || bytes[3] === 0x06)) return 'zip';
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return 'tar.gz';
  if (bytes.length >= 262 && Buffer.from(bytes.subarray(257, 262)).toString('latin1') === 'ustar') return 'tar';
  return undefined;
}

/** An entry name as a relative path inside the upload ("a/b.yaml"), or a refusal naming it. */
export function safeRelativePath(name: string, upload: string): string {
  const shown = name.replace(/[\u0000-\u001f\u007f]/g, '?').slice(0, 300);
  if (name.includes('\0') || /[\u0000-\u001f\u007f]/.test(name)) refuse('upload-bad-name', UM.badName, { upload, file: shown });
  if (/^([a-zA-Z]:)?[\\/]/.test(name) || /^[a-zA-Z]:/.test(name)) refuse('upload-absolute-path', UM.absolute, { upload, file: shown });
  const parts = name.split(/[\\/]+/).filter((p) => p !== '' && p !== '.');
  if (parts.includes('..')) refuse('upload-path-traversal', UM.traversal, { upload, file: shown });
  if (parts.length === 0 || parts.length > 64 || name.length > 1024) refuse('upload-bad-name', UM.badName, { upload, file: shown });
  return parts.join('/');
}

/** Writes what an upload holds into `dir`, counting files and bytes against the limits. */
export class UploadWriter {
  readonly files: string[] = [];
  private total = 0;
  private readonly root: string;
  private readonly seen = new Set<string>();

  constructor(
    dir: string,
    readonly limits: UploadLimits,
    private readonly uploadBytes: number,
  ) {
    this.root = resolve(dir);
  }

  /** Counts `n` more unpacked bytes of `file` (as they are inflated, before they are kept). */
  count(n: number, fileSoFar: number, upload: string, file: string): void {
    this.total += n;
    if (fileSoFar > this.limits.fileBytes) refuse('upload-file-too-large', UM.fileTooLarge, { upload, file, limit: this.limits.fileBytes }, 413);
    const bound = Math.max(this.limits.ratioFloor, this.uploadBytes * this.limits.ratio);
    if (this.total > this.limits.totalBytes || this.total > bound) refuse('upload-bomb', UM.bomb, { upload, file, limit: Math.min(this.limits.totalBytes, bound) }, 413);
  }

  /** Reserves a place for one more file (before its bytes are read). */
  reserve(upload: string): void {
    if (this.files.length + 1 > this.limits.files) refuse('upload-too-many-files', UM.tooMany, { upload, limit: this.limits.files }, 413);
  }

  write(relative: string, bytes: Uint8Array, upload: string): void {
    const key = relative.toLowerCase();
    if (this.seen.has(key)) refuse('upload-duplicate', UM.duplicate, { upload, file: relative });
    this.seen.add(key);
    const nul = bytes.subarray(0, 8192).indexOf(0);
    const invalid = nul >= 0 ? nul : firstInvalidUtf8(bytes);
    if (invalid >= 0) refuse('upload-binary', UM.binary, { file: relative, offset: invalid });
    const target = resolve(join(this.root, relative));
    if (!target.startsWith(this.root + sep)) refuse('upload-path-traversal', UM.traversal, { upload, file: relative });
    try {
      mkdirSync(dirname(target), { recursive: true, mode: 0o700 });
      writeFileSync(target, bytes, { flag: 'wx', mode: 0o600 });
    } catch {
      // A file where a folder is needed ("a" and "a/b"), or the reverse.
      refuse('upload-duplicate', UM.duplicate, { upload, file: relative });
    }
    this.files.push(relative);
  }
}

const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
const S_IFLNK = 0o120000;

/** Unpacks a zip, entry by entry, inflating each with its bytes counted as they come. */
export async function unzip(bytes: Uint8Array, upload: string, out: UploadWriter): Promise<void> {
  const broken = (error: unknown): never => {
    if (error instanceof UploadError) throw error;
    return refuse('upload-broken-archive', UM.broken, { upload, kind: 'zip', detail: (error as Error).message });
  };
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { lazyEntries: true, decodeStrings: false, validateEntrySizes: true });
  } catch (error) {
    return broken(error);
  }
  try {
    await new Promise<void>((done, fail) => {
      zip.on('error', fail);
      zip.on('end', () => done());
      zip.on('entry', (entry: yauzl.Entry) => {
        void (async () => {
          const raw = entry.fileName as unknown as Buffer | string;
          const name = typeof raw === 'string' ? raw : raw.toString('utf8');
          const relative = safeRelativePath(name, upload);
          const unix = entry.versionMadeBy >> 8 === 3;
          const mode = unix ? (entry.externalFileAttributes >>> 16) & S_IFMT : 0;
          if (mode === S_IFLNK) refuse('upload-link', UM.symlink, { upload, file: relative });
          const isDir = name.endsWith('/') || name.endsWith('\\') || mode === S_IFDIR;
          if (!isDir && mode !== 0 && mode !== S_IFREG) refuse('upload-special-file', UM.special, { upload, file: relative });
          if (isDir) return zip.readEntry();
          out.reserve(upload);
          if (entry.uncompressedSize > out.limits.fileBytes) refuse('upload-file-too-large', UM.fileTooLarge, { upload, file: relative, limit: out.limits.fileBytes }, 413);
          const stream = await zip.openReadStreamPromise(entry);
          const chunks: Buffer[] = [];
          let size = 0;
          try {
            for await (const chunk of stream as AsyncIterable<Buffer>) {
              size += chunk.length;
              out.count(chunk.length, size, upload, relative);
              chunks.push(chunk);
            }
          } finally {
            stream.destroy();
          }
          out.write(relative, Buffer.concat(chunks), upload);
          zip.readEntry();
        })().catch(fail);
      });
      zip.readEntry();
    });
  } catch (error) {
    broken(error);
  } finally {
    zip.close();
  }
}

/** Unpacks a tar (gzip-compressed or not); gunzip's output is counted as it streams. */
export async function untar(bytes: Uint8Array, gzipped: boolean, upload: string, out: UploadWriter): Promise<void> {
  const kind = gzipped ? 'tar.gz' : 'tar';
  const extract = tar.extract();
  const source = Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]);
  const entries = (async () => {
    for await (const entry of extract) {
      const header = entry.header;
      const relative = safeRelativePath(header.name, upload);
      if (header.type === 'symlink' || header.type === 'link') refuse('upload-link', UM.symlink, { upload, file: relative });
      if (header.type === 'directory') {
        entry.resume();
        continue;
      }
      if (header.type !== 'file' && header.type !== 'contiguous-file') refuse('upload-special-file', UM.special, { upload, file: relative });
      out.reserve(upload);
      if ((header.size ?? 0) > out.limits.fileBytes) refuse('upload-file-too-large', UM.fileTooLarge, { upload, file: relative, limit: out.limits.fileBytes }, 413);
      // A tar entry holds exactly header.size bytes; the stream's bytes are counted as gunzip yields them.
      const chunks: Buffer[] = [];
      for await (const chunk of entry as AsyncIterable<Buffer>) chunks.push(chunk);
      out.write(relative, Buffer.concat(chunks), upload);
    }
  })();
  const pump = new Promise<void>((done, fail) => {
    const fed = gzipped ? source.pipe(createGunzip()) : source;
    fed.on('data', (chunk: Buffer) => {
      try {
        out.count(chunk.length, 0, upload, '(archive)');
      } catch (error) {
        fed.destroy();
        extract.destroy(error as Error);
        fail(error as Error);
        return;
      }
      if (!extract.write(chunk)) {
        fed.pause();
        extract.once('drain', () => fed.resume());
      }
    });
    fed.on('error', (error) => {
      extract.destroy(error);
      fail(error);
    });
    fed.on('end', () => {
      extract.end(Buffer.alloc(0));
      done();
    });
  });
  try {
    await Promise.all([pump, entries]);
  } catch (error) {
    if (error instanceof UploadError) throw error;
    refuse('upload-broken-archive', UM.broken, { upload, kind, detail: (error as Error).message });
  }
}

export interface UploadPart {
  /** The name the client gave (a file name, or a relative path). */
  name: string;
  bytes: Uint8Array;
}

/**
 * Writes the parts into `dir`: an archive is unpacked (at its top level), any other part is one file at its
 * (checked) relative name. Returns the files written, relative to `dir`.
 */
export async function unpackUpload(parts: readonly UploadPart[], dir: string, limits: UploadLimits): Promise<string[]> {
  const size = parts.reduce((n, p) => n + p.bytes.byteLength, 0);
  if (size > limits.uploadBytes) refuse('upload-too-large', UM.tooLarge, { limit: limits.uploadBytes }, 413);
  const out = new UploadWriter(dir, limits, size);
  for (const part of parts) {
    const upload = safeRelativePath(part.name || 'upload', part.name || 'upload');
    const kind = archiveKind(part.bytes);
    if (kind === 'zip') await unzip(part.bytes, upload, out);
    else if (kind) await untar(part.bytes, kind === 'tar.gz', upload, out);
    else {
      out.reserve(upload);
      out.count(part.bytes.byteLength, part.bytes.byteLength, upload, upload);
      out.write(upload, part.bytes, upload);
    }
  }
  if (out.files.length === 0) refuse('upload-empty', UM.empty, {});
  return [...out.files].sort();
}
