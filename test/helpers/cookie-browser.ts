// A browser as far as cookies and forms go: a cookie jar over raw fetch that keeps the last page's CSRF token,
// as a person moving between several server processes would keep it.
import { cookieHeader, keepCookies } from './cookies.js';


/** A cookie jar over raw fetch, as a browser moving between the two servers would keep it. */
export class Browser {
  readonly cookies = new Map<string, string>();
  csrf = '';
  async send(url: string, init: RequestInit = {}): Promise<{ status: number; text: string; location: string | null }> {
    const headers = new Headers(init.headers);
    const cookie = cookieHeader(this.cookies);
    if (cookie) headers.set('cookie', cookie);
    const res = await fetch(url, { ...init, headers, redirect: 'manual' });
    keepCookies(this.cookies, res);
    const text = await res.text();
    const csrf = /name="_csrf" value="([^"]+)"/.exec(text);
    if (csrf?.[1]) this.csrf = csrf[1];
    return { status: res.status, text, location: res.headers.get('location') };
  }
  post(url: string, fields: Record<string, string>) {
    const body = new URLSearchParams({ _csrf: this.csrf, ...fields });
    return this.send(url, { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  }
  /** A multipart form (a file input), with the CSRF token of the last page. */
  postFiles(url: string, field: string, files: { name: string; data: Uint8Array | string }[]) {
    const form = new FormData();
    form.set('_csrf', this.csrf);
    for (const f of files) form.append(field, new Blob([f.data]), f.name);
    return this.send(url, { method: 'POST', body: form });
  }
}
