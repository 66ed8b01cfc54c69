// Profiles: the list of the caller's profiles, a form per profile (a radio group or check boxes per template
// question, with the lens questions each answer prioritizes), saving with the version read (a stale save is
// shown, not lost), and deleting one that no workload uses.
import type { Hono } from 'hono';
import { isReviewError, type FieldMessage } from '../../../review/errors.js';
import { attachProfile, detachProfile, type WorkloadProfileRef } from '../../../review/profile-link.js';
import { PROFILE_TEMPLATE } from '../../../review/profile-template.js';
import { createProfile, deleteProfile, getProfile, listProfiles, updateProfile, type ProfileAnswer, type ProfileView } from '../../../review/profiles.js';
import { fill, type Lang, type Localized } from '../../../util/i18n.js';
import { FieldError, Notice } from '../components.js';
import type { PageContext, PageDeps, PageEnv } from '../env.js';
import { formList, formString, type FormBody } from '../form.js';
import { CsrfField, Layout } from '../layout.js';
import { formatDate, t } from '../messages.js';
import type { Identity } from '../session.js';

const PF = {
  title: { en: 'Profiles', ja: 'プロファイル' },
  intro: {
    en: "A profile describes a workload's business context. Attached to a workload, its answers mark the lens questions that matter most as prioritized: the review, the overview, the improvement plan and the reports show them first and count their risks separately.",
    ja: 'プロファイルはワークロードのビジネス状況を表します。ワークロードに割り当てると、その回答によって最も大切なレンズの質問が「優先」になり、レビュー、概要、改善計画、レポートで先に表示され、リスクも別に数えられます。',
  },
  none: { en: 'No profiles yet.', ja: 'プロファイルはまだありません。' },
  newProfile: { en: 'New profile', ja: '新しいプロファイル' },
  create: { en: 'Create profile', ja: 'プロファイルを作成' },
  prioritizedQuestions: { en: 'Prioritized questions', ja: '優先する質問' },
  notAnswered: { en: 'Not answered', ja: '未回答' },
  makesPriority: { en: 'prioritizes {ids}', ja: '{ids} を優先' },
  upTo: { en: 'Choose up to {n}.', ja: '{n}個まで選べます。' },
  version: { en: 'Version {n}', ja: '版 {n}' },
  deleted: { en: 'Profile "{name}" was deleted.', ja: 'プロファイル「{name}」を削除しました。' },
  stale: {
    en: 'Someone else saved this profile while you were editing (now version {current}). Your changes are still in the form; save again to keep yours, or reload to take theirs.',
    ja: '編集中に、他の人がこのプロファイルを保存しました（現在は版 {current}）。変更はフォームに残っています。あなたの内容を残すにはもう一度保存し、相手の内容を採用するには再読み込みしてください。',
  },
  deleteProfile: { en: 'Delete profile', ja: 'プロファイルを削除' },
} as const satisfies Record<string, Localized>;

export function pf(lang: Lang, key: keyof typeof PF, values: Record<string, string | number> = {}): string {
  return fill(PF[key][lang], values);
}

/** The answers a posted form holds (`q-<questionId>`, one or several values; "" is not answered). */
export function formAnswers(body: FormBody): ProfileAnswer[] {
  return PROFILE_TEMPLATE.map((q) => ({ questionId: q.id, selectedChoiceIds: formList(body, `q-${q.id}`).filter((id) => id !== '') }));
}

function valuesOf(p: ProfileView): FormBody {
  const out: FormBody = { name: p.profileName, description: p.description, version: String(p.version) };
  for (const a of p.answers) out[`q-${a.questionId}`] = a.selectedChoiceIds;
  return out;
}

function ProfileForm(props: { lang: Lang; csrf: string; action: string; submit: string; values: FormBody; errors: FieldMessage[] }) {
  const { lang, values, errors } = props;
  // formAnswers lists the template's questions in order, so answers.<i> is the i-th question.
  const answerError = (index: number) => errors.filter((e) => e.field.startsWith(`answers.${index}.`));
  return (
    <form method="post" action={props.action} class="stack" id="profile-form">
      <CsrfField csrf={props.csrf} />
      {values.version !== undefined ? <input type="hidden" name="version" value={formString(values, 'version')} /> : null}
      {errors.length > 0 ? (
        <p class="notice error" role="alert" id="form-errors">
          {t(lang, 'fixErrors')}
        </p>
      ) : null}
      <div class="field">
        <label for="p-name">{t(lang, 'name')}</label>
        <input type="text" id="p-name" name="name" value={formString(values, 'name')} required aria-describedby="p-name-err" aria-invalid={errors.some((e) => e.field === 'profileName') ? 'true' : undefined} />
        <FieldError id="p-name-err" lang={lang} errors={errors} field="profileName" />
      </div>
      <div class="field">
        <label for="p-description">{t(lang, 'description')}</label>
        <textarea id="p-description" name="description" aria-describedby="p-description-err">
          {formString(values, 'description')}
        </textarea>
        <FieldError id="p-description-err" lang={lang} errors={errors} field="description" />
      </div>
      {PROFILE_TEMPLATE.map((q, index) => {
        const chosen = new Set(formList(values, `q-${q.id}`));
        const many = q.max > 1;
        const problems = answerError(index);
        return (
          <fieldset id={`p-q-${q.id}`} aria-describedby={`p-q-${q.id}-hint`}>
            <legend>{q.title[lang]}</legend>
            <p class="hint" id={`p-q-${q.id}-hint`}>
              {many ? `${q.description[lang]} ${pf(lang, 'upTo', { n: q.max })}` : q.description[lang]}
            </p>
            {problems.length > 0 ? <p class="error">{problems.map((e) => e.message[lang]).join(' ')}</p> : null}
            {many ? null : (
              <div>
                <input type="radio" id={`p-${q.id}-none`} name={`q-${q.id}`} value="" checked={chosen.size === 0} />
                <label for={`p-${q.id}-none`}>{pf(lang, 'notAnswered')}</label>
              </div>
            )}
            {q.choices.map((c) => (
              <div>
                <input type={many ? 'checkbox' : 'radio'} id={`p-${c.id}`} name={`q-${q.id}`} value={c.id} checked={chosen.has(c.id)} />
                <label for={`p-${c.id}`}>
                  {c.title[lang]} <span class="muted">{c.prioritizes.length > 0 ? `(${pf(lang, 'makesPriority', { ids: c.prioritizes.join(', ') })})` : ''}</span>
                </label>
              </div>
            ))}
          </fieldset>
        );
      })}
      <div class="actions">
        <button type="submit">{props.submit}</button>
      </div>
    </form>
  );
}

function formErrors(error: unknown): { errors: FieldMessage[]; status: 400 | 409 } {
  if (isReviewError(error) && error.status === 400) return { errors: error.fields, status: 400 };
  throw error;
}

async function renderList(c: PageContext, deps: PageDeps, form: { values?: FormBody; errors?: FieldMessage[]; status?: 200 | 400 } = {}) {
  const frame = c.get('frame');
  const { lang } = frame;
  const profiles = await listProfiles(deps.service, identityOf(c));
  const deleted = c.req.query('deleted');
  return c.html(
    <Layout frame={frame} title={pf(lang, 'title')}>
      <h1>{pf(lang, 'title')}</h1>
      <Notice text={deleted ? pf(lang, 'deleted', { name: deleted }) : undefined} />
      <p>{pf(lang, 'intro')}</p>
      {profiles.length === 0 ? (
        <p>{pf(lang, 'none')}</p>
      ) : (
        <table class="stacked" id="profile-list">
          <thead>
            <tr>
              <th scope="col">{t(lang, 'name')}</th>
              <th scope="col">{pf(lang, 'prioritizedQuestions')}</th>
              <th scope="col">{t(lang, 'lastUpdate')}</th>
            </tr>
          </thead>
          <tbody>
            {profiles.map((p) => (
              <tr>
                <td>
                  <a href={`/profiles/${p.profileId}`}>{p.profileName}</a>
                </td>
                <td data-label={pf(lang, 'prioritizedQuestions')}>{p.prioritizedQuestions.join(', ') || '-'}</td>
                <td data-label={t(lang, 'lastUpdate')}>
                  <time datetime={p.updatedAt}>{formatDate(lang, p.updatedAt)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2 id="new">{pf(lang, 'newProfile')}</h2>
      <ProfileForm lang={lang} csrf={frame.csrf} action="/profiles" submit={pf(lang, 'create')} values={form.values ?? {}} errors={form.errors ?? []} />
    </Layout>,
    form.status ?? 200,
  );
}

async function renderEdit(c: PageContext, deps: PageDeps, ref: string, form: { values?: FormBody; errors?: FieldMessage[]; status?: 200 | 400 | 409; stale?: number } = {}) {
  const frame = c.get('frame');
  const { lang } = frame;
  const p = await getProfile(deps.service, identityOf(c), ref);
  const values = form.values ?? valuesOf(p);
  return c.html(
    <Layout frame={frame} title={p.profileName}>
      <p>
        <a href="/profiles">{`← ${pf(lang, 'title')}`}</a>
      </p>
      <h1>{p.profileName}</h1>
      <Notice text={c.req.query('saved') ? t(lang, 'saved') : undefined} />
      {form.stale !== undefined ? (
        <p class="notice error" role="alert" id="stale">
          {pf(lang, 'stale', { current: form.stale })}
        </p>
      ) : null}
      <p class="muted">{`${pf(lang, 'version', { n: p.version })} · ${pf(lang, 'prioritizedQuestions')}: ${p.prioritizedQuestions.join(', ') || '-'}`}</p>
      <ProfileForm lang={lang} csrf={frame.csrf} action={`/profiles/${p.profileId}`} submit={t(lang, 'save')} values={form.stale !== undefined ? { ...values, version: String(form.stale) } : values} errors={form.errors ?? []} />
      <form method="post" action={`/profiles/${p.profileId}/delete`} class="no-print">
        <CsrfField csrf={frame.csrf} />
        <button type="submit" class="danger" id="delete-profile">
          {pf(lang, 'deleteProfile')}
        </button>
      </form>
    </Layout>,
    form.status ?? 200,
  );
}

function identityOf(c: PageContext): Identity {
  // Pages past sign-in always carry an identity (app.tsx redirects otherwise).
  return c.get('identity') as Identity;
}

function inputOf(body: FormBody) {
  return { profileName: formString(body, 'name'), description: formString(body, 'description'), answers: formAnswers(body) };
}

export function registerProfilePages(app: Hono<PageEnv>, deps: PageDeps): void {
  app.get('/profiles', (c) => renderList(c, deps));
  app.post('/profiles', async (c) => {
    const body = (await c.req.parseBody({ all: true })) as FormBody;
    try {
      const p = await createProfile(deps.service, identityOf(c), inputOf(body));
      return c.redirect(`/profiles/${p.profileId}?saved=1`, 303);
    } catch (error) {
      if (isReviewError(error) && error.status === 409) return renderList(c, deps, { values: body, errors: [{ field: 'profileName', message: error.localized }], status: 400 });
      const { errors } = formErrors(error);
      return renderList(c, deps, { values: body, errors, status: 400 });
    }
  });
  app.get('/profiles/:id', (c) => renderEdit(c, deps, c.req.param('id')));
  app.post('/profiles/:id', async (c) => {
    const body = (await c.req.parseBody({ all: true })) as FormBody;
    const version = Number(formString(body, 'version'));
    try {
      const p = await updateProfile(deps.service, identityOf(c), c.req.param('id'), { ...inputOf(body), version: Number.isInteger(version) && version > 0 ? version : undefined });
      return c.redirect(`/profiles/${p.profileId}?saved=1`, 303);
    } catch (error) {
      if (isReviewError(error) && error.code === 'stale-version') return renderEdit(c, deps, c.req.param('id'), { values: body, status: 409, stale: Number(error.details.currentVersion) });
      if (isReviewError(error) && error.code === 'name-taken') return renderEdit(c, deps, c.req.param('id'), { values: body, errors: [{ field: 'profileName', message: error.localized }], status: 409 });
      const { errors, status } = formErrors(error);
      return renderEdit(c, deps, c.req.param('id'), { values: body, errors, status });
    }
  });
  app.post('/profiles/:id/delete', async (c) => {
    const p = await getProfile(deps.service, identityOf(c), c.req.param('id'));
    await deleteProfile(deps.service, identityOf(c), p.profileId);
    return c.redirect(`/profiles?${new URLSearchParams({ deleted: p.profileName }).toString()}`, 303);
  });
}

/** The profiles a workload form offers: the caller's (admins: all), and the one the workload has. */
export async function profileOptions(deps: PageDeps, identity: Identity | null, current?: WorkloadProfileRef | null): Promise<{ profileId: string; profileName: string }[]> {
  const mine = identity ? (await listProfiles(deps.service, identity)).map((p) => ({ profileId: p.profileId, profileName: p.profileName })) : [];
  return current && !mine.some((p) => p.profileId === current.profileId) ? [{ profileId: current.profileId, profileName: current.profileName }, ...mine] : mine;
}

/** Applies the workload form's profile choice (a form without the field leaves the profile as it is). */
export async function applyProfileChoice(deps: PageDeps, identity: Identity | null, body: FormBody, workloadId: string, current: string | null): Promise<void> {
  if (body.profileId === undefined || !identity) return;
  const chosen = formString(body, 'profileId');
  if (chosen === (current ?? '')) return;
  if (chosen === '') await detachProfile(deps.service, workloadId);
  else await attachProfile(deps.service, identity, workloadId, chosen);
}
