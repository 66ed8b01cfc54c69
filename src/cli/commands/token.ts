// `slens token …`: API tokens for `slens serve`. The secret is printed once; only its hash is stored.
import type { Command } from 'commander';
import { fill, type Localized } from '../../util/i18n.js';
import { choose, emit, type CliContext } from '../context.js';
import { DATABASE_ONLY_HELP, helpOnEverySubcommand, json, LANG_OPTION, langOption, withService } from '../review-cli.js';

const FORMATS = ['text', 'json'] as const;

const AWS_CREATED: Localized = {
  en: 'slens: created access key "{name}" ({role}); the secret is not shown again. Give both to the AWS SDK or CLI and use the endpoint <server>/aws\n',
  ja: 'slens: アクセスキー「{name}」（{role}）を作成しました。シークレットは二度と表示されません。両方を AWS SDK または CLI に設定し、エンドポイント <サーバー>/aws を使ってください\n',
};

const CREATED: Localized = {
  en: 'slens: created token "{name}" ({role}); it is not shown again. Send it as "Authorization: Bearer <token>"\n',
  ja: 'slens: トークン「{name}」（{role}）を作成しました。この値は二度と表示されません。Authorization: Bearer <トークン> として送ってください\n',
};
const NO_TOKENS: Localized = { en: 'No tokens.', ja: 'トークンはありません。' };
const REVOKED_MARK: Localized = { en: 'revoked', ja: '失効' };
const REVOKED: Localized = { en: 'slens: revoked token "{ref}"\n', ja: 'slens: トークン「{ref}」を失効させました\n' };

export function registerToken(program: Command, ctx: CliContext): Command {
  const group = program
    .command('token')
    .description('create, list and revoke API tokens; once a token exists, every request to "slens serve" needs one')
    .addHelpText('after', DATABASE_ONLY_HELP);

  group
    .command('create')
    .description('create a token and print its secret (shown only this once)')
    .requiredOption('--name <name>', 'token name: 1 to 64 letters, digits, spaces or ". _ @ -", unique')
    .option('--role <role>', 'admin, editor (may change reviews) or viewer (may only read)', 'editor')
    .option('--aws', 'create an AWS access key pair instead, for AWS tools signing requests to the W-A API at /aws')
    .option('--format <format>', 'output format: text or json', 'text')
    .option(...LANG_OPTION)
    .action(async (opts: { name: string; role: string; aws?: boolean; format?: string; lang?: string }) => {
      const format = choose('format', opts.format, FORMATS, 'text');
      const lang = langOption(opts.lang);
      if (opts.aws) {
        const { createAccessKey } = await import('../../server/aws/access-keys.js');
        const key = await withService(lang, (s) => createAccessKey(s.store, opts.name, opts.role, s.now()));
        if (format === 'json') return emit(ctx, json({ ...key.record, accessKeyId: key.accessKeyId, secretAccessKey: key.secretAccessKey }));
        emit(ctx, `AWS_ACCESS_KEY_ID=${key.accessKeyId}\nAWS_SECRET_ACCESS_KEY=${key.secretAccessKey}`);
        ctx.stderr(fill(AWS_CREATED[lang], { name: key.record.name, role: key.record.role }));
        return;
      }
      const { createToken } = await import('../../server/tokens.js');
      const { token, record } = await withService(lang, (s) => createToken(s.store, opts.name, opts.role, s.now()));
      if (format === 'json') emit(ctx, json({ ...record, token }));
      else {
        emit(ctx, token);
        ctx.stderr(fill(CREATED[lang], { name: record.name, role: record.role }));
      }
    });

  group
    .command('list')
    .description('list tokens (names, roles, dates; never the secrets)')
    .option('--format <format>', 'output format: text or json', 'text')
    .option(...LANG_OPTION)
    .action(async (opts: { format?: string; lang?: string }) => {
      const format = choose('format', opts.format, FORMATS, 'text');
      const lang = langOption(opts.lang);
      const tokens = await withService(lang, (s) => s.store.listTokens());
      if (format === 'json') return emit(ctx, json({ tokens }));
      if (tokens.length === 0) return emit(ctx, NO_TOKENS[lang]);
      const revoked = REVOKED_MARK[lang];
      emit(ctx, tokens.map((t) => `${t.name}\t${t.role}\t${t.id}\t${t.createdAt}${t.revokedAt ? `\t${revoked} ${t.revokedAt}` : ''}`).join('\n'));
    });

  group
    .command('revoke')
    .description('revoke a token by name or id; requests with it are refused from now on')
    .argument('<token>', 'token name or id')
    .option(...LANG_OPTION)
    .action(async (ref: string, opts: { lang?: string }) => {
      const lang = langOption(opts.lang);
      const { revokeToken } = await import('../../server/tokens.js');
      await withService(lang, (s) => revokeToken(s.store, ref, s.now()));
      ctx.stderr(fill(REVOKED[lang], { ref }));
    });

  helpOnEverySubcommand(group, DATABASE_ONLY_HELP);
  return group;
}
