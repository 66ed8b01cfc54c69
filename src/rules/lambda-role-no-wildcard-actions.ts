// Roles that Lambda assumes grant no wildcard actions (`*`, `service:*`). Alias: serverless-rules WS1003.
import type { Resource } from '../iac/types.js';
import type { ResourceGraph } from '../iac/types.js';
import type { CheckResult, PropertyPath, Rule } from './types.js';
import { NOT_APPLICABLE, PASS, fail, unknown } from './support/results.js';
import { directTarget, isRecord, isSymbolic, isUnresolved, patternOf, stringsOf, valueAt, writtenPattern } from '../iac/values.js';

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
/** A policy ARN whose path and name are written (the partition or account may be `${…}`): which policy it is, is known. */
const KNOWN_POLICY_ARN = /^arn:.*:policy\/[^${}]+$/;

function asList(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  return value === undefined || value === null ? [] : [value];
}

function isWildcard(action: string): boolean {
  return action === '*' || action.includes(':*');
}

interface Grant {
  action: string;
  /** Path inside the role's Properties: the statement's, or the `ManagedPolicyArns` item that attaches the policy. */
  path?: PropertyPath;
  /** The attached policy resource, when the statement is not in the role itself. */
  policy?: string;
  notAction?: boolean;
  /** An AWS managed policy (its name is `action`). */
  managed?: boolean;
}

/** What the rule reads of a role: its wildcard grants, and the places it could not read (a path, or none for a policy attached through its `Roles`). */
interface Reading {
  grants: Grant[];
  unread: { path?: PropertyPath }[];
}

/** Where a policy that is not in the role comes from: its logical id and, when the role attaches it, the `ManagedPolicyArns` item. */
interface Attached {
  policy: string;
  path?: PropertyPath;
}

function unread(reading: Reading, path: PropertyPath | undefined): void {
  reading.unread.push(path ? { path } : {});
}

/** A SAM policy template (`DynamoDBCrudPolicy: …`): its statements are SAM's catalog, not written here; not read, and not unknown. */
function isSamPolicyTemplate(document: unknown): boolean {
  return isSymbolic(document) && isRecord(document.expression) && 'SamPolicyTemplate' in document.expression;
}

/**
 * The document to read. A JSON text built with expressions (a Terraform heredoc with `${…}`, a `Fn::Join`) is
 * unresolved as a whole, but its expressions usually sit inside strings (`"Resource": "${aws_s3_bucket.b.arn}"`):
 * it is read as written when it parses, and an action holding `${…}` stays unknown.
 */
function documentOf(document: unknown): unknown {
  if (!isUnresolved(document)) return document;
  const text = writtenPattern(document);
  if (text === undefined || !text.trimStart().startsWith('{')) return document;
  try {
    const parsed = JSON.parse(text) as unknown;
    return isRecord(parsed) ? parsed : document;
  } catch {
    return document;
  }
}

/**
 * Reads a policy document's `Allow` statements. `base` is the document's path in the role (inline policies);
 * a document of another resource has none, and its findings point at `attached.path` (or the role).
 */
function readDocument(reading: Reading, written: unknown, base: PropertyPath | undefined, attached?: Attached): void {
  const from = attached ? { policy: attached.policy } : {};
  if (isSamPolicyTemplate(written)) return;
  const document = documentOf(written);
  if (isUnresolved(document)) return unread(reading, base ?? attached?.path);
  const statementsValue = valueAt(document, ['Statement']);
  if (isUnresolved(statementsValue)) return unread(reading, base ? [...base, 'Statement'] : attached?.path);
  asList(statementsValue).forEach((statement, index) => {
    // The statement's path is made only when needed (most statements grant no wildcard).
    const pathTo = (key?: string): PropertyPath | undefined =>
      base ? [...base, 'Statement', ...(Array.isArray(statementsValue) ? [index] : []), ...(key ? [key] : [])] : attached?.path;
    if (isUnresolved(statement)) return unread(reading, pathTo());
    if (!isRecord(statement)) return;
    // An Effect or Action the template cannot tell may allow anything: unknown, unless a finding is made.
    if (isUnresolved(statement['Effect'])) return unread(reading, pathTo('Effect'));
    if (statement['Effect'] !== 'Allow') return;
    const actions = statement['Action'];
    if (isUnresolved(actions) || stringsOf(actions).some((a) => a.includes('${')) || (Array.isArray(actions) && actions.some(isUnresolved))) unread(reading, pathTo('Action'));
    for (const action of stringsOf(actions)) {
      if (!isWildcard(action)) continue;
      const path = pathTo('Action');
      reading.grants.push({ action, ...(path ? { path } : {}), ...from });
    }
    if (statement['NotAction'] !== undefined) {
      const path = pathTo('NotAction');
      reading.grants.push({ action: stringsOf(statement['NotAction']).join(', '), notAction: true, ...(path ? { path } : {}), ...from });
    }
  });
}

/** A customer managed policy of this template that a `ManagedPolicyArns` item names (`!Ref`, or Terraform's `aws_iam_policy.x.arn`). */
function templatePolicy(arn: unknown, graph: ResourceGraph): Resource | undefined {
  const id = directTarget(arn);
  const policy = id === undefined ? undefined : graph.get(id);
  return policy?.type === 'AWS::IAM::ManagedPolicy' ? policy : undefined;
}

/**
 * `ManagedPolicyArns`: broad AWS managed policies are grants; a policy of this template is read like one
 * attached through its `Roles` (and noted in `read`, so it is not read twice); an ARN the template cannot
 * tell (a parameter, an import, a list from a condition) leaves the role unknown.
 */
function readManaged(reading: Reading, role: Resource, graph: ResourceGraph, read: Set<string>): void {
  const value = role.properties['ManagedPolicyArns'];
  if (isUnresolved(value)) return unread(reading, ['ManagedPolicyArns']);
  asList(value).forEach((arn, index) => {
    const path: PropertyPath = ['ManagedPolicyArns', index];
    const policy = templatePolicy(arn, graph);
    if (policy) {
      if (!read.has(policy.logicalId)) readDocument(reading, policy.properties['PolicyDocument'], undefined, { policy: policy.logicalId, path });
      read.add(policy.logicalId);
      return;
    }
    const written = writtenPattern(arn) ?? '';
    const match = BROAD_MANAGED.exec(written);
    if (match) reading.grants.push({ action: match[1] as string, managed: true, path });
    else if (!KNOWN_POLICY_ARN.test(written)) unread(reading, path);
  });
}

function readRole(role: Resource, graph: ResourceGraph): Reading {
  const reading: Reading = { grants: [], unread: [] };
  const read = new Set<string>();
  readManaged(reading, role, graph, read);
  const policies = role.properties['Policies'];
  if (isUnresolved(policies)) unread(reading, ['Policies']);
  else {
    asList(policies).forEach((policy, index) => {
      if (isUnresolved(policy)) return unread(reading, ['Policies', index]);
      readDocument(reading, valueAt(policy, ['PolicyDocument']), ['Policies', index, 'PolicyDocument']);
    });
  }
  for (const policy of graph.ofType('AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy')) {
    if (read.has(policy.logicalId)) continue;
    const roles = asList(policy.properties['Roles']);
    if (roles.some((r) => directTarget(r) === role.logicalId)) readDocument(reading, policy.properties['PolicyDocument'], undefined, { policy: policy.logicalId });
  }
  return reading;
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
      en: 'For each `AWS::IAM::Role` whose trust policy names the service `lambda.amazonaws.com` or `states.amazonaws.com` (Step Functions), checks the AWS managed policies in `ManagedPolicyArns` (`*FullAccess`, `AdministratorAccess`, `PowerUserAccess` are findings at their line) and every `Allow` statement of its inline `Policies`, of `AWS::IAM::ManagedPolicy` resources of the template it lists in `ManagedPolicyArns` (`!Ref`), and of `AWS::IAM::Policy`/`AWS::IAM::ManagedPolicy` resources attached to it through `Roles` (a policy attached both ways is read once): an action `*` or one containing `:*` (such as `s3:*`), or a `NotAction`, is a finding. SAM `Policies` statements land in the generated role and are checked; SAM policy templates are not read. One finding per wildcard action. Without a finding, the role is unknown when a policy cannot be read: `ManagedPolicyArns` or one of its ARNs from a parameter, an import or a condition (an ARN whose policy name is written, such as `arn:${AWS::Partition}:iam::aws:policy/ReadOnlyAccess`, is known), inline `Policies`, a `PolicyDocument`, a `Statement` or an `Action` the template cannot resolve, or Terraform `inline_policy` blocks written with `dynamic`.',
      ja: '信頼ポリシーでサービス `lambda.amazonaws.com` または `states.amazonaws.com`（Step Functions）を指定した各 `AWS::IAM::Role` について、`ManagedPolicyArns` の AWS 管理ポリシー（`*FullAccess`、`AdministratorAccess`、`PowerUserAccess` はその行で指摘）と、インラインの `Policies`、`ManagedPolicyArns` に（`!Ref` で）挙げた同じテンプレートの `AWS::IAM::ManagedPolicy`、`Roles` でアタッチされた `AWS::IAM::Policy`/`AWS::IAM::ManagedPolicy`（両方の方法でアタッチされたポリシーは 1 回だけ読みます）のすべての `Allow` ステートメントを確認します。アクション `*` や `:*` を含むアクション（`s3:*` など）、`NotAction` を指摘します。SAM の `Policies` のステートメントは生成されるロールに含まれ、確認の対象です。SAM のポリシーテンプレートは読みません。ワイルドカードのアクションごとに 1 件報告します。指摘がなく、読めないポリシーがあるロールは不明とします。パラメーター、インポート、条件から決まる `ManagedPolicyArns` やその ARN（`arn:${AWS::Partition}:iam::aws:policy/ReadOnlyAccess` のようにポリシー名が書かれた ARN は既知とします）、テンプレートで解決できないインラインの `Policies`、`PolicyDocument`、`Statement`、`Action`、`dynamic` で書かれた Terraform の `inline_policy` ブロックがこれに当たります。',
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
    const { grants, unread } = readRole(resource, graph);
    // A policy the template cannot tell may grant anything: unknown, unless a finding is made anyway.
    if (grants.length === 0) return unread[0] ? unknown(unread[0].path) : PASS;
    return grants.map((grant) =>
      fail(grant.managed ? 'managed' : grant.notAction ? 'notAction' : 'wildcard', { action: grant.action, service, where: grant.policy ? ` (${grant.policy})` : '' }, grant.path),
    );
  },
};
