// Shared knowledge about API Gateway stages: REST stages and HTTP/WebSocket (v2) stages name things differently.
import type { Resource } from '../../iac/types.js';

export const REST_STAGE = 'AWS::ApiGateway::Stage';
export const V2_STAGE = 'AWS::ApiGatewayV2::Stage';

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
