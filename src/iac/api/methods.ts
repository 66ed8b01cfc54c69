// The methods of an API written as resources: REST `AWS::ApiGateway::Method` (path from its
// `AWS::ApiGateway::Resource` chain, or the SAM event's path), with its integration (inline, or a separate
// Terraform integration) and request validator; HTTP/WebSocket `AWS::ApiGatewayV2::Route` with the
// integration its `Target` names; and the one route of a quick-created HTTP API.
import type { ApiAuthorization, ApiIntegration, ApiMethod, GraphIndex, Resource } from '../types.js';
import { directTarget, isPresent, isRecord, isUnresolved, literalString, referencedIds, valueAt } from '../values.js';
import { asksAsync, hasEntries, integrationKind } from './openapi.js';

const NO_INTEGRATION: ApiIntegration = { kind: 'unknown', templates: false, async: false, streaming: false };

/** The API a method, route, stage or validator belongs to (`RestApiId` / `ApiId`). */
export function apiIdOf(resource: Resource): string | undefined {
  return directTarget(resource.properties['RestApiId'] ?? resource.properties['ApiId']);
}

export function authorizationOf(props: Record<string, unknown>): ApiAuthorization {
  const written = props['AuthorizationType'] ?? 'NONE';
  const type = typeof written === 'string' ? written.toUpperCase() : 'unknown';
  const key = props['ApiKeyRequired'];
  const auth: ApiAuthorization = { type, apiKeyRequired: key === true || key === 'true' ? true : isUnresolved(key) ? 'unknown' : false };
  const authorizer = directTarget(props['AuthorizerId']) ?? literalString(props['AuthorizerId']);
  if (authorizer) auth.authorizer = authorizer;
  if (props['AuthorizationScopes'] !== undefined) auth.scopes = props['AuthorizationScopes'];
  return auth;
}

/** `/a/b` of a REST method: the SAM event's path, else the chain of `PathPart`s up to the API's root. */
function restPath(graph: GraphIndex, method: Resource): string {
  const written = method.metadata?.['slens:resourcePath'];
  if (typeof written === 'string') return written;
  const parts: string[] = [];
  let current = graph.get(directTarget(method.properties['ResourceId']) ?? '');
  for (let depth = 0; current?.type === 'AWS::ApiGateway::Resource' && depth < 64; depth++) {
    const part = literalString(current.properties['PathPart']);
    if (part === undefined) return '';
    parts.unshift(part);
    current = graph.get(directTarget(current.properties['ParentId']) ?? '');
  }
  // A ResourceId that is the API's root (`GetAtt Api.RootResourceId`) or a path built above.
  if (parts.length === 0 && current?.type !== 'AWS::ApiGateway::RestApi') return '';
  return `/${parts.join('/')}`;
}

function restIntegration(graph: GraphIndex, method: Resource): ApiIntegration {
  let spec = method.properties['Integration'];
  if (!isPresent(spec)) {
    // Terraform writes the integration as its own resource, naming the method's resource and verb.
    const verb = method.properties['HttpMethod'];
    spec = graph
      .ofType('AWS::ApiGateway::Integration')
      .find((i) => directTarget(i.properties['ResourceId']) === directTarget(method.properties['ResourceId']) && (directTarget(i.properties['HttpMethod']) === method.logicalId || i.properties['HttpMethod'] === verb))?.properties;
  }
  if (!isRecord(spec)) return NO_INTEGRATION;
  const kind = integrationKind(spec['Type'], undefined);
  const responses = Array.isArray(spec['IntegrationResponses']) ? spec['IntegrationResponses'] : [];
  const templates = hasEntries(spec['RequestTemplates']) || responses.some((r) => hasEntries(valueAt(r, ['ResponseTemplates'])));
  return { kind, templates, async: asksAsync(spec['RequestParameters']), streaming: spec['ResponseTransferMode'] === 'STREAM' };
}

function validatesBody(graph: GraphIndex, method: Resource): boolean | 'unknown' {
  const ref = method.properties['RequestValidatorId'];
  if (ref === undefined) return method.origin ? 'unknown' : false;
  const validator = graph.get(directTarget(ref) ?? '');
  if (!validator) return 'unknown';
  const body = validator.properties['ValidateRequestBody'];
  return body === true || body === 'true' ? true : isUnresolved(body) ? 'unknown' : false;
}

export function restMethod(graph: GraphIndex, method: Resource): ApiMethod {
  return {
    verb: literalString(method.properties['HttpMethod'])?.toUpperCase() ?? '',
    path: restPath(graph, method),
    resource: method,
    authorization: authorizationOf(method.properties),
    integration: restIntegration(graph, method),
    validatesBody: validatesBody(graph, method),
  };
}

/** `GET /items` → verb and path; `$default`, `$connect`, `send` are verbs without a path. */
export function splitRouteKey(key: string): { verb: string; path: string } {
  const space = key.indexOf(' ');
  if (space < 0) return { verb: key.startsWith('$') ? key.toLowerCase() : key, path: '' };
  return { verb: key.slice(0, space).toUpperCase(), path: key.slice(space + 1).trim() };
}

function routeIntegration(graph: GraphIndex, target: unknown): ApiIntegration {
  // `integrations/<id>`: written with Sub or Join, the reference is what the graph resolves.
  const integration = [...referencedIds(target)].map((id) => graph.get(id)).find((r) => r?.type === 'AWS::ApiGatewayV2::Integration');
  if (!integration) return NO_INTEGRATION;
  const p = integration.properties;
  return { kind: integrationKind(p['IntegrationType'], p['IntegrationSubtype']), templates: hasEntries(p['RequestTemplates']), async: false, streaming: false };
}

export function route(graph: GraphIndex, resource: Resource): ApiMethod {
  const key = literalString(resource.properties['RouteKey']) ?? '';
  return { ...splitRouteKey(key), resource, authorization: authorizationOf(resource.properties), integration: routeIntegration(graph, resource.properties['Target']), validatesBody: 'unknown' };
}

/** Quick create: `Target` makes one route (`RouteKey`, default `$default`) with no authorization, proxying to the target. */
export function quickCreateRoute(api: Resource): ApiMethod {
  const key = literalString(api.properties['RouteKey']) ?? '$default';
  return { ...splitRouteKey(key), at: ['Target'], authorization: { type: 'NONE', apiKeyRequired: false }, integration: { kind: 'proxy', templates: false, async: false, streaming: false }, validatesBody: 'unknown' };
}
