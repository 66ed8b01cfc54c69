// The frame of every page: language, skip link, top navigation with the language switch, sign-out.
import type { Child } from 'hono/jsx';
import type { Lang } from '../../util/i18n.js';
import { t } from './messages.js';
import { ct } from '../../report/consolidated/messages.js';
import type { Identity } from './session.js';

/** The review templates' link (their texts live with their pages, routes/templates.tsx). */
const TEMPLATES_NAV = { en: 'Templates', ja: 'テンプレート' } as const;

export interface PageFrame {
  lang: Lang;
  csrf: string;
  identity: Identity | null;
  /** True when sign-in is in force (shows "Sign out"). */
  signedIn: boolean;
  /** The request's path and query, to build the language links. */
  url: string;
}

/** The same URL with `lang` set: the switch keeps the reader on the page they are on. */
export function withLang(url: string, lang: Lang): string {
  const parsed = new URL(url, 'http://x');
  parsed.searchParams.set('lang', lang);
  return `${parsed.pathname}${parsed.search}`;
}

export function CsrfField(props: { csrf: string }) {
  return <input type="hidden" name="_csrf" value={props.csrf} />;
}

export function Layout(props: {
  frame: PageFrame;
  title: string;
  children?: Child;
  scripts?: string[];
  styles?: string[];
  skip?: { href: string; label: string };
}) {
  const { frame, title } = props;
  const { lang } = frame;
  return (
    <html lang={lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · slens`}</title>
        {(props.styles ?? []).map((href) => (
          <link rel="stylesheet" href={href} />
        ))}
        <link rel="stylesheet" href="/assets/app.css" />
        {(props.scripts ?? []).map((src) => (
          <script src={src} defer></script>
        ))}
      </head>
      <body>
        <a class="skip" href={props.skip?.href ?? '#main'}>
          {props.skip?.label ?? t(lang, 'skipToContent')}
        </a>
        <header class="top">
          <a class="brand" href="/workloads">
            slens
          </a>
          <nav aria-label="Main">
            <ul>
              <li>
                <a href="/workloads">{t(lang, 'navWorkloads')}</a>
              </li>
              <li>
                <a href="/consolidated">{ct(lang, 'title')}</a>
              </li>
              <li>
                <a href="/lenses">{t(lang, 'navLenses')}</a>
              </li>
              <li>
                <a href="/templates">{TEMPLATES_NAV[lang]}</a>
              </li>
              <li>
                <a href="/profiles">{t(lang, 'navProfiles')}</a>
              </li>
              <li>
                <a href="/api-docs">{t(lang, 'navApi')}</a>
              </li>
            </ul>
          </nav>
          <div class="right">
            <span>
              {lang === 'ja' ? (
                <a href={withLang(frame.url, 'en')} hreflang="en" lang="en">
                  English
                </a>
              ) : (
                <a href={withLang(frame.url, 'ja')} hreflang="ja" lang="ja">
                  日本語
                </a>
              )}
            </span>
            {frame.signedIn && frame.identity ? (
              <form method="post" action="/signout">
                <CsrfField csrf={frame.csrf} />
                <span class="muted">{frame.identity.name} </span>
                <button type="submit" class="secondary">
                  {t(lang, 'signOut')}
                </button>
              </form>
            ) : null}
          </div>
        </header>
        <main id="main" tabindex={-1}>
          {props.children}
        </main>
      </body>
    </html>
  );
}
