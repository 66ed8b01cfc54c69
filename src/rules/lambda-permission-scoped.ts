// Lambda resource-policy statements are scoped: a `*` or service principal names its source.
import type { Rule } from './types.js';
import { NOT_APPLICABLE, PASS, fail, unknown } from './support/results.js';
import { servicePrincipal } from './support/policies.js';
import { isPresent, isUnresolved, patternOf, valueAt } from '../iac/values.js';

const SOURCE_KEYS = ['SourceArn', 'SourceAccount', 'PrincipalOrgID'];

export const lambdaPermissionScoped: Rule = {
  id: 'lambda-permission-scoped',
  title: { en: 'Lambda permissions name their source', ja: 'Lambda のアクセス許可で呼び出し元を限定' },
  severity: 'warning',
  lens: { pillar: 'security', question: 'SEC2', choice: 'sec2_resource_policies' },
  aliases: ['CKV_AWS_364', 'CKV_AWS_301'],
  resourceTypes: ['AWS::Lambda::Permission'],
  messages: {
    public: {
      en: 'Permission {resource} lets any principal (*) invoke the function with no SourceArn, SourceAccount or PrincipalOrgID.',
      ja: 'アクセス許可 {resource} は、SourceArn、SourceAccount、PrincipalOrgID のいずれもなしに、あらゆるプリンシパル（*）に関数の呼び出しを許可しています。',
    },
    service: {
      en: 'Permission {resource} lets {principal} invoke the function from any account or resource; add SourceArn (or SourceAccount) to stop confused-deputy calls.',
      ja: 'アクセス許可 {resource} は、{principal} に任意のアカウントやリソースからの関数の呼び出しを許可しています。混乱した代理（confused deputy）による呼び出しを防ぐために SourceArn（または SourceAccount）を追加してください。',
    },
  },
  docs: {
    description: {
      en: 'Checks each `AWS::Lambda::Permission`: a `*` principal must be limited by `SourceArn`, `SourceAccount` or `PrincipalOrgID` (error), and a service principal (`*.amazonaws.com`, also written with `${AWS::URLSuffix}`) by `SourceArn` or `SourceAccount` (warning). Function URL permissions (judged by `lambda-url-auth`) and the permissions SAM or the Serverless Framework generate from events (they add the source themselves) are not judged.',
      ja: '各 `AWS::Lambda::Permission` を確認します。`*` のプリンシパルは `SourceArn`、`SourceAccount`、`PrincipalOrgID` のいずれかで限定する必要があり（エラー）、サービスプリンシパル（`*.amazonaws.com`。`${AWS::URLSuffix}` を使った書き方も含む）は `SourceArn` または `SourceAccount` で限定する必要があります（警告）。関数 URL のアクセス許可（`lambda-url-auth` が判定）と、SAM や Serverless Framework がイベントから生成するアクセス許可（呼び出し元を自動で設定）は判定しません。',
    },
    rationale: {
      en: 'Without a source condition, any account\'s bucket, topic or rule could make the service invoke your function on its behalf.',
      ja: '呼び出し元の条件がなければ、どのアカウントのバケット、トピック、ルールでも、サービスに代わりに関数を呼び出させることができます。',
    },
    fix: { en: 'Add `SourceArn: !GetAtt Bucket.Arn` (S3: also `SourceAccount: !Ref AWS::AccountId`).', ja: '`SourceArn: !GetAtt Bucket.Arn` を追加します（S3 では `SourceAccount: !Ref AWS::AccountId` も）。' },
    links: [{ title: 'Working with resource-based IAM policies in Lambda', url: 'https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html' }],
  },
  check(resource) {
    if (resource.origin || isPresent(resource.properties['FunctionUrlAuthType'])) return NOT_APPLICABLE;
    if (SOURCE_KEYS.some((key) => isPresent(resource.properties[key]))) return PASS;
    const principal = resource.properties['Principal'];
    const service = servicePrincipal(principal);
    if (service !== undefined) return fail('service', { principal: service }, ['Principal']);
    if (isUnresolved(principal)) return unknown(['Principal']);
    const text = patternOf(principal) ?? patternOf(valueAt(principal, ['AWS'])) ?? '';
    if (text === '*') return { ...fail('public', undefined, ['Principal']), severity: 'error' };
    return PASS;
  },
};
