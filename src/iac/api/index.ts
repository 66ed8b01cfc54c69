// The API fact: everything an API's definition says, gathered once from its properties, its body (inline, or
// an include the loader read), its method/route resources, stages and managed overrides. The graph computes
// it per API on first use (`graph.apiOf(api)`); every API rule asks it, none re-reads the pieces.
import type { ApiFact, ApiMethod, GraphIndex, Resource, UnreadablePart } from '../types.js';
import { isPresent, isUnresolved, literalString, stringsOf, valueAt } from '../values.js';
import { apiIdOf, quickCreateRoute, restMethod, route } from './methods.js';
import { readBody } from './openapi.js';

export const REST_API = 'AWS::ApiGateway::RestApi';
export const HTTP_API = 'AWS::ApiGatewayV2::Api';

export function apiFact(graph: GraphIndex, api: Resource): ApiFact | undefined {
  if (api.type === REST_API) return restFact(graph, api);
  if (api.type === HTTP_API) return httpFact(graph, api);
  return undefined;
}

/** The authorization SAM gives body operations without `security` (its `Auth.DefaultAuthorizer`), else `NONE`. */
function defaultAuthorization(api: Resource): string {
  const written = api.metadata?.['slens:defaultAuthorization'];
  return typeof written === 'string' ? written : 'NONE';
}

/** Methods written as resources first; a body operation of the same verb and path adds nothing. */
function merge(written: ApiMethod[], fromBody: readonly ApiMethod[]): ApiMethod[] {
  const seen = new Set(written.map((m) => `${m.verb} ${m.path}`));
  return [...written, ...fromBody.filter((m) => !seen.has(`${m.verb} ${m.path}`))];
}

function owned(graph: GraphIndex, api: Resource, type: string): Resource[] {
  return graph.ofType(type).filter((r) => apiIdOf(r) === api.logicalId);
}

function restFact(graph: GraphIndex, api: Resource): ApiFact {
  const p = api.properties;
  const body = readBody(p['Body'], 'Body', defaultAuthorization(api));
  const unreadable: UnreadablePart[] = [];
  if (isPresent(p['BodyS3Location']) && !isPresent(p['Body'])) unreadable.push({ reason: 's3', path: ['BodyS3Location'] });
  if (body.unreadable) unreadable.push(body.unreadable);
  const methods = merge(owned(graph, api, 'AWS::ApiGateway::Method').map((m) => restMethod(graph, m)), body.methods);
  const policy = isPresent(p['Policy']) ? { where: 'property' as const, value: p['Policy'] } : isPresent(body.policy) ? { where: 'body' as const, value: body.policy } : undefined;
  return { api, protocol: 'REST', methods, policy, ...endpointTypes(p), bodyExtensions: body.extensions, stages: owned(graph, api, 'AWS::ApiGateway::Stage'), quickCreate: false, unreadable };
}

/** `EndpointConfiguration.Types`, else the import parameter `endpointConfigurationTypes` a body API may pass. */
function endpointTypes(p: Record<string, unknown>): Pick<ApiFact, 'endpointTypes' | 'endpointAt'> {
  const config = p['EndpointConfiguration'];
  if (isPresent(config)) {
    const types = valueAt(config, ['Types']);
    if (isUnresolved(config) || isUnresolved(types) || (Array.isArray(types) && types.some(isUnresolved))) return { endpointTypes: 'unknown', endpointAt: ['EndpointConfiguration'] };
    return { endpointTypes: stringsOf(types).map((t) => t.toUpperCase()), endpointAt: ['EndpointConfiguration'] };
  }
  const parameter = valueAt(p, ['Parameters', 'endpointConfigurationTypes']);
  if (isUnresolved(parameter)) return { endpointTypes: 'unknown', endpointAt: ['Parameters'] };
  const text = literalString(parameter);
  if (text) return { endpointTypes: text.split(',').map((t) => t.trim().toUpperCase()), endpointAt: ['Parameters'] };
  return { endpointTypes: [] };
}

function httpFact(graph: GraphIndex, api: Resource): ApiFact {
  const p = api.properties;
  const written = p['ProtocolType'];
  const protocol = written === 'HTTP' || written === 'WEBSOCKET' ? written : written === undefined && isPresent(p['Body']) ? 'HTTP' : 'unknown';
  const body = readBody(p['Body'], 'Body', defaultAuthorization(api));
  const unreadable: UnreadablePart[] = [];
  if (isPresent(p['BodyS3Location']) && !isPresent(p['Body'])) unreadable.push({ reason: 's3', path: ['BodyS3Location'] });
  if (body.unreadable) unreadable.push(body.unreadable);
  const quickCreate = isPresent(p['Target']);
  const routes = owned(graph, api, 'AWS::ApiGatewayV2::Route').map((r) => route(graph, r));
  if (quickCreate) routes.push(quickCreateRoute(api));
  const overrides = owned(graph, api, 'AWS::ApiGatewayV2::ApiGatewayManagedOverrides')[0];
  return {
    api,
    protocol,
    methods: merge(routes, body.methods),
    policy: undefined,
    endpointTypes: [],
    bodyExtensions: body.extensions,
    stages: owned(graph, api, 'AWS::ApiGatewayV2::Stage'),
    quickCreate,
    ...(overrides ? { managedOverrides: overrides } : {}),
    unreadable,
  };
}
