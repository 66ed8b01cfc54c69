// APIs: API Gateway REST APIs (stages, methods, usage plans, authorizers…), HTTP and WebSocket APIs, AppSync.
import { blocks, compact, json, nested, type Mappings } from './shared.js';

/** An `access_log_settings` block (REST and HTTP/WebSocket stages write it alike). */
const accessLog = (access: Record<string, unknown>): unknown => compact({ DestinationArn: access['destination_arn'], Format: access['format'] });

export const API: Mappings = {
  aws_api_gateway_rest_api: (v) => ({
    type: 'AWS::ApiGateway::RestApi',
    properties: compact({ Name: v['name'], Description: v['description'], Policy: json(v['policy']), MinimumCompressionSize: v['minimum_compression_size'], ApiKeySourceType: v['api_key_source'], EndpointConfiguration: nested(v['endpoint_configuration'], (endpoint) => ({ Types: endpoint['types'] })), Body: json(v['body']), Parameters: v['parameters'] }),
  }),
  aws_api_gateway_stage: (v) => ({
    type: 'AWS::ApiGateway::Stage',
    properties: compact({ RestApiId: v['rest_api_id'], StageName: v['stage_name'], DeploymentId: v['deployment_id'], TracingEnabled: v['xray_tracing_enabled'], CacheClusterEnabled: v['cache_cluster_enabled'], AccessLogSetting: nested(v['access_log_settings'], accessLog) }),
    renames: { TracingEnabled: 'xray_tracing_enabled', AccessLogSetting: 'access_log_settings' },
  }),
  aws_api_gateway_method: (v) => ({
    type: 'AWS::ApiGateway::Method',
    properties: compact({ RestApiId: v['rest_api_id'], ResourceId: v['resource_id'], HttpMethod: v['http_method'], AuthorizationType: v['authorization'], AuthorizerId: v['authorizer_id'], ApiKeyRequired: v['api_key_required'], RequestValidatorId: v['request_validator_id'], OperationName: v['operation_name'] }),
    renames: { AuthorizationType: 'authorization' },
  }),
  aws_api_gateway_resource: (v) => ({ type: 'AWS::ApiGateway::Resource', properties: compact({ RestApiId: v['rest_api_id'], ParentId: v['parent_id'], PathPart: v['path_part'] }) }),
  aws_api_gateway_deployment: (v) => ({ type: 'AWS::ApiGateway::Deployment', properties: compact({ RestApiId: v['rest_api_id'], Description: v['description'] }) }),
  aws_api_gateway_usage_plan: (v) => ({
    type: 'AWS::ApiGateway::UsagePlan',
    properties: compact({
      UsagePlanName: v['name'],
      ApiStages: blocks(v['api_stages']).map((s) => compact({ ApiId: s['api_id'], Stage: s['stage'] })),
      Throttle: nested(v['throttle_settings'], (throttle) => compact({ BurstLimit: throttle['burst_limit'], RateLimit: throttle['rate_limit'] })),
      Quota: nested(v['quota_settings'], (quota) => compact({ Limit: quota['limit'], Offset: quota['offset'], Period: quota['period'] })),
    }),
    renames: { UsagePlanName: 'name', Throttle: 'throttle_settings', Quota: 'quota_settings' },
  }),
  aws_api_gateway_authorizer: (v) => ({
    type: 'AWS::ApiGateway::Authorizer',
    properties: compact({ Name: v['name'], RestApiId: v['rest_api_id'], Type: v['type'] ?? 'TOKEN', AuthorizerUri: v['authorizer_uri'], ProviderARNs: v['provider_arns'], IdentitySource: v['identity_source'], AuthorizerResultTtlInSeconds: v['authorizer_result_ttl_in_seconds'] }),
  }),
  aws_api_gateway_request_validator: (v) => ({ type: 'AWS::ApiGateway::RequestValidator', properties: compact({ Name: v['name'], RestApiId: v['rest_api_id'], ValidateRequestBody: v['validate_request_body'], ValidateRequestParameters: v['validate_request_parameters'] }) }),
  aws_apigatewayv2_api: (v) => ({ type: 'AWS::ApiGatewayV2::Api', properties: compact({ Name: v['name'], ProtocolType: v['protocol_type'], RouteSelectionExpression: v['route_selection_expression'], DisableExecuteApiEndpoint: v['disable_execute_api_endpoint'], Target: v['target'], RouteKey: v['route_key'], Body: json(v['body']) }) }),
  aws_apigatewayv2_stage: (v) => ({
    type: 'AWS::ApiGatewayV2::Stage',
    properties: compact({
      ApiId: v['api_id'],
      StageName: v['name'],
      AutoDeploy: v['auto_deploy'],
      AccessLogSettings: nested(v['access_log_settings'], accessLog),
      DefaultRouteSettings: nested(v['default_route_settings'], (defaults) =>
        compact({ ThrottlingBurstLimit: defaults['throttling_burst_limit'], ThrottlingRateLimit: defaults['throttling_rate_limit'], DetailedMetricsEnabled: defaults['detailed_metrics_enabled'], LoggingLevel: defaults['logging_level'], DataTraceEnabled: defaults['data_trace_enabled'] }),
      ),
    }),
    renames: { StageName: 'name' },
  }),
  aws_apigatewayv2_route: (v) => ({ type: 'AWS::ApiGatewayV2::Route', properties: compact({ ApiId: v['api_id'], RouteKey: v['route_key'], Target: v['target'], AuthorizationType: v['authorization_type'], AuthorizerId: v['authorizer_id'], ApiKeyRequired: v['api_key_required'] }) }),
  aws_apigatewayv2_authorizer: (v) => ({
    type: 'AWS::ApiGatewayV2::Authorizer',
    properties: compact({ ApiId: v['api_id'], Name: v['name'], AuthorizerType: v['authorizer_type'], AuthorizerUri: v['authorizer_uri'], IdentitySource: v['identity_sources'], JwtConfiguration: nested(v['jwt_configuration'], (jwt) => compact({ Audience: jwt['audience'], Issuer: jwt['issuer'] })) }),
  }),
  aws_apigatewayv2_integration: (v) => ({
    type: 'AWS::ApiGatewayV2::Integration',
    properties: compact({ ApiId: v['api_id'], IntegrationType: v['integration_type'], IntegrationUri: v['integration_uri'], IntegrationMethod: v['integration_method'], PayloadFormatVersion: v['payload_format_version'], IntegrationSubtype: v['integration_subtype'], CredentialsArn: v['credentials_arn'] }),
  }),
  aws_appsync_graphql_api: (v) => ({
    type: 'AWS::AppSync::GraphQLApi',
    properties: compact({ Name: v['name'], AuthenticationType: v['authentication_type'], XrayEnabled: v['xray_enabled'], LogConfig: nested(v['log_config'], (log) => compact({ CloudWatchLogsRoleArn: log['cloudwatch_logs_role_arn'], FieldLogLevel: log['field_log_level'], ExcludeVerboseContent: log['exclude_verbose_content'] })) }),
  }),
};
