// Reads a lens document: size guard, JSON with positions, format validation. Never throws on bad input.
import { openSync, fstatSync, readSync, closeSync } from 'node:fs';
import { parseJsonSource, formatJsonPath } from '../util/json-source.js';
import { fillLater, type Localized } from '../util/i18n.js';
import { formatBytes } from '../util/text.js';
import { LENS_LIMITS } from './limits.js';
import { FILE_MESSAGES as M } from './messages.js';
import type { Lens } from './types.js';
import { validateLensValue } from './validate.js';

export interface LensIssue {
  /** JSON path, e.g. `$.pillars[0].questions[1].title` */
  path: string;
  line: number;
  column: number;
  /** In English and Japanese; each output picks its language. */
  message: Localized;
}

export interface LensParseResult {
  file: string;
  /** Present when the document has no errors (warnings allowed). */
  lens?: Lens;
  errors: LensIssue[];
  warnings: LensIssue[];
}

function failure(file: string, message: Localized, line = 1, column = 1): LensParseResult {
  return { file, errors: [{ path: '$', line, column, message }], warnings: [] };
}

export function parseLensText(text: string, file: string): LensParseResult {
  if (text.length > LENS_LIMITS.maxJsonCharacters)
    return failure(file, fillLater(M.tooManyCharacters, { length: text.length.toLocaleString('en-US'), max: LENS_LIMITS.maxJsonCharacters.toLocaleString('en-US') }));
  if (text.includes('\uFFFD')) {
    const at = text.indexOf('\uFFFD');
    const line = text.slice(0, at).split('\n').length;
    return failure(file, M.notUtf8, line);
  }
  const parsed = parseJsonSource(text);
  if (!parsed.ok) return failure(file, parsed.message, parsed.line, parsed.column);
  const issues = validateLensValue(parsed.value).map((issue) => {
    const where = parsed.locate(issue.path);
    return { severity: issue.severity, path: formatJsonPath(issue.path), line: where.line, column: where.column, message: issue.message };
  });
  const strip = ({ severity: _s, ...rest }: (typeof issues)[number]): LensIssue => rest;
  const errors = issues.filter((i) => i.severity === 'error').map(strip);
  const warnings = issues.filter((i) => i.severity === 'warning').map(strip);
  return errors.length === 0 ? { file, lens: parsed.value as Lens, errors, warnings } : { file, errors, warnings };
}

/** Reads and parses a lens file; files far larger than any lens are refused before they are read. */
export function readLensFile(file: string): LensParseResult {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return failure(file, code === 'ENOENT' ? M.noSuchFile : code === 'EISDIR' ? M.directory : fillLater(M.unreadable, { code: code ?? 'error' }));
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return failure(file, M.directory);
    const size = stat.size;
    if (size > LENS_LIMITS.maxFileBytes)
      return failure(file, fillLater(M.tooLarge, { size: formatBytes(size), max: LENS_LIMITS.maxJsonCharacters.toLocaleString('en-US') }));
    const buffer = Buffer.alloc(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, buffer, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return parseLensText(new TextDecoder('utf-8').decode(buffer.subarray(0, read)), file);
  } catch (error) {
    return failure(file, fillLater(M.unreadable, { code: (error as NodeJS.ErrnoException).code ?? 'error' }));
  } finally {
    closeSync(fd);
  }
}

/** The custom-lens JSON as we write it: 2-space indentation and a final newline, fields in their given order. */
export function serializeLens(lens: Lens): string {
  return `${JSON.stringify(lens, null, 2)}\n`;
}
