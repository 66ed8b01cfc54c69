// Facts that need the whole template, derived from a graph's lookups: the log group of a function, which
// queues are dead-letter queues, who invokes a function asynchronously or with a waiting request, what
// belongs to a function (mappings, invoke configs, aliases, versions, role), and what alarms watch.
// graph.ts computes each once per template; nothing else re-derives them.
import type { AlarmTargets, AsyncSource, GraphIndex, LogGroupFact, Resource } from './types.js';
import { directTarget, isPresent, isRecord, isSymbolic, literalString, patternOf, referencedIds, valueAt, visitReferences, writtenPattern } from './values.js';

const LOG_GROUP_TYPES = ['AWS::Logs::LogGroup', 'Custom::LogRetention'];

/** A name as written (a Terraform template included), so two names written with the same expression compare equal. */
const namePattern = writtenPattern;

/**
 * `LoggingConfig.LogGroup` (by reference or by name), else a log group whose name references the function
 * or is `/aws/lambda/<FunctionName>`; CDK's Custom::LogRetention counts as a log group.
 */
export function logGroupOf(graph: GraphIndex, fn: Resource): LogGroupFact {
  const groups = graph.ofType(...LOG_GROUP_TYPES);
  const custom = valueAt(fn.properties, ['LoggingConfig', 'LogGroup']);
  if (isPresent(custom)) {
    const target = directTarget(custom);
    const byRef = target ? graph.get(target) : undefined;
    if (byRef && LOG_GROUP_TYPES.includes(byRef.type)) return byRef;
    const name = namePattern(custom);
    const byName = groups.find((g) => name !== undefined && namePattern(g.properties['LogGroupName']) === name);
    return byName ?? 'external';
  }
  const fnName = namePattern(fn.properties['FunctionName']);
  return groups.find((group) => {
    const nameValue = group.properties['LogGroupName'];
    if (typeof nameValue !== 'string' && referencedIds(nameValue).has(fn.logicalId)) return true;
    const pattern = namePattern(nameValue);
    return fnName !== undefined && pattern === `/aws/lambda/${fnName}`;
  });
}

/** Property names under which a reference means "this queue receives failed messages". */
const FAILURE_KEY = /dead.?letter|redrive|onfailure/i;

/** The queue name at the end of an SQS ARN or URL as written (a literal, or a Sub/Join pattern), when it is literal. */
function queueNameIn(text: string): string | undefined {
  if (!/^arn:.*?:sqs:|^https:\/\/sqs\./.test(text)) return undefined;
  const name = /[:/]([^:/]+)$/.exec(text)?.[1];
  return name && !/[${}"]/.test(name) ? name : undefined;
}

/** Queue names that a literal or patterned ARN under a failure key names (a JSON-string redrive policy included). */
export function failureTargetNames(graph: GraphIndex): Set<string> {
  const names = new Set<string>();
  for (const from of graph.resources) {
    visitReferences(from.properties, (value, path) => {
      if (!path.some((step) => typeof step === 'string' && FAILURE_KEY.test(step))) return;
      const text = patternOf(value);
      const name = text === undefined ? undefined : queueNameIn(text);
      if (name) names.add(name);
    });
    for (const key of ['RedrivePolicy']) {
      const policy = from.properties[key];
      const text = typeof policy === 'string' ? policy : isSymbolic(policy) || isRecord(policy) ? patternOf(policy) : undefined;
      const target = text === undefined ? undefined : /"deadLetterTargetArn"\s*:\s*"([^"]*)"/.exec(text)?.[1];
      const name = target === undefined ? undefined : queueNameIn(target);
      if (name) names.add(name);
    }
  }
  return names;
}

/**
 * A queue that receives failed messages, by the graph: a reference to it under a dead-letter, redrive or
 * on-failure key (another queue's or a subscription's redrive policy, a function's dead-letter config, an
 * on-failure destination, a rule target's or pipe's dead-letter config), an ARN or URL naming its `QueueName`
 * there, or its own `RedriveAllowPolicy`. `targetNames` gives failureTargetNames of the graph, made once per
 * graph by its caller (graph.ts keeps it with the graph, so nothing outside the graph holds the template).
 */
export function isDeadLetterQueue(graph: GraphIndex, queue: Resource, targetNames: () => Set<string> = () => failureTargetNames(graph)): boolean {
  if (isPresent(queue.properties['RedriveAllowPolicy'])) return true;
  for (const ref of graph.referencing(queue.logicalId)) {
    if (ref.path.some((step) => typeof step === 'string' && FAILURE_KEY.test(step))) return true;
  }
  const name = literalString(queue.properties['QueueName']);
  if (!name) return false;
  return targetNames().has(name);
}

/** Service principals that invoke Lambda asynchronously. */
const ASYNC_PRINCIPAL = /^(events|iot|s3|sns|ses|codecommit|config)\.amazonaws\.com(\.cn)?$|^logs\.[a-z0-9-]*\.?amazonaws\.com(\.cn)?$/;

/** Resources through which a service calls a function synchronously and waits for its answer (authorizers, user pool triggers). */
const SYNC_CALLERS = new Set(['AWS::IoT::Authorizer', 'AWS::ApiGateway::Authorizer', 'AWS::ApiGatewayV2::Authorizer', 'AWS::Cognito::UserPool', 'AWS::AppSync::GraphQLApi']);

/** The service that calls the function synchronously through these resources, by principal (`iot` for an IoT custom authorizer). */
function syncCallerPrincipals(graph: GraphIndex, fn: Resource): Set<string> {
  const services = new Set<string>();
  for (const ref of graph.referencing(fn.logicalId)) {
    if (SYNC_CALLERS.has(ref.from.type)) services.add(ref.from.type.split('::')[1]?.toLowerCase() ?? '');
  }
  return services;
}

export function asyncSourcesOf(graph: GraphIndex, fn: Resource): AsyncSource[] {
  const sources: AsyncSource[] = [];
  let syncCallers: Set<string> | undefined;
  for (const permission of graph.ofType('AWS::Lambda::Permission')) {
    const principal = literalString(permission.properties['Principal']);
    if (!principal || !ASYNC_PRINCIPAL.test(principal)) continue;
    if (graph.functionOf(permission.properties['FunctionName']) !== fn) continue;
    // A permission for a caller that waits for the answer (an IoT custom authorizer) is no asynchronous source.
    const sourceTarget = directTarget(permission.properties['SourceArn']);
    if (sourceTarget && SYNC_CALLERS.has(graph.get(sourceTarget)?.type ?? '')) continue;
    syncCallers ??= syncCallerPrincipals(graph, fn);
    if (syncCallers.has(principal.split('.')[0] ?? '')) continue;
    sources.push({ via: permission.logicalId, service: principal });
  }
  for (const sub of graph.ofType('AWS::SNS::Subscription')) {
    if (sub.properties['Protocol'] === 'lambda' && graph.functionOf(sub.properties['Endpoint']) === fn) {
      sources.push({ via: sub.logicalId, service: 'sns.amazonaws.com' });
    }
  }
  for (const bucket of graph.ofType('AWS::S3::Bucket')) {
    const configs = valueAt(bucket.properties, ['NotificationConfiguration', 'LambdaConfigurations']);
    if (Array.isArray(configs) && configs.some((c) => isRecord(c) && graph.functionOf(c['Function']) === fn)) {
      sources.push({ via: bucket.logicalId, service: 's3.amazonaws.com' });
    }
  }
  for (const rule of graph.ofType('AWS::Events::Rule')) {
    const targets = rule.properties['Targets'];
    if (Array.isArray(targets) && targets.some((t) => isRecord(t) && graph.functionOf(t['Arn']) === fn)) {
      sources.push({ via: rule.logicalId, service: 'events.amazonaws.com' });
    }
  }
  return sources;
}

export function servesRequests(graph: GraphIndex, fn: Resource): boolean {
  for (const permission of graph.ofType('AWS::Lambda::Permission')) {
    const principal = literalString(permission.properties['Principal']);
    if ((principal === 'apigateway.amazonaws.com' || permission.properties['FunctionUrlAuthType'] !== undefined) && graph.functionOf(permission.properties['FunctionName']) === fn) return true;
  }
  return graph.ofType('AWS::Lambda::Url').some((url) => graph.functionOf(url.properties['TargetFunctionArn']) === fn);
}

/** Resources of a type whose `FunctionName` designates the function (mappings, invoke configs, aliases, versions). */
export function attachedTo(graph: GraphIndex, fn: Resource, type: string): Resource[] {
  return graph.ofType(type).filter((r) => graph.functionOf(r.properties['FunctionName']) === fn);
}

export function roleOf(graph: GraphIndex, fn: Resource): Resource | undefined {
  const target = directTarget(fn.properties['Role']);
  const role = target ? graph.get(target) : undefined;
  return role?.type === 'AWS::IAM::Role' ? role : undefined;
}

export function alarmTargets(graph: GraphIndex): AlarmTargets {
  const ids = new Set<string>();
  const names = new Set<string>();
  for (const alarm of graph.ofType('AWS::CloudWatch::Alarm')) {
    referencedIds(alarm.properties, ids);
    collectDimensionValues(alarm.properties, names, 0);
  }
  return { ids, names };
}

function collectDimensionValues(value: unknown, out: Set<string>, depth: number): void {
  if (depth > 12 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) collectDimensionValues(item, out, depth + 1);
    return;
  }
  if (!isRecord(value)) return;
  if (typeof value['Name'] === 'string' && value['Value'] !== undefined) {
    const text = patternOf(value['Value']);
    if (text !== undefined) out.add(text);
  }
  for (const inner of Object.values(value)) collectDimensionValues(inner, out, depth + 1);
}
