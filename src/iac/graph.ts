// The one ResourceGraph: built per template (CloudFormation logical ids are scoped to their template, and a
// graph per template keeps a scan's memory flat). Lookups by id and type, who references whom (Ref, GetAtt,
// Sub anywhere in properties), which function a FunctionName/ARN value designates, and the facts of
// facts.ts, each computed once per resource on first use.
import * as facts from './facts.js';
import { apiFact } from './api/index.js';
import { executionLogGroupsOf } from './api/execution-logs.js';
import type { AlarmTargets, ApiFact, AsyncSource, ExecutionLogGroups, GraphIndex, LogGroupFact, Reference, Resource, ResourceGraph } from './types.js';
import { directTarget, literalString, referencedIds, visitReferences } from './values.js';

export type { AlarmTargets, ApiFact, AsyncSource, ExecutionLogGroups, LogGroupFact, Reference, ResourceGraph } from './types.js';

const FUNCTION = 'AWS::Lambda::Function';
const NONE: readonly Resource[] = [];

export function buildGraph(resources: readonly Resource[]): ResourceGraph {
  const index = buildIndex(resources);
  // Most templates never ask most facts: the memo of a fact is made on its first question.
  const once = <T>(derive: (graph: GraphIndex, resource: Resource) => T): ((resource: Resource) => T) => {
    let known: Map<Resource, T> | undefined;
    return (resource) => {
      known ??= new Map();
      if (known.has(resource)) return known.get(resource) as T;
      const value = derive(index, resource);
      known.set(resource, value);
      return value;
    };
  };
  let alarms: AlarmTargets | undefined;
  let failureTargets: Set<string> | undefined;
  const failureTargetNames = (): Set<string> => (failureTargets ??= facts.failureTargetNames(index));
  // Written out rather than spread, so the graph keeps one object shape for the rules' hot calls.
  return {
    resources: index.resources,
    get: index.get,
    ofType: index.ofType,
    referencing: index.referencing,
    functionOf: index.functionOf,
    logGroupOf: once<LogGroupFact>(facts.logGroupOf),
    isDeadLetterQueue: once((graph, queue) => facts.isDeadLetterQueue(graph, queue, failureTargetNames)),
    asyncSourcesOf: once<readonly AsyncSource[]>(facts.asyncSourcesOf),
    servesRequests: once(facts.servesRequests),
    eventSourceMappingsOf: once((graph, fn) => facts.attachedTo(graph, fn, 'AWS::Lambda::EventSourceMapping')),
    eventInvokeConfigsOf: once((graph, fn) => facts.attachedTo(graph, fn, 'AWS::Lambda::EventInvokeConfig')),
    aliasesOf: once((graph, fn) => facts.attachedTo(graph, fn, 'AWS::Lambda::Alias')),
    versionsOf: once((graph, fn) => facts.attachedTo(graph, fn, 'AWS::Lambda::Version')),
    roleOf: once(facts.roleOf),
    alarmTargets: () => (alarms ??= facts.alarmTargets(index)),
    apiOf: once<ApiFact | undefined>(apiFact),
    executionLogGroupsOf: once<ExecutionLogGroups>(executionLogGroupsOf),
  };
}

function buildIndex(resources: readonly Resource[]): GraphIndex {
  const byId = new Map<string, Resource>();
  const byType = new Map<string, Resource[]>();
  for (const resource of resources) {
    byId.set(resource.logicalId, resource);
    const list = byType.get(resource.type);
    if (list) list.push(resource);
    else byType.set(resource.type, [resource]);
  }
  let refIndex: Map<string, Reference[]> | undefined;
  let functionsByName: Map<string, Resource> | undefined;
  /** Answers for several types, by the first type then the whole list: each rule asks for the same list once per template. */
  let ofTypes: Map<string, { types: readonly string[]; found: readonly Resource[] }[]> | undefined;
  const ofSeveral = (types: readonly string[]): readonly Resource[] => {
    ofTypes ??= new Map();
    let asked = ofTypes.get(types[0] as string);
    if (!asked) ofTypes.set(types[0] as string, (asked = []));
    for (const entry of asked) if (sameList(entry.types, types)) return entry.found;
    const all: Resource[] = [];
    for (const type of types) {
      const list = byType.get(type);
      if (list) for (const resource of list) all.push(resource);
    }
    const found = all.length ? all : NONE;
    asked.push({ types: [...types], found });
    return found;
  };
  return {
    resources,
    get: (id) => byId.get(id),
    // Rules ask for one type per resource checked: answered without building a new array.
    ofType: (...types) => (types.length === 1 ? (byType.get(types[0] as string) ?? NONE) : ofSeveral(types)),
    referencing(logicalId) {
      refIndex ??= indexReferences(resources);
      return refIndex.get(logicalId) ?? [];
    },
    functionOf(value) {
      const target = directTarget(value);
      if (target) return followToFunction(byId.get(target), byId);
      const text = literalString(value);
      if (text === undefined) return undefined;
      functionsByName ??= indexFunctionNames(byType.get(FUNCTION) ?? []);
      return functionsByName.get(functionNameFromArn(text));
    },
  };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function followToFunction(resource: Resource | undefined, byId: Map<string, Resource>, depth = 0): Resource | undefined {
  if (!resource || depth > 4) return undefined;
  if (resource.type === FUNCTION) return resource;
  if (resource.type === 'AWS::Lambda::Alias' || resource.type === 'AWS::Lambda::Version') {
    const target = directTarget(resource.properties['FunctionName']);
    return target ? followToFunction(byId.get(target), byId, depth + 1) : undefined;
  }
  return undefined;
}

/** `arn:aws:lambda:region:acct:function:name[:qualifier]` → `name`; a bare name stays as it is. */
export function functionNameFromArn(text: string): string {
  const match = /^arn:[^:]+:lambda:[^:]*:[^:]*:function:([^:]+)/.exec(text);
  if (match) return match[1] as string;
  // `name:qualifier` partial ARNs are accepted by Lambda too.
  return text.split(':')[0] as string;
}

function indexFunctionNames(functions: readonly Resource[]): Map<string, Resource> {
  const map = new Map<string, Resource>();
  for (const fn of functions) {
    const name = literalString(fn.properties['FunctionName']);
    if (name) map.set(name, fn);
  }
  return map;
}

function indexReferences(resources: readonly Resource[]): Map<string, Reference[]> {
  const index = new Map<string, Reference[]>();
  for (const from of resources) {
    visitReferences(from.properties, (value, path) => {
      // References are by logical id; a literal ARN is matched by name where a fact needs it.
      if (typeof value === 'string') return;
      for (const id of referencedIds(value)) {
        const list = index.get(id);
        if (list) list.push({ from, path });
        else index.set(id, [{ from, path }]);
      }
    });
  }
  return index;
}
