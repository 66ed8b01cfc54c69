// The built-in Serverless Lens, in English and Japanese. Kept apart from lens files (resolve.ts), so a scan
// that needs the built-in lens does not load the lens file parser and validator.
// It is read from its generated files (src/lens/data, written by scripts/generate-lens.ts from the bilingual
// source in serverless/; a test fails when they differ): one JSON parse of one language instead of loading
// and projecting the source, ~225 KB of code both languages long, at the start of every scan.
import { readFileSync } from 'node:fs';
import type { Lang } from '../util/i18n.js';
import { SERVERLESS_LENS_VERSION } from './serverless/version.js';
import type { Lens, LensOutline } from './types.js';

export const BUILTIN_LENS_ALIAS = 'serverless';
export const BUILTIN_LENS_VERSION = SERVERLESS_LENS_VERSION;

/**
 * Choice ids a review of an older built-in version may hold per choice (the W-A API stores an official choice the
 * version lacks under its official id) → the id the current version gives that choice. An upgrade renames them.
 */
export const BUILTIN_CHOICE_RENAMES: Readonly<Record<string, string>> = { ops_ops_q2_a4: 'ops2_cicd' };

const cache = new Map<Lang, Lens>();
let outline: LensOutline | undefined;

export function loadBuiltinLens(lang: Lang): Lens {
  let lens = cache.get(lang);
  if (!lens) {
    lens = JSON.parse(readFileSync(new URL(`../../../src/lens/data/serverless.${lang}.json`, import.meta.url), 'utf8')) as Lens;
    cache.set(lang, lens);
  }
  return lens;
}

/**
 * The built-in lens's ids and risk rules (src/lens/data/serverless.outline.json, generated beside the lens files):
 * all a scan's evidence needs, ~5 KB to read instead of the 80 KB lens and its text (~2 ms of a one-template scan).
 */
export function loadBuiltinLensOutline(): LensOutline {
  outline ??= JSON.parse(readFileSync(new URL('../../../src/lens/data/serverless.outline.json', import.meta.url), 'utf8')) as LensOutline;
  return outline;
}
