// Browser sessions kept on the server: an opaque id in an HttpOnly, SameSite=Lax cookie (Secure over HTTPS),
// a CSRF token per session, and the signed-in token's identity. The token itself never reaches the page.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { getCookie, setCookie, deleteCookie } from 'hono/cookie';

export type Role = 'admin' | 'editor' | 'viewer';

export interface Identity {
  /** The API token's id, or "local" for the loopback single user. */
  id: string;
  name: string;
  role: Role;
}

export interface Session {
  id: string;
  csrf: string;
  /** Verifies the token again on each request, so revoking a token ends its sessions. */
  tokenCheck: string | null;
  identity: Identity | null;
  expires: number;
}

/** How the site learns who may do what; the server supplies it from the same rules as the API. */
export interface SiteAuth {
  /** True when every request needs a token (tokens exist, or the host is not loopback). */
  required(): Promise<boolean>;
  /** The identity of an API token, or undefined when it is unknown or revoked. */
  verify(token: string): Promise<Identity | undefined>;
}

export const SESSION_COOKIE = 'slens_session';
const SESSION_MS = 12 * 60 * 60 * 1000;
const MAX_SESSIONS = 10_000;

const randomId = (): string => randomBytes(32).toString('base64url');

export class SessionStore {
  private readonly sessions = new Map<string, Session & { token: string | null }>();

  constructor(private readonly now: () => number = Date.now) {}

  /** The request's session, or a new anonymous one (set as a cookie) so every form has a CSRF token. */
  load(c: Context): Session & { token: string | null } {
    const id = getCookie(c, SESSION_COOKIE);
    const found = id ? this.sessions.get(id) : undefined;
    if (found && found.expires > this.now()) return found;
    if (found) this.sessions.delete(found.id);
    return this.create(c, null, null);
  }

  /** Starts a fresh session (a new id on sign-in, so a planted id cannot be reused). */
  create(c: Context, identity: Identity | null, token: string | null): Session & { token: string | null } {
    if (this.sessions.size >= MAX_SESSIONS) this.evict();
    const session = { id: randomId(), csrf: randomId(), tokenCheck: null, identity, token, expires: this.now() + SESSION_MS };
    this.sessions.set(session.id, session);
    setCookie(c, SESSION_COOKIE, session.id, {
      httpOnly: true,
      sameSite: 'Lax',
      secure: isHttps(c),
      path: '/',
      maxAge: SESSION_MS / 1000,
    });
    return session;
  }

  end(c: Context, session: Session): void {
    this.sessions.delete(session.id);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
  }

  private evict(): void {
    const now = this.now();
    for (const [id, s] of this.sessions) if (s.expires <= now) this.sessions.delete(id);
    // Still full: drop the oldest quarter (Map keeps insertion order).
    if (this.sessions.size >= MAX_SESSIONS) {
      let drop = Math.ceil(MAX_SESSIONS / 4);
      for (const id of this.sessions.keys()) {
        if (drop-- <= 0) break;
        this.sessions.delete(id);
      }
    }
  }
}

export function isHttps(c: Context): boolean {
  return c.req.url.startsWith('https:') || c.req.header('x-forwarded-proto') === 'https';
}

/** Constant-time comparison of the submitted CSRF token with the session's. */
export function csrfMatches(session: Session, submitted: unknown): boolean {
  if (typeof submitted !== 'string' || submitted.length !== session.csrf.length) return false;
  return timingSafeEqual(Buffer.from(submitted), Buffer.from(session.csrf));
}
