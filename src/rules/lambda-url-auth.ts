// Function URLs require IAM authorization (AuthType AWS_IAM), not a public NONE.
import type { Rule } from './types.js';
import { PASS, fail, unknown } from './support/results.js';
import { isUnresolved } from '../iac/values.js';

export const lambdaUrlAuth: Rule = {
  id: 'lambda-url-auth',
  title: { en: 'Function URLs require IAM authorization', ja: '関数 URL で IAM 認可を必須にする' },
  severity: 'error',
  lens: { pillar: 'security', question: 'SEC1', choice: 'sec1_authn_authz' },
  aliases: ['CKV_AWS_258'],
  resourceTypes: ['AWS::Lambda::Url'],
  messages: {
    public: {
      en: 'Function URL {resource} has AuthType NONE: anyone with the URL can invoke the function.',
      ja: '関数 URL {resource} の AuthType が NONE です。URL を知っている誰でも関数を呼び出せます。',
    },
  },
  docs: {
    description: {
      en: 'Checks that every `AWS::Lambda::Url` (SAM: `FunctionUrlConfig`) has `AuthType: AWS_IAM`.',
      ja: 'すべての `AWS::Lambda::Url`（SAM では `FunctionUrlConfig`）が `AuthType: AWS_IAM` であることを確認します。',
    },
    rationale: {
      en: 'A public function URL has no throttling, authorization or WAF in front of it; every request runs (and bills) the function.',
      ja: '公開された関数 URL の前にはスロットリングも認可も WAF もありません。すべてのリクエストで関数が実行され、課金されます。',
    },
    fix: {
      en: 'Set `AuthType: AWS_IAM` and sign requests with SigV4 (CloudFront origin access control can sign for browsers); put an API in front when you need other authorizers.',
      ja: '`AuthType: AWS_IAM` を設定し、リクエストに SigV4 で署名します（ブラウザー向けには CloudFront のオリジンアクセスコントロールで署名できます）。ほかのオーソライザーが必要なら API を前に置きます。',
    },
    links: [{ title: 'Control access to Lambda function URLs', url: 'https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html' }],
  },
  check(resource) {
    const type = resource.properties['AuthType'];
    if (type === 'AWS_IAM') return PASS;
    if (isUnresolved(type)) return unknown(['AuthType']);
    return fail('public', undefined, ['AuthType']);
  },
};
