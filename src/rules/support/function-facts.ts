// What several rules ask about a Lambda function: its environment, layers, role and IAM statements, the
// event source mappings and API routes that invoke it. Read from the graph, never from files.
import type { Resource } from '../../iac/types.js';
import type { ResourceGraph } from '../../iac/types.js';
import { directTarget, isIntrinsic, isRecord, isSymbolic, isUnresolved, literalString, patternOf, referencedIds, stringsOf, valueAt, writtenPattern } from '../../iac/values.js';

export const FUNCTION = 'AWS::Lambda::Function';

/** `Environment.Variables` as a record (empty when absent or symbolic). */
export function envVars(fn: Resource): Record<string, unknown> {
  const vars = valueAt(fn.properties, ['Environment', 'Variables']);
  return isRecord(vars) ? vars : {};
}

/**
 * The names of the function's environment variables: the keys of `Environment.Variables`; when the map is an
 * expression (a Terraform `merge(var.base, { POWERTOOLS_SERVICE_NAME = "x" })`, a CloudFormation `Fn::If`), the
 * names written in it, and `complete: false` (others may come from what the template cannot resolve).
 */
export function envNames(fn: Resource): { names: ReadonlySet<string>; complete: boolean } {
  const environment = fn.properties['Environment'];
  const vars = valueAt(environment, ['Variables']);
  if (isUnresolved(environment)) return { names: namesIn(environment), complete: false };
  if (vars === undefined || (isRecord(vars) && !isIntrinsic(vars))) return { names: new Set(Object.keys(vars ?? {})), complete: true };
  return { names: namesIn(vars), complete: false };
}

/** Variable names written in an unresolved map: keys of its resolved branches, and `NAME =` / `"NAME":` keys of an expression's text. */
function namesIn(value: unknown): Set<string> {
  const names = new Set<string>();
  if (isSymbolic(value)) {
    for (const branch of value.branches ?? []) {
      const vars = isRecord(branch) && 'Variables' in branch ? branch['Variables'] : branch;
      if (isRecord(vars) && !isIntrinsic(vars)) for (const name of Object.keys(vars)) names.add(name);
    }
  }
  const text = isSymbolic(value) && typeof value.expression === 'string' ? value.expression : undefined;
  for (const match of text?.matchAll(/["']?\b([A-Za-z_][A-Za-z0-9_]*)["']?\s*(?:=(?!=)|:)/g) ?? []) names.add(match[1] as string);
  return names;
}

/** Each layer as text (literal ARN, the Sub/Join pattern, or a Terraform template as written). */
export function layerTexts(fn: Resource): string[] {
  const layers = fn.properties['Layers'];
  return Array.isArray(layers) ? layers.map((l) => writtenPattern(l) ?? '').filter(Boolean) : [];
}

/** AWS publishes Powertools for Lambda as layers named AWSLambdaPowertools… (Python, TypeScript, .NET…). */
export function hasPowertoolsLayer(fn: Resource): boolean {
  return layerTexts(fn).some((l) => /AWSLambdaPowertools|aws-lambda-powertools/i.test(l));
}

/** Names of environment variables that Powertools reads, present on the function. */
export function powertoolsEnv(fn: Resource): string[] {
  return Object.keys(envVars(fn)).filter((name) => name.startsWith('POWERTOOLS_'));
}

export function asList(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  return value === undefined || value === null ? [] : [value];
}

export interface Statement {
  effect: unknown;
  actions: string[];
  resource: unknown;
  condition: unknown;
}

function statementsOf(document: unknown): Statement[] {
  return asList(valueAt(document, ['Statement'])).filter(isRecord).map((s) => ({
    effect: s['Effect'],
    actions: stringsOf(s['Action']),
    resource: s['Resource'],
    condition: s['Condition'],
  }));
}

/** Allow/Deny statements of a role: inline policies and AWS::IAM::Policy / ManagedPolicy attached to it. */
export function roleStatements(role: Resource, graph: ResourceGraph): Statement[] {
  const out: Statement[] = [];
  for (const policy of asList(role.properties['Policies'])) out.push(...statementsOf(valueAt(policy, ['PolicyDocument'])));
  for (const policy of graph.ofType('AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy')) {
    if (asList(policy.properties['Roles']).some((r) => directTarget(r) === role.logicalId)) out.push(...statementsOf(policy.properties['PolicyDocument']));
  }
  for (const arn of asList(role.properties['ManagedPolicyArns'])) {
    const target = directTarget(arn);
    const managed = target ? graph.get(target) : undefined;
    if (managed?.type === 'AWS::IAM::ManagedPolicy' && !asList(managed.properties['Roles']).some((r) => directTarget(r) === role.logicalId)) {
      out.push(...statementsOf(managed.properties['PolicyDocument']));
    }
  }
  return out;
}

export type SourceKind = 'sqs' | 'kinesis' | 'dynamodb' | 'kafka' | 'mq' | 'docdb' | 'unknown';

/** What an event source mapping reads from: by the resource it references, else by the ARN's service. */
export function sourceKind(mapping: Resource, graph: ResourceGraph): SourceKind {
  const arn = mapping.properties['EventSourceArn'];
  const target = directTarget(arn);
  const source = target ? graph.get(target) : undefined;
  if (source?.type === 'AWS::SQS::Queue') return 'sqs';
  if (source?.type === 'AWS::Kinesis::Stream' || source?.type === 'AWS::Kinesis::StreamConsumer') return 'kinesis';
  if (source?.type === 'AWS::DynamoDB::Table' || source?.type === 'AWS::DynamoDB::GlobalTable') return 'dynamodb';
  if (source?.type === 'AWS::MSK::Cluster' || source?.type === 'AWS::MSK::ServerlessCluster') return 'kafka';
  if (source?.type === 'AWS::AmazonMQ::Broker') return 'mq';
  if (source?.type === 'AWS::DocDB::DBCluster') return 'docdb';
  if (mapping.properties['SelfManagedEventSource'] !== undefined) return 'kafka';
  const text = patternOf(arn) ?? '';
  if (/:sqs:|\.sqs\b|Queue/i.test(text) && !/stream/i.test(text)) return 'sqs';
  if (/:kinesis:/.test(text)) return 'kinesis';
  if (/:dynamodb:|\/stream\//.test(text)) return 'dynamodb';
  if (/:kafka:/.test(text)) return 'kafka';
  if (/:mq:/.test(text)) return 'mq';
  if (/:rds:/.test(text)) return 'docdb';
  return 'unknown';
}

/** Resource ids the function's properties (environment, VPC, file systems…) reference. */
export function referencedResources(fn: Resource, graph: ResourceGraph): Resource[] {
  return [...referencedIds(fn.properties)].map((id) => graph.get(id)).filter((r): r is Resource => r !== undefined);
}

/** Runtime family and version, e.g. `python3.12` → { family: 'python', version: [3, 12] }. */
export function runtimeOf(fn: Resource): { family: string; version: number[] } | undefined {
  const runtime = literalString(fn.properties['Runtime']);
  const match = runtime ? /^([a-z]+?)(\d[\d.]*)?(\.x|\.al2(023)?)?$/.exec(runtime) : null;
  if (!match) return undefined;
  return { family: match[1] as string, version: (match[2] ?? '').split('.').filter(Boolean).map(Number) };
}

/**
 * Functions a framework adds for its own plumbing (CDK's log-retention, bucket-notification and custom
 * resource providers): their configuration is not the team's to tune, so configuration rules skip them.
 */
export function isFrameworkHelper(fn: Resource): boolean {
  if (fn.constructPath && /\/(Custom::|LogRetention|BucketNotificationsHandler|AWS[0-9a-f]{32}|CustomResourceProvider|Provider\/framework-)/.test(fn.constructPath)) return true;
  return /^(LogRetention[0-9a-f]{32}|BucketNotificationsHandler[0-9a-f]{32}|AWS[0-9a-f]{32}|Custom[A-Za-z]*CustomResourceProvider|CustomS3AutoDeleteObjects|CustomCDKBucketDeployment)/.test(fn.logicalId);
}

/** Other functions of the template that the function's role may invoke. */
export function invokedFunctions(fn: Resource, graph: ResourceGraph): string[] {
  const role = graph.roleOf(fn);
  if (!role) return [];
  const targets = new Set<string>();
  for (const statement of roleStatements(role, graph)) {
    if (statement.effect !== 'Allow' || !statement.actions.some((a) => a === 'lambda:InvokeFunction' || a === 'lambda:*')) continue;
    for (const id of referencedIds(statement.resource)) if (id !== fn.logicalId && graph.get(id)?.type === FUNCTION) targets.add(id);
  }
  const templates = role.metadata?.['slens:samPolicyTemplates'];
  if (Array.isArray(templates) && templates.includes('LambdaInvokePolicy')) {
    for (const policy of (role.properties['Policies'] as unknown[] | undefined) ?? []) {
      for (const id of referencedIds(policy)) if (id !== fn.logicalId && graph.get(id)?.type === FUNCTION) targets.add(id);
    }
  }
  return [...targets].sort();
}

/** Lambda durable functions checkpoint their steps: invoking other functions from one is orchestration. */
export function isDurable(fn: Resource, graph: ResourceGraph): boolean {
  if (fn.properties['DurableConfig'] !== undefined) return true;
  const managed = graph.roleOf(fn)?.properties['ManagedPolicyArns'];
  return Array.isArray(managed) && managed.some((arn) => typeof arn === 'string' && /DurableExecution/.test(arn));
}

/** A function's `Timeout` in seconds: 3 (CloudFormation's default) when absent, NaN when symbolic or not a number. */
export function timeoutOf(fn: Resource): number {
  const value = fn.properties['Timeout'];
  if (value === undefined || value === null) return 3;
  if (isUnresolved(value)) return NaN;
  const n = Number(value);
  return Number.isFinite(n) ? n : NaN;
}
