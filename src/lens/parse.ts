// Reads a lens document: size guard, JSON with positions, format validation. Never throws on bad input.
import { parseJsonSource, formatJsonPath } from '../util/json-source.js';
import { fillLater, type Localized } from '../util/i18n.js';
import { readTextFile, type FileReadError } from '../util/read-file.js';
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

/** Reads and parses a lens file through the bounded reader: files larger than any lens, devices and pipes are refused unread. */
export function readLensFile(file: string): LensParseResult {
  let text: string;
  try {
    text = readTextFile(file, { maxBytes: LENS_LIMITS.maxFileBytes });
  } catch (error) {
    const { localized, location } = error as FileReadError;
    return failure(file, localized, location.line, location.column);
  }
  return parseLensText(text, file);
}

/** The custom-lens JSON as we write it: 2-space indentation and a final newline, fields in their given order. */
export function serializeLens(lens: Lens): string {
  return `${JSON.stringify(lens, null, 2)}\n`;
}
