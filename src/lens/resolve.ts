// How commands name a lens: the built-in alias ("serverless") or a lens file, which must be valid.
import { UserError } from '../util/errors.js';
import type { Lang } from '../util/i18n.js';
import { BUILTIN_LENS_ALIAS, loadBuiltinLens } from './builtin.js';
import { readLensFile } from './parse.js';
import type { Lens } from './types.js';

/** Resolves a command's lens argument: the built-in alias, or a lens file that must be valid. */
export function resolveLens(ref: string, lang: Lang): Lens {
  if (ref === BUILTIN_LENS_ALIAS) return loadBuiltinLens(lang);
  const result = readLensFile(ref);
  const first = result.errors[0];
  if (!result.lens || first) {
    const more = result.errors.length > 1 ? ` (and ${result.errors.length - 1} more error(s); run "slens lens validate ${ref}")` : '';
    throw new UserError('invalid-lens', `${first?.message ?? 'invalid lens'}${more}`, {
      file: ref,
      line: first?.line,
      column: first?.column,
      path: first?.path,
    });
  }
  return result.lens;
}
