// Starts the HTTP server: the API at /api and the web pages at /, over the database DATABASE_URL names.
// Access is decided here once: a server reachable from other machines must have a token to ask for.
import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { openReviewService } from '../review/open.js';
import { createPdfQueue } from '../report/pdf-queue.js';
import { settleUploadJobs } from './upload/jobs.js';
import { describeTarget } from '../store/connect.js';
import { ensureDemoWorkload } from '../review/demo.js';
import { scanEvidenceFor } from '../scan/evidence-input.js';
import { UserError } from '../util/errors.js';
import { fill, type Lang, type Localized } from '../util/i18n.js';
import { buildApp } from './app.js';
import { cjkFontCheck, NO_CJK_FONT } from './font-check.js';
import { createPagesApp } from './pages/app.js';
import { SessionStore } from './pages/session.js';
import { hasCredentials, isLoopbackHost, siteAuth } from './tokens.js';

export interface StartOptions {
  port: number;
  host: string;
  /** Database URL; undefined means DATABASE_URL or the default SQLite file. */
  databaseUrl?: string;
  /** Make sure the sample workload exists. */
  demo?: boolean;
  /** One JSON line per request. */
  log?: (line: string) => void;
  /** Language of the start-up refusals. */
  lang?: Lang;
  /** Host names served besides loopback ones while no token is needed (e.g. a local proxy's name). */
  allowedHosts?: readonly string[];
  /** The W-A API refuses `n` of every `n + 1` requests with ThrottlingException (to test clients' retries). */
  awsThrottle?: number;
}

const REFUSALS = {
  noToken: {
    en: 'refusing to serve on {host}, which other machines can reach, without an API token: create one first with "slens token create --name <name>" (or serve on 127.0.0.1)',
    ja: '他のマシンから到達できる {host} では、API トークンなしでは起動しません。先に「slens token create --name <名前>」でトークンを作成してください（または 127.0.0.1 で起動してください）',
  },
  cannotListen: { en: 'cannot listen on {host}:{port}: {reason}', ja: '{host}:{port} で待ち受けできません: {reason}' },
} as const satisfies Record<string, Localized>;

/** The bundled example the sample workload's evidence comes from: the order service written without care. */
/** How long stopping the server waits for the uploads it is scanning. */
const UPLOAD_DRAIN_MS = 30_000;
const DEMO_APP = fileURLToPath(new URL('../../../examples/orders-careless/', import.meta.url));

function scanDemoApp() {
  return scanEvidenceFor([DEMO_APP], { cwd: fileURLToPath(new URL('../../../', import.meta.url)) });
}

export interface RunningServer {
  url: string;
  port: number;
  /** Where the data lives, for the start-up message (a PostgreSQL password is masked). */
  database: string;
  demoWorkloadId: string | null;
  close: () => Promise<void>;
}

/** Starts listening; rejects with a UserError when the host is not loopback and no token exists. */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  const loopback = isLoopbackHost(options.host);
  const lang = options.lang ?? 'en';
  const { service, close: closeDb, target } = await openReviewService(options.databaseUrl, {}, { backgroundCheckpoints: true });
  let demoWorkloadId: string | null = null;
  try {
    if (!loopback && !(await hasCredentials(service.store)))
      throw new UserError('no-token', fill(REFUSALS.noToken[lang], { host: options.host }));
    if (options.demo) demoWorkloadId = (await ensureDemoWorkload(service, { scan: scanDemoApp, lang })).workload.workloadId;
  } catch (error) {
    await closeDb();
    throw error;
  }
  const pdf = createPdfQueue();
  const warn = (message: string) => {
    if (options.log) options.log(JSON.stringify({ time: new Date().toISOString(), level: 'warn', message }));
    else console.warn(`slens: ${message}`);
  };
  const cjkFonts = cjkFontCheck();
  // Checked at start (in the background: fc-list can take a second on a cold font cache) and said once in the log.
  void cjkFonts().then((status) => {
    if (status === 'missing') warn(NO_CJK_FONT[lang]);
  });
  const pages = createPagesApp({
    service,
    auth: siteAuth(service.store, loopback),
    sessions: new SessionStore(service.store),
    printPdf: (html) => pdf.print(html),
    cjkFonts,
    warn,
  });
  const app = buildApp({ service, loopback, log: options.log, allowedHosts: options.allowedHosts, awsThrottle: options.awsThrottle, pages: pages as unknown as Hono<never> });
  const server = await new Promise<ReturnType<typeof serve>>((resolvePromise, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, () => resolvePromise(s));
    // Host names are case-insensitive, but @hono/node-server answers an empty 400 to "Host: LOCALHOST": lower-case
    // it before the adapter reads it, so the host guard decides (and explains) as for any other host.
    s.prependListener('request', (request: IncomingMessage) => {
      if (request.headers.host) request.headers.host = request.headers.host.toLowerCase();
    });
    s.once('error', (error: NodeJS.ErrnoException) => {
      void closeDb();
      reject(new UserError('cannot-listen', fill(REFUSALS.cannotListen[lang], { host: options.host, port: options.port, reason: error.code ?? error.message })));
    });
  });
  const port = (server.address() as AddressInfo).port;
  const hostInUrl = options.host.includes(':') ? `[${options.host}]` : options.host;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${hostInUrl}:${port}`,
    port,
    database: describeTarget(target),
    demoWorkloadId,
    close: () =>
      (closing ??= new Promise<void>((done) => {
        server.close(() => done());
        // Keep-alive connections would hold close() open; idle ones can go now.
        (server as unknown as { closeIdleConnections?: () => void }).closeIdleConnections?.();
      })
        .then(() => pdf.close())
        // Uploads this process is scanning finish and store their outcome first (a deploy's stop is not a crash).
        .then(() => settleUploadJobs(UPLOAD_DRAIN_MS))
        .then(closeDb)),
  };
}
