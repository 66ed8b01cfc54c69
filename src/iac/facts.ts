// Facts derived once per graph, on first use: what belongs to which function (log group, mappings, invoke
// configs, permissions, aliases, versions), which queues/topics serve as dead-letter targets, and the stages
// and methods of each API.
import { isRecord, isSymbolic, referencedIds, valueAt, type PropertyPath } from './values.js';
import type { Reference, ResourceGraph } from './graph.js';
import type { Resource } from './types.js';

export interface LogGroupFact {
  /** The log group resource, when the template declares it. */
  logGroup?: Resource;
  /**
   * How it was matched: `name` (a log group named `/aws/lambda/<function>` by Sub/Join/Ref or literal name),
   * `logging-config` (the function's `LoggingConfig.LogGroup`), `log-retention` (CDK's Custom::LogRetention).
   */
  via: 'name' | 'logging-config' | 'log-retention';
  /** `LoggingConfig.LogGroup` as written when it names a log group outside the templates. */
  name?: unknown;
}

export interface ApiMethod {
  /** The AWS::ApiGateway::Method or AWS::ApiGatewayV2::Route. */
  resource: Resource;
  /** `GET`, `ANY`… (HTTP routes: from the RouteKey). Symbolic when unresolved. */
  httpMethod: unknown;
  /** `/items/{id}` when known (SAM events, Resource chains, route keys), else undefined. */
  path: string | undefined;
  authorizationType: unknown;
}

export interface Facts {
  logGroups: Map<Resource, LogGroupFact>;
  mappings: Map<Resource, Resource[]>;
  invokeConfigs: Map<Resource, Resource[]>;
  permissions: Map<Resource, Resource[]>;
  aliases: Map<Resource, Resource[]>;
  versions: Map<Resource, Resource[]>;
  deadLetterUsers: Map<Resource, Reference[]>;
  stages: Map<Resource, Resource[]>;
  methods: Map<Resource, ApiMethod[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Where each resource type names a dead-letter queue or failure destination (`*` = every list item). */
const DLQ_SITES: Record<string, PropertyPath[]> = {
  'AWS::SQS::Queue': [['RedrivePolicy', 'deadLetterTargetArn'], ['RedrivePolicy']],
  'AWS::SNS::Subscription': [['RedrivePolicy', 'deadLetterTargetArn'], ['RedrivePolicy']],
  'AWS::Lambda::Function': [['DeadLetterConfig', 'TargetArn']],
  'AWS::Lambda::EventInvokeConfig': [['DestinationConfig', 'OnFailure', 'Destination']],
  'AWS::Lambda::EventSourceMapping': [['DestinationConfig', 'OnFailure', 'Destination']],
  'AWS::Events::Rule': [['Targets', '*', 'DeadLetterConfig', 'Arn']],
  'AWS::Scheduler::Schedule': [['Target', 'DeadLetterConfig', 'Arn']],
  'AWS::Pipes::Pipe': [['SourceParameters', 'SqsQueueParameters', 'DeadLetterConfig', 'Arn'], ['SourceParameters', 'KinesisStreamParameters', 'DeadLetterConfig', 'Arn'], ['SourceParameters', 'DynamoDBStreamParameters', 'DeadLetterConfig', 'Arn']],
};

function expand(value: unknown, path: PropertyPath, prefix: (string | number)[] = []): { value: unknown; path: PropertyPath }[] {
  const star = path.indexOf('*');
  if (star < 0) return [{ value: valueAt(value, path), path: [...prefix, ...path] }];
  const list = valueAt(value, path.slice(0, star));
  if (!Array.isArray(list)) return [];
  return list.flatMap((item, i) => expand(item, path.slice(star + 1), [...prefix, ...path.slice(0, star), i]));
}

export function deriveFacts(graph: ResourceGraph): Facts {
  const facts: Facts = { logGroups: new Map(), mappings: new Map(), invokeConfigs: new Map(), permissions: new Map(), aliases: new Map(), versions: new Map(), deadLetterUsers: new Map(), stages: new Map(), methods: new Map() };
  const byFunction: [string, keyof Facts][] = [
    ['AWS::Lambda::EventSourceMapping', 'mappings'],
    ['AWS::Lambda::EventInvokeConfig', 'invokeConfigs'],
    ['AWS::Lambda::Permission', 'permissions'],
    ['AWS::Lambda::Alias', 'aliases'],
    ['AWS::Lambda::Version', 'versions'],
  ];
  for (const [type, key] of byFunction) {
    for (const r of graph.ofType(type)) {
      const fn = graph.functionOf(r.properties['FunctionName'], r);
      if (fn) push(facts[key] as Map<Resource, Resource[]>, fn, r);
    }
  }
  logGroups(graph, facts);
  for (const [type, sites] of Object.entries(DLQ_SITES)) {
    for (const from of graph.ofType(type)) {
      for (const site of sites) {
        for (const { value, path } of expand(from.properties, site)) {
          if (value === undefined || (isRecord(value) && path.length === 1)) continue;
          for (const target of targetsOf(graph, value, from)) {
            if (target.type === 'AWS::SQS::Queue' || target.type === 'AWS::SNS::Topic') push(facts.deadLetterUsers, target, { from, path });
          }
        }
      }
    }
  }
  for (const stage of graph.ofType('AWS::ApiGateway::Stage')) {
    const api = graph.resolve(stage.properties['RestApiId'], stage);
    if (api) push(facts.stages, api, stage);
  }
  for (const stage of graph.ofType('AWS::ApiGatewayV2::Stage')) {
    const api = graph.resolve(stage.properties['ApiId'], stage);
    if (api) push(facts.stages, api, stage);
  }
  for (const method of graph.ofType('AWS::ApiGateway::Method')) {
    const api = graph.resolve(method.properties['RestApiId'], method);
    if (!api) continue;
    const samPath = method.metadata?.['slens:resourcePath'];
    const path = typeof samPath === 'string' ? samPath : resourcePath(graph, method);
    push(facts.methods, api, { resource: method, httpMethod: method.properties['HttpMethod'], path, authorizationType: method.properties['AuthorizationType'] ?? 'NONE' });
  }
  for (const route of graph.ofType('AWS::ApiGatewayV2::Route')) {
    const api = graph.resolve(route.properties['ApiId'], route);
    if (!api) continue;
    const key = route.properties['RouteKey'];
    const [httpMethod, path] = typeof key === 'string' ? (key.includes(' ') ? key.split(' ', 2) : [key, undefined]) : [key, undefined];
    push(facts.methods, api, { resource: route, httpMethod, path: typeof path === 'string' ? path : undefined, authorizationType: route.properties['AuthorizationType'] ?? 'NONE' });
  }
  return facts;
}

/** Resources a DLQ-site value designates: directly, or every queue/topic a whole JSON/Sub policy names. */
function targetsOf(graph: ResourceGraph, value: unknown, from: Resource): Resource[] {
  const direct = graph.resolve(value, from);
  if (direct) return [direct];
  if (typeof value === 'string' && value.trim().startsWith('{')) {
    try {
      const parsed = JSON.parse(value) as Record<string, unknown>;
      const target = graph.resolve(parsed['deadLetterTargetArn'], from);
      return target ? [target] : [];
    } catch {
      return [];
    }
  }
  if (isSymbolic(value)) return [...referencedIds(value)].map((id) => graph.get(scopeOf(graph, from), id)).filter((r): r is Resource => r !== undefined);
  return [];
}

/** `/a/{b}` from an AWS::ApiGateway::Method's ResourceId chain of AWS::ApiGateway::Resource PathParts. */
function resourcePath(graph: ResourceGraph, method: Resource): string | undefined {
  const parts: string[] = [];
  let current = graph.resolve(method.properties['ResourceId'], method);
  const root = method.properties['ResourceId'];
  if (!current && isSymbolic(root)) {
    const expr = root.expression as Record<string, unknown>;
    const getAtt = expr['Fn::GetAtt'];
    if (Array.isArray(getAtt) && getAtt[1] === 'RootResourceId') return '/';
  }
  for (let i = 0; current && current.type === 'AWS::ApiGateway::Resource' && i < 50; i++) {
    const part = current.properties['PathPart'];
    if (typeof part !== 'string') return undefined;
    parts.unshift(part);
    current = graph.resolve(current.properties['ParentId'], current);
  }
  return parts.length ? `/${parts.join('/')}` : undefined;
}

function logGroups(graph: ResourceGraph, facts: Facts): void {
  const functions = graph.ofType('AWS::Lambda::Function');
  const candidates = [...graph.ofType('AWS::Logs::LogGroup'), ...graph.ofType('Custom::LogRetention')];
  for (const fn of functions) {
    const configured = valueAt(fn.properties, ['LoggingConfig', 'LogGroup']);
    if (configured !== undefined) {
      const target = graph.resolve(configured, fn);
      facts.logGroups.set(fn, target?.type === 'AWS::Logs::LogGroup' ? { logGroup: target, via: 'logging-config' } : { via: 'logging-config', name: configured });
      continue;
    }
    const name = fn.properties['FunctionName'];
    for (const group of candidates) {
      if (namesFunction(graph, group, fn, name)) {
        facts.logGroups.set(fn, { logGroup: group, via: group.type === 'Custom::LogRetention' ? 'log-retention' : 'name' });
        break;
      }
    }
  }
}

/** Is this log group `/aws/lambda/<fn>`? By literal name, or by a Sub/Join whose only reference is the function. */
function namesFunction(graph: ResourceGraph, group: Resource, fn: Resource, fnName: unknown): boolean {
  const value = group.properties['LogGroupName'];
  if (typeof value === 'string') return typeof fnName === 'string' && value === `/aws/lambda/${fnName}`;
  if (!isSymbolic(value)) return false;
  const expr = value.expression as Record<string, unknown>;
  const sub = expr['Fn::Sub'];
  const pattern = Array.isArray(sub) ? sub[0] : sub;
  const join = expr['Fn::Join'];
  const prefixed = typeof pattern === 'string' ? pattern.startsWith('/aws/lambda/') : Array.isArray(join) && Array.isArray(join[1]) && typeof join[1][0] === 'string' && `${join[1][0]}`.startsWith('/aws/lambda');
  if (!prefixed) return false;
  const ids = referencedIds(value);
  return ids.size === 1 && graph.get(scopeOf(graph, group), [...ids][0] as string) === fn;
}

/** The file that scopes a resource's logical ids: its template's (a Terraform module spans several files). */
function scopeOf(graph: ResourceGraph, resource: Resource): string {
  return graph.templateOf(resource)?.file ?? resource.location.file;
}
