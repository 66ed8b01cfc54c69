// Lens catalog operations for the CLI and the API: list, import, show and export lenses.
import type { Lens } from '../lens/types.js';
import { conflict, notFound, say } from './errors.js';
import { M } from './messages.js';
import type { Snapshot } from './milestones.js';
import type { Store } from '../store/store.js';
import { fill, type Lang } from '../util/i18n.js';
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

/** What uses a lens: the workloads reviewing it, and the milestones (per workload) holding a review of it. */
export interface LensUsage {
  reviews: { id: string; name: string }[];
  milestones: { workloadId: string; workloadName: string; number: number }[];
}

export async function lensUsage(service: ReviewService, alias: string): Promise<LensUsage> {
  return lensUsageIn(service.store, alias);
}

async function lensUsageIn(store: Store, alias: string): Promise<LensUsage> {
  const reviews = await store.listWorkloadsUsingLens(alias);
  const milestones = (await store.listMilestonesMentioning(alias))
    .filter((m) => (JSON.parse(m.snapshot) as Snapshot).lensReviews.some((r) => r.lensAlias === alias))
    .map(({ workloadId, workloadName, number }) => ({ workloadId, workloadName, number }));
  return { reviews, milestones };
}

/**
 * Deletes an imported lens with all its versions. Refused (409, naming the workloads) while a workload
 * reviews it or keeps it in a milestone, since those would lose the questions their answers refer to.
 */
export async function deleteLens(service: ReviewService, alias: string): Promise<{ lensAlias: string; deleted: true }> {
  await service.ready();
  return service.store.transaction(async (tx) => {
    const lens = await tx.getLens(alias);
    if (!lens) throw notFound(say(M.lensNotFound, { alias }));
    if (lens.builtin) throw conflict('lens-builtin', say(M.builtinDelete, { alias }));
    const usage = await lensUsageIn(tx, alias);
    const names = [...new Set([...usage.reviews.map((r) => r.name), ...usage.milestones.map((m) => m.workloadName)])];
    if (names.length > 0) {
      const message = {
        en: fill(M.lensInUse.en, { alias, workloads: names.map((n) => `"${n}"`).join(', ') }),
        ja: fill(M.lensInUse.ja, { alias, workloads: names.map((n) => `「${n}」`).join('、') }),
      };
      throw conflict('lens-in-use', message, { workloads: names });
    }
    await tx.deleteLens(alias);
    return { lensAlias: alias, deleted: true as const };
  });
}
