// Browser sessions kept on the server: an opaque id in an HttpOnly, SameSite=Lax cookie (Secure over HTTPS),
// a CSRF token per session, and who signed in. Kept in the database; the token itself is never stored.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { getCookie, setCookie, deleteCookie } from 'hono/cookie';
import type { Store } from '../../store/store.js';

export type Role = 'admin' | 'editor' | 'viewer';

export interface Identity {
  /** The API token's id, or "local" for the loopback single user. */
  id: string;
  name: string;
  role: Role;
  /** What a session stores to find this identity again: "token:<id>", "user:<id>" or "local". */
  subject: string;
  /** A signed-in user (access per workload), or null for a service token or the loopback user. */
  userId: string | null;
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
  /** The identity of a user's name and password, or undefined. */
  verifyPassword(name: string, password: string): Promise<Identity | undefined>;
  /** The identity a session's subject names now, or undefined when its token was revoked (or its user disabled). */
  resolve(subject: string): Promise<Identity | undefined>;
}

export type StoredSession = Session & { subject: string | null };

export const SESSION_COOKIE = 'slens_session';
const SESSION_MS = 12 * 60 * 60 * 1000;
const MAX_SESSIONS = 10_000;
const CSRF_SECRET = 'csrf-key';

const randomId = (): string => randomBytes(32).toString('base64url');
const ID_PATTERN = /^[\w-]{43}$/;
const hashId = (id: string): string => createHash('sha256').update(id).digest('hex');

export interface SessionOptions {
  now?: () => number;
  /** Signed-in sessions kept at most; the oldest quarter goes when full. */
  maxSessions?: number;
}

/**
 * Signed-in sessions live in the database (only the SHA-256 of each id), so every server process on it
 * knows them and a restart signs nobody out. A visitor who has not signed in gets a random id in the cookie
 * and a CSRF token derived from it with a key all processes share (kept in the database), so anonymous
 * traffic — however much — stores nothing and can never push a signed-in session out.
 */
export class SessionStore {
  private csrfKey: Promise<string> | undefined;
  private readonly now: () => number;
  private readonly maxSessions: number;

  constructor(
    private readonly store: Store,
    options: SessionOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.maxSessions = options.maxSessions ?? MAX_SESSIONS;
  }

  /** How many signed-in sessions are held (expired ones included until they are pruned). */
  count(): Promise<number> {
    return this.store.countSessions();
  }

  /** The request's signed-in session, or an anonymous one (its id set as a cookie when new) so every form has a CSRF token. */
  async load(c: Context): Promise<StoredSession> {
    const id = getCookie(c, SESSION_COOKIE);
    if (id && ID_PATTERN.test(id)) {
      const found = await this.store.findSession(hashId(id), iso(this.now()));
      if (found) return { id, csrf: found.csrf, identity: null, subject: found.subject, expires: Date.parse(found.expiresAt) };
      return this.anonymous(id);
    }
    const fresh = await this.anonymous(randomId());
    this.setCookie(c, fresh.id);
    return fresh;
  }

  /** Starts a signed-in session under a fresh id (so a planted id cannot be reused). */
  async create(c: Context, identity: Identity): Promise<StoredSession> {
    const now = this.now();
    const session: StoredSession = { id: randomId(), csrf: randomId(), identity, subject: identity.subject, expires: now + SESSION_MS };
    await this.store.transaction(async (tx) => {
      await tx.pruneSessions(iso(now), this.maxSessions);
      await tx.insertSession({ idHash: hashId(session.id), csrf: session.csrf, subject: identity.subject, createdAt: iso(now), expiresAt: iso(session.expires) });
    });
    this.setCookie(c, session.id);
    return session;
  }

  async end(c: Context, session: Session): Promise<void> {
    await this.store.deleteSession(hashId(session.id));
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
  }

  /** Ends every session of a subject at once (a disabled user). */
  async endAllOf(subject: string): Promise<number> {
    return this.store.deleteSessionsOf(subject);
  }

  private async anonymous(id: string): Promise<StoredSession> {
    this.csrfKey ??= this.store.sharedSecret(CSRF_SECRET, randomId(), iso(this.now()));
    const key = await this.csrfKey.catch((error: unknown) => {
      this.csrfKey = undefined; // a passing database outage must not stick
      throw error;
    });
    const csrf = createHmac('sha256', key).update(id).digest('base64url');
    return { id, csrf, identity: null, subject: null, expires: this.now() + SESSION_MS };
  }

  private setCookie(c: Context, id: string): void {
    setCookie(c, SESSION_COOKIE, id, { httpOnly: true, sameSite: 'Lax', secure: isHttps(c), path: '/', maxAge: SESSION_MS / 1000 });
  }
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

export function isHttps(c: Context): boolean {
  return c.req.url.startsWith('https:') || c.req.header('x-forwarded-proto') === 'https';
}

/** Constant-time comparison of the submitted CSRF token with the session's. */
export function csrfMatches(session: Session, submitted: unknown): boolean {
  if (typeof submitted !== 'string' || submitted.length !== session.csrf.length) return false;
  return timingSafeEqual(Buffer.from(submitted), Buffer.from(session.csrf));
}
