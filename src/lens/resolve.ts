// How commands name a lens: the built-in alias ("serverless") or a lens file, which must be valid.
import { UserError } from '../util/errors.js';
import { fillLater, type Lang, type Localized } from '../util/i18n.js';
import { BUILTIN_LENS_ALIAS, loadBuiltinLens } from './builtin.js';
import { FILE_MESSAGES } from './messages.js';
import { readLensFile, type LensIssue } from './parse.js';
import type { Lens } from './types.js';

/** A command's refusal of a lens file: its first error (in both languages), and how many more there are. */
export function invalidLensError(file: string, errors: readonly LensIssue[]): UserError {
  const first = errors[0];
  const message: Localized = first?.message ?? FILE_MESSAGES.invalidLens;
  const more = errors.length > 1 ? fillLater(FILE_MESSAGES.moreErrors, { count: errors.length - 1, file }) : { en: '', ja: '' };
  return new UserError('invalid-lens', { en: `${message.en}${more.en}`, ja: `${message.ja}${more.ja}` }, { file, line: first?.line, column: first?.column, path: first?.path });
}

/** Resolves a command's lens argument: the built-in alias, or a lens file that must be valid. */
export function resolveLens(ref: string, lang: Lang): Lens {
  if (ref === BUILTIN_LENS_ALIAS) return loadBuiltinLens(lang);
  const result = readLensFile(ref);
  if (!result.lens || result.errors.length > 0) throw invalidLensError(ref, result.errors);
  return result.lens;
}
