// The lens catalog in the store: the built-in Serverless Lens (alias "serverless", both languages in one
// version) and imported custom lenses, each version identified by a hash of its content.
import { createHash } from 'node:crypto';
import { BUILTIN_LENS_ALIAS, BUILTIN_LENS_VERSION, loadBuiltinLens } from '../lens/builtin.js';
import { parseLensText, serializeLens } from '../lens/parse.js';
import type { Lens } from '../lens/types.js';
import type { LensVersionRecord } from '../store/records.js';
import { isUniqueViolation, type Store } from '../store/store.js';
import { fillLater, type Lang } from '../util/i18n.js';
import { invalid, notFound, say } from './errors.js';
import { grantLensCreatorIn } from './access.js';
import { M } from './messages.js';
import { controlProblem } from './validate.js';

export const ALIAS_PATTERN = /^[a-z0-9][a-z0-9_-]{1,63}$/;

export function lensVersionId(document: string, documentJa: string | null): string {
  return createHash('sha256').update(document).update('\0').update(documentJa ?? '').digest('hex').slice(0, 16);
}

/** A default alias from the lens name: "Custom Lens - Amazon API Gateway" → "custom-lens-amazon-api-gateway". */
export function aliasFromName(name: string): string {
  const slug = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
  return slug.length >= 2 ? slug : 'lens';
}

const parsedCache = new Map<string, Lens>();

/** Lens versions never change, so a parsed document is cached by alias, version and language. */
export function lensOfVersion(v: LensVersionRecord, lang: Lang): Lens {
  const text = lang === 'ja' && v.documentJa ? v.documentJa : v.document;
  const key = `${v.lensAlias}@${v.version}@${text === v.document ? 'doc' : 'ja'}`;
  let lens = parsedCache.get(key);
  if (!lens) {
    lens = JSON.parse(text) as Lens;
    if (parsedCache.size > 200) parsedCache.clear();
    parsedCache.set(key, lens);
  }
  return lens;
}

function builtinDocuments(): { document: string; documentJa: string } {
  return { document: JSON.stringify(loadBuiltinLens('en')), documentJa: JSON.stringify(loadBuiltinLens('ja')) };
}

/** Registers this release's built-in lens version (once per store); older versions stay for pinned reviews. */
export async function ensureBuiltinLens(store: Store, now: string): Promise<LensVersionRecord> {
  const { document, documentJa } = builtinDocuments();
  const version = lensVersionId(document, documentJa);
  const existing = await store.getLensVersion(BUILTIN_LENS_ALIAS, version);
  if (existing) return existing;
  try {
    return await store.transaction(async (tx) => {
      const again = await tx.getLensVersion(BUILTIN_LENS_ALIAS, version);
      if (again) return again;
      if (!(await tx.getLens(BUILTIN_LENS_ALIAS))) await tx.insertLens({ alias: BUILTIN_LENS_ALIAS, name: loadBuiltinLens('en').name, builtin: true, createdAt: now });
      return tx.insertLensVersion({ lensAlias: BUILTIN_LENS_ALIAS, version, label: BUILTIN_LENS_VERSION, document, documentJa, createdAt: now });
    });
  } catch (error) {
    // Another server process starting at the same moment registered it first: theirs is the same content.
    const registered = isUniqueViolation(error) ? await store.getLensVersion(BUILTIN_LENS_ALIAS, version) : undefined;
    if (registered) return registered;
    throw error;
  }
}

export interface ImportedLens {
  alias: string;
  version: string;
  label: string | null;
  created: boolean;
  warnings: { path: string; line: number; message: string }[];
}

/**
 * Validates and stores a custom lens; the same content again is the same version (nothing new is stored).
 * Errors carry both languages; the warnings returned are in `lang` (English unless given).
 */
export async function importLensText(store: Store, text: string, options: { alias?: string; file?: string; now: string; lang?: Lang }): Promise<ImportedLens> {
  const file = options.file ?? 'lens.json';
  const lang = options.lang ?? 'en';
  const result = parseLensText(text, file);
  if (!result.lens) {
    throw invalid(
      result.errors.slice(0, 20).map((e) => {
        const where = `${file}:${e.line}:${e.column}`;
        return { field: e.path, message: fillLater(M.invalidLens, { message: { en: `${where}: ${e.message.en}`, ja: `${where}: ${e.message.ja}` } }) };
      }),
    );
  }
  const lens = result.lens;
  const alias = options.alias ?? aliasFromName(lens.name);
  if (alias === BUILTIN_LENS_ALIAS) throw invalid([{ field: 'lensAlias', message: say(M.aliasReserved, { value: alias }) }]);
  if (!ALIAS_PATTERN.test(alias)) throw invalid([{ field: 'lensAlias', message: say(M.aliasPattern, { value: alias }) }]);
  const document = JSON.stringify(lens);
  const version = lensVersionId(document, null);
  const label = typeof lens._version === 'string' ? lens._version : null;
  const control = controlProblem(lens.name) ?? controlProblem(label ?? '');
  if (control) throw invalid([{ field: controlProblem(lens.name) ? 'name' : '_version', message: control }]);
  const warnings = result.warnings.map((w) => ({ path: w.path, line: w.line, message: w.message[lang] }));
  return store.transaction(async (tx) => {
    const existing = await tx.getLens(alias);
    if (existing?.builtin) throw invalid([{ field: 'lensAlias', message: say(M.aliasReserved, { value: alias }) }]);
    if (!existing) {
      await tx.insertLens({ alias, name: lens.name, builtin: false, createdAt: options.now });
      await grantLensCreatorIn(tx, alias, options.now);
    }
    if (await tx.getLensVersion(alias, version)) return { alias, version, label, created: false, warnings };
    await tx.insertLensVersion({ lensAlias: alias, version, label, document, documentJa: null, createdAt: options.now });
    await tx.renameLens(alias, lens.name);
    return { alias, version, label, created: true, warnings };
  });
}

/** Documents by alias and content hash: a version's content never changes, so they are read once per process. */
const documentCache = new Map<string, { document: string; documentJa: string | null }>();

/** A stored version (the latest when `version` is omitted), or 404. */
export async function requireLensVersion(store: Store, alias: string, version?: string): Promise<LensVersionRecord> {
  const meta = await store.getLensVersionMeta(alias, version || undefined);
  if (meta) {
    const key = `${alias}@${meta.version}`;
    let docs = documentCache.get(key);
    if (!docs) {
      docs = await store.getLensDocuments(alias, meta.version);
      // The hash is checked so a row edited behind our back is never cached under the old content's name.
      if (docs && lensVersionId(docs.document, docs.documentJa) === meta.version) {
        if (documentCache.size > 100) documentCache.clear();
        documentCache.set(key, docs);
      }
    }
    if (docs) return { ...meta, ...docs };
  }
  if (version && (await store.getLens(alias))) throw notFound(say(M.lensVersionNotFound, { alias, version }));
  throw notFound(say(M.lensNotFound, { alias }));
}

export function exportLensDocument(v: LensVersionRecord, lang: Lang): string {
  return serializeLens(lensOfVersion(v, lang));
}

