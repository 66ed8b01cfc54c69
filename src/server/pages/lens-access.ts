// The lens side of the pages' access guard, the same rule as the API's (review/access.ts): a user sees the built-in
// lens and the imported lenses shared with them — others are "not found", and absent from every list and picker —
// and only a lens's owners delete it, change its shares or import a new version of it.
import type { MiddlewareHandler } from 'hono';
import { canSeeLens } from '../../review/access.js';
import { notFound, ReviewError, say } from '../../review/errors.js';
import type { Store } from '../../store/store.js';
import type { PageDeps, PageEnv } from './env.js';
import { formList, type FormBody } from './form.js';
import type { Identity } from './session.js';

const MSG = {
  noLens: { en: 'no lens "{alias}"', ja: 'レンズ「{alias}」はありません' },
  notOwner: { en: 'only an owner of the lens "{alias}" may share it, delete it or import a new version of it', ja: 'レンズ「{alias}」の共有、削除、新しい版のインポートは、その所有者だけが行えます' },
} as const;

/** 404 for a lens the caller may not see; 403 for a change to an imported lens they do not own (`write`). */
export async function requirePageLens(store: Store, identity: Identity | null, alias: string, write: boolean): Promise<void> {
  if (!identity || identity.userId === null) return;
  const lens = await store.getLens(alias);
  if (!lens) return; // the page itself says the lens does not exist
  if (!(await canSeeLens(store, identity, alias, lens.builtin))) throw notFound(say(MSG.noLens, { alias }));
  if (write && !lens.builtin && (await store.lensAccessOf(alias, identity.userId)) !== 'owner') throw new ReviewError('forbidden', 403, say(MSG.notOwner, { alias }));
}

/** Every page under /lenses/:alias: reads need a lens the caller sees, forms an owner of it. */
export function lensPageGuard(deps: PageDeps): MiddlewareHandler<PageEnv> {
  return async (c, next) => {
    const alias = c.req.param('alias');
    if (alias !== undefined) await requirePageLens(deps.service.store, c.get('identity'), decodeURIComponent(alias), c.req.method === 'POST');
    await next();
  };
}

/** Forms that apply lenses to a workload (creating one, adding lenses): each lens must be one the caller sees. */
export function lensChoiceGuard(deps: PageDeps): MiddlewareHandler<PageEnv> {
  return async (c, next) => {
    if (c.req.method === 'POST') {
      const body = (await c.req.parseBody({ all: true })) as FormBody;
      for (const alias of formList(body, 'lenses')) await requirePageLens(deps.service.store, c.get('identity'), alias, false);
    }
    await next();
  };
}

/** The lenses of a list the caller may see (the built-in one, and imported ones shared with them). */
export async function visibleLenses<T>(store: Store, identity: Identity | null, lenses: readonly T[], of: (lens: T) => { alias: string; builtin: boolean }): Promise<T[]> {
  if (!identity || identity.userId === null) return [...lenses];
  const kept: T[] = [];
  for (const lens of lenses) {
    const { alias, builtin } = of(lens);
    if (await canSeeLens(store, identity, alias, builtin)) kept.push(lens);
  }
  return kept;
}
