// API events: `http` (REST API), `httpApi` (HTTP API) and `websocket` → the API, its stage (with the provider's
// tracing, access logs and logging settings), log groups, methods/routes, integrations and invoke permissions.
import type { Path } from '../build.js';
import { add, alphaNumeric, compact, isRec, normalizeName, rec, type Rec, type SlsContext } from './context.js';
import type { EventInput } from './events.js';
import type { FunctionInfo } from './functions.js';

/** The framework's default REST access log format (plain text, not JSON). */
export const DEFAULT_REST_LOG_FORMAT =
  'requestId: $context.requestId, ip: $context.identity.sourceIp, caller: $context.identity.caller, user: $context.identity.user, requestTime: $context.requestTime, httpMethod: $context.httpMethod, resourcePath: $context.resourcePath, status: $context.status, protocol: $context.protocol, responseLength: $context.responseLength';
/** The framework's default HTTP API / WebSocket access log format (JSON). */
export const DEFAULT_V2_LOG_FORMAT =
  '{"requestId":"$context.requestId","ip":"$context.identity.sourceIp","requestTime":"$context.requestTime","httpMethod":"$context.httpMethod","routeKey":"$context.routeKey","status":"$context.status","protocol":"$context.protocol","responseLength":"$context.responseLength"}';

const fnArn = (fn: FunctionInfo): Rec => ({ 'Fn::GetAtt': [fn.logicalId, 'Arn'] });
const PROVIDER = { logicalId: 'provider', type: 'Serverless::Provider' };

/** Collected while reading the functions; the APIs are created once, after all events are known. */
export interface ApiEvents {
  http: EventInput[];
  httpApi: EventInput[];
  websocket: EventInput[];
}

function logSetting(ctx: SlsContext, key: 'restApi' | 'httpApi' | 'websocket'): Rec | undefined {
  const value = rec(ctx.provider['logs'])[key];
  if (value === true) return {};
  return isRec(value) ? value : undefined;
}

function apiLogGroup(ctx: SlsContext, id: string, name: string, key: string): Rec {
  add(ctx, {
    logicalId: id,
    type: 'AWS::Logs::LogGroup',
    source: ['provider', 'logs', key],
    sources: { RetentionInDays: [['provider', 'logRetentionInDays']] },
    origin: PROVIDER,
    properties: compact({ LogGroupName: name, RetentionInDays: ctx.provider['logRetentionInDays'] }),
  });
  return { 'Fn::GetAtt': [id, 'Arn'] };
}

function tracingApi(ctx: SlsContext): unknown {
  return isRec(ctx.provider['tracing']) ? ctx.provider['tracing']['apiGateway'] : undefined;
}

function restEndpoint(value: unknown): { method: string; path: string; config: Rec } {
  if (typeof value === 'string') {
    const [method = 'ANY', path = '/'] = value.trim().split(/\s+/);
    return { method, path, config: {} };
  }
  const config = rec(value);
  return { method: String(config['method'] ?? 'ANY'), path: String(config['path'] ?? '/'), config };
}

function resourceName(path: string): string {
  return path.split('/').filter(Boolean).map((part) => normalizeName(part.replace(/[{}+]/g, ''))).join('') || '';
}

/** `authorizer:` of an http event → the method's AuthorizationType (`aws_iam`, a Cognito pool, else a Lambda authorizer). */
function restAuthorization(authorizer: unknown): string {
  if (authorizer === undefined || authorizer === null) return 'NONE';
  if (authorizer === 'aws_iam') return 'AWS_IAM';
  const config = rec(authorizer);
  const type = typeof config['type'] === 'string' ? config['type'].toUpperCase() : '';
  if (type === 'AWS_IAM') return 'AWS_IAM';
  const arn = typeof authorizer === 'string' ? authorizer : JSON.stringify(config['arn'] ?? '');
  if (type === 'COGNITO_USER_POOLS' || arn.includes('cognito-idp')) return 'COGNITO_USER_POOLS';
  return 'CUSTOM';
}

export function addRestApi(ctx: SlsContext, events: EventInput[]): void {
  if (events.length === 0) return;
  const settings = rec(ctx.provider['apiGateway']);
  const existing = settings['restApiId'];
  const apiRef = existing ?? { Ref: 'ApiGatewayRestApi' };
  if (existing === undefined) {
    const policy = ctx.provider['resourcePolicy'] ?? settings['resourcePolicy'];
    add(ctx, {
      logicalId: 'ApiGatewayRestApi',
      type: 'AWS::ApiGateway::RestApi',
      source: events[0]?.path ?? ['functions'],
      origin: PROVIDER,
      properties: compact({
        Name: settings['restApiName'] ?? `${ctx.stage}-${ctx.service}`,
        // Only when written: the framework's EDGE default is not a choice the project made.
        EndpointConfiguration: ctx.provider['endpointType'] === undefined ? undefined : { Types: [String(ctx.provider['endpointType']).toUpperCase()] },
        Policy: Array.isArray(policy) ? { Version: '2012-10-17', Statement: policy } : undefined,
        MinimumCompressionSize: settings['minimumCompressionSize'],
      }),
    });
    addRestStage(ctx, apiRef);
  }
  for (const e of events) {
    const { method, path, config } = restEndpoint(e.value);
    const name = resourceName(path);
    const verb = method.toLowerCase() === 'any' ? 'Any' : normalizeName(method.toLowerCase());
    const authorizer = config['authorizer'];
    add(ctx, {
      logicalId: `ApiGatewayMethod${name}${verb}`,
      type: 'AWS::ApiGateway::Method',
      source: e.path,
      origin: { logicalId: e.fn.name, type: 'Serverless::Function' },
      properties: compact({
        HttpMethod: method.toUpperCase(),
        RestApiId: apiRef,
        ResourcePath: path.startsWith('/') ? path : `/${path}`,
        AuthorizationType: restAuthorization(authorizer),
        ApiKeyRequired: config['private'] === true ? true : undefined,
        Integration: { Type: 'AWS_PROXY', IntegrationHttpMethod: 'POST', Uri: { 'Fn::Join': ['', ['arn:aws:apigateway:', { Ref: 'AWS::Region' }, ':lambda:path/2015-03-31/functions/', fnArn(e.fn), '/invocations']] } },
      }),
    });
  }
  const seen = new Set<string>();
  for (const e of events) {
    if (seen.has(e.fn.name)) continue;
    seen.add(e.fn.name);
    add(ctx, {
      logicalId: `${e.fn.base}LambdaPermissionApiGateway`,
      type: 'AWS::Lambda::Permission',
      source: e.path,
      origin: { logicalId: e.fn.name, type: 'Serverless::Function' },
      properties: { FunctionName: fnArn(e.fn), Action: 'lambda:InvokeFunction', Principal: 'apigateway.amazonaws.com', SourceArn: { 'Fn::Join': ['', ['arn:aws:execute-api:', { Ref: 'AWS::Region' }, ':', { Ref: 'AWS::AccountId' }, ':', apiRef, '/*/*']] } },
    });
  }
  addUsagePlan(ctx, settings, apiRef);
}

function addRestStage(ctx: SlsContext, apiRef: unknown): void {
  const logs = logSetting(ctx, 'restApi');
  const access = logs && logs['accessLogging'] !== false;
  const execution = logs && logs['executionLogging'] !== false;
  const destination = access ? apiLogGroup(ctx, 'ApiGatewayLogGroup', `/aws/api-gateway/${ctx.service}-${ctx.stage}`, 'restApi') : undefined;
  const tracing = tracingApi(ctx);
  const stageSource: Path = logs ? ['provider', 'logs', 'restApi'] : tracing !== undefined ? ['provider', 'tracing', 'apiGateway'] : ['provider'];
  add(ctx, {
    logicalId: 'ApiGatewayStage',
    type: 'AWS::ApiGateway::Stage',
    source: stageSource,
    sources: {
      TracingEnabled: [['provider', 'tracing', 'apiGateway']],
      AccessLogSetting: [['provider', 'logs', 'restApi', 'format'], ['provider', 'logs', 'restApi']],
      MethodSettings: [['provider', 'logs', 'restApi']],
    },
    origin: PROVIDER,
    properties: compact({
      RestApiId: apiRef,
      StageName: ctx.stage,
      TracingEnabled: tracing === undefined ? undefined : tracing === true || tracing === 'true',
      AccessLogSetting: destination ? { DestinationArn: destination, Format: logs?.['format'] ?? DEFAULT_REST_LOG_FORMAT } : undefined,
      MethodSettings: execution
        ? [compact({ HttpMethod: '*', ResourcePath: '/*', LoggingLevel: logs?.['level'] ?? 'INFO', DataTraceEnabled: logs?.['fullExecutionData'] ?? true, MetricsEnabled: rec(ctx.provider['apiGateway'])['metrics'] })]
        : undefined,
    }),
  });
}

function addUsagePlan(ctx: SlsContext, settings: Rec, apiRef: unknown): void {
  const plan = settings['usagePlan'] ?? ctx.provider['usagePlan'];
  const keys = settings['apiKeys'] ?? ctx.provider['apiKeys'];
  if (plan === undefined && keys === undefined) return;
  const plans = Array.isArray(plan) ? plan.map((p) => Object.entries(rec(p))[0]) : [['', plan] as const];
  plans.forEach((entry) => {
    if (!entry) return;
    const [name, value] = entry;
    const config = rec(value);
    const throttle = rec(config['throttle']);
    const quota = rec(config['quota']);
    add(ctx, {
      logicalId: `ApiGatewayUsagePlan${alphaNumeric(String(name))}`,
      type: 'AWS::ApiGateway::UsagePlan',
      source: ['provider', 'apiGateway', 'usagePlan'],
      origin: PROVIDER,
      properties: compact({
        UsagePlanName: name ? `${ctx.service}-${name}-${ctx.stage}` : `${ctx.service}-${ctx.stage}`,
        ApiStages: [{ ApiId: apiRef, Stage: ctx.stage }],
        Throttle: Object.keys(throttle).length ? compact({ BurstLimit: throttle['burstLimit'], RateLimit: throttle['rateLimit'] }) : undefined,
        Quota: Object.keys(quota).length ? compact({ Limit: quota['limit'], Offset: quota['offset'], Period: quota['period'] }) : undefined,
      }),
    });
  });
}

function httpRoute(value: unknown): string {
  if (typeof value === 'string') return value.trim() === '*' ? '$default' : value.trim();
  const config = rec(value);
  const method = String(config['method'] ?? '*');
  const path = String(config['path'] ?? '');
  return method === '*' && !path ? '$default' : `${method.toUpperCase() === '*' ? 'ANY' : method.toUpperCase()} ${path}`;
}

export function addHttpApi(ctx: SlsContext, events: EventInput[]): void {
  if (events.length === 0) return;
  const settings = rec(ctx.provider['httpApi']);
  const existing = settings['id'];
  const apiRef = existing ?? { Ref: 'HttpApi' };
  if (existing === undefined) {
    add(ctx, {
      logicalId: 'HttpApi',
      type: 'AWS::ApiGatewayV2::Api',
      source: ['provider', 'httpApi'],
      origin: PROVIDER,
      properties: compact({ Name: settings['name'] ?? `${ctx.stage}-${ctx.service}`, ProtocolType: 'HTTP', DisableExecuteApiEndpoint: settings['disableDefaultEndpoint'] }),
    });
    const logs = logSetting(ctx, 'httpApi');
    const destination = logs ? apiLogGroup(ctx, 'HttpApiLogGroup', `/aws/http-api/${ctx.service}-${ctx.stage}`, 'httpApi') : undefined;
    add(ctx, {
      logicalId: 'HttpApiStage',
      type: 'AWS::ApiGatewayV2::Stage',
      source: logs ? ['provider', 'logs', 'httpApi'] : ['provider', 'httpApi'],
      sources: { AccessLogSettings: [['provider', 'logs', 'httpApi', 'format'], ['provider', 'logs', 'httpApi']], DefaultRouteSettings: [['provider', 'httpApi', 'metrics'], ['provider', 'httpApi']] },
      origin: PROVIDER,
      properties: compact({
        ApiId: apiRef,
        StageName: '$default',
        AutoDeploy: true,
        DefaultRouteSettings: { DetailedMetricsEnabled: settings['metrics'] === true },
        AccessLogSettings: destination ? { DestinationArn: destination, Format: logs?.['format'] ?? DEFAULT_V2_LOG_FORMAT } : undefined,
      }),
    });
  }
  const integrated = new Set<string>();
  for (const e of events) {
    const integration = `HttpApiIntegration${e.fn.base}`;
    if (!integrated.has(e.fn.name)) {
      integrated.add(e.fn.name);
      add(ctx, {
        logicalId: integration,
        type: 'AWS::ApiGatewayV2::Integration',
        source: e.path,
        origin: { logicalId: e.fn.name, type: 'Serverless::Function' },
        properties: { ApiId: apiRef, IntegrationType: 'AWS_PROXY', IntegrationUri: fnArn(e.fn), PayloadFormatVersion: String(settings['payload'] ?? '2.0') },
      });
      add(ctx, {
        logicalId: `${e.fn.base}LambdaPermissionHttpApi`,
        type: 'AWS::Lambda::Permission',
        source: e.path,
        origin: { logicalId: e.fn.name, type: 'Serverless::Function' },
        properties: { FunctionName: fnArn(e.fn), Action: 'lambda:InvokeFunction', Principal: 'apigateway.amazonaws.com', SourceArn: { 'Fn::Join': ['', ['arn:aws:execute-api:', { Ref: 'AWS::Region' }, ':', { Ref: 'AWS::AccountId' }, ':', apiRef, '/*']] } },
      });
    }
    const routeKey = httpRoute(e.value);
    add(ctx, {
      logicalId: `HttpApiRoute${alphaNumeric(routeKey.replace(/\//g, 'Slash').replace(/\$/g, ''))}`,
      type: 'AWS::ApiGatewayV2::Route',
      source: e.path,
      origin: { logicalId: e.fn.name, type: 'Serverless::Function' },
      properties: compact({ ApiId: apiRef, RouteKey: routeKey, Target: { 'Fn::Join': ['/', ['integrations', { Ref: integration }]] }, AuthorizationType: isRec(e.value) && e.value['authorizer'] !== undefined ? 'JWT' : undefined }),
    });
  }
}

export function addWebsocketApi(ctx: SlsContext, events: EventInput[]): void {
  if (events.length === 0) return;
  const apiRef = { Ref: 'WebsocketsApi' };
  add(ctx, {
    logicalId: 'WebsocketsApi',
    type: 'AWS::ApiGatewayV2::Api',
    source: events[0]?.path ?? ['functions'],
    origin: PROVIDER,
    properties: { Name: ctx.provider['websocketsApiName'] ?? `${ctx.stage}-${ctx.service}-websockets`, ProtocolType: 'WEBSOCKET', RouteSelectionExpression: ctx.provider['websocketsApiRouteSelectionExpression'] ?? '$request.body.action' },
  });
  const logs = logSetting(ctx, 'websocket');
  const destination = logs ? apiLogGroup(ctx, 'WebsocketsLogGroup', `/aws/websocket/${ctx.service}-${ctx.stage}`, 'websocket') : undefined;
  add(ctx, {
    logicalId: 'WebsocketsDeploymentStage',
    type: 'AWS::ApiGatewayV2::Stage',
    source: logs ? ['provider', 'logs', 'websocket'] : events[0]?.path ?? ['functions'],
    origin: PROVIDER,
    properties: compact({ ApiId: apiRef, StageName: ctx.stage, AccessLogSettings: destination ? { DestinationArn: destination, Format: logs?.['format'] ?? DEFAULT_V2_LOG_FORMAT } : undefined }),
  });
  for (const e of events) {
    const route = typeof e.value === 'string' ? e.value : String(rec(e.value)['route'] ?? '$default');
    const integration = `${e.fn.base}WebsocketsIntegration`;
    if (!ctx.build.ids.has(integration)) {
      add(ctx, { logicalId: integration, type: 'AWS::ApiGatewayV2::Integration', source: e.path, origin: { logicalId: e.fn.name, type: 'Serverless::Function' }, properties: { ApiId: apiRef, IntegrationType: 'AWS_PROXY', IntegrationUri: fnArn(e.fn) } });
      add(ctx, { logicalId: `${e.fn.base}LambdaPermissionWebsockets`, type: 'AWS::Lambda::Permission', source: e.path, origin: { logicalId: e.fn.name, type: 'Serverless::Function' }, properties: { FunctionName: fnArn(e.fn), Action: 'lambda:InvokeFunction', Principal: 'apigateway.amazonaws.com' } });
    }
    add(ctx, {
      logicalId: `${alphaNumeric(route.replace(/\$/g, 'S'))}WebsocketsRoute`,
      type: 'AWS::ApiGatewayV2::Route',
      source: e.path,
      origin: { logicalId: e.fn.name, type: 'Serverless::Function' },
      properties: { ApiId: apiRef, RouteKey: route, Target: { 'Fn::Join': ['/', ['integrations', { Ref: integration }]] } },
    });
  }
}
