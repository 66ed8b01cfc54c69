// The access guard of the web pages: every page under /workloads/:id loads the workload for the signed-in
// caller first — a workload they may not see is "not found", a readonly share cannot post, and only owners
// change a workload's lenses. The same rule (review/access.ts) as the API, in one place for all pages.
import type { MiddlewareHandler } from 'hono';
import { loadWorkloadFor, onlyVisible, type Access } from '../../review/access.js';
import { actingAs } from '../../review/history.js';
import type { Store } from '../../store/store.js';
import type { Identity } from './session.js';
import type { PageDeps, PageEnv } from './env.js';

/** Page forms only owners may send (as the API's owner operations); every other form needs a contributor, every page a readonly share. */
const OWNER_FORMS = /^\/workloads\/[^/]+\/(edit|delete|lenses|lenses\/[^/]+\/remove|shares|shares\/remove)$/;

export function pageAccessNeeded(method: string, path: string): Access {
  if (method !== 'POST') return 'readonly';
  return OWNER_FORMS.test(path) ? 'owner' : 'contributor';
}

export function workloadPageGuard(deps: PageDeps): MiddlewareHandler<PageEnv> {
  return async (c, next) => {
    const identity = c.get('identity');
    const id = c.req.param('id');
    // Signed-out visitors are sent to sign in before this; service tokens and the loopback user see everything.
    if (identity && identity.userId !== null && id !== undefined) await loadWorkloadFor(deps.service, identity, decodeURIComponent(id), pageAccessNeeded(c.req.method, c.req.path));
    await next();
  };
}

/** Every page request acts as the signed-in caller: what they save is recorded as theirs, what they create is theirs. */
export function actingAsCaller(): MiddlewareHandler<PageEnv> {
  return (c, next) => actingAs(c.get('identity'), next);
}

/** The workloads of a list the signed-in caller may see. */
export function onlyVisibleTo<T extends { workloadId: string }>(store: Store, identity: Identity | null, items: readonly T[]): Promise<T[]> {
  return onlyVisible(store, identity ?? { userId: null, name: '' }, items, (w) => w.workloadId);
}
