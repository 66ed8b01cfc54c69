// The access guard of the API, applied by the app to every route in one place: a route with a workload loads
// it for the caller first (404 when the caller may not see it, 403 when they may see but not do this), lists
// keep only what the caller may see, and what a user creates or imports is shared with them as owner.
import { canSeeLens, grantCreator, loadWorkloadFor, onlyVisible, type Access } from '../review/access.js';
import { notFound, ReviewError, say } from '../review/errors.js';
import { ANSWER_FIELDS, diff, recordChange, WORKLOAD_FIELDS, type ChangeKind } from '../review/history.js';
import { aliasFromName } from '../review/lenses.js';
import { templatesFor } from '../review/template-apply.js';
import type { ReviewService } from '../review/service.js';
import { listChoiceStates } from '../store/choice-states.js';
import type { RouteDef } from './route.js';
import type { Principal } from './tokens.js';

/** Operations on a workload only its owners may do; other writes need a contributor, reads a readonly share. */
const OWNER_OPERATIONS = new Set(['UpdateWorkload', 'DeleteWorkload', 'AssociateLenses', 'DisassociateLenses', 'UpgradeLensReview', 'CreateWorkloadShare', 'DeleteWorkloadShare']);

const MSG = {
  noLens: { en: 'no lens "{alias}"', ja: 'レンズ「{alias}」はありません' },
  notLensOwner: { en: 'only an owner of the lens "{alias}" may share it or import a new version of it', ja: 'レンズ「{alias}」の共有と新しい版のインポートは、その所有者だけが行えます' },
} as const;

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

/** Runs before the handler: throws the 404 or 403 the caller gets; returns the state a recorded change starts from. */
export async function guardRoute(def: RouteDef, principal: Principal, params: Record<string, string | undefined>, service: ReviewService): Promise<Pending | undefined> {
  await checkAccess(def, principal, params, service);
  return captureBefore(def, params, service);
}

async function checkAccess(def: RouteDef, principal: Principal, params: Record<string, string | undefined>, service: ReviewService): Promise<void> {
  if (principal.userId === null) return;
  if (params.workloadId !== undefined) await loadWorkloadFor(service, principal, params.workloadId, accessNeeded(def));
  else if (params.lensAlias !== undefined) {
    await requireLens(service, principal, params.lensAlias);
    if (def.operationId === 'CreateLensShare' && (await service.store.lensAccessOf(params.lensAlias, principal.userId)) !== 'owner')
      throw new ReviewError('forbidden', 403, say(MSG.notLensOwner, { alias: params.lensAlias }));
  }
}

/** Runs after the request is validated: what the body names (lenses to apply or import) must be the caller's too. */
export async function guardBody(def: RouteDef, principal: Principal, body: unknown, service: ReviewService): Promise<void> {
  if (principal.userId === null) return;
  if (def.operationId === 'ImportLens') {
    // A new version of an imported lens only from its owners; a new alias becomes the importer's (afterRoute).
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

/** The state before a write whose change the history records. */
export interface Pending {
  workloadId: string;
  kind: ChangeKind;
  lensAlias: string | null;
  subject: string;
  read: () => Promise<Record<string, unknown> | null>;
  before: Record<string, unknown> | null;
  fields: readonly string[];
}

async function captureBefore(def: RouteDef, params: Record<string, string | undefined>, service: ReviewService): Promise<Pending | undefined> {
  const ref = params.workloadId;
  if (!ref || !def.write) return undefined;
  let pending: Omit<Pending, 'before'> | undefined;
  try {
    const w = await service.resolveWorkload(ref);
    if (def.operationId === 'UpdateAnswer' && params.lensAlias && params.questionId) {
      const { lensAlias, questionId } = params;
      pending = { workloadId: w.id, kind: 'answer', lensAlias, subject: questionId, fields: ANSWER_FIELDS, read: async () => ({ ...(await service.getAnswer(w.id, lensAlias, questionId, 'en')) }) };
    } else if (def.operationId === 'UpdateChoiceStates' && params.lensAlias && params.questionId) {
      // Marking a choice not applicable can drop it from the selection: both are recorded.
      const { lensAlias, questionId } = params;
      const read = async () => ({ ...(await service.getAnswer(w.id, lensAlias, questionId, 'en')), choiceStates: (await listChoiceStates(service.store, w.id, lensAlias)).get(questionId) ?? [] });
      pending = { workloadId: w.id, kind: 'answer', lensAlias, subject: questionId, fields: [...ANSWER_FIELDS, 'choiceStates'], read };
    } else if (['UpdateWorkload', 'AssociateLenses', 'DisassociateLenses'].includes(def.operationId)) {
      pending = { workloadId: w.id, kind: 'workload', lensAlias: null, subject: 'workload', fields: WORKLOAD_FIELDS, read: async () => ({ ...(await service.getWorkload(w.id)) }) };
    } else if (def.operationId === 'CreateWorkloadShare' || def.operationId === 'DeleteWorkloadShare') {
      const shares = async () => Object.fromEntries((await service.store.listWorkloadShares(w.id)).map((s) => [s.userName, s.access]));
      pending = { workloadId: w.id, kind: 'share', lensAlias: null, subject: 'shares', fields: [], read: shares };
    }
    if (!pending) return undefined;
    return { ...pending, before: await pending.read() };
  } catch {
    return undefined; // the handler reports what is wrong (an unknown workload, lens or question)
  }
}

/** Records what a successful write changed. */
async function recordAfter(pending: Pending, principal: Principal, service: ReviewService): Promise<void> {
  const after = await pending.read();
  const fields = pending.kind === 'share' ? [...new Set([...Object.keys(pending.before ?? {}), ...Object.keys(after ?? {})])].sort() : pending.fields;
  await recordChange(service.store, principal, { workloadId: pending.workloadId, kind: pending.kind, lensAlias: pending.lensAlias, subject: pending.subject, what: diff(pending.before, after, fields) }, service.now());
}

/** Runs after the handler: records the change, filters lists, shares what the caller created with them. */
export async function afterRoute(def: RouteDef, principal: Principal, result: unknown, service: ReviewService, pending?: Pending): Promise<unknown> {
  if (pending) await recordAfter(pending, principal, service);
  if (principal.userId === null || result instanceof Response) return result;
  const store = service.store;
  switch (def.operationId) {
    case 'ListWorkloads': {
      const r = result as { workloads: { workloadId: string }[] };
      return { ...r, workloads: await onlyVisible(store, principal, r.workloads, (w) => w.workloadId) };
    }
    case 'CreateWorkload':
    case 'ImportWorkload':
      await grantCreator(store, principal, (result as { workloadId: string }).workloadId, service.now());
      return result;
    case 'ListLenses': {
      const r = result as { lenses: { lensAlias?: string; alias?: string; builtin?: boolean }[] };
      const kept = [];
      for (const lens of r.lenses) {
        const alias = lens.lensAlias ?? lens.alias ?? '';
        if (await canSeeLens(store, principal, alias, lens.builtin === true)) kept.push(lens);
      }
      return { ...r, lenses: kept };
    }
    case 'ImportLens': {
      const alias = (result as { lensAlias?: string; alias?: string }).lensAlias ?? (result as { alias?: string }).alias;
      // A new version of a lens someone else owns is refused before it is stored (see guardRoute); a new lens is the importer's.
      if (alias && (await store.lensAccessOf(alias, principal.userId)) === undefined) await store.putLensShare(alias, principal.userId, 'owner', service.now());
      return result;
    }
    default:
      return result;
  }
}
