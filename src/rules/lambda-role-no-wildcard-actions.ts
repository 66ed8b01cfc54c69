// Roles that Lambda assumes grant no wildcard actions (`*`, `service:*`). Alias: serverless-rules WS1003.
import type { Resource } from '../iac/types.js';
import type { ResourceGraph } from '../iac/types.js';
import type { CheckResult, PropertyPath, Rule } from './types.js';
import { NOT_APPLICABLE, PASS, fail } from './support/results.js';
import { directTarget, isRecord, patternOf, stringsOf, valueAt } from '../iac/values.js';

/** The service that assumes the role, as shown in messages: Lambda or Step Functions (literal or `…${AWS::URLSuffix}`). */
function trustingService(role: Resource): string | undefined {
  const statements = asList(valueAt(role.properties, ['AssumeRolePolicyDocument', 'Statement']));
  let found: string | undefined;
  for (const statement of statements) {
    const service = valueAt(statement, ['Principal', 'Service']);
    for (const v of Array.isArray(service) ? service : [service]) {
      const match = /^(lambda|states)(\.[a-z0-9-]+)?\.(amazonaws\.com(\.cn)?|\$\{AWS::URLSuffix\})$/.exec(patternOf(v) ?? '');
      if (match?.[1] === 'lambda') return 'Lambda';
      if (match) found = 'Step Functions';
    }
  }
  return found;
}

/** AWS managed policies that grant whole services or everything: `*FullAccess`, `AdministratorAccess`, `PowerUserAccess`. */
const BROAD_MANAGED = /:iam::aws:policy\/(?:[\w+=,.@-]+\/)*([\w+=,.@-]*FullAccess[\w+=,.@-]*|AdministratorAccess|PowerUserAccess)$/;

function managedGrants(role: Resource): Grant[] {
  const grants: Grant[] = [];
  asList(role.properties['ManagedPolicyArns']).forEach((arn, index) => {
    const match = BROAD_MANAGED.exec(patternOf(arn) ?? '');
    if (match) grants.push({ action: match[1] as string, managed: true, path: ['ManagedPolicyArns', index] });
  });
  return grants;
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
  /** An AWS managed policy (its name is `action`). */
  managed?: boolean;
}

function grantsOf(document: unknown, base: PropertyPath | undefined, policy: string | undefined): Grant[] {
  const grants: Grant[] = [];
  const statementsValue = valueAt(document, ['Statement']);
  const statements = asList(statementsValue);
  statements.forEach((statement, index) => {
    if (!isRecord(statement) || statement['Effect'] !== 'Allow') return;
    // The statement's path is made only for a grant (most statements grant no wildcard).
    const pathTo = (key: string): PropertyPath | undefined => (base ? [...base, 'Statement', ...(Array.isArray(statementsValue) ? [index] : []), key] : undefined);
    for (const action of stringsOf(statement['Action'])) {
      if (!isWildcard(action)) continue;
      const path = pathTo('Action');
      grants.push({ action, ...(path ? { path } : {}), ...(policy ? { policy } : {}) });
    }
    if (statement['NotAction'] !== undefined) {
      const path = pathTo('NotAction');
      grants.push({ action: stringsOf(statement['NotAction']).join(', '), notAction: true, ...(path ? { path } : {}), ...(policy ? { policy } : {}) });
    }
  });
  return grants;
}

function allGrants(role: Resource, graph: ResourceGraph): Grant[] {
  const grants: Grant[] = managedGrants(role);
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
      en: 'Role {resource}, assumed by {service}, allows the wildcard action {action}{where}; list the actions it needs.',
      ja: '{service} が引き受けるロール {resource} がワイルドカードのアクション {action} を許可しています{where}。必要なアクションを列挙してください。',
    },
    notAction: {
      en: 'Role {resource}, assumed by {service}, allows everything except {action} (NotAction){where}; list the actions it needs.',
      ja: '{service} が引き受けるロール {resource} が {action} 以外のすべてを許可しています（NotAction）{where}。必要なアクションを列挙してください。',
    },
    managed: {
      en: 'Role {resource}, assumed by {service}, attaches the AWS managed policy {action}, which allows every action of a service (or all of AWS); attach a policy that lists the actions it needs.',
      ja: '{service} が引き受けるロール {resource} は AWS 管理ポリシー {action} をアタッチしています。これはサービスのすべてのアクション（または AWS 全体）を許可します。必要なアクションを列挙したポリシーをアタッチしてください。',
    },
  },
  docs: {
    description: {
      en: 'For each `AWS::IAM::Role` whose trust policy names the service `lambda.amazonaws.com` or `states.amazonaws.com` (Step Functions), checks the AWS managed policies in `ManagedPolicyArns` (`*FullAccess`, `AdministratorAccess`, `PowerUserAccess` are findings at their line) and every `Allow` statement of its inline `Policies` and of `AWS::IAM::Policy`/`AWS::IAM::ManagedPolicy` resources attached to it through `Roles`: an action `*` or one containing `:*` (such as `s3:*`), or a `NotAction`, is a finding. SAM `Policies` statements land in the generated role and are checked. One finding per wildcard action.',
      ja: '信頼ポリシーでサービス `lambda.amazonaws.com` または `states.amazonaws.com`（Step Functions）を指定した各 `AWS::IAM::Role` について、`ManagedPolicyArns` の AWS 管理ポリシー（`*FullAccess`、`AdministratorAccess`、`PowerUserAccess` はその行で指摘）と、インラインの `Policies` と、`Roles` でアタッチされた `AWS::IAM::Policy`/`AWS::IAM::ManagedPolicy` のすべての `Allow` ステートメントを確認します。アクション `*` や `:*` を含むアクション（`s3:*` など）、`NotAction` を指摘します。SAM の `Policies` のステートメントは生成されるロールに含まれ、確認の対象です。ワイルドカードのアクションごとに 1 件報告します。',
    },
    rationale: {
      en: 'A function should be able to do exactly its job. Wildcard actions grant operations nobody reviewed (deleting tables, changing policies), so a bug or an injected payload can do far more harm than the function\'s purpose requires.',
      ja: '関数はその役割に必要なことだけができるべきです。ワイルドカードのアクションは誰も確認していない操作（テーブルの削除、ポリシーの変更など）を許可するため、バグや注入されたペイロードが関数の目的をはるかに超える被害をもたらします。',
    },
    fix: {
      en: 'Replace wildcards with the actions the code calls (`dynamodb:GetItem`, `dynamodb:PutItem`, …) on specific resources, or use SAM policy templates such as `DynamoDBCrudPolicy: { TableName: !Ref Table }`. IAM Access Analyzer can generate a policy from CloudTrail activity.',
      ja: 'ワイルドカードを、コードが呼び出すアクション（`dynamodb:GetItem`、`dynamodb:PutItem` など）と特定のリソースに置き換えるか、`DynamoDBCrudPolicy: { TableName: !Ref Table }` のような SAM のポリシーテンプレートを使います。IAM Access Analyzer は CloudTrail のアクティビティからポリシーを生成できます。',
    },
    differences: {
      en: 'WS1003 reads only inline policies and also flags `Deny` statements; this rule also reads attached `AWS::IAM::Policy`/`ManagedPolicy` resources (where CDK puts grants), only judges `Allow` statements, and treats `NotAction` as a wildcard.',
      ja: 'WS1003 はインラインポリシーだけを読み、`Deny` ステートメントも指摘します。このルールはアタッチされた `AWS::IAM::Policy`/`ManagedPolicy`（CDK が権限を置く場所）も読み、`Allow` ステートメントだけを判定し、`NotAction` もワイルドカードとして扱います。',
    },
    links: [
      { title: 'Lambda execution role', url: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html' },
      { title: 'AWS SAM policy templates', url: 'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/serverless-policy-templates.html' },
    ],
  },
  check(resource, { graph }): CheckResult | CheckResult[] {
    const service = trustingService(resource);
    if (!service) return NOT_APPLICABLE;
    const grants = allGrants(resource, graph);
    if (grants.length === 0) return PASS;
    return grants.map((grant) =>
      fail(grant.managed ? 'managed' : grant.notAction ? 'notAction' : 'wildcard', { action: grant.action, service, where: grant.policy ? ` (${grant.policy})` : '' }, grant.path),
    );
  },
};
