// Signing in with a user name and password, throttled in the database (so every server process counts the same
// failures): after MAX_FAILURES wrong passwords for one name in a window, that name is refused until the next.
import type { Localized } from '../../util/i18n.js';
import type { PageDeps } from './env.js';
import type { Identity } from './session.js';

const WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES = 10;

export const SIGNIN_TEXT = {
  orPassword: { en: 'Or sign in as a user with your name and password:', ja: 'または、ユーザー名とパスワードでサインインしてください。' },
  userName: { en: 'User name', ja: 'ユーザー名' },
  password: { en: 'Password', ja: 'パスワード' },
  badPassword: { en: 'This user name and password do not match an enabled user.', ja: 'ユーザー名とパスワードが、有効なユーザーと一致しません。' },
  throttled: {
    en: 'Too many failed sign-ins for this user name: try again in a few minutes, or sign in with your token.',
    ja: 'このユーザー名でのサインインの失敗が多すぎます。数分後にもう一度試すか、トークンでサインインしてください。',
  },
} as const satisfies Record<string, Localized>;

export type SignInAttempt = { ok: true; identity: Identity } | { ok: false; status: 401 | 429; message: Localized };

export async function throttledSignIn(deps: PageDeps, name: string, password: string, now = Date.now()): Promise<SignInAttempt> {
  const store = deps.service.store;
  const windowStart = new Date(Math.floor(now / WINDOW_MS) * WINDOW_MS).toISOString();
  const key = `user:${name.toLowerCase()}`.slice(0, 160);
  if ((await store.signinFailures(key, windowStart)) >= MAX_FAILURES) return { ok: false, status: 429, message: SIGNIN_TEXT.throttled };
  const identity = password ? await deps.auth.verifyPassword(name, password) : undefined;
  if (identity) return { ok: true, identity };
  await store.transaction(async (tx) => {
    await tx.pruneSigninFailures(new Date(now - 2 * WINDOW_MS).toISOString());
    await tx.addSigninFailure(key, windowStart);
  });
  return { ok: false, status: 401, message: SIGNIN_TEXT.badPassword };
}
