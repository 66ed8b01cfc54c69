// Roles that Lambda assumes grant no wildcard actions (`*`, `service:*`). Alias: serverless-rules WS1003.
import type { Resource } from '../iac/types.js';
import type { ResourceGraph } from '../iac/types.js';
import type { CheckResult, PropertyPath, Rule } from './types.js';
import { NOT_APPLICABLE, PASS, fail } from './support/results.js';
import { directTarget, isRecord, patternOf, stringsOf, valueAt } from '../iac/values.js';

/** True when the trust policy lets the Lambda service assume the role (literal or `lambda.${AWS::URLSuffix}`). */
function trustedByLambda(role: Resource): boolean {
  const statements = asList(valueAt(role.properties, ['AssumeRolePolicyDocument', 'Statement']));
  return statements.some((statement) => {
    const service = valueAt(statement, ['Principal', 'Service']);
    const values = Array.isArray(service) ? service : [service];
    return values.some((v) => {
      const text = patternOf(v);
      return text === 'lambda.amazonaws.com' || text === 'lambda.${AWS::URLSuffix}' || text === 'lambda.amazonaws.com.cn';
    });
  });
}

function asList(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  return value === undefined || value === null ? [] : [value];
}

function isWildcard(action: string): boolean {
  return action === '*' || action.includes(':*');
}

interface Grant {
  action: string;
  /** Path inside the role's Properties, when the statement is in the role itself. */
  path?: PropertyPath;
  /** The attached policy resource, when it is not. */
  policy?: string;
  notAction?: boolean;
}

function grantsOf(document: unknown, base: PropertyPath | undefined, policy: string | undefined): Grant[] {
  const grants: Grant[] = [];
  const statementsValue = valueAt(document, ['Statement']);
  const statements = asList(statementsValue);
  statements.forEach((statement, index) => {
    if (!isRecord(statement) || statement['Effect'] !== 'Allow') return;
    const at = base ? [...base, 'Statement', ...(Array.isArray(statementsValue) ? [index] : [])] : undefined;
    for (const action of stringsOf(statement['Action'])) {
      if (isWildcard(action)) grants.push({ action, ...(at ? { path: [...at, 'Action'] } : {}), ...(policy ? { policy } : {}) });
    }
    if (statement['NotAction'] !== undefined) {
      grants.push({ action: stringsOf(statement['NotAction']).join(', '), notAction: true, ...(at ? { path: [...at, 'NotAction'] } : {}), ...(policy ? { policy } : {}) });
    }
  });
  return grants;
}

function allGrants(role: Resource, graph: ResourceGraph): Grant[] {
  const grants: Grant[] = [];
  asList(role.properties['Policies']).forEach((policy, index) => {
    grants.push(...grantsOf(valueAt(policy, ['PolicyDocument']), ['Policies', index, 'PolicyDocument'], undefined));
  });
  for (const policy of graph.ofType('AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy')) {
    const roles = asList(policy.properties['Roles']);
    if (roles.some((r) => directTarget(r) === role.logicalId)) {
      grants.push(...grantsOf(policy.properties['PolicyDocument'], undefined, policy.logicalId));
    }
  }
  return grants;
}

export const lambdaRoleNoWildcardActions: Rule = {
  id: 'lambda-role-no-wildcard-actions',
  title: { en: 'Lambda roles grant no wildcard actions', ja: 'Lambda の実行ロールでワイルドカードのアクションを許可しない' },
  severity: 'warning',
  lens: { pillar: 'security', question: 'SEC2', choice: 'sec2_single_purpose_functions' },
  aliases: ['WS1003'],
  resourceTypes: ['AWS::IAM::Role'],
  messages: {
    wildcard: {
      en: 'Role {resource}, assumed by Lambda, allows the wildcard action {action}{where}; list the actions the function needs.',
      ja: 'Lambda が引き受けるロール {resource} がワイルドカードのアクション {action} を許可しています{where}。関数に必要なアクションを列挙してください。',
    },
    notAction: {
      en: 'Role {resource}, assumed by Lambda, allows everything except {action} (NotAction){where}; list the actions the function needs.',
      ja: 'Lambda が引き受けるロール {resource} が {action} 以外のすべてを許可しています (NotAction){where}。関数に必要なアクションを列挙してください。',
    },
  },
  docs: {
    description: {
      en: 'For each `AWS::IAM::Role` whose trust policy names the service `lambda.amazonaws.com`, checks every `Allow` statement of its inline `Policies` and of `AWS::IAM::Policy`/`AWS::IAM::ManagedPolicy` resources attached to it through `Roles`: an action `*` or one containing `:*` (such as `s3:*`), or a `NotAction`, is a finding. SAM `Policies` statements land in the generated role and are checked. One finding per wildcard action.',
      ja: '信頼ポリシーでサービス `lambda.amazonaws.com` を指定した各 `AWS::IAM::Role` について、インラインの `Policies` と、`Roles` でアタッチされた `AWS::IAM::Policy`/`AWS::IAM::ManagedPolicy` のすべての `Allow` ステートメントを確認します。アクション `*` や `:*` を含むアクション (`s3:*` など)、`NotAction` を指摘します。SAM の `Policies` のステートメントは生成されるロールに含まれ、確認の対象です。ワイルドカードのアクションごとに 1 件報告します。',
    },
    rationale: {
      en: 'A function should be able to do exactly its job. Wildcard actions grant operations nobody reviewed (deleting tables, changing policies), so a bug or an injected payload can do far more harm than the function\'s purpose requires.',
      ja: '関数はその役割に必要なことだけができるべきです。ワイルドカードのアクションは誰も確認していない操作 (テーブルの削除、ポリシーの変更など) を許可するため、バグや注入されたペイロードが関数の目的をはるかに超える被害をもたらします。',
    },
    fix: {
      en: 'Replace wildcards with the actions the code calls (`dynamodb:GetItem`, `dynamodb:PutItem`, …) on specific resources, or use SAM policy templates such as `DynamoDBCrudPolicy: { TableName: !Ref Table }`. IAM Access Analyzer can generate a policy from CloudTrail activity.',
      ja: 'ワイルドカードを、コードが呼び出すアクション (`dynamodb:GetItem`、`dynamodb:PutItem` など) と特定のリソースに置き換えるか、`DynamoDBCrudPolicy: { TableName: !Ref Table }` のような SAM のポリシーテンプレートを使います。IAM Access Analyzer は CloudTrail のアクティビティからポリシーを生成できます。',
    },
    differences: {
      en: 'WS1003 reads only inline policies and also flags `Deny` statements; this rule also reads attached `AWS::IAM::Policy`/`ManagedPolicy` resources (where CDK puts grants), only judges `Allow` statements, and treats `NotAction` as a wildcard.',
      ja: 'WS1003 はインラインポリシーだけを読み、`Deny` ステートメントも指摘します。このルールはアタッチされた `AWS::IAM::Policy`/`ManagedPolicy` (CDK が権限を置く場所) も読み、`Allow` ステートメントだけを判定し、`NotAction` もワイルドカードとして扱います。',
    },
    links: [
      { title: 'Lambda execution role', url: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html' },
      { title: 'AWS SAM policy templates', url: 'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/serverless-policy-templates.html' },
    ],
  },
  check(resource, { graph }): CheckResult | CheckResult[] {
    if (!trustedByLambda(resource)) return NOT_APPLICABLE;
    const grants = allGrants(resource, graph);
    if (grants.length === 0) return PASS;
    return grants.map((grant) =>
      fail(grant.notAction ? 'notAction' : 'wildcard', { action: grant.action, where: grant.policy ? ` (${grant.policy})` : '' }, grant.path),
    );
  },
};
