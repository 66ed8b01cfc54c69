// The access guard of the API, applied by the app to every route in one place: a route with a workload loads
// it for the caller first (404 when the caller may not see it, 403 when they may see but not do this), lists
// keep only what the caller may see, and what a user creates or imports is shared with them as owner.
import { canSeeLens, loadWorkloadFor, onlyVisible, type Access } from '../review/access.js';
import { notFound, ReviewError, say } from '../review/errors.js';
import { aliasFromName } from '../review/lenses.js';
import { templatesFor } from '../review/template-apply.js';
import type { ReviewService } from '../review/service.js';
import type { RouteDef } from './route.js';
import type { Principal } from './tokens.js';

/** Operations on a workload only its owners may do; other writes need a contributor, reads a readonly share. */
const OWNER_OPERATIONS = new Set(['UpdateWorkload', 'DeleteWorkload', 'AssociateLenses', 'DisassociateLenses', 'UpgradeLensReview', 'CreateWorkloadShare', 'DeleteWorkloadShare']);

/** Operations on an imported lens only its owners may do. */
const LENS_OWNER_OPERATIONS = new Set(['CreateLensShare', 'DeleteLensShare', 'DeleteLens']);

const MSG = {
  noLens: { en: 'no lens "{alias}"', ja: 'レンズ「{alias}」はありません' },
  notLensOwner: { en: 'only an owner of the lens "{alias}" may share it, delete it or import a new version of it', ja: 'レンズ「{alias}」の共有、削除、新しい版のインポートは、その所有者だけが行えます' },
} as const;

/** What a route on an imported lens needs (a route with no workload in its path): its owners share and delete it. */
export function lensAccessNeeded(def: RouteDef): Access {
  return LENS_OWNER_OPERATIONS.has(def.operationId) ? 'owner' : 'readonly';
}

export function accessNeeded(def: RouteDef): Access {
  if (OWNER_OPERATIONS.has(def.operationId)) return 'owner';
  return def.write ? 'contributor' : 'readonly';
}

async function requireLens(service: ReviewService, principal: Principal, alias: string): Promise<void> {
  const lens = await service.store.getLens(alias);
  if (lens && !(await canSeeLens(service.store, principal, alias, lens.builtin))) throw notFound(say(MSG.noLens, { alias }));
}

/** The alias an ImportLens body will be stored under: the one given, else the one derived from the lens name. */
function importAlias(body: unknown): string | undefined {
  const b = (body ?? {}) as { lensAlias?: string; jsonString?: string; lens?: { name?: unknown } };
  if (b.lensAlias) return b.lensAlias;
  let name: unknown = b.lens?.name;
  if (name === undefined && typeof b.jsonString === 'string') {
    try {
      name = (JSON.parse(b.jsonString) as { name?: unknown }).name;
    } catch {
      return undefined; // the import itself reports the broken JSON
    }
  }
  return typeof name === 'string' ? aliasFromName(name) : undefined;
}

/** Runs before the handler: throws the 404 or 403 the caller gets. */
export async function guardRoute(def: RouteDef, principal: Principal, params: Record<string, string | undefined>, service: ReviewService): Promise<void> {
  if (principal.userId === null) return;
  if (params.workloadId !== undefined) await loadWorkloadFor(service, principal, params.workloadId, accessNeeded(def));
  else if (params.lensAlias !== undefined) {
    await requireLens(service, principal, params.lensAlias);
    if (LENS_OWNER_OPERATIONS.has(def.operationId) && (await service.store.lensAccessOf(params.lensAlias, principal.userId)) !== 'owner')
      throw new ReviewError('forbidden', 403, say(MSG.notLensOwner, { alias: params.lensAlias }));
  }
}

/** Runs after the request is validated: what the body names (lenses to apply or import) must be the caller's too. */
export async function guardBody(def: RouteDef, principal: Principal, body: unknown, service: ReviewService): Promise<void> {
  if (principal.userId === null) return;
  if (def.operationId === 'ImportLens') {
    // A new version of an imported lens only from its owners; a new alias becomes the importer's (in the import's transaction).
    const alias = importAlias(body);
    const lens = alias ? await service.store.getLens(alias) : undefined;
    if (alias && lens && !lens.builtin && (await service.store.lensAccessOf(alias, principal.userId)) !== 'owner') {
      if (!(await canSeeLens(service.store, principal, alias, false))) throw notFound(say(MSG.noLens, { alias }));
      throw new ReviewError('forbidden', 403, say(MSG.notLensOwner, { alias }));
    }
  }
  // Applying a lens (at creation or later) needs a lens the caller may see.
  const aliases = (body as { lenses?: unknown; lensAliases?: unknown } | undefined) ?? {};
  for (const alias of [aliases.lenses, aliases.lensAliases].flatMap((list) => (Array.isArray(list) ? list : [])))
    if (typeof alias === 'string') await requireLens(service, principal, alias);
  // So does a workload created from review templates: their lenses are applied too.
  const templates = (body as { reviewTemplates?: unknown } | undefined)?.reviewTemplates;
  if (def.operationId === 'CreateWorkload' && Array.isArray(templates))
    for (const { template } of await templatesFor(service.store, templates.filter((x): x is string => typeof x === 'string')))
      for (const alias of template.lensAliases) await requireLens(service, principal, alias);
}

/**
 * Runs after the handler: filters lists. (Each write records its change in the history, and a user owns what they
 * create or import, inside the write's own transaction: see review/history.ts and review/access.ts.)
 */
export async function afterRoute(def: RouteDef, principal: Principal, result: unknown, service: ReviewService): Promise<unknown> {
  if (principal.userId === null || result instanceof Response) return result;
  const store = service.store;
  switch (def.operationId) {
    case 'ListWorkloads': {
      const r = result as { workloads: { workloadId: string }[] };
      return { ...r, workloads: await onlyVisible(store, principal, r.workloads, (w) => w.workloadId) };
    }
    case 'ListLenses': {
      const r = result as { lenses: { lensAlias?: string; alias?: string; builtin?: boolean }[] };
      const kept = [];
      for (const lens of r.lenses) {
        const alias = lens.lensAlias ?? lens.alias ?? '';
        if (await canSeeLens(store, principal, alias, lens.builtin === true)) kept.push(lens);
      }
      return { ...r, lenses: kept };
    }
    default:
      return result;
  }
}
