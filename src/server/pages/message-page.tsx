// A whole page with one message: errors, refusals, not found.
import type { PageContext } from './env.js';
import { Layout } from './layout.js';
import { t } from './messages.js';

export function messagePage(c: PageContext, status: 400 | 403 | 404 | 409 | 413 | 500 | 503, title: string, message: string) {
  const frame = c.get('frame');
  return c.html(
    <Layout frame={frame} title={title}>
      <h1>{title}</h1>
      <p class="notice error" role="alert">
        {message}
      </p>
      <p>
        <a href="/workloads">{t(frame.lang, 'navWorkloads')}</a>
      </p>
    </Layout>,
    status,
  );
}
