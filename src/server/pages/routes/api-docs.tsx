// The API page: the OpenAPI document rendered for people by Swagger UI (its files served from the
// swagger-ui-dist package, never a CDN, under the app's strict CSP), with the JSON beside it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Hono } from 'hono';
import { buildOpenApi } from '../../openapi.js';
import { API_ROUTES } from '../../routes.js';
import { API_DOCS_SCRIPT } from '../assets/api-docs-script.js';
import type { PageEnv } from '../env.js';
import { Layout } from '../layout.js';
import { t } from '../messages.js';

/** The viewer's files this page uses, by the name they are served under, with their content type. */
const VIEWER_FILES: Readonly<Record<string, string>> = {
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'swagger-ui.css': 'text/css; charset=utf-8',
};

const cache = new Map<string, string>();

/** A file of the swagger-ui-dist package, read once; undefined when the package is not installed. */
function viewerFile(name: string): string | undefined {
  let text = cache.get(name);
  if (text === undefined) {
    try {
      const dir = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
      text = readFileSync(join(dir, name), 'utf8');
    } catch {
      return undefined;
    }
    cache.set(name, text);
  }
  return text;
}

export function registerApiDocsPage(app: Hono<PageEnv>): void {
  const openapi = JSON.stringify(buildOpenApi(API_ROUTES));

  app.get('/assets/api-docs.js', (c) => c.body(API_DOCS_SCRIPT, 200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=3600' }));
  app.get('/assets/swagger/:file', (c) => {
    const file = c.req.param('file');
    const type = Object.hasOwn(VIEWER_FILES, file) ? VIEWER_FILES[file] : undefined;
    const text = type ? viewerFile(file) : undefined;
    if (!type || text === undefined) return c.notFound();
    return c.body(text, 200, { 'content-type': type, 'cache-control': 'public, max-age=86400' });
  });
  // The same document as /api/openapi.json, behind the page's own sign-in (the API itself wants a bearer token).
  app.get('/api-docs/openapi.json', (c) => c.body(openapi, 200, { 'content-type': 'application/json; charset=utf-8' }));

  app.get('/api-docs', (c) => {
    const frame = c.get('frame');
    const { lang } = frame;
    return c.html(
      <Layout frame={frame} title={t(lang, 'apiTitle')} scripts={['/assets/swagger/swagger-ui-bundle.js', '/assets/api-docs.js']} styles={['/assets/swagger/swagger-ui.css']}>
        <h1>{t(lang, 'apiTitle')}</h1>
        <p>{t(lang, 'apiIntro')}</p>
        <p class="actions">
          <a class="button secondary" href="/api/openapi.json" id="openapi-json">
            {t(lang, 'apiJson')}
          </a>
        </p>
        <noscript>
          <p class="notice">{t(lang, 'apiNoScript')}</p>
        </noscript>
        <div id="swagger-ui" class="api-viewer" data-url="/api-docs/openapi.json" lang="en"></div>
      </Layout>,
    );
  });
}
