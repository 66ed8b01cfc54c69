// The W-A-compatible API under /aws: each operation at the model's method and path, callers authenticated as
// AWS tools sign (see access-keys.ts), input checked, answers and errors in restJson1 form.
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import type { ReviewService } from '../../review/service.js';
import { fill as fillText, fillLater as fill, isLang, langFromAcceptLanguage, type Lang, type Localized } from '../../util/i18n.js';
import { canWrite, type Principal } from '../tokens.js';
import { authenticateAws } from './access-keys.js';
import { guardOperation } from './workload-access.js';
import { AwsError, errorResponse, toAwsError } from './errors.js';
import { OPERATIONS, type AwsOperation } from './operations.js';
import { getClientRequest, recordClientRequest } from '../../store/wa-sync.js';
import { isUniqueViolation } from '../../store/store.js';
import { actingAs } from '../../review/history.js';

export interface AwsAppOptions {
  service: ReviewService;
  loopback: boolean;
  /** Receives internal errors (with their stack) as JSON lines. */
  log?: (line: string) => void;
  /** Refuse `n` of every `n + 1` requests with ThrottlingException (HTTP 429), to test clients' retries. */
  throttle?: number;
}

type Env = { Variables: { principal: Principal; lang: Lang; region: string; body: string } };

/** ImportLens takes up to 500,000 characters of lens JSON, which JSON escaping can make several times larger. */
const BODY_LIMIT = 4 * 1024 * 1024;
const DEFAULT_REGION = 'us-east-1';

const MSG = {
  readOnly: { en: 'the token "{name}" is a viewer token and cannot change anything', ja: 'トークン「{name}」は閲覧者用のため変更できません' },
  malformedJson: { en: 'the request body is not valid JSON: {detail}', ja: 'リクエスト本文が正しい JSON ではありません: {detail}' },
  invalid: { en: 'the request is not valid: {fields}', ja: 'リクエストが正しくありません: {fields}' },
  unknownOperation: {
    en: 'slens does not serve {method} {path}; docs/wa-tool.md lists the supported W-A API operations',
    ja: 'slens は {method} {path} を提供していません。対応する W-A API の操作は docs/wa-tool.ja.md にあります',
  },
  tooLarge: { en: 'the request body is larger than {limit} bytes', ja: 'リクエスト本文が {limit} バイトを超えています' },
  internal: { en: 'internal error; the server log has the details', ja: '内部エラーです。詳細はサーバーのログにあります' },
  throttled: { en: 'rate exceeded (this server was started with --aws-throttle {n})', ja: 'リクエストの頻度が上限を超えました（このサーバーは --aws-throttle {n} で起動されています）' },
  tokenReused: {
    en: 'the ClientRequestToken "{token}" was already used for a different {operation} request',
    ja: 'ClientRequestToken「{token}」は内容の異なる {operation} のリクエストですでに使われています',
  },
} as const satisfies Record<string, Localized>;

const jaLocale = z.locales.ja();

/** Parses with `schema`; a failure is a ValidationException naming every field, in both languages. */
function parse(schema: z.ZodType, value: unknown, where: string): unknown {
  const en = schema.safeParse(value);
  if (en.success) return en.data;
  const ja = schema.safeParse(value, { error: jaLocale.localeError });
  const name = (issue: z.core.$ZodIssue) => [where, ...issue.path.map(String)].filter(Boolean).join('.');
  const fields = en.error.issues.map((issue, i) => ({
    Name: name(issue),
    Message: { en: issue.message, ja: (!ja.success && ja.error.issues[i]?.message) || issue.message },
  }));
  const summary = (lang: Lang) => fields.map((f) => `${f.Name}: ${f.Message[lang]}`).join('; ');
  const message = { en: fillText(MSG.invalid.en, { fields: summary('en') }), ja: fillText(MSG.invalid.ja, { fields: summary('ja') }) };
  throw new AwsError('ValidationException', message, {
    Reason: 'FIELD_VALIDATION_FAILED',
    Fields: fields,
  });
}

function readBody(text: string): unknown {
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new AwsError('ValidationException', fill(MSG.malformedJson, { detail: (error as Error).message }), { Reason: 'CANNOT_PARSE' });
  }
}

/** Keeps a create's response under its token; a concurrent twin that got there first wins. */
async function rememberResponse(service: ReviewService, operation: string, token: string, request: string, response: string): Promise<void> {
  try {
    await recordClientRequest(service.store, operation, token, request, response, service.now());
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
}

/**
 * The response a concurrent twin (same operation, token and request) stored, waited for briefly: the twin may still
 * be finishing. Undefined when none comes, or the token was used for another request.
 */
async function twinResponse(service: ReviewService, operation: string, token: string, request: string): Promise<string | undefined> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const earlier = await getClientRequest(service.store, operation, token);
    if (earlier) return earlier.request === request ? earlier.response : undefined;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return undefined;
}

function register(app: Hono<Env>, op: AwsOperation, service: ReviewService, log: AwsAppOptions['log']): void {
  const handler = async (c: Context<Env>) => {
    const lang = c.get('lang');
    const params = c.req.param() as Record<string, string>;
    let token: string | undefined;
    let request = '';
    try {
      const principal = c.get('principal');
      if (op.write && !canWrite(principal)) throw new AwsError('AccessDeniedException', fill(MSG.readOnly, { name: principal.name }));
      await guardOperation(op.name, op.write, principal, params, service);
      const query = op.query ? parse(op.query, c.req.query(), '') : {};
      const body = op.body ? parse(op.body, readBody(c.get('body')), '') : {};
      token = op.idempotent ? (body as { ClientRequestToken?: string }).ClientRequestToken : undefined;
      request = JSON.stringify({ params, body: { ...(body as object), ClientRequestToken: undefined } });
      if (token !== undefined) {
        const earlier = await getClientRequest(service.store, op.name, token);
        if (earlier && earlier.request !== request) throw new AwsError('ConflictException', fill(MSG.tokenReused, { token, operation: op.name }), { ResourceId: token.slice(0, 256), ResourceType: op.resource.type });
        if (earlier) return c.body(earlier.response, 200, { 'content-type': 'application/json' });
      }
      // Writes are recorded in the history as this caller's, and what they create is theirs.
      const result = await actingAs(principal, () => op.run({ call: { service, lang, region: c.get('region'), caller: principal }, params, query, body }));
      if (token !== undefined) await rememberResponse(service, op.name, token, request, JSON.stringify(result ?? {}));
      if (result === undefined) return c.body(null, 200);
      return c.body(JSON.stringify(result), 200, { 'content-type': 'application/json' });
    } catch (error) {
      const aws = toAwsError(error, { resourceType: op.resource.type, resourceId: (op.resource.param && params[op.resource.param]) || '' }, MSG.internal);
      // The same request with the same token running at once (a retry sent to another process): the twin's answer.
      const twin = aws.type === 'ConflictException' && token !== undefined ? await twinResponse(service, op.name, token, request) : undefined;
      if (twin !== undefined) return c.body(twin, 200, { 'content-type': 'application/json' });
      if (aws.type === 'InternalServerException')
        log?.(JSON.stringify({ time: new Date().toISOString(), level: 'error', operation: op.name, error: (error as Error)?.stack ?? String(error) }));
      return errorResponse(aws, lang);
    }
  };
  const method = op.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
  app.on(method.toUpperCase(), op.path, handler);
}

export function buildAwsApp(options: AwsAppOptions): Hono {
  const { service, loopback, throttle } = options;
  let seen = 0;
  const app = new Hono<Env>();
  app.use(
    '*',
    bodyLimit({
      maxSize: BODY_LIMIT,
      onError: (c) => {
        c.header('connection', 'close');
        return errorResponse(new AwsError('ValidationException', fill(MSG.tooLarge, { limit: BODY_LIMIT }), { Reason: 'OTHER' }), 'en');
      },
    }),
  );
  app.use('*', async (c, next) => {
    const asked = c.req.query('lang');
    const lang = isLang(asked) ? asked : langFromAcceptLanguage(c.req.header('accept-language'));
    c.set('lang', lang);
    const body = await c.req.text();
    c.set('body', body);
    const url = new URL(c.req.url);
    const auth = await authenticateAws(service.store, { method: c.req.method, rawPath: url.pathname, rawQuery: url.search.replace(/^\?/, ''), headers: c.req.raw.headers, body }, loopback);
    if (!auth.ok) return errorResponse(new AwsError('AccessDeniedException', auth.message), lang);
    if (throttle && seen++ % (throttle + 1) !== throttle)
      return errorResponse(new AwsError('ThrottlingException', fill(MSG.throttled, { n: throttle }), { QuotaCode: 'L-SLENS-TEST', ServiceCode: 'wellarchitected' }), lang);
    c.set('principal', auth.principal);
    c.set('region', auth.region ?? DEFAULT_REGION);
    await next();
  });
  for (const op of OPERATIONS) register(app, op, service, options.log);
  app.all('*', (c) =>
    errorResponse(new AwsError('ValidationException', fill(MSG.unknownOperation, { method: c.req.method, path: c.req.path }), { Reason: 'UNKNOWN_OPERATION' }), c.get('lang')),
  );
  return app as unknown as Hono;
}
