// The web pages over a real SQLite file in a temp dir, and a small HTTP client that keeps cookies and the
// page's CSRF token the way a browser does. Requests go through app.request (no socket).
import { cookieHeader, keepCookies } from './cookies.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { openReviewService } from '../../src/review/open.js';
import type { ReviewService } from '../../src/review/service.js';
import { createPagesApp } from '../../src/server/pages/app.js';
import type { PageDeps, PageEnv, PdfPrinter } from '../../src/server/pages/env.js';
import { SessionStore } from '../../src/server/pages/session.js';
import { siteAuth } from '../../src/server/tokens.js';

export interface PagesHarness {
  app: Hono<PageEnv>;
  service: ReviewService;
  dir: string;
  client(options?: { headers?: Record<string, string> }): PageClient;
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** false: the server is reachable from outside, so every page needs a signed-in token. */
  loopback?: boolean;
  printPdf?: PdfPrinter;
  /** At most this many signed-in sessions (a small number, to fill the store). */
  maxSessions?: number;
  /** The Japanese-font check the report page asks (omitted: not checked). */
  cjkFonts?: PageDeps['cjkFonts'];
  warn?: PageDeps['warn'];
  /** A DATABASE_URL to open instead of a new SQLite file (e.g. a test PostgreSQL schema from helpers/db.ts). */
  url?: string;
}

const noPdf: PdfPrinter = () => Promise.reject(new Error('no PDF printer in this test'));

export async function openPagesHarness(options: HarnessOptions = {}): Promise<PagesHarness> {
  const dir = mkdtempSync(join(tmpdir(), 'slens-pages-'));
  const opened = await openReviewService(options.url ?? `sqlite:${join(dir, 'slens.db')}`);
  const app = createPagesApp({
    service: opened.service,
    auth: siteAuth(opened.service.store, options.loopback ?? true),
    sessions: new SessionStore(opened.service.store, { maxSessions: options.maxSessions }),
    printPdf: options.printPdf ?? noPdf,
    cjkFonts: options.cjkFonts,
    warn: options.warn,
  });
  return {
    app,
    service: opened.service,
    dir,
    client: (o) => new PageClient(app, o?.headers ?? {}),
    close: async () => {
      await opened.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface PageResponse {
  status: number;
  headers: Headers;
  text: string;
  /** The Location header for redirects. */
  location: string | null;
}

type Fields = Record<string, string | string[] | undefined>;

/** A browser in miniature: cookie jar, the last page's CSRF token, and form posts. */
export class PageClient {
  readonly cookies = new Map<string, string>();
  csrf = '';

  constructor(
    private readonly app: Hono<PageEnv>,
    private readonly headers: Record<string, string>,
  ) {}

  private async send(path: string, init: RequestInit): Promise<PageResponse> {
    const headers = new Headers({ ...this.headers, ...(init.headers as Record<string, string> | undefined) });
    const cookie = cookieHeader(this.cookies);
    if (cookie) headers.set('cookie', cookie);
    const url = path.startsWith('http') ? path : `http://localhost${path}`;
    const res = await this.app.request(url, { ...init, headers });
    keepCookies(this.cookies, res);
    const text = await res.text();
    const csrf = /name="_csrf" value="([^"]+)"/.exec(text);
    if (csrf?.[1]) this.csrf = csrf[1];
    return { status: res.status, headers: res.headers, text, location: res.headers.get('location') };
  }

  get(path: string, headers: Record<string, string> = {}): Promise<PageResponse> {
    return this.send(path, { method: 'GET', headers });
  }

  /** Posts a urlencoded form; `_csrf` is the last page's token unless the fields set it. */
  post(path: string, fields: Fields = {}, headers: Record<string, string> = {}): Promise<PageResponse> {
    const body = new URLSearchParams();
    if (!('_csrf' in fields)) body.append('_csrf', this.csrf);
    for (const [name, value] of Object.entries(fields)) {
      if (value === undefined) continue;
      for (const v of Array.isArray(value) ? value : [value]) body.append(name, v);
    }
    return this.send(path, { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers } });
  }

  /** Posts a multipart form (file uploads). */
  postMultipart(path: string, form: FormData): Promise<PageResponse> {
    if (!form.has('_csrf')) form.append('_csrf', this.csrf);
    return this.send(path, { method: 'POST', body: form });
  }

  /** Follows a redirect (303) with a GET, as a browser does after a form post. */
  async follow(res: PageResponse): Promise<PageResponse> {
    if (!res.location) throw new Error(`expected a redirect, got ${res.status}`);
    return this.get(res.location);
  }
}

/** Visible text of an HTML fragment, tags dropped and entities decoded, whitespace collapsed. */
export function textOf(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A workload with the built-in lens, created through the service. */
export async function seedWorkload(service: ReviewService, name = 'Orders API'): Promise<string> {
  const w = await service.createWorkload({ workloadName: name, description: '', environment: 'PRODUCTION', awsRegions: ['ap-northeast-1'], lenses: ['serverless'] });
  return w.workloadId;
}

/** Serves the pages on a random loopback port for a real browser; close() stops it. */
export async function listen(app: Hono<PageEnv>): Promise<{ url: string; close: () => Promise<void> }> {
  const { serve } = await import('@hono/node-server');
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const { port } = server.address() as import('node:net').AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      }),
  };
}
