// The web pages as one Hono app: language, session, sign-in, CSRF and role checks, then the page routes.
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getCookie, setCookie } from 'hono/cookie';
import { isReviewError } from '../../review/errors.js';
import { isLang, langFromAcceptLanguage, type Lang } from '../../util/i18n.js';
import { PRINT_SCRIPT } from './assets/print-script.js';
import { REVIEW_SCRIPT } from './assets/review-script.js';
import { STYLESHEET } from './style.js';
import type { PageContext, PageDeps, PageEnv } from './env.js';
import { formString } from './form.js';
import { CsrfField, Layout } from './layout.js';
import { messagePage } from './message-page.js';
import { DEFAULT_NEXT, sameOriginPath } from './next-path.js';
import { t } from './messages.js';
import { registerApiDocsPage } from './routes/api-docs.js';
import { registerLensPages } from './routes/lenses.js';
import { registerMilestonePages } from './routes/milestones.js';
import { registerReportPages } from './routes/report.js';
import { registerReviewPages } from './routes/review.js';
import { registerEvidencePage } from './routes/evidence.js';
import { registerSuggestionPages } from './routes/suggestion-pages.js';
import { registerUploadPages, UPLOAD_FORM_LIMIT, UPLOAD_POST } from './routes/upload.js';
import { registerWorkloadPages } from './routes/workloads.js';
import { registerHistoryPage } from './routes/history.js';
import { registerTemplatePages } from './routes/templates.js';
import { registerConsolidatedPages } from './routes/consolidated.js';
import { registerProfilePages } from './routes/profiles.js';
import { csrfMatches, isHttps, type Identity } from './session.js';
import { SIGNIN_TEXT, throttledSignIn } from './signin-users.js';
import { actingAsCaller, workloadPageGuard } from './workload-access.js';
import { lensChoiceGuard, lensPageGuard } from './lens-access.js';
import { registerSharePages } from './routes/shares.js';

export const LANG_COOKIE = 'slens_lang';
const LOCAL_USER: Identity = { id: 'local', name: 'local', role: 'admin', subject: 'local', userId: null };
const PUBLIC_PATHS = new Set(['/signin', '/assets/app.css', '/assets/review.js', '/assets/print.js']);
/** The largest form: a custom lens upload (the WA Tool takes 500 KB of JSON; multipart adds a little). */
/** The answer form's action: /workloads/:id/review/:alias/:question */
const ANSWER_POST = /^\/workloads\/[^/]+\/review\/[^/]+\/[^/]+$/;
export const FORM_BODY_LIMIT = 1024 * 1024;

export { messagePage };

function pickLang(c: PageContext): Lang {
  const asked = c.req.query('lang');
  if (isLang(asked)) {
    setCookie(c, LANG_COOKIE, asked, { path: '/', sameSite: 'Lax', maxAge: 365 * 24 * 3600, secure: isHttps(c) });
    return asked;
  }
  const remembered = getCookie(c, LANG_COOKIE);
  if (isLang(remembered)) return remembered;
  return langFromAcceptLanguage(c.req.header('accept-language'));
}

function SignInPage(props: { c: PageContext; error?: string; next: string }) {
  const frame = props.c.get('frame');
  const { lang } = frame;
  return (
    <Layout frame={frame} title={t(lang, 'signIn')}>
      <h1>{t(lang, 'signIn')}</h1>
      <p>{t(lang, 'signInIntro')}</p>
      {props.error ? (
        <p class="notice error" role="alert">
          {props.error}
        </p>
      ) : null}
      <form method="post" action="/signin" class="stack">
        <CsrfField csrf={frame.csrf} />
        <input type="hidden" name="next" value={props.next} />
        <div class="field">
          <label for="token">{t(lang, 'token')}</label>
          <input type="password" id="token" name="token" autocomplete="off" />
        </div>
        <p>{SIGNIN_TEXT.orPassword[lang]}</p>
        <div class="field">
          <label for="username">{SIGNIN_TEXT.userName[lang]}</label>
          <input type="text" id="username" name="username" autocomplete="username" />
        </div>
        <div class="field">
          <label for="password">{SIGNIN_TEXT.password[lang]}</label>
          <input type="password" id="password" name="password" autocomplete="current-password" />
        </div>
        <div>
          <button type="submit">{t(lang, 'signIn')}</button>
        </div>
      </form>
    </Layout>
  );
}

/** An absent `next` means the workload list; one that is not a path on this site is refused (no open redirect). */
function nextPath(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? DEFAULT_NEXT : sameOriginPath(value);
}

function badNext(c: PageContext, value: string) {
  const lang = c.get('lang');
  return messagePage(c, 400, t(lang, 'errorTitle'), t(lang, 'badNext', { next: value }));
}

export function createPagesApp(deps: PageDeps): Hono<PageEnv> {
  const app = new Hono<PageEnv>();

  app.get('/assets/app.css', (c) => c.body(STYLESHEET, 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=3600' }));
  app.get('/assets/print.js', (c) => c.body(PRINT_SCRIPT, 200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=3600' }));
  app.get('/assets/review.js', (c) => c.body(REVIEW_SCRIPT, 200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=3600' }));

  app.use('*', async (c, next) => {
    const lang = pickLang(c);
    const session = await deps.sessions.load(c);
    const required = await deps.auth.required();
    let identity: Identity | null = null;
    if (!required) identity = LOCAL_USER;
    else if (session.subject) identity = (await deps.auth.resolve(session.subject)) ?? null;
    session.identity = identity;
    const url = new URL(c.req.url);
    c.set('lang', lang);
    c.set('session', session);
    c.set('identity', identity);
    c.set('frame', { lang, csrf: session.csrf, identity, signedIn: required && identity !== null, url: `${url.pathname}${url.search}` });
    c.header('x-content-type-options', 'nosniff');
    c.header('x-frame-options', 'DENY');
    c.header('referrer-policy', 'same-origin');
    c.header('content-security-policy', "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'");
    await next();
  });

  // Before any handler reads a body: a form larger than the largest lens is refused unread.
  const formLimit = bodyLimit({ maxSize: FORM_BODY_LIMIT, onError: (c) => messagePage(c as PageContext, 413, t(c.get('lang'), 'errorTitle'), t(c.get('lang'), 'tooLarge', { limit: '1 MB' })) });
  // Template uploads (routes/upload.tsx) may be larger; the upload's own limits are checked as it is unpacked.
  const uploadLimit = bodyLimit({ maxSize: UPLOAD_FORM_LIMIT, onError: (c) => messagePage(c as PageContext, 413, t(c.get('lang'), 'errorTitle'), t(c.get('lang'), 'tooLarge', { limit: `${Math.round(UPLOAD_FORM_LIMIT / 1024 / 1024)} MB` })) });
  app.post('*', (c, next) => (UPLOAD_POST.test(c.req.path) ? uploadLimit : formLimit)(c, next));

  app.use('*', async (c, next) => {
    const { lang, session } = c.var;
    const identity = c.get('identity');
    const url = new URL(c.req.url);
    if (c.req.method === 'POST') {
      const body = await c.req.parseBody({ all: true });
      if (!csrfMatches(session, formString(body, '_csrf'))) {
        // A refused answer keeps what was typed: the review page shows it again, unsaved, with a fresh token.
        if (!identity || !ANSWER_POST.test(url.pathname)) return messagePage(c, 403, t(lang, 'errorTitle'), t(lang, 'badCsrf'));
        c.set('csrfRefused', true);
      }
    }
    if (!identity && !PUBLIC_PATHS.has(url.pathname)) {
      if (c.req.method === 'GET') return c.redirect(`/signin?next=${encodeURIComponent(`${url.pathname}${url.search}`)}`, 303);
      return c.redirect('/signin', 303);
    }
    if (c.req.method === 'POST' && identity?.role === 'viewer' && url.pathname !== '/signout' && url.pathname !== '/signin')
      return messagePage(c, 403, t(lang, 'errorTitle'), t(lang, 'forbidden'));
    await next();
  });

  app.use('*', actingAsCaller());
  app.use('/workloads', lensChoiceGuard(deps));
  app.use('/workloads/:id/lenses', lensChoiceGuard(deps));
  app.use('/lenses/:alias', lensPageGuard(deps));
  app.use('/lenses/:alias/*', lensPageGuard(deps));
  app.use('/workloads/:id', workloadPageGuard(deps));
  app.use('/workloads/:id/*', workloadPageGuard(deps));

  app.get('/', (c) => c.redirect('/workloads', 303));

  app.get('/signin', (c) => {
    const asked = c.req.query('next');
    const next = nextPath(asked);
    return next === undefined ? badNext(c, asked ?? '') : c.html(<SignInPage c={c} next={next} />);
  });

  app.post('/signin', async (c) => {
    const body = await c.req.parseBody({ all: true });
    const token = formString(body, 'token').trim();
    const next = nextPath(formString(body, 'next'));
    if (next === undefined) return badNext(c, formString(body, 'next'));
    const username = formString(body, 'username').trim();
    if (!token && username) {
      const tried = await throttledSignIn(deps, username, formString(body, 'password'));
      if (!tried.ok) return c.html(<SignInPage c={c} next={next} error={tried.message[c.get('lang')]} />, tried.status);
      await deps.sessions.end(c, c.get('session'));
      await deps.sessions.create(c, tried.identity);
      return c.redirect(next, 303);
    }
    const identity = token ? await deps.auth.verify(token) : undefined;
    if (!identity) return c.html(<SignInPage c={c} next={next} error={t(c.get('lang'), 'badToken')} />, 401);
    await deps.sessions.end(c, c.get('session'));
    await deps.sessions.create(c, identity);
    return c.redirect(next, 303);
  });

  app.post('/signout', async (c) => {
    await deps.sessions.end(c, c.get('session'));
    return c.redirect('/signin', 303);
  });

  registerWorkloadPages(app, deps);
  registerReviewPages(app, deps);
  registerEvidencePage(app, deps);
  registerSuggestionPages(app, deps);
  registerUploadPages(app, deps);
  registerMilestonePages(app, deps);
  registerLensPages(app, deps);
  registerReportPages(app, deps);
  registerApiDocsPage(app);
  registerHistoryPage(app, deps);
  registerTemplatePages(app, deps);
  registerConsolidatedPages(app, deps);
  registerSharePages(app, deps);
  registerProfilePages(app, deps);

  app.notFound((c) => messagePage(c as PageContext, 404, t(c.get('lang') ?? 'en', 'notFound'), t(c.get('lang') ?? 'en', 'notFound')));

  app.onError((error, c) => {
    const ctx = c as PageContext;
    const lang = ctx.get('lang') ?? 'en';
    if (!ctx.get('frame')) return c.text(t(lang, 'errorTitle'), 500);
    if (isReviewError(error)) return messagePage(ctx, error.status, t(lang, 'errorTitle'), error.messageIn(lang));
    console.error(error);
    return messagePage(ctx, 500, t(lang, 'errorTitle'), t(lang, 'errorTitle'));
  });

  return app;
}
