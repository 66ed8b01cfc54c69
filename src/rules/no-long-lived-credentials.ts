// No long-term access keys: no IAM access keys in the template, none in function environments.
import type { Rule } from './types.js';
import { NOT_APPLICABLE, PASS, fail } from './support/results.js';
import { envVars, isFrameworkHelper } from './support/function-facts.js';

const KEY_ID = /^(AKIA|ASIA)[A-Z0-9]{16}$/;
/** The credential variables, also under a prefix (`FOO_AWS_ACCESS_KEY_ID`, `S3_SECRET_ACCESS_KEY`); not their ARNs or names. */
const KEY_NAMES = /(^|_)(AWS_ACCESS_KEY_ID|AWS_SECRET_ACCESS_KEY|AWS_SESSION_TOKEN|ACCESS_KEY_ID|SECRET_ACCESS_KEY|AWS_SECRET_KEY|AWS_ACCESS_KEY)$/i;

export const noLongLivedCredentials: Rule = {
  id: 'no-long-lived-credentials',
  title: { en: 'No long-term access keys', ja: '長期のアクセスキーを使わない' },
  severity: 'error',
  lens: { pillar: 'security', question: 'SEC2', choice: 'sec2_temporary_credentials' },
  aliases: ['CKV_AWS_41'],
  resourceTypes: ['AWS::Lambda::Function', 'AWS::IAM::AccessKey'],
  messages: {
    accessKey: {
      en: 'Access key {resource} creates long-term IAM user credentials; give workloads roles, whose credentials are temporary.',
      ja: 'アクセスキー {resource} は IAM ユーザーの長期の認証情報を作成します。ワークロードには一時的な認証情報を使うロールを割り当ててください。',
    },
    envKey: {
      en: 'Function {resource} passes AWS credentials in environment variable {name}; the execution role already provides temporary credentials.',
      ja: '関数 {resource} は環境変数 {name} で AWS の認証情報を渡しています。実行ロールが一時的な認証情報をすでに提供しています。',
    },
  },
  docs: {
    description: {
      en: 'Fails every `AWS::IAM::AccessKey`, and a function whose environment sets an AWS credential variable (`AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`…, also under a prefix such as `UPLOADS_AWS_ACCESS_KEY_ID`) or holds a value shaped like an access key id (`AKIA…`/`ASIA…`). Functions without such variables pass: they use their role\'s temporary credentials.',
      ja: 'すべての `AWS::IAM::AccessKey` と、環境変数で AWS の認証情報 （`AWS_ACCESS_KEY_ID`、`AWS_SECRET_ACCESS_KEY` など。`UPLOADS_AWS_ACCESS_KEY_ID` のような接頭辞付きも含む） を設定しているか、アクセスキー ID の形（`AKIA…`/`ASIA…`）の値を持つ関数を不合格とします。そうした変数のない関数は、ロールの一時的な認証情報を使うため合格です。',
    },
    rationale: {
      en: 'Long-term keys leak through logs, repositories and configuration and stay valid until someone rotates them; role credentials expire within hours.',
      ja: '長期のキーはログ、リポジトリ、設定から漏えいし、誰かがローテーションするまで有効なままです。ロールの認証情報は数時間で失効します。',
    },
    fix: { en: 'Remove the key and the variables; grant the needed actions to the function\'s execution role (or a role it assumes).', ja: 'キーと変数を削除し、必要なアクションを関数の実行ロール（またはそこから引き受けるロール）に許可します。' },
    links: [{ title: 'Temporary security credentials in IAM', url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp.html' }],
  },
  check(resource) {
    if (resource.type === 'AWS::IAM::AccessKey') return fail('accessKey');
    if (isFrameworkHelper(resource)) return NOT_APPLICABLE;
    const results = Object.entries(envVars(resource)).flatMap(([name, value]) =>
      KEY_NAMES.test(name) || (typeof value === 'string' && KEY_ID.test(value)) ? [fail('envKey', { name }, ['Environment', 'Variables', name])] : [],
    );
    return results.length ? results : PASS;
  },
};
