// What every page handler gets: the language, the session, the frame for the layout, and the domain service.
import type { Context } from 'hono';
import type { ReviewService } from '../../review/service.js';
import type { FontStatus } from '../font-check.js';
import type { Lang } from '../../util/i18n.js';
import type { PageFrame } from './layout.js';
import type { Identity, Session, SessionStore, SiteAuth } from './session.js';

export interface PageVars {
  lang: Lang;
  session: Session;
  identity: Identity | null;
  frame: PageFrame;
  /** Set when an answer form came with a stale CSRF token: the page shows it again, unsaved. */
  csrfRefused?: boolean;
}

export type PageEnv = { Variables: PageVars };
export type PageContext = Context<PageEnv>;

/** Prints a report as PDF; injected so tests and servers without Chromium can say so plainly. */
export type PdfPrinter = (html: string) => Promise<Uint8Array>;

export interface PageDeps {
  service: ReviewService;
  auth: SiteAuth;
  sessions: SessionStore;
  printPdf: PdfPrinter;
  /** Whether a Japanese font is installed (the report warns before a Japanese PDF would print as boxes); omitted: not checked. */
  cjkFonts?: () => Promise<FontStatus>;
  /** Warnings for the server log (a missing Japanese font at the first Japanese PDF). */
  warn?: (message: string) => void;
}
