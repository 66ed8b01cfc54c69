// The built-in Serverless Lens, in English and Japanese, and how commands name a lens ("serverless" or a file).
import { UserError } from '../util/errors.js';
import type { Lang } from '../util/i18n.js';
import { readLensFile } from './parse.js';
import { buildServerlessLens, SERVERLESS_LENS_VERSION } from './serverless/build.js';
import type { Lens } from './types.js';

export const BUILTIN_LENS_ALIAS = 'serverless';
export const BUILTIN_LENS_VERSION = SERVERLESS_LENS_VERSION;

const cache = new Map<Lang, Lens>();

export function loadBuiltinLens(lang: Lang): Lens {
  let lens = cache.get(lang);
  if (!lens) {
    lens = buildServerlessLens(lang);
    cache.set(lang, lens);
  }
  return lens;
}

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
