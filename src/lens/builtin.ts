// The built-in Serverless Lens, in English and Japanese. Kept apart from lens files (resolve.ts), so a scan
// that needs the built-in lens does not load the lens file parser and validator.
import type { Lang } from '../util/i18n.js';
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
