// Browser sessions kept on the server: an opaque id in an HttpOnly, SameSite=Lax cookie (Secure over HTTPS),
// a CSRF token per session, and the signed-in token's identity. The token itself never reaches the page.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
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

export type StoredSession = Session & { token: string | null };

export const SESSION_COOKIE = 'slens_session';
const SESSION_MS = 12 * 60 * 60 * 1000;
const MAX_SESSIONS = 10_000;

const randomId = (): string => randomBytes(32).toString('base64url');
const ID_PATTERN = /^[\w-]{43}$/;

/**
 * Only signed-in sessions are kept. A visitor who has not signed in gets a random id in the cookie and a
 * CSRF token derived from it with a per-process key, so anonymous traffic — however much — stores
 * nothing and can never push a signed-in session out.
 */
export class SessionStore {
  private readonly sessions = new Map<string, StoredSession>();
  private readonly csrfKey = randomBytes(32);

  constructor(
    private readonly now: () => number = Date.now,
    private readonly maxSessions = MAX_SESSIONS,
  ) {}

  /** How many signed-in sessions are held. */
  get size(): number {
    return this.sessions.size;
  }

  /** The request's signed-in session, or an anonymous one (its id set as a cookie when new) so every form has a CSRF token. */
  load(c: Context): StoredSession {
    const id = getCookie(c, SESSION_COOKIE);
    const found = id ? this.sessions.get(id) : undefined;
    if (found && found.expires > this.now()) return found;
    if (found) this.sessions.delete(found.id);
    if (id && ID_PATTERN.test(id)) return this.anonymous(id);
    const fresh = this.anonymous(randomId());
    this.setCookie(c, fresh.id);
    return fresh;
  }

  /** Starts a signed-in session under a fresh id (so a planted id cannot be reused). */
  create(c: Context, identity: Identity, token: string): StoredSession {
    if (this.sessions.size >= this.maxSessions) this.evict();
    const session = { id: randomId(), csrf: randomId(), identity, token, expires: this.now() + SESSION_MS };
    this.sessions.set(session.id, session);
    this.setCookie(c, session.id);
    return session;
  }

  end(c: Context, session: Session): void {
    this.sessions.delete(session.id);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
  }

  private anonymous(id: string): StoredSession {
    const csrf = createHmac('sha256', this.csrfKey).update(id).digest('base64url');
    return { id, csrf, identity: null, token: null, expires: this.now() + SESSION_MS };
  }

  private setCookie(c: Context, id: string): void {
    setCookie(c, SESSION_COOKIE, id, { httpOnly: true, sameSite: 'Lax', secure: isHttps(c), path: '/', maxAge: SESSION_MS / 1000 });
  }

  /** Full of signed-in sessions: expired ones go, then the oldest quarter (Map keeps insertion order). */
  private evict(): void {
    const now = this.now();
    for (const [id, s] of this.sessions) if (s.expires <= now) this.sessions.delete(id);
    if (this.sessions.size >= this.maxSessions) {
      let drop = Math.ceil(this.maxSessions / 4);
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
