// The HTTP API as a Hono app built from a review service: access control, body limits, request validation
// with the route schemas, errors as JSON (400 per field, 401, 403, 404, 409, 413), one JSON log line per request.
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { isReviewError } from '../review/errors.js';
import { actingAs } from '../review/history.js';
import { isUserError } from '../util/errors.js';
import type { ReviewService } from '../review/service.js';
import type { Lang } from '../util/i18n.js';
import { buildOpenApi } from './openapi.js';
import { hostGuard, jsonApiWrites, noSniff, requestLang, sameOriginWrites } from './request-guards.js';
import type { RouteDef } from './route.js';
import { API_ROUTES } from './routes.js';
import { buildAwsApp } from './aws/app.js';
import { authenticate, canWrite, hasCredentials, type Principal } from './tokens.js';
import { afterRoute, guardBody, guardRoute } from './workload-guard.js';

export interface AppOptions {
  service: ReviewService;
  /** True when the server listens on loopback only: then, with no token created, no sign-in is needed. */
  loopback: boolean;
  /** Receives one JSON line per request; omit for silence. */
  log?: (line: string) => void;
  /** Pages (the web app) mounted beside the API at `/`. */
  pages?: Hono<never>;
  /** Host names served besides the loopback ones while the server is open (a local proxy's name). */
  allowedHosts?: readonly string[];
  /** The W-A API refuses `n` of every `n + 1` requests with ThrottlingException (see aws/app.ts). */
  awsThrottle?: number;
}

type Env = { Variables: { principal: Principal; lang: Lang } };

const MESSAGES = {
  malformedJson: { en: 'the request body is not valid JSON: {detail}', ja: 'リクエスト本文が正しい JSON ではありません: {detail}' },
  tooLarge: { en: 'the request body is larger than {limit} bytes', ja: 'リクエスト本文が {limit} バイトを超えています' },
  readOnly: { en: 'the token "{name}" is a viewer token and cannot change anything', ja: 'トークン「{name}」は閲覧者用のため変更できません' },
  invalid: { en: 'the request is not valid', ja: 'リクエストが正しくありません' },
  notFound: { en: 'no such API path: {method} {path}', ja: 'その API パスはありません: {method} {path}' },
  internal: { en: 'internal error; the server log has the details', ja: '内部エラーです。詳細はサーバーのログにあります' },
} as const;

function msg(key: keyof typeof MESSAGES, lang: Lang, values: Record<string, string | number> = {}): string {
  return MESSAGES[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? `{${k}}`));
}

const jaLocale = z.locales.ja();

function zodFields(error: z.ZodError, prefix: string): { field: string; message: string }[] {
  return error.issues.map((issue) => ({ field: [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || prefix, message: issue.message }));
}

function fail(c: Context, status: 400 | 401 | 403 | 404 | 409 | 413 | 500, code: string, message: string, extra: Record<string, unknown> = {}) {
  return c.json({ code, message, ...extra }, status);
}

/** `/api/workloads/{workloadId}` → `/api/workloads/:workloadId` */
function honoPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ':$1');
}

async function readJson(c: Context, lang: Lang): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }> {
  const text = await c.req.text();
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = (error as Error).message;
    return { ok: false, response: fail(c, 400, 'malformed-json', msg('malformedJson', lang, { detail }), { fields: [{ field: 'body', message: detail }] }) };
  }
}

function register(app: Hono<Env>, def: RouteDef, service: ReviewService): void {
  const handler = async (c: Context<Env>) => {
    const lang = c.get('lang');
    const principal = c.get('principal');
    if (def.write && !canWrite(principal)) return fail(c, 403, 'read-only', msg('readOnly', lang, { name: principal.name }));
    // Access first: a workload the caller may not see is 404 whatever else is wrong with the request.
    await guardRoute(def, principal, c.req.param() as Record<string, string>, service);
    const options = lang === 'ja' ? { error: jaLocale.localeError } : undefined;
    const fields: { field: string; message: string }[] = [];
    const params: Record<string, string> = {};
    for (const [name, schema] of Object.entries(def.params)) {
      const value = c.req.param(name) ?? '';
      const parsed = schema.safeParse(value, options);
      if (parsed.success) params[name] = value;
      else fields.push(...zodFields(parsed.error, name));
    }
    let query: unknown;
    if (def.query) {
      const parsed = def.query.safeParse(c.req.query(), options);
      if (parsed.success) query = parsed.data;
      else fields.push(...zodFields(parsed.error, 'query'));
    }
    let body: unknown;
    if (def.body) {
      const read = await readJson(c, lang);
      if (!read.ok) return read.response;
      const parsed = def.body.safeParse(read.value ?? (def.body instanceof z.ZodObject ? {} : undefined), options);
      if (parsed.success) body = parsed.data;
      else fields.push(...zodFields(parsed.error, 'body'));
    }
    if (fields.length > 0) return fail(c, 400, 'invalid-input', `${msg('invalid', lang)}: ${fields.map((f) => `${f.field}: ${f.message}`).join('; ')}`, { fields });
    await guardBody(def, principal, body, service);
    // Writes are recorded in the history as this caller's (in their own transactions), and what they create is theirs.
    const result = await afterRoute(def, principal, await actingAs(principal, () => def.handler({ params, query, body, lang, principal, service })), service);
    if (result instanceof Response) return result;
    return c.json(result as object, def.status);
  };
  const limit = bodyLimit({
    maxSize: def.bodyLimit,
    onError: (c) => {
      // The rest of the body is never read, so this connection cannot carry another request.
      c.header('connection', 'close');
      return fail(c, 413, 'body-too-large', msg('tooLarge', requestLang(c), { limit: def.bodyLimit }));
    },
  });
  const path = honoPath(def.path);
  if (def.method === 'get') app.get(path, handler);
  else if (def.method === 'post') app.post(path, limit, handler);
  else if (def.method === 'put') app.put(path, limit, handler);
  else if (def.method === 'patch') app.patch(path, limit, handler);
  else app.delete(path, limit, handler);
}

export function buildApp(options: AppOptions): Hono {
  const { service, loopback, log } = options;
  const allowedHosts = options.allowedHosts ?? [];
  const app = new Hono<Env>();
  const openapi = JSON.stringify(buildOpenApi(API_ROUTES));

  app.use('*', noSniff);

  if (log) {
    app.use('*', async (c, next) => {
      const started = performance.now();
      await next();
      // API requests carry a principal; page requests carry the signed-in identity.
      const principal = (c.get('principal') ?? (c as unknown as Context<{ Variables: { identity: Principal | null } }>).get('identity')) as Principal | null | undefined;
      log(
        JSON.stringify({
          time: new Date().toISOString(),
          method: c.req.method,
          path: c.req.path,
          status: c.res.status,
          ms: Math.round((performance.now() - started) * 100) / 100,
          user: principal?.name ?? null,
        }),
      );
    });
  }

  // Open means no token is asked for: then the host name and the origin are all that keep other sites out.
  app.use('*', hostGuard(async () => loopback && !(await hasCredentials(service.store)), allowedHosts));
  app.use('*', sameOriginWrites(allowedHosts));
  app.use('/api/*', jsonApiWrites);

  app.use('/api/*', async (c, next) => {
    const lang = requestLang(c);
    c.set('lang', lang);
    const auth = await authenticate(service.store, c.req.header('authorization'), loopback);
    if (!auth.ok) {
      c.header('WWW-Authenticate', 'Bearer realm="slens"');
      return fail(c, 401, 'unauthorized', auth.message[lang]);
    }
    c.set('principal', auth.principal);
    await next();
  });

  app.get('/api/openapi.json', (c) => c.body(openapi, 200, { 'content-type': 'application/json; charset=utf-8' }));
  for (const def of API_ROUTES) register(app, def, service);
  app.all('/api/*', (c) => fail(c, 404, 'no-route', msg('notFound', c.get('lang'), { method: c.req.method, path: c.req.path })));

  app.onError((error, c) => {
    const lang = (c.get('lang') as Lang | undefined) ?? 'en';
    if (isReviewError(error)) {
      const extra: Record<string, unknown> = { ...error.details };
      if (error.fields.length > 0) extra.fields = error.fields.map((f) => ({ field: f.field, message: f.message[lang] }));
      return fail(c, error.status, error.code, error.messageIn(lang), extra);
    }
    if (isUserError(error)) return fail(c, 400, error.code, error.message);
    log?.(JSON.stringify({ time: new Date().toISOString(), level: 'error', method: c.req.method, path: c.req.path, error: error.stack ?? String(error) }));
    return fail(c, 500, 'internal', msg('internal', lang));
  });

  app.route('/aws', buildAwsApp({ service, loopback, log, throttle: options.awsThrottle }) as unknown as Hono<Env>);
  if (options.pages) app.route('/', options.pages as unknown as Hono<Env>);
  return app as unknown as Hono;
}
