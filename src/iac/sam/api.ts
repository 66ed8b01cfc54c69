// AWS::Serverless::Api / HttpApi (explicit, and the implicit ServerlessRestApi / ServerlessHttpApi that
// events create) → RestApi/Deployment/Stage/Authorizer/UsagePlan and Api/Stage/Authorizer, plus the
// authorization each event's method or route ends up with.
import { symbolic } from '../intrinsics.js';
import { resolveValue } from '../intrinsics.js';
import { emit, pick, record, ref, uniqueId, type ApiAuth, type Sam, type SamSource } from './context.js';

/** Reads `Auth` of an API: default authorizer and the type of each named authorizer. */
export function readApiAuth(kind: 'rest' | 'http', auth: Record<string, unknown>): ApiAuth {
  const authorizers = new Map<string, string>();
  for (const [name, spec] of Object.entries(record(auth['Authorizers']))) {
    const s = record(spec);
    if (kind === 'rest') authorizers.set(name, s['UserPoolArn'] !== undefined ? 'COGNITO_USER_POOLS' : 'CUSTOM');
    else authorizers.set(name, s['JwtConfiguration'] !== undefined ? 'JWT' : 'CUSTOM');
  }
  const out: ApiAuth = { authorizers };
  if (auth['DefaultAuthorizer'] !== undefined) out.defaultAuthorizer = auth['DefaultAuthorizer'];
  if (auth['ApiKeyRequired'] !== undefined) out.apiKeyRequired = auth['ApiKeyRequired'];
  return out;
}

/** AuthorizationType / AuthorizerId / scopes / ApiKeyRequired for one event's method or route. */
export function methodAuth(sam: Sam, kind: 'rest' | 'http', apiId: string | undefined, eventAuth: Record<string, unknown>, method: string): Record<string, unknown> {
  const api = apiId ? (kind === 'rest' ? sam.restAuth : sam.httpAuth).get(apiId) : undefined;
  if (!api) {
    // An API defined elsewhere (another stack, an import): its default authorizer is unknown here.
    if (eventAuth['Authorizer'] === undefined) return { AuthorizationType: symbolic({ 'slens:authorizerOf': apiId ?? 'external API' }) };
  }
  const out: Record<string, unknown> = {};
  const name = resolveValue(eventAuth['Authorizer'] ?? (method === 'OPTIONS' ? undefined : api?.defaultAuthorizer), sam.ctx.resolve);
  if (name === undefined || name === 'NONE') out['AuthorizationType'] = 'NONE';
  else if (name === 'AWS_IAM') out['AuthorizationType'] = 'AWS_IAM';
  else if (typeof name === 'string') {
    out['AuthorizationType'] = api?.authorizers.get(name) ?? symbolic({ 'slens:authorizer': name });
    out['AuthorizerId'] = ref(`${apiId ?? ''}${name}Authorizer`);
  } else out['AuthorizationType'] = symbolic(eventAuth['Authorizer'] ?? api?.defaultAuthorizer);
  if (eventAuth['AuthorizationScopes'] !== undefined) out['AuthorizationScopes'] = eventAuth['AuthorizationScopes'];
  if (kind === 'rest') {
    const key = eventAuth['ApiKeyRequired'] ?? api?.apiKeyRequired;
    if (key !== undefined) out['ApiKeyRequired'] = key;
  }
  return out;
}

/** The AuthorizationType SAM gives the paths of a DefinitionBody without their own security: the API's default authorizer. */
function defaultAuthorization(sam: Sam, auth: ApiAuth | undefined): Record<string, unknown> | undefined {
  const name = resolveValue(auth?.defaultAuthorizer, sam.ctx.resolve);
  if (name === undefined || name === 'NONE') return undefined;
  const type = name === 'AWS_IAM' ? 'AWS_IAM' : typeof name === 'string' ? (auth?.authorizers.get(name) ?? 'unknown') : 'unknown';
  return { 'slens:defaultAuthorization': type };
}

const STAGE_PROPS = ['TracingEnabled', 'MethodSettings', 'AccessLogSetting', 'CacheClusterEnabled', 'CacheClusterSize', 'CanarySetting', 'Variables', 'Tags'];

export function expandRestApi(sam: Sam, src: SamSource): void {
  const p = src.props;
  const api: Record<string, unknown> = pick(p, ['Name', 'BinaryMediaTypes', 'MinimumCompressionSize', 'DisableExecuteApiEndpoint', 'Mode', 'Description', 'ApiKeySourceType', 'FailOnWarnings']);
  if (p['DefinitionBody'] !== undefined) api['Body'] = p['DefinitionBody'];
  if (p['DefinitionUri'] !== undefined) api['BodyS3Location'] = p['DefinitionUri'];
  const endpoint = record(p['EndpointConfiguration']);
  if (p['EndpointConfiguration'] !== undefined) {
    api['EndpointConfiguration'] = typeof p['EndpointConfiguration'] === 'string' ? { Types: [p['EndpointConfiguration']] } : { Types: [endpoint['Type']], ...pick(endpoint, ['VPCEndpointIds']) };
  }
  const auth = record(p['Auth']);
  if (auth['ResourcePolicy'] !== undefined) api['Policy'] = symbolic({ SamResourcePolicy: auth['ResourcePolicy'] });
  const restDefault = defaultAuthorization(sam, sam.restAuth.get(src.id));
  emit(sam, src, { logicalId: src.id, type: 'AWS::ApiGateway::RestApi', properties: api, ...(restDefault ? { metadata: restDefault } : {}), map: (path) => (path[0] === 'Body' ? ['DefinitionBody', ...path.slice(1)] : path[0] === 'BodyS3Location' ? ['DefinitionUri'] : path[0] === 'Policy' ? ['Auth', 'ResourcePolicy'] : path) });
  const deploymentId = uniqueId(sam, `${src.id}Deployment`);
  emit(sam, src, { logicalId: deploymentId, type: 'AWS::ApiGateway::Deployment', properties: { RestApiId: ref(src.id) }, map: () => undefined });
  const stageName = resolveValue(p['StageName'], sam.ctx.resolve);
  const stageId = uniqueId(sam, `${src.id}${typeof stageName === 'string' ? stageName : ''}Stage`);
  emit(sam, src, { logicalId: stageId, type: 'AWS::ApiGateway::Stage', properties: { RestApiId: ref(src.id), DeploymentId: ref(deploymentId), StageName: p['StageName'], ...pick(p, STAGE_PROPS) } });
  for (const [name, spec] of Object.entries(record(auth['Authorizers']))) {
    const s = record(spec);
    const cognito = s['UserPoolArn'] !== undefined;
    const identity = record(s['Identity']);
    emit(sam, src, {
      logicalId: uniqueId(sam, `${src.id}${name}Authorizer`),
      type: 'AWS::ApiGateway::Authorizer',
      properties: {
        RestApiId: ref(src.id),
        Name: name,
        Type: cognito ? 'COGNITO_USER_POOLS' : s['FunctionPayloadType'] === 'REQUEST' ? 'REQUEST' : 'TOKEN',
        ...(cognito ? { ProviderARNs: Array.isArray(s['UserPoolArn']) ? s['UserPoolArn'] : [s['UserPoolArn']] } : { AuthorizerUri: symbolic({ 'Fn::Sub': ['arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Arn}/invocations', { Arn: s['FunctionArn'] }] }) }),
        ...(identity['ReauthorizeEvery'] !== undefined ? { AuthorizerResultTtlInSeconds: identity['ReauthorizeEvery'] } : {}),
      },
      map: () => ['Auth', 'Authorizers', name],
    });
  }
  const plan = record(auth['UsagePlan']);
  const create = resolveValue(plan['CreateUsagePlan'], sam.ctx.resolve);
  if (create === 'PER_API' || create === 'SHARED') {
    const planId = create === 'SHARED' ? 'ServerlessUsagePlan' : uniqueId(sam, `${src.id}UsagePlan`);
    if (!sam.ctx.ids.has(planId) || create === 'PER_API') {
      emit(sam, src, { logicalId: planId, type: 'AWS::ApiGateway::UsagePlan', properties: { ApiStages: [{ ApiId: ref(src.id), Stage: ref(stageId) }], ...pick(plan, ['Quota', 'Throttle', 'Description', 'UsagePlanName', 'Tags']) }, map: (path) => ['Auth', 'UsagePlan', ...path.slice(0, 1)] });
    }
  }
  const domain = record(p['Domain']);
  if (domain['DomainName'] !== undefined) {
    const regional = domain['EndpointConfiguration'] !== 'EDGE';
    emit(sam, src, {
      logicalId: uniqueId(sam, `${src.id}DomainName`),
      type: 'AWS::ApiGateway::DomainName',
      properties: {
        DomainName: domain['DomainName'],
        [regional ? 'RegionalCertificateArn' : 'CertificateArn']: domain['CertificateArn'],
        EndpointConfiguration: { Types: [domain['EndpointConfiguration'] ?? 'REGIONAL'] },
        ...pick(domain, ['SecurityPolicy', 'MutualTlsAuthentication', 'OwnershipVerificationCertificateArn']),
      },
      map: (path) => ['Domain', ...path.slice(0, 1)],
    });
  }
}

export function expandHttpApi(sam: Sam, src: SamSource): void {
  const p = src.props;
  const api: Record<string, unknown> = { ProtocolType: 'HTTP', ...pick(p, ['Name', 'CorsConfiguration', 'DisableExecuteApiEndpoint', 'FailOnWarnings', 'Description', 'Tags']) };
  if (p['DefinitionBody'] !== undefined) api['Body'] = p['DefinitionBody'];
  if (p['DefinitionUri'] !== undefined) api['BodyS3Location'] = p['DefinitionUri'];
  const httpDefault = defaultAuthorization(sam, sam.httpAuth.get(src.id));
  emit(sam, src, { logicalId: src.id, type: 'AWS::ApiGatewayV2::Api', properties: api, ...(httpDefault ? { metadata: httpDefault } : {}), map: (path) => (path[0] === 'Body' ? ['DefinitionBody', ...path.slice(1)] : path[0] === 'BodyS3Location' ? ['DefinitionUri'] : path) });
  const stageName = resolveValue(p['StageName'], sam.ctx.resolve);
  const isDefault = stageName === undefined || stageName === '$default';
  const stageId = uniqueId(sam, isDefault ? `${src.id}ApiGatewayDefaultStage` : `${src.id}${typeof stageName === 'string' ? stageName : ''}Stage`);
  const stage: Record<string, unknown> = { ApiId: ref(src.id), StageName: isDefault ? '$default' : p['StageName'], AutoDeploy: true, ...pick(p, ['AccessLogSettings', 'DefaultRouteSettings', 'RouteSettings', 'Tags']) };
  if (p['StageVariables'] !== undefined) stage['StageVariables'] = p['StageVariables'];
  emit(sam, src, { logicalId: stageId, type: 'AWS::ApiGatewayV2::Stage', properties: stage });
  for (const [name, spec] of Object.entries(record(record(p['Auth'])['Authorizers']))) {
    const s = record(spec);
    const jwt = s['JwtConfiguration'] !== undefined;
    emit(sam, src, {
      logicalId: uniqueId(sam, `${src.id}${name}Authorizer`),
      type: 'AWS::ApiGatewayV2::Authorizer',
      properties: { ApiId: ref(src.id), Name: name, AuthorizerType: jwt ? 'JWT' : 'REQUEST', ...(jwt ? { JwtConfiguration: s['JwtConfiguration'], IdentitySource: [s['IdentitySource'] ?? '$request.header.Authorization'] } : { AuthorizerUri: symbolic({ FunctionArn: s['FunctionArn'] }) }) },
      map: () => ['Auth', 'Authorizers', name],
    });
  }
}
