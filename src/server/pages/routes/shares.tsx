// Sharing pages: who may see and change a workload (or an imported lens), and with what access. Owners add a user
// by name, change a user's access or end their share; everyone else with access sees the list, read-only. The last
// owner cannot leave or be made less than owner: the page says so, as the API does (409 last-owner).
import type { Hono } from 'hono';
import { accessTo, type Access, ACCESS_LEVELS } from '../../../review/access.js';
import { isReviewError, type FieldMessage } from '../../../review/errors.js';
import { listLensShares, listWorkloadShares, shareLens, shareWorkload, unshareLens, unshareWorkload, type ShareView } from '../../../review/shares.js';
import { fill, type Lang, type Localized } from '../../../util/i18n.js';
import { lensDisplayName, Notice, WorkloadTabs, workloadPath } from '../components.js';
import type { PageContext, PageDeps, PageEnv } from '../env.js';
import { formString } from '../form.js';
import { CsrfField, Layout } from '../layout.js';
import { formatDate } from '../messages.js';

export const SHARE_TEXT = {
  title: { en: 'People and access — {name}', ja: '共有とアクセス権 — {name}' },
  lensTitle: { en: 'Sharing of the lens {name}', ja: 'レンズ「{name}」の共有' },
  link: { en: 'People and access', ja: '共有とアクセス権' },
  lensLink: { en: 'Sharing', ja: '共有' },
  user: { en: 'User', ja: 'ユーザー' },
  access: { en: 'Access', ja: 'アクセス権' },
  since: { en: 'Shared on', ja: '共有日' },
  owner: { en: 'Owner', ja: '所有者' },
  contributor: { en: 'Contributor', ja: '共同編集者' },
  readonly: { en: 'Read-only', ja: '閲覧のみ' },
  ownerHelp: { en: 'everything, sharing included', ja: '共有を含むすべての操作' },
  contributorHelp: { en: 'answers, milestones, evidence, improvement items', ja: '回答、マイルストーン、エビデンス、改善項目' },
  readonlyHelp: { en: 'reads only', ja: '閲覧のみ' },
  lensContributorHelp: { en: 'sees and applies the lens', ja: 'レンズを閲覧して適用できます' },
  none: { en: 'Not shared with anyone yet.', ja: 'まだだれとも共有していません。' },
  add: { en: 'Share with a user', ja: 'ユーザーと共有する' },
  userName: { en: 'User name', ja: 'ユーザー名' },
  disabledMark: { en: ' (disabled: no access until enabled again)', ja: '（無効：再び有効にするまでアクセスできません）' },
  share: { en: 'Share', ja: '共有する' },
  change: { en: 'Change', ja: '変更する' },
  changeFor: { en: 'Access of {user}', ja: '{user} のアクセス権' },
  remove: { en: 'Remove', ja: '削除する' },
  removeFor: { en: 'Remove {user}', ja: '{user} を削除する' },
  readOnly: { en: 'Only owners can change who has access. You can see the list.', ja: 'アクセス権を変更できるのは所有者だけです。一覧は閲覧できます。' },
  lastOwner: { en: 'There is always at least one owner: the last owner can be neither removed nor made less than owner.', ja: '所有者は常に一人以上必要です。最後の所有者は削除することも、所有者以外に変更することもできません。' },
  saved: { en: 'Shared with "{user}" ({access}).', ja: '「{user}」と共有しました（{access}）。' },
  removed: { en: '"{user}" no longer has access.', ja: '「{user}」のアクセス権を削除しました。' },
  allLenses: { en: 'All lenses', ja: 'レンズ一覧' },
  everyone: { en: 'The built-in lens is shared with everyone.', ja: '組み込みのレンズは全員に共有されています。' },
} as const satisfies Record<string, Localized>;

const HELP = { owner: 'ownerHelp', contributor: 'contributorHelp', readonly: 'readonlyHelp' } as const;

const levelName = (lang: Lang, access: string) => (access === 'owner' || access === 'contributor' || access === 'readonly' ? SHARE_TEXT[access][lang] : access);

interface SharesProps {
  lang: Lang;
  csrf: string;
  shares: ShareView[];
  /** Where the forms post: `${action}` adds or changes, `${action}/remove` ends a share; absent: read-only. */
  action?: string;
  lens?: boolean;
  error?: { message: string; fields: FieldMessage[] };
  values?: { userName: string; access: string };
}

function AccessSelect(props: { lang: Lang; id: string; value: string; label?: string; lens?: boolean }) {
  return (
    <select id={props.id} name="access" aria-label={props.label}>
      {[...ACCESS_LEVELS].reverse().map((level) => (
        <option value={level} selected={level === props.value}>
          {`${SHARE_TEXT[level][props.lang]} — ${SHARE_TEXT[props.lens && level !== 'owner' ? 'lensContributorHelp' : HELP[level]][props.lang]}`}
        </option>
      ))}
    </select>
  );
}

function SharesSection(props: SharesProps) {
  const { lang, action } = props;
  return (
    <>
      {props.error ? (
        <p class="notice error" role="alert" id="share-error">
          {props.error.message}
        </p>
      ) : null}
      {props.shares.length === 0 ? (
        <p>{SHARE_TEXT.none[lang]}</p>
      ) : (
        <table class="stacked" id="share-list">
          <thead>
            <tr>
              <th scope="col">{SHARE_TEXT.user[lang]}</th>
              <th scope="col">{SHARE_TEXT.access[lang]}</th>
              <th scope="col">{SHARE_TEXT.since[lang]}</th>
            </tr>
          </thead>
          <tbody>
            {props.shares.map((s, i) => (
              <tr data-user={s.userName}>
                <td>{s.disabled ? `${s.userName}${SHARE_TEXT.disabledMark[lang]}` : s.userName}</td>
                <td data-label={SHARE_TEXT.access[lang]}>
                  {action ? (
                    <div class="actions">
                      <form method="post" action={action} class="inline">
                        <CsrfField csrf={props.csrf} />
                        <input type="hidden" name="userName" value={s.userName} />
                        <AccessSelect lang={lang} id={`access-${i}`} value={s.access} label={fill(SHARE_TEXT.changeFor[lang], { user: s.userName })} lens={props.lens} />{' '}
                        <button type="submit" class="secondary">
                          {SHARE_TEXT.change[lang]}
                        </button>
                      </form>
                      <form method="post" action={`${action}/remove`} class="inline">
                        <CsrfField csrf={props.csrf} />
                        <input type="hidden" name="userName" value={s.userName} />
                        <button type="submit" class="danger" aria-label={fill(SHARE_TEXT.removeFor[lang], { user: s.userName })}>
                          {SHARE_TEXT.remove[lang]}
                        </button>
                      </form>
                    </div>
                  ) : (
                    levelName(lang, s.access)
                  )}
                </td>
                <td data-label={SHARE_TEXT.since[lang]}>
                  <time datetime={s.sharedAt}>{formatDate(lang, s.sharedAt)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {action ? (
        <>
          <p class="muted">{SHARE_TEXT.lastOwner[lang]}</p>
          <h2 id="add-share">{SHARE_TEXT.add[lang]}</h2>
          <form method="post" action={action} class="stack" aria-labelledby="add-share">
            <CsrfField csrf={props.csrf} />
            <div class="field">
              <label for="share-user">{SHARE_TEXT.userName[lang]}</label>
              <input type="text" id="share-user" name="userName" required maxlength={64} autocomplete="off" value={props.values?.userName ?? ''} />
              {(props.error?.fields ?? [])
                .filter((f) => f.field === 'userName')
                .map((f) => (
                  <p class="error">{f.message[lang]}</p>
                ))}
            </div>
            <div class="field">
              <label for="share-access">{SHARE_TEXT.access[lang]}</label>
              <AccessSelect lang={lang} id="share-access" value={props.values?.access ?? 'readonly'} lens={props.lens} />
            </div>
            <div>
              <button type="submit">{SHARE_TEXT.share[lang]}</button>
            </div>
          </form>
        </>
      ) : (
        <p id="share-readonly">{SHARE_TEXT.readOnly[lang]}</p>
      )}
    </>
  );
}

type Failure = { status: 400 | 404 | 409; message: string; fields: FieldMessage[] };

/** A refusal the form can show beside itself (no such user, no such share, the last owner); others propagate. */
function failureOf(error: unknown, lang: Lang): Failure {
  if (isReviewError(error) && (error.status === 400 || error.status === 404 || error.status === 409))
    return { status: error.status, message: error.fields[0]?.message[lang] ?? error.messageIn(lang), fields: error.fields };
  throw error;
}

function notice(c: PageContext, lang: Lang): string | undefined {
  const saved = c.req.query('saved');
  const removed = c.req.query('removed');
  if (saved) return fill(SHARE_TEXT.saved[lang], { user: saved, access: levelName(lang, c.req.query('access') ?? '') });
  return removed ? fill(SHARE_TEXT.removed[lang], { user: removed }) : undefined;
}

async function renderWorkloadShares(c: PageContext, deps: PageDeps, ref: string, failure?: Failure, values?: { userName: string; access: string }) {
  const frame = c.get('frame');
  const { lang } = frame;
  const w = await deps.service.resolveWorkload(ref);
  const identity = c.get('identity');
  const mine: Access | null = identity ? await accessTo(deps.service.store, identity, w.id) : null;
  const title = fill(SHARE_TEXT.title[lang], { name: w.name });
  return c.html(
    <Layout frame={frame} title={title}>
      <h1>{title}</h1>
      <WorkloadTabs lang={lang} workloadId={w.id} current="overview" />
      <Notice text={notice(c, lang)} />
      <SharesSection
        lang={lang}
        csrf={frame.csrf}
        shares={await listWorkloadShares(deps.service, w.id)}
        action={mine === 'owner' ? workloadPath(w.id, '/shares') : undefined}
        error={failure}
        values={values}
      />
    </Layout>,
    failure?.status ?? 200,
  );
}

/** Whether the caller owns an imported lens (service callers and the loopback user own every lens). */
async function ownsLens(deps: PageDeps, c: PageContext, alias: string): Promise<boolean> {
  const identity = c.get('identity');
  if (!identity) return false;
  return identity.userId === null || (await deps.service.store.lensAccessOf(alias, identity.userId)) === 'owner';
}

async function renderLensShares(c: PageContext, deps: PageDeps, alias: string, failure?: Failure, values?: { userName: string; access: string }) {
  const frame = c.get('frame');
  const { lang } = frame;
  const lens = await deps.service.store.getLens(alias);
  if (!lens) return c.notFound();
  const title = fill(SHARE_TEXT.lensTitle[lang], { name: lensDisplayName({ alias, name: lens.name }, lang) });
  return c.html(
    <Layout frame={frame} title={title}>
      <h1>{title}</h1>
      <Notice text={notice(c, lang)} />
      {lens.builtin ? (
        <p>{SHARE_TEXT.everyone[lang]}</p>
      ) : (
        <SharesSection
          lang={lang}
          csrf={frame.csrf}
          shares={await listLensShares(deps.service, alias)}
          action={(await ownsLens(deps, c, alias)) ? `/lenses/${encodeURIComponent(alias)}/shares` : undefined}
          lens
          error={failure}
          values={values}
        />
      )}
      <p>
        <a href="/lenses">{SHARE_TEXT.allLenses[lang]}</a>
      </p>
    </Layout>,
    failure?.status ?? 200,
  );
}

const done = (path: string, key: 'saved' | 'removed', user: string, access?: string) =>
  `${path}?${new URLSearchParams({ [key]: user, ...(access ? { access } : {}) }).toString()}`;

export function registerSharePages(app: Hono<PageEnv>, deps: PageDeps): void {
  // Workloads: the guard (workload-access.ts) lets any share read and only owners post.
  app.get('/workloads/:id/shares', (c) => renderWorkloadShares(c, deps, c.req.param('id')));
  app.post('/workloads/:id/shares', async (c) => {
    const body = await c.req.parseBody();
    const values = { userName: formString(body, 'userName').trim(), access: formString(body, 'access') };
    const w = await deps.service.resolveWorkload(c.req.param('id'));
    try {
      const shares = await shareWorkload(deps.service, w.id, values.userName, values.access);
      const user = shares.find((s) => s.userName.toLowerCase() === values.userName.toLowerCase())?.userName ?? values.userName;
      return c.redirect(done(workloadPath(w.id, '/shares'), 'saved', user, values.access), 303);
    } catch (error) {
      return renderWorkloadShares(c, deps, w.id, failureOf(error, c.get('lang')), values);
    }
  });
  app.post('/workloads/:id/shares/remove', async (c) => {
    const userName = formString(await c.req.parseBody(), 'userName').trim();
    const w = await deps.service.resolveWorkload(c.req.param('id'));
    try {
      await unshareWorkload(deps.service, w.id, userName);
      return c.redirect(done(workloadPath(w.id, '/shares'), 'removed', userName), 303);
    } catch (error) {
      return renderWorkloadShares(c, deps, w.id, failureOf(error, c.get('lang')));
    }
  });

  // Lenses: the lens guard (lens-access.ts) hides lenses the caller may not see and lets only their owners post.
  app.get('/lenses/:alias/shares', (c) => renderLensShares(c, deps, c.req.param('alias')));
  app.post('/lenses/:alias/shares', async (c) => {
    const body = await c.req.parseBody();
    const values = { userName: formString(body, 'userName').trim(), access: formString(body, 'access') };
    const alias = c.req.param('alias');
    try {
      const shared = await shareLens(deps.service, alias, values.userName, values.access);
      return c.redirect(done(`/lenses/${encodeURIComponent(alias)}/shares`, 'saved', shared.userName, shared.access), 303);
    } catch (error) {
      return renderLensShares(c, deps, alias, failureOf(error, c.get('lang')), values);
    }
  });
  app.post('/lenses/:alias/shares/remove', async (c) => {
    const userName = formString(await c.req.parseBody(), 'userName').trim();
    const alias = c.req.param('alias');
    try {
      await unshareLens(deps.service, alias, userName);
      return c.redirect(done(`/lenses/${encodeURIComponent(alias)}/shares`, 'removed', userName), 303);
    } catch (error) {
      return renderLensShares(c, deps, alias, failureOf(error, c.get('lang')));
    }
  });
}
