// Checks every request passes before any route sees it: nosniff on every response, loopback host names
// only while the server is open (no token needed — what DNS rebinding would exploit), writes only from
// this origin (or from clients that send no Origin, such as the CLI and the AWS SDK), and JSON bodies
// only on API writes (a cross-site page can send text/plain without a preflight, never application/json).
import type { Context, MiddlewareHandler } from 'hono';
import { fill, isLang, langFromAcceptLanguage, type Lang, type Localized } from '../util/i18n.js';
import { isLoopbackHost } from './tokens.js';

const MESSAGES = {
  badHost: {
    en: 'this server is open to loopback only and does not answer to the host name "{host}"; use http://127.0.0.1 or http://localhost, or add the name with "slens serve --allowed-host {host}"',
    ja: 'このサーバーはループバック専用のため、ホスト名「{host}」には応答しません。http://127.0.0.1 か http://localhost を使うか、「slens serve --allowed-host {host}」で名前を追加してください。',
  },
  crossSite: {
    en: 'a change from another site ({origin}) is refused: open slens itself and make the change there',
    ja: '別のサイト（{origin}）からの変更は受け付けません。slens を直接開いて変更してください。',
  },
  notJson: {
    en: 'API changes must be sent as JSON (Content-Type: application/json), not "{type}"',
    ja: 'API への変更は JSON（Content-Type: application/json）で送ってください（受け取ったのは「{type}」）。',
  },
} as const satisfies Record<string, Localized>;

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** What Sec-Fetch-Site says for a request this site (or the user, typing a URL) started. */
const OWN_FETCH_SITES = new Set(['same-origin', 'none']);

export function requestLang(c: Context): Lang {
  const asked = c.req.query('lang');
  return isLang(asked) ? asked : langFromAcceptLanguage(c.req.header('accept-language'));
}

/** A refusal in the shape the path's clients read: JSON under /api, plain text elsewhere. */
function refuse(c: Context, status: 403 | 415 | 421, code: string, text: Localized, values: Record<string, string>): Response {
  const message = fill(text[requestLang(c)], values);
  if (c.req.path.startsWith('/api/')) return c.json({ code, message }, status);
  return c.text(message, status);
}

/** Sets nosniff after the handler ran, so error pages, downloads and assets carry it as well. */
export const noSniff: MiddlewareHandler = async (c, next) => {
  await next();
  try {
    c.res.headers.set('x-content-type-options', 'nosniff');
  } catch {
    // A Response with immutable headers (a proxied fetch) is copied once to add the header.
    c.res = new Response(c.res.body, c.res);
    c.res.headers.set('x-content-type-options', 'nosniff');
  }
};

/** The host name of a Host header value, lower-cased, without port or IPv6 brackets. */
export function hostName(header: string): string {
  const value = header.trim().toLowerCase();
  if (value.startsWith('[')) return value.slice(1, value.indexOf(']') >>> 0);
  const colon = value.lastIndexOf(':');
  return colon >= 0 && value.indexOf(':') === colon ? value.slice(0, colon) : value;
}

/**
 * While `open()` (loopback, no token needed) only loopback names and the configured ones are served:
 * a page on evil.example whose name was re-pointed at 127.0.0.1 arrives with its own name as Host.
 */
export function hostGuard(open: () => Promise<boolean>, allowedHosts: readonly string[]): MiddlewareHandler {
  const allowed = new Set(allowedHosts.map((h) => hostName(h)));
  return async (c, next) => {
    const host = hostName(c.req.header('host') ?? '');
    if (!isLoopbackHost(host) && !allowed.has(host) && (await open())) return refuse(c, 421, 'host-not-allowed', MESSAGES.badHost, { host });
    await next();
  };
}

/**
 * Writes come from this origin or from no browser at all. Browsers send Origin on every cross-origin
 * write and Sec-Fetch-Site on every request; clients without them (CLI, SDKs) are not browsers. Behind a
 * proxy the page's origin is the proxy's name: X-Forwarded-Host or a configured name then matches.
 */
export function sameOriginWrites(allowedHosts: readonly string[]): MiddlewareHandler {
  const allowed = new Set(allowedHosts.map((h) => hostName(h)));
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const site = c.req.header('sec-fetch-site');
    const origin = c.req.header('origin');
    if (site !== undefined && !OWN_FETCH_SITES.has(site.toLowerCase())) return refuse(c, 403, 'cross-site-write', MESSAGES.crossSite, { origin: origin ?? site });
    if (origin !== undefined) {
      const from = originHost(origin);
      const own = [c.req.header('host'), c.req.header('x-forwarded-host')].map((h) => (h ?? '').trim().toLowerCase());
      if (from === '' || (!own.includes(from) && !allowed.has(hostName(from)))) return refuse(c, 403, 'cross-site-write', MESSAGES.crossSite, { origin });
    }
    await next();
  };
}

/** host[:port] of an Origin value; '' for "null" and anything that is not a URL. */
function originHost(origin: string): string {
  try {
    return new URL(origin).host.toLowerCase();
  } catch {
    return '';
  }
}

/** API writes carry JSON or nothing: any other body type is refused before it is read. */
export const jsonApiWrites: MiddlewareHandler = async (c, next) => {
  if (SAFE_METHODS.has(c.req.method)) return next();
  const type = c.req.header('content-type');
  const hasBody = type !== undefined || c.req.header('transfer-encoding') !== undefined || Number(c.req.header('content-length') ?? 0) > 0;
  const mediaType = (type ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (hasBody && !/^application\/([\w.-]+\+)?json$/.test(mediaType)) return refuse(c, 415, 'not-json', MESSAGES.notJson, { type: type ?? '' });
  await next();
};
