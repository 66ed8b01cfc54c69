// Reads an API's OpenAPI body (inline `Body`/`DefinitionBody`, or an include the loader inlined) into the
// methods of the API fact: per operation its authorization (security requirements and the schemes'
// `x-amazon-apigateway-*` extensions), integration (`x-amazon-apigateway-integration`), request validator;
// and the body-wide resource policy and REST-only extensions. Bounded: a body with more operations than
// MAX_OPERATIONS is an unreadable part, never a partial answer.
import type { ApiAuthorization, ApiIntegration, ApiMethod, IntegrationKind, PropertyPath, UnreadablePart } from '../types.js';
import { isPresent, isRecord, isSymbolic, isUnresolved } from '../values.js';

/** Most operations read from one body (a real API has tens to hundreds). */
export const MAX_OPERATIONS = 10_000;
/** Largest body written as a JSON string (Terraform `body = file(…)` or a literal) that is parsed. */
const MAX_BODY_TEXT = 10 * 1024 * 1024;

const VERBS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace', 'x-amazon-apigateway-any-method']);

/** Extensions that only REST APIs honour: a body that uses one is not an HTTP API candidate. */
const REST_ONLY = ['x-amazon-apigateway-api-key-source', 'x-amazon-apigateway-request-validators', 'x-amazon-apigateway-policy', 'x-amazon-apigateway-gateway-responses', 'x-amazon-apigateway-minimum-compression-size', 'x-amazon-apigateway-binary-media-types'];

export interface BodyReading {
  methods: ApiMethod[];
  policy: unknown;
  extensions: string[];
  unreadable?: UnreadablePart;
}

const NOTHING: BodyReading = { methods: [], policy: undefined, extensions: [] };

/**
 * The body's reading. `key` is the property that holds it (`Body`); `defaultAuth` is the authorization of an
 * operation without `security` (SAM applies its `Auth.DefaultAuthorizer` to every path of the body).
 */
export function readBody(value: unknown, key: string, defaultAuth: string): BodyReading {
  if (!isPresent(value)) return NOTHING;
  let body = value;
  if (typeof body === 'string') {
    if (body.length > MAX_BODY_TEXT) return { ...NOTHING, unreadable: { reason: 'invalid', path: [key] } };
    try {
      body = JSON.parse(body) as unknown;
    } catch {
      return { ...NOTHING, unreadable: { reason: 'invalid', path: [key] } };
    }
  }
  if (isSymbolic(body) || isUnresolved(body)) {
    const expression = isSymbolic(body) ? body.expression : body;
    return { ...NOTHING, unreadable: { reason: isRecord(expression) && 'Fn::Transform' in expression ? 'include' : 'symbolic', path: [key] } };
  }
  if (!isRecord(body)) return { ...NOTHING, unreadable: { reason: 'invalid', path: [key] } };
  const root = body;
  const extensions = REST_ONLY.filter((name) => isPresent(root[name]));
  const policy = root['x-amazon-apigateway-policy'];
  const paths = root['paths'];
  if (paths === undefined) return { methods: [], policy, extensions };
  if (!isRecord(paths)) return { methods: [], policy, extensions, unreadable: { reason: isUnresolved(paths) ? 'symbolic' : 'invalid', path: [key, 'paths'] } };
  const schemes = securitySchemes(root);
  const validators = isRecord(root['x-amazon-apigateway-request-validators']) ? root['x-amazon-apigateway-request-validators'] : {};
  const methods: ApiMethod[] = [];
  for (const [path, item] of Object.entries(paths)) {
    if (!isRecord(item)) continue;
    for (const [verb, operation] of Object.entries(item)) {
      if (!VERBS.has(verb.toLowerCase()) || !isRecord(operation)) continue;
      if (methods.length >= MAX_OPERATIONS) return { methods: [], policy, extensions, unreadable: { reason: 'invalid', path: [key, 'paths'] } };
      const at: PropertyPath = [key, 'paths', path, verb];
      const upper = verb.toLowerCase() === 'x-amazon-apigateway-any-method' ? 'ANY' : verb.toUpperCase();
      const validatorName = operation['x-amazon-apigateway-request-validator'] ?? root['x-amazon-apigateway-request-validator'];
      methods.push({
        verb: upper,
        path,
        at,
        authorization: authorizationOf(operation['security'] ?? root['security'], schemes, defaultAuth),
        integration: integrationOf(operation['x-amazon-apigateway-integration']),
        validatesBody: validatorName === undefined ? false : typeof validatorName === 'string' && isRecord(validators[validatorName]) ? validators[validatorName]['validateRequestBody'] === true : 'unknown',
      });
    }
  }
  return { methods, policy, extensions };
}

/** OpenAPI 3 `components.securitySchemes` and Swagger 2 `securityDefinitions`, merged. */
function securitySchemes(root: Record<string, unknown>): Record<string, unknown> {
  const v3 = isRecord(root['components']) ? root['components']['securitySchemes'] : undefined;
  const v2 = root['securityDefinitions'];
  return { ...(isRecord(v2) ? v2 : {}), ...(isRecord(v3) ? v3 : {}) };
}

/** The AuthorizationType a security scheme stands for; `apiKey` for a plain API key scheme; `unknown` otherwise. */
function schemeType(scheme: unknown): string {
  if (!isRecord(scheme)) return 'unknown';
  const authtype = scheme['x-amazon-apigateway-authtype'];
  const authorizer = scheme['x-amazon-apigateway-authorizer'];
  const kind = isRecord(authorizer) && typeof authorizer['type'] === 'string' ? authorizer['type'].toLowerCase() : undefined;
  if (kind === 'cognito_user_pools' || authtype === 'cognito_user_pools') return 'COGNITO_USER_POOLS';
  if (kind === 'jwt') return 'JWT';
  if (kind === 'token' || kind === 'request') return 'CUSTOM';
  if (typeof authtype === 'string' && authtype.toLowerCase() === 'awssigv4') return 'AWS_IAM';
  if (authtype === 'custom') return 'CUSTOM';
  if (scheme['type'] === 'apiKey' && authorizer === undefined) return 'apiKey';
  return 'unknown';
}

/** Security requirements (OR of ANDs): the first requirement that names an authorizer decides; API keys alone do not authorize. */
function authorizationOf(security: unknown, schemes: Record<string, unknown>, defaultAuth: string): ApiAuthorization {
  if (security === undefined) return { type: defaultAuth, apiKeyRequired: false };
  if (!Array.isArray(security)) return { type: 'unknown', apiKeyRequired: 'unknown' };
  let apiKey = false;
  for (const requirement of security) {
    if (!isRecord(requirement)) return { type: 'unknown', apiKeyRequired: 'unknown' };
    for (const [name, scopes] of Object.entries(requirement)) {
      const type = schemeType(schemes[name]);
      if (type === 'apiKey') {
        apiKey = true;
        continue;
      }
      const auth: ApiAuthorization = { type, authorizer: name, apiKeyRequired: apiKey || Object.keys(requirement).some((other) => schemeType(schemes[other]) === 'apiKey') };
      return (Array.isArray(scopes) && scopes.length > 0) || isUnresolved(scopes) ? { ...auth, scopes } : auth;
    }
  }
  return { type: 'NONE', apiKeyRequired: apiKey };
}

/** The integration of an operation, from `x-amazon-apigateway-integration`. */
function integrationOf(spec: unknown): ApiIntegration {
  if (!isRecord(spec)) return { kind: 'unknown', templates: false, async: false, streaming: false };
  const kind = integrationKind(spec['type'], spec['integrationSubtype']);
  const responses = isRecord(spec['responses']) ? Object.values(spec['responses']) : [];
  const templates = hasEntries(spec['requestTemplates']) || responses.some((r) => isRecord(r) && hasEntries(r['responseTemplates']));
  return { kind, templates, async: asksAsync(spec['requestParameters']), streaming: spec['responseTransferMode'] === 'STREAM' };
}

/** The kind of an integration type as CloudFormation (`AWS_PROXY`) or OpenAPI (`aws_proxy`) writes it; a subtype makes it an HTTP API service integration. */
export function integrationKind(type: unknown, subtype: unknown): IntegrationKind {
  if (isPresent(subtype)) return 'service';
  const written = typeof type === 'string' ? type.toUpperCase() : '';
  if (written === 'AWS_PROXY' || written === 'HTTP_PROXY') return 'proxy';
  return written === 'AWS' ? 'aws' : written === 'HTTP' ? 'http' : written === 'MOCK' ? 'mock' : 'unknown';
}

/** Mapping templates are written: a non-empty map, or one the template cannot resolve. */
export function hasEntries(value: unknown): boolean {
  return isRecord(value) ? Object.keys(value).length > 0 : isUnresolved(value);
}

/** `integration.request.header.X-Amz-Invocation-Type` mapped to `'Event'` or to a value of the request (not to `'RequestResponse'`). */
export function asksAsync(parameters: unknown): boolean {
  if (!isRecord(parameters)) return false;
  return Object.entries(parameters).some(([name, value]) => name.toLowerCase() === 'integration.request.header.x-amz-invocation-type' && !(typeof value === 'string' && /^'?RequestResponse'?$/i.test(value.trim())));
}
