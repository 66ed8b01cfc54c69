// Lens catalog operations for the CLI and the API: list, import, show and export lenses.
import type { Lens } from '../lens/types.js';
import type { Lang } from '../util/i18n.js';
import { exportLensDocument, importLensText, lensOfVersion, requireLensVersion, type ImportedLens } from './lenses.js';
import type { ReviewService } from './service.js';
import type { LensSummaryView } from './views.js';

export async function listLenses(service: ReviewService): Promise<LensSummaryView[]> {
  await service.ready();
  const out: LensSummaryView[] = [];
  for (const lens of await service.store.listLenses()) {
    const versions = await service.store.listLensVersions(lens.alias);
    const latest = versions[0];
    if (!latest) continue;
    out.push({
      lensAlias: lens.alias,
      lensName: lens.name,
      builtin: lens.builtin,
      latestVersion: latest.version,
      latestVersionLabel: latest.label,
      versions: versions.map((v) => ({ version: v.version, label: v.label, createdAt: v.createdAt })),
    });
  }
  return out;
}

/** Imports a custom lens; its warnings are returned in `options.lang` (English unless given). */
export async function importLens(service: ReviewService, text: string, options: { alias?: string; file?: string; lang?: Lang } = {}): Promise<ImportedLens> {
  await service.ready();
  return importLensText(service.store, text, { ...options, now: service.now() });
}

/** The lens document (a given version, or the latest) in the reader's language when the lens has one. */
export async function getLens(service: ReviewService, alias: string, lang: Lang, version?: string): Promise<{ version: string; label: string | null; lens: Lens }> {
  await service.ready();
  const v = await requireLensVersion(service.store, alias, version);
  return { version: v.version, label: v.label, lens: lensOfVersion(v, lang) };
}

export async function exportLens(service: ReviewService, alias: string, lang: Lang, version?: string): Promise<string> {
  await service.ready();
  return exportLensDocument(await requireLensVersion(service.store, alias, version), lang);
}
