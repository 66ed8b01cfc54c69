// The view of a template's resources that rules ask questions of: lookup by id and type, who references
// whom (Ref/GetAtt/Sub anywhere in properties), and which function a FunctionName/ARN value designates.
// Built per template: CloudFormation logical ids are scoped to their template.
import type { IacFormat, Resource } from '../iac/types.js';
import type { CodeReader } from './code.js';
import { directTarget, literalString, referencedIds, visitReferences, type PropertyPath } from '../iac/values.js';

export interface Reference {
  /** The resource whose properties hold the reference. */
  from: Resource;
  /** Where in `from.properties` the reference is. */
  path: PropertyPath;
}

/** What rules may know of the template besides its resources. */
export interface TemplateContext {
  /** Names of the template's parameters. */
  parameters?: readonly string[];
  /** The template's source format (a Serverless Framework service has stages built in). */
  format?: IacFormat;
  /** Files beside the template (handler code, lock files), when the scan reads from disk. */
  code?: CodeReader;
}

export interface RuleGraph {
  readonly resources: readonly Resource[];
  readonly template: TemplateContext;
  get(logicalId: string): Resource | undefined;
  /** The resources of these types (one type: the graph's own list, so do not mutate it). */
  ofType(...types: string[]): readonly Resource[];
  /** Every place some resource's properties reference `logicalId`. */
  referencing(logicalId: string): readonly Reference[];
  /** The `AWS::Lambda::Function` a `FunctionName`/ARN value designates, through aliases and versions. */
  functionOf(value: unknown): Resource | undefined;
}

const FUNCTION = 'AWS::Lambda::Function';
const NONE: readonly Resource[] = [];

export function createRuleGraph(resources: readonly Resource[], template: TemplateContext = {}): RuleGraph {
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

  const graph: RuleGraph = {
    resources,
    template,
    get: (id) => byId.get(id),
    // Rules ask for one type per resource checked: answered without building a new array.
    ofType: (...types) => (types.length === 1 ? (byType.get(types[0] as string) ?? NONE) : types.flatMap((t) => byType.get(t) ?? [])),
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
  return graph;
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

function indexFunctionNames(functions: Resource[]): Map<string, Resource> {
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
      // Rules follow references by logical id; a literal ARN is matched by name where a rule needs it.
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
