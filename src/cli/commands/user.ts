// `slens user …`: people who sign in to `slens serve` with a token of their own or a name and password, and
// what each may see (workload shares), and their AWS access key pairs for the W-A-compatible API. The token is
// printed once; only hashes are stored (a key's secret is kept, as SigV4 needs it).
import type { Command } from 'commander';
import { UserError } from '../../util/errors.js';
import { fill, type Localized } from '../../util/i18n.js';
import { choose, emit, type CliContext } from '../context.js';
import { DATABASE_ONLY_HELP, helpOnEverySubcommand, json, LANG_OPTION, langOption, withService } from '../review-cli.js';

const FORMATS = ['text', 'json'] as const;

const SAY = {
  created: {
    en: 'slens: created user "{name}"{password}; the sign-in token above is not shown again. Send it as "Authorization: Bearer <token>" or paste it on the sign-in page\n',
    ja: 'slens: ユーザー「{name}」を作成しました{password}。上のサインイン用トークンは二度と表示されません。Authorization: Bearer <トークン> として送るか、サインイン画面に貼り付けてください\n',
  },
  withPassword: { en: ' (with a password)', ja: '（パスワード付き）' },
  none: { en: 'No users.', ja: 'ユーザーはいません。' },
  disabledMark: { en: 'disabled', ja: '無効' },
  passwordMark: { en: 'password', ja: 'パスワード' },
  disabled: { en: 'slens: disabled user "{ref}"; their sessions have ended\n', ja: 'slens: ユーザー「{ref}」を無効にしました。そのセッションは終了しました\n' },
  shared: { en: 'slens: shared "{workload}" with "{user}" ({access})\n', ja: 'slens: 「{workload}」を「{user}」と共有しました（{access}）\n' },
  keyCreated: {
    en: 'slens: created an access key for user "{name}"; the secret is not shown again. Give both to the AWS SDK or CLI and use the endpoint <server>/aws: requests signed with it act as "{name}", with their shares\n',
    ja: 'slens: ユーザー「{name}」のアクセスキーを作成しました。シークレットは二度と表示されません。両方を AWS SDK または CLI に設定し、エンドポイント <サーバー>/aws を使ってください。このキーで署名したリクエストは「{name}」として、その共有の範囲で動作します\n',
  },
  noKeys: { en: 'No user access keys.', ja: 'ユーザーのアクセスキーはありません。' },
  revokedMark: { en: 'revoked', ja: '失効' },
  keyRevoked: { en: 'slens: revoked access key "{id}"\n', ja: 'slens: アクセスキー「{id}」を失効させました\n' },
  unshared: { en: 'slens: "{user}" no longer has access to "{workload}"\n', ja: 'slens: 「{user}」の「{workload}」へのアクセス権を削除しました\n' },
  emptyStdin: { en: '--password-stdin read no password from standard input', ja: '--password-stdin で標準入力からパスワードを読み取れませんでした' },
} as const satisfies Record<string, Localized>;

async function readStdin(limit = 4096): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) {
    text += String(chunk);
    if (text.length > limit) break;
  }
  return text.replace(/\r?\n$/, '');
}

export function registerUser(program: Command, ctx: CliContext): Command {
  const group = program
    .command('user')
    .description('create, list and disable users who sign in to "slens serve", and share workloads with them')
    .addHelpText('after', DATABASE_ONLY_HELP);

  group
    .command('create')
    .description('create a user and print their sign-in token (shown only this once)')
    .requiredOption('--name <name>', 'user name: 1 to 64 letters, digits, spaces or ". _ @ -", unique regardless of case')
    .option('--password-stdin', 'also set a password (12 characters or more), read from standard input')
    .option('--format <format>', 'output format: text or json', 'text')
    .option(...LANG_OPTION)
    .action(async (opts: { name: string; passwordStdin?: boolean; format?: string; lang?: string }) => {
      const format = choose('format', opts.format, FORMATS, 'text');
      const lang = langOption(opts.lang);
      let password: string | undefined;
      if (opts.passwordStdin) {
        password = await readStdin();
        if (password === '') throw new UserError('bad-option', SAY.emptyStdin);
      }
      const { createUser } = await import('../../server/users.js');
      const { token, user } = await withService(lang, (s) => createUser(s.store, opts.name, password, s.now()));
      if (format === 'json') return emit(ctx, json({ ...user, token }));
      emit(ctx, token);
      ctx.stderr(fill(SAY.created[lang], { name: user.name, password: user.hasPassword ? SAY.withPassword[lang] : '' }));
    });

  group
    .command('list')
    .description('list users (names, dates, whether a password is set; never secrets)')
    .option('--format <format>', 'output format: text or json', 'text')
    .option(...LANG_OPTION)
    .action(async (opts: { format?: string; lang?: string }) => {
      const format = choose('format', opts.format, FORMATS, 'text');
      const lang = langOption(opts.lang);
      const users = await withService(lang, (s) => s.store.listUsers());
      if (format === 'json') return emit(ctx, json({ users }));
      if (users.length === 0) return emit(ctx, SAY.none[lang]);
      emit(ctx, users.map((u) => [u.name, u.id, u.createdAt, u.hasPassword ? SAY.passwordMark[lang] : '-', u.disabledAt ? `${SAY.disabledMark[lang]} ${u.disabledAt}` : ''].join('\t').trimEnd()).join('\n'));
    });

  group
    .command('disable')
    .description('disable a user by name or id: their token and password stop working and their sessions end at once')
    .argument('<user>', 'user name or id')
    .option(...LANG_OPTION)
    .action(async (ref: string, opts: { lang?: string }) => {
      const lang = langOption(opts.lang);
      const { disableUser } = await import('../../server/users.js');
      await withService(lang, (s) => disableUser(s.store, ref, s.now()));
      ctx.stderr(fill(SAY.disabled[lang], { ref }));
    });

  group
    .command('share')
    .description('share a workload with a user: owner, contributor (answers, milestones, evidence) or readonly')
    .argument('<user>', 'user name')
    .requiredOption('--workload <workload>', 'workload id or name')
    .option('--access <access>', 'owner, contributor or readonly', 'readonly')
    .option(...LANG_OPTION)
    .action(async (user: string, opts: { workload: string; access: string; lang?: string }) => {
      const lang = langOption(opts.lang);
      const { shareWorkload } = await import('../../review/shares.js');
      await withService(lang, (s) => shareWorkload(s, opts.workload, user, opts.access));
      ctx.stderr(fill(SAY.shared[lang], { workload: opts.workload, user, access: opts.access }));
    });

  registerUserKeys(group, ctx);
  group
    .command('unshare')
    .description("end a user's share of a workload (the last owner of a workload stays: share it with another owner first)")
    .argument('<user>', 'user name')
    .requiredOption('--workload <workload>', 'workload id or name')
    .option(...LANG_OPTION)
    .action(async (user: string, opts: { workload: string; lang?: string }) => {
      const lang = langOption(opts.lang);
      const { unshareWorkload } = await import('../../review/shares.js');
      await withService(lang, (s) => unshareWorkload(s, opts.workload, user));
      ctx.stderr(fill(SAY.unshared[lang], { workload: opts.workload, user }));
    });

  helpOnEverySubcommand(group, DATABASE_ONLY_HELP);
  return group;
}

/** `slens user key create|list|revoke`: SigV4 access key pairs that act as a user on the W-A-compatible API. */
function registerUserKeys(user: Command, ctx: CliContext): void {
  const keys = user.command('key').description('create, list and revoke a user\'s AWS access key pairs for the W-A-compatible API at /aws (a key acts as its user, with their shares)');

  keys
    .command('create')
    .description('create an access key pair for a user and print it (the secret is shown only this once)')
    .argument('<user>', 'user name or id')
    .option('--format <format>', 'output format: text or json', 'text')
    .option(...LANG_OPTION)
    .action(async (ref: string, opts: { format?: string; lang?: string }) => {
      const format = choose('format', opts.format, FORMATS, 'text');
      const lang = langOption(opts.lang);
      const { createUserAccessKey } = await import('../../server/aws/access-keys.js');
      const made = await withService(lang, (s) => createUserAccessKey(s.store, ref, s.now()));
      if (format === 'json') return emit(ctx, json({ ...made.key, secretAccessKey: made.secretAccessKey }));
      emit(ctx, `AWS_ACCESS_KEY_ID=${made.accessKeyId}\nAWS_SECRET_ACCESS_KEY=${made.secretAccessKey}`);
      ctx.stderr(fill(SAY.keyCreated[lang], { name: made.key.userName }));
    });

  keys
    .command('list')
    .description('list users\' access keys (ids, users, dates; never the secrets), or one user\'s')
    .argument('[user]', 'user name or id')
    .option('--format <format>', 'output format: text or json', 'text')
    .option(...LANG_OPTION)
    .action(async (ref: string | undefined, opts: { format?: string; lang?: string }) => {
      const format = choose('format', opts.format, FORMATS, 'text');
      const lang = langOption(opts.lang);
      const { userAccessKeys } = await import('../../server/aws/access-keys.js');
      const list = await withService(lang, (s) => userAccessKeys(s.store, ref));
      if (format === 'json') return emit(ctx, json({ keys: list }));
      if (list.length === 0) return emit(ctx, SAY.noKeys[lang]);
      emit(ctx, list.map((k) => [k.accessKeyId, k.userName, k.createdAt, k.revokedAt ? `${SAY.revokedMark[lang]} ${k.revokedAt}` : ''].join('\t').trimEnd()).join('\n'));
    });

  keys
    .command('revoke')
    .description('revoke a user\'s access key by its id; requests signed with it are refused from now on')
    .argument('<accessKeyId>', 'the access key id (AWS_ACCESS_KEY_ID)')
    .option(...LANG_OPTION)
    .action(async (id: string, opts: { lang?: string }) => {
      const lang = langOption(opts.lang);
      const { revokeUserKey } = await import('../../server/aws/access-keys.js');
      await withService(lang, (s) => revokeUserKey(s.store, id, s.now()));
      ctx.stderr(fill(SAY.keyRevoked[lang], { id }));
    });

  helpOnEverySubcommand(keys, DATABASE_ONLY_HELP);
}
