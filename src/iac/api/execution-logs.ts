// The log group a stage's execution logs go to. API Gateway writes them to `API-Gateway-Execution-Logs_
// {api-id}/{stage}` and creates that group itself, with no retention, unless the template declares it. The
// graph finds a declared group by its name as written (a literal, a Sub, a Join, a Terraform template), so
// the rule never re-reads log group names.
import type { ExecutionLogGroups, GraphIndex, Resource } from '../types.js';
import { patternOf, writtenPattern } from '../values.js';

export const EXECUTION_LOGS_PREFIX = 'API-Gateway-Execution-Logs_';

/** `${Api.RestApiId}` and `${Api.ApiId}` are the API's id, as `${Api}` is. */
function apiSlot(text: string): string {
  return text.replace(/^\$\{([^}.]+)\.(RestApiId|ApiId)\}$/, '${$1}');
}

/** The one `${Name}` a slot consists of, when it is one. */
function onlyName(text: string): string | undefined {
  return /^\$\{([^}]+)\}$/.exec(text)?.[1];
}

/** A `${Name}` the graph cannot follow: not a resource (a parameter, a variable), nor a pseudo parameter. */
function outsideName(graph: GraphIndex, text: string): string | undefined {
  const name = onlyName(text);
  return name && !name.startsWith('AWS::') && !name.includes('.') && !graph.get(name) ? name : undefined;
}

/**
 * Declared `AWS::Logs::LogGroup`s named for the execution logs of a stage (`AWS::ApiGateway::Stage`,
 * `AWS::ApiGatewayV2::Stage`, or an `AWS::ApiGateway::Deployment` with `StageDescription`). The stage part
 * may be its `StageName` as written, `${Stage}` (a stage's Ref is its name) or `${Stage.StageName}`.
 */
export function executionLogGroupsOf(graph: GraphIndex, stage: Resource): ExecutionLogGroups {
  const p = stage.properties;
  const api = patternOf(p['RestApiId'] ?? p['ApiId']);
  const stageName = writtenPattern(p['StageName']);
  const stageSlots = new Set<string>(stageName === undefined ? [] : [stageName]);
  if (stage.type !== 'AWS::ApiGateway::Deployment') stageSlots.add(`\${${stage.logicalId}}`).add(`\${${stage.logicalId}.StageName}`);
  const byParameter: { group: Resource; parameter: string }[] = [];
  const found: ExecutionLogGroups = { byParameter, undecided: false };
  for (const group of graph.ofType('AWS::Logs::LogGroup')) {
    const name = writtenPattern(group.properties['LogGroupName']);
    if (name === undefined || !name.startsWith(EXECUTION_LOGS_PREFIX)) continue;
    const rest = name.slice(EXECUTION_LOGS_PREFIX.length);
    const slash = rest.lastIndexOf('/');
    const groupApi = apiSlot(rest.slice(0, Math.max(slash, 0)));
    const groupStage = rest.slice(slash + 1);
    if (slash < 0 || api === undefined) {
      found.undecided = true;
      continue;
    }
    if (groupApi !== apiSlot(api)) {
      // An API id from a parameter may be the literal id the loader resolved the stage's own reference to.
      if (!api.includes('${') && outsideName(graph, groupApi)) found.undecided = true;
      continue;
    }
    if (stageSlots.has(groupStage)) {
      found.group ??= group;
      continue;
    }
    // Another stage's (or resource's) name: not this stage's group.
    const named = onlyName(groupStage)?.split('.')[0];
    if (named && graph.get(named)) continue;
    const parameter = outsideName(graph, groupStage);
    if (parameter) byParameter.push({ group, parameter });
    else if (groupStage.includes('${')) found.undecided = true;
  }
  return found;
}
