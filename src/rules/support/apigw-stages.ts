// Shared knowledge about API Gateway stages (REST stages and HTTP/WebSocket (v2) stages name things
// differently) and how rules find and name the methods of an API's fact.
import type { ApiFact, ApiMethod, Resource, ResourceGraph } from '../../iac/types.js';
import { directTarget } from '../../iac/values.js';

export const REST_STAGE = 'AWS::ApiGateway::Stage';
export const V2_STAGE = 'AWS::ApiGatewayV2::Stage';
export const REST_API = 'AWS::ApiGateway::RestApi';
export const HTTP_API = 'AWS::ApiGatewayV2::Api';

/** The access log setting's property name for this stage type. */
export function accessLogKey(stage: Resource): 'AccessLogSetting' | 'AccessLogSettings' {
  return stage.type === REST_STAGE ? 'AccessLogSetting' : 'AccessLogSettings';
}

export const STAGE_LINKS = {
  restLogging: {
    title: 'Set up CloudWatch logging for REST APIs in API Gateway',
    url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html',
  },
  httpLogging: {
    title: 'Configure logging for HTTP APIs in API Gateway',
    url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-logging.html',
  },
  throttling: {
    title: 'Throttle requests to your REST APIs for better throughput in API Gateway',
    url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html',
  },
} as const;

/** `GET /orders/{id}` as shown in messages: `GET /orders/:id` (braces would read as a message placeholder). */
export function shownRoute(method: Pick<ApiMethod, 'verb' | 'path'>): string {
  const path = method.path.replace(/\{([^}]*)\}/g, ':$1');
  return path ? `${method.verb || '?'} ${path}` : method.verb || '?';
}

/** The API fact of the API a method, route or stage belongs to (`RestApiId` / `ApiId`), when the template declares it. */
export function apiFactOf(member: Resource, graph: ResourceGraph): ApiFact | undefined {
  const api = graph.get(directTarget(member.properties['RestApiId'] ?? member.properties['ApiId']) ?? '');
  return api ? graph.apiOf(api) : undefined;
}

/** The fact's entry for a Method or Route resource. */
export function methodOf(member: Resource, graph: ResourceGraph): ApiMethod | undefined {
  return apiFactOf(member, graph)?.methods.find((m) => m.resource === member);
}
