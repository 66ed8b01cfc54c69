// The ResourceGraph of a scan: every CloudFormation-level resource of every template, lookup by logical id
// (ids are scoped to their file), `resolve` from a value to the resource it designates, reverse references,
// and the derived facts rules need (see facts.ts and docs/iac.md).
import { deriveFacts, type Facts, type LogGroupFact, type ApiMethod } from './facts.js';
import { arnTarget, directTarget, isRecord, isSymbolic, referencedIds, subNames, visitReferences, type PropertyPath } from './values.js';
import type { Resource, Template } from './types.js';

export type { LogGroupFact, ApiMethod } from './facts.js';

export interface Reference {
  /** The resource whose properties hold the reference. */
  from: Resource;
  /** Where in `from.properties`. */
  path: PropertyPath;
}

export interface ResourceGraph {
  readonly templates: readonly Template[];
  readonly resources: readonly Resource[];
  templateOf(resource: Resource): Template | undefined;
  /** The resource with this logical id in this file. */
  get(file: string, logicalId: string): Resource | undefined;
  ofType(...types: string[]): Resource[];
  /**
   * The resource a value designates: `Ref`/`GetAtt` (also as Symbolic), a Sub/Join whose only resource
   * reference is one resource, or a literal ARN / SQS URL / name matching a resource's literal name.
   */
  resolve(value: unknown, from: Template | Resource): Resource | undefined;
  /** Every place another resource's properties designate `resource`. */
  referencing(resource: Resource): readonly Reference[];
  /** The `AWS::Lambda::Function` a value designates, following aliases and versions. */
  functionOf(value: unknown, from: Template | Resource): Resource | undefined;
  logGroupOf(fn: Resource): LogGroupFact | undefined;
  eventSourceMappingsOf(fn: Resource): Resource[];
  eventInvokeConfigsOf(fn: Resource): Resource[];
  permissionsOf(fn: Resource): Resource[];
  aliasesOf(fn: Resource): Resource[];
  versionsOf(fn: Resource): Resource[];
  roleOf(fn: Resource): Resource | undefined;
  /** True when some resource uses the queue (or topic) as a dead-letter queue or failure destination. */
  isDeadLetterQueue(queue: Resource): boolean;
  /** Who uses it as a DLQ / failure destination, and where. */
  deadLetterUsers(queue: Resource): readonly Reference[];
  /** `AWS::ApiGateway::Stage` of a REST API / `AWS::ApiGatewayV2::Stage` of an HTTP/WebSocket API. */
  stagesOf(api: Resource): Resource[];
  /** REST methods (`AWS::ApiGateway::Method`) or HTTP routes (`AWS::ApiGatewayV2::Route`) with path and auth. */
  methodsOf(api: Resource): ApiMethod[];
}

export function buildGraph(templates: readonly Template[]): ResourceGraph {
  const resources: Resource[] = [];
  const byFile = new Map<string, Map<string, Resource>>();
  const byType = new Map<string, Resource[]>();
  const templateOf = new Map<Resource, Template>();
  for (const template of templates) {
    const ids = byFile.get(template.file) ?? new Map<string, Resource>();
    byFile.set(template.file, ids);
    for (const resource of template.resources) {
      resources.push(resource);
      ids.set(resource.logicalId, resource);
      templateOf.set(resource, template);
      const list = byType.get(resource.type);
      if (list) list.push(resource);
      else byType.set(resource.type, [resource]);
    }
  }
  let names: Map<string, Resource[]> | undefined;
  let refIndex: Map<Resource, Reference[]> | undefined;
  let facts: Facts | undefined;

  // A resource's scope is its template (a Terraform module spans several files).
  const fileOf = (from: Template | Resource): string => ('resources' in from ? from.file : (templateOf.get(from)?.file ?? from.location.file));

  function byName(type: string | undefined, name: string, file: string): Resource | undefined {
    names ??= indexNames(resources);
    const candidates = (names.get(name) ?? []).filter((r) => type === undefined || r.type === type);
    const local = candidates.filter((r) => fileOf(r) === file);
    if (local.length === 1) return local[0];
    return candidates.length === 1 ? candidates[0] : undefined;
  }

  function resolve(value: unknown, from: Template | Resource): Resource | undefined {
    const file = fileOf(from);
    const expression = isSymbolic(value) ? value.expression : value;
    if (typeof expression === 'string') {
      const arn = arnTarget(expression);
      if (arn) return byName(arn.type, arn.name, file);
      return expression ? byName(undefined, expression, file) : undefined;
    }
    if (!isRecord(expression)) return undefined;
    const ids = byFile.get(file);
    if ('Ref' in expression || 'Fn::GetAtt' in expression) {
      const id = directTarget(expression);
      return id === undefined ? undefined : ids?.get(id);
    }
    const sub = expression['Fn::Sub'];
    if (sub !== undefined) {
      const pattern = Array.isArray(sub) ? sub[0] : sub;
      const vars = Array.isArray(sub) && isRecord(sub[1]) ? sub[1] : {};
      if (typeof pattern !== 'string') return undefined;
      const found = new Set<Resource>();
      for (const name of subNames(pattern)) {
        const target = name in vars ? resolve(vars[name], from) : ids?.get(name);
        if (target) found.add(target);
      }
      return found.size === 1 ? [...found][0] : undefined;
    }
    const join = expression['Fn::Join'];
    if (Array.isArray(join) && Array.isArray(join[1])) {
      const found = new Set<Resource>();
      for (const part of join[1]) {
        const target = typeof part === 'string' ? undefined : resolve(part, from);
        if (target) found.add(target);
      }
      return found.size === 1 ? [...found][0] : undefined;
    }
    return undefined;
  }

  function functionOf(value: unknown, from: Template | Resource, depth = 0): Resource | undefined {
    const target = resolve(value, from);
    if (!target || depth > 4) return undefined;
    if (target.type === 'AWS::Lambda::Function') return target;
    if (target.type === 'AWS::Lambda::Alias' || target.type === 'AWS::Lambda::Version') return functionOf(target.properties['FunctionName'], target, depth + 1);
    return undefined;
  }

  const graph: ResourceGraph = {
    templates,
    resources,
    templateOf: (resource) => templateOf.get(resource),
    get: (file, logicalId) => byFile.get(file)?.get(logicalId),
    ofType: (...types) => types.flatMap((t) => byType.get(t) ?? []),
    resolve,
    functionOf: (value, from) => functionOf(value, from),
    referencing(resource) {
      refIndex ??= indexReferences(resources, resolve, graph.get, fileOf);
      return refIndex.get(resource) ?? [];
    },
    logGroupOf: (fn) => (facts ??= deriveFacts(graph)).logGroups.get(fn),
    eventSourceMappingsOf: (fn) => (facts ??= deriveFacts(graph)).mappings.get(fn) ?? [],
    eventInvokeConfigsOf: (fn) => (facts ??= deriveFacts(graph)).invokeConfigs.get(fn) ?? [],
    permissionsOf: (fn) => (facts ??= deriveFacts(graph)).permissions.get(fn) ?? [],
    aliasesOf: (fn) => (facts ??= deriveFacts(graph)).aliases.get(fn) ?? [],
    versionsOf: (fn) => (facts ??= deriveFacts(graph)).versions.get(fn) ?? [],
    roleOf: (fn) => {
      const role = resolve(fn.properties['Role'], fn);
      return role?.type === 'AWS::IAM::Role' ? role : undefined;
    },
    isDeadLetterQueue: (queue) => ((facts ??= deriveFacts(graph)).deadLetterUsers.get(queue)?.length ?? 0) > 0,
    deadLetterUsers: (queue) => (facts ??= deriveFacts(graph)).deadLetterUsers.get(queue) ?? [],
    stagesOf: (api) => (facts ??= deriveFacts(graph)).stages.get(api) ?? [],
    methodsOf: (api) => (facts ??= deriveFacts(graph)).methods.get(api) ?? [],
  };
  return graph;
}

const NAME_PROPERTIES = ['FunctionName', 'QueueName', 'TopicName', 'LogGroupName', 'TableName', 'StateMachineName', 'BucketName', 'Name', 'RoleName'];

function indexNames(resources: readonly Resource[]): Map<string, Resource[]> {
  const index = new Map<string, Resource[]>();
  for (const resource of resources) {
    for (const prop of NAME_PROPERTIES) {
      const name = resource.properties[prop];
      if (typeof name !== 'string' || name === '') continue;
      const list = index.get(name);
      if (list) list.push(resource);
      else index.set(name, [resource]);
      break;
    }
  }
  return index;
}

function indexReferences(resources: readonly Resource[], resolve: ResourceGraph['resolve'], get: ResourceGraph['get'], fileOf: (r: Resource) => string): Map<Resource, Reference[]> {
  const index = new Map<Resource, Reference[]>();
  for (const from of resources) {
    visitReferences(from.properties, (value, path) => {
      // A literal ARN names one resource; an intrinsic may name several (a Sub with two references).
      const targets = typeof value === 'string' ? [resolve(value, from)] : [...referencedIds(value)].map((id) => get(fileOf(from), id));
      for (const target of new Set(targets)) {
        if (!target || target === from) continue;
        const list = index.get(target);
        if (list) list.push({ from, path });
        else index.set(target, [{ from, path }]);
      }
    });
  }
  return index;
}
