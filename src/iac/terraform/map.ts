// Terraform resource types → CloudFormation types and properties, so the rules read `TracingConfig.Mode`,
// `MemorySize`, `DeadLetterConfig`… whatever wrote them. Attribute names are snake_case and nested blocks are
// lists in Terraform; each mapping renames what it needs, and `renames` tells `locate` where a property is written.
type Rec = Record<string, unknown>;

export interface Mapped {
  type: string;
  properties: Rec;
  /** CloudFormation top-level property → Terraform attribute, where the snake_case spelling differs. */
  renames?: Record<string, string>;
}

const isRec = (v: unknown): v is Rec => v !== null && typeof v === 'object' && !Array.isArray(v) && (v as { symbolic?: unknown }).symbolic !== true;
/** A nested block (a list of one body in the parsed JSON), or undefined. */
export const block = (v: unknown): Rec | undefined => (Array.isArray(v) ? (isRec(v[0]) ? v[0] : undefined) : isRec(v) ? v : undefined);
export const blocks = (v: unknown): Rec[] => (Array.isArray(v) ? v.filter(isRec) : isRec(v) ? [v] : []);

export function compact(props: Rec): Rec {
  const out: Rec = {};
  const keys = Object.keys(props);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    const value = props[key];
    if (value === undefined) continue;
    if (isRec(value) && Object.keys(value).length === 0) continue;
    out[key] = value;
  }
  return out;
}

/** A JSON text written literally (heredoc, string) → its value; anything else as is. */
export function json(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

const pascalNames = new Map<string, string>();
/** snake_case → PascalCase; attribute names repeat, so each is worked out once. */
function pascal(name: string): string {
  let out = pascalNames.get(name);
  if (out === undefined) {
    out = name.split('_').map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join('');
    if (pascalNames.size < 10_000) pascalNames.set(name, out);
  }
  return out;
}

/** Terraform's meta-arguments and tags: not properties of the CloudFormation resource. */
const NOT_PROPERTIES = new Set(['count', 'for_each', 'depends_on', 'provider', 'lifecycle', 'tags', 'tags_all', 'dynamic']);

/** Generic: snake_case → PascalCase, single blocks → objects (for types without a written mapping). */
export function generic(value: unknown, depth = 0): unknown {
  if (depth > 32) return value;
  if (Array.isArray(value)) {
    if (value.length === 1 && isRec(value[0])) return generic(value[0], depth + 1);
    return value.map((v) => generic(v, depth + 1));
  }
  if (!isRec(value)) return value;
  const out: Rec = {};
  const keys = Object.keys(value);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    if (NOT_PROPERTIES.has(key)) continue;
    const inner = value[key];
    out[pascal(key)] = generic(inner, depth + 1);
  }
  return out;
}

function lambdaFunction(v: Rec): Mapped {
  const tracing = block(v['tracing_config']);
  const env = block(v['environment']);
  const dlq = block(v['dead_letter_config']);
  const logging = block(v['logging_config']);
  const vpc = block(v['vpc_config']);
  const storage = block(v['ephemeral_storage']);
  const snap = block(v['snap_start']);
  const reserved = v['reserved_concurrent_executions'];
  return {
    type: 'AWS::Lambda::Function',
    properties: compact({
      FunctionName: v['function_name'],
      Description: v['description'],
      Handler: v['handler'],
      Runtime: v['runtime'],
      PackageType: v['package_type'],
      MemorySize: v['memory_size'],
      Timeout: v['timeout'],
      Role: v['role'],
      Architectures: v['architectures'],
      Layers: v['layers'],
      KmsKeyArn: v['kms_key_arn'],
      ReservedConcurrentExecutions: reserved === -1 ? undefined : reserved,
      TracingConfig: tracing ? compact({ Mode: tracing['mode'] }) : undefined,
      Environment: env ? compact({ Variables: env['variables'] }) : undefined,
      DeadLetterConfig: dlq ? compact({ TargetArn: dlq['target_arn'] }) : undefined,
      LoggingConfig: logging ? compact({ LogGroup: logging['log_group'], LogFormat: logging['log_format'], ApplicationLogLevel: logging['application_log_level'], SystemLogLevel: logging['system_log_level'] }) : undefined,
      VpcConfig: vpc ? compact({ SubnetIds: vpc['subnet_ids'], SecurityGroupIds: vpc['security_group_ids'] }) : undefined,
      EphemeralStorage: storage ? compact({ Size: storage['size'] }) : undefined,
      SnapStart: snap ? compact({ ApplyOn: snap['apply_on'] }) : undefined,
    }),
  };
}

function destination(config: unknown, key: 'on_failure' | 'on_success', attribute: string): Rec | undefined {
  const target = block(block(config)?.[key]);
  return target && target[attribute] !== undefined ? { Destination: target[attribute] } : undefined;
}

const MAPPINGS: Record<string, (v: Rec) => Mapped> = {
  aws_lambda_function: lambdaFunction,
  aws_lambda_permission: (v) => ({
    type: 'AWS::Lambda::Permission',
    properties: compact({ FunctionName: v['function_name'], Action: v['action'], Principal: v['principal'], SourceArn: v['source_arn'], SourceAccount: v['source_account'], Qualifier: v['qualifier'], FunctionUrlAuthType: v['function_url_auth_type'] }),
  }),
  aws_lambda_event_source_mapping: (v) => {
    const onFailure = destination(v['destination_config'], 'on_failure', 'destination_arn');
    const filters = blocks(block(v['filter_criteria'])?.['filter']);
    return {
      type: 'AWS::Lambda::EventSourceMapping',
      properties: compact({
        EventSourceArn: v['event_source_arn'],
        FunctionName: v['function_name'],
        BatchSize: v['batch_size'],
        Enabled: v['enabled'],
        StartingPosition: v['starting_position'],
        MaximumBatchingWindowInSeconds: v['maximum_batching_window_in_seconds'],
        MaximumRetryAttempts: v['maximum_retry_attempts'],
        MaximumRecordAgeInSeconds: v['maximum_record_age_in_seconds'],
        BisectBatchOnFunctionError: v['bisect_batch_on_function_error'],
        ParallelizationFactor: v['parallelization_factor'],
        FunctionResponseTypes: v['function_response_types'],
        DestinationConfig: onFailure ? { OnFailure: onFailure } : undefined,
        FilterCriteria: filters.length ? { Filters: filters.map((f) => ({ Pattern: f['pattern'] })) } : undefined,
      }),
    };
  },
  aws_lambda_function_event_invoke_config: (v) => {
    const onFailure = destination(v['destination_config'], 'on_failure', 'destination');
    const onSuccess = destination(v['destination_config'], 'on_success', 'destination');
    return {
      type: 'AWS::Lambda::EventInvokeConfig',
      properties: compact({
        FunctionName: v['function_name'],
        Qualifier: v['qualifier'] ?? '$LATEST',
        MaximumRetryAttempts: v['maximum_retry_attempts'],
        MaximumEventAgeInSeconds: v['maximum_event_age_in_seconds'],
        DestinationConfig: onFailure || onSuccess ? compact({ OnFailure: onFailure, OnSuccess: onSuccess }) : undefined,
      }),
    };
  },
  aws_lambda_alias: (v) => ({ type: 'AWS::Lambda::Alias', properties: compact({ Name: v['name'], FunctionName: v['function_name'], FunctionVersion: v['function_version'], Description: v['description'] }) }),
  aws_lambda_function_url: (v) => ({ type: 'AWS::Lambda::Url', properties: compact({ TargetFunctionArn: v['function_name'], AuthType: v['authorization_type'], Qualifier: v['qualifier'] }), renames: { AuthType: 'authorization_type', TargetFunctionArn: 'function_name' } }),
  aws_cloudwatch_log_group: (v) => ({ type: 'AWS::Logs::LogGroup', properties: compact({ LogGroupName: v['name'], RetentionInDays: v['retention_in_days'], KmsKeyId: v['kms_key_id'] }), renames: { LogGroupName: 'name' } }),
  aws_cloudwatch_metric_alarm: (v) => ({
    type: 'AWS::CloudWatch::Alarm',
    properties: compact({
      AlarmName: v['alarm_name'],
      MetricName: v['metric_name'],
      Namespace: v['namespace'],
      Statistic: v['statistic'],
      Period: v['period'],
      EvaluationPeriods: v['evaluation_periods'],
      Threshold: v['threshold'],
      ComparisonOperator: v['comparison_operator'],
      TreatMissingData: v['treat_missing_data'],
      AlarmActions: v['alarm_actions'],
      Dimensions: isRec(v['dimensions']) ? Object.entries(v['dimensions']).map(([Name, Value]) => ({ Name, Value })) : undefined,
    }),
  }),
  aws_api_gateway_rest_api: (v) => ({
    type: 'AWS::ApiGateway::RestApi',
    properties: compact({ Name: v['name'], Description: v['description'], Policy: json(v['policy']), MinimumCompressionSize: v['minimum_compression_size'], ApiKeySourceType: v['api_key_source'], EndpointConfiguration: block(v['endpoint_configuration']) ? { Types: block(v['endpoint_configuration'])?.['types'] } : undefined, Body: json(v['body']), Parameters: v['parameters'] }),
  }),
  aws_api_gateway_stage: (v) => {
    const access = block(v['access_log_settings']);
    return {
      type: 'AWS::ApiGateway::Stage',
      properties: compact({ RestApiId: v['rest_api_id'], StageName: v['stage_name'], DeploymentId: v['deployment_id'], TracingEnabled: v['xray_tracing_enabled'], CacheClusterEnabled: v['cache_cluster_enabled'], AccessLogSetting: access ? compact({ DestinationArn: access['destination_arn'], Format: access['format'] }) : undefined }),
      renames: { TracingEnabled: 'xray_tracing_enabled', AccessLogSetting: 'access_log_settings' },
    };
  },
  aws_api_gateway_method: (v) => ({
    type: 'AWS::ApiGateway::Method',
    properties: compact({ RestApiId: v['rest_api_id'], ResourceId: v['resource_id'], HttpMethod: v['http_method'], AuthorizationType: v['authorization'], AuthorizerId: v['authorizer_id'], ApiKeyRequired: v['api_key_required'], RequestValidatorId: v['request_validator_id'], OperationName: v['operation_name'] }),
    renames: { AuthorizationType: 'authorization' },
  }),
  aws_api_gateway_resource: (v) => ({ type: 'AWS::ApiGateway::Resource', properties: compact({ RestApiId: v['rest_api_id'], ParentId: v['parent_id'], PathPart: v['path_part'] }) }),
  aws_api_gateway_deployment: (v) => ({ type: 'AWS::ApiGateway::Deployment', properties: compact({ RestApiId: v['rest_api_id'], Description: v['description'] }) }),
  aws_api_gateway_usage_plan: (v) => {
    const throttle = block(v['throttle_settings']);
    const quota = block(v['quota_settings']);
    return {
      type: 'AWS::ApiGateway::UsagePlan',
      properties: compact({
        UsagePlanName: v['name'],
        ApiStages: blocks(v['api_stages']).map((s) => compact({ ApiId: s['api_id'], Stage: s['stage'] })),
        Throttle: throttle ? compact({ BurstLimit: throttle['burst_limit'], RateLimit: throttle['rate_limit'] }) : undefined,
        Quota: quota ? compact({ Limit: quota['limit'], Offset: quota['offset'], Period: quota['period'] }) : undefined,
      }),
      renames: { UsagePlanName: 'name', Throttle: 'throttle_settings', Quota: 'quota_settings' },
    };
  },
  aws_api_gateway_authorizer: (v) => ({
    type: 'AWS::ApiGateway::Authorizer',
    properties: compact({ Name: v['name'], RestApiId: v['rest_api_id'], Type: v['type'] ?? 'TOKEN', AuthorizerUri: v['authorizer_uri'], ProviderARNs: v['provider_arns'], IdentitySource: v['identity_source'], AuthorizerResultTtlInSeconds: v['authorizer_result_ttl_in_seconds'] }),
  }),
  aws_api_gateway_request_validator: (v) => ({ type: 'AWS::ApiGateway::RequestValidator', properties: compact({ Name: v['name'], RestApiId: v['rest_api_id'], ValidateRequestBody: v['validate_request_body'], ValidateRequestParameters: v['validate_request_parameters'] }) }),
  aws_apigatewayv2_api: (v) => ({ type: 'AWS::ApiGatewayV2::Api', properties: compact({ Name: v['name'], ProtocolType: v['protocol_type'], RouteSelectionExpression: v['route_selection_expression'], DisableExecuteApiEndpoint: v['disable_execute_api_endpoint'], Target: v['target'], RouteKey: v['route_key'], Body: json(v['body']) }) }),
  aws_apigatewayv2_stage: (v) => {
    const access = block(v['access_log_settings']);
    const defaults = block(v['default_route_settings']);
    return {
      type: 'AWS::ApiGatewayV2::Stage',
      properties: compact({
        ApiId: v['api_id'],
        StageName: v['name'],
        AutoDeploy: v['auto_deploy'],
        AccessLogSettings: access ? compact({ DestinationArn: access['destination_arn'], Format: access['format'] }) : undefined,
        DefaultRouteSettings: defaults
          ? compact({ ThrottlingBurstLimit: defaults['throttling_burst_limit'], ThrottlingRateLimit: defaults['throttling_rate_limit'], DetailedMetricsEnabled: defaults['detailed_metrics_enabled'], LoggingLevel: defaults['logging_level'], DataTraceEnabled: defaults['data_trace_enabled'] })
          : undefined,
      }),
      renames: { StageName: 'name' },
    };
  },
  aws_apigatewayv2_route: (v) => ({ type: 'AWS::ApiGatewayV2::Route', properties: compact({ ApiId: v['api_id'], RouteKey: v['route_key'], Target: v['target'], AuthorizationType: v['authorization_type'], AuthorizerId: v['authorizer_id'], ApiKeyRequired: v['api_key_required'] }) }),
  aws_apigatewayv2_authorizer: (v) => {
    const jwt = block(v['jwt_configuration']);
    return {
      type: 'AWS::ApiGatewayV2::Authorizer',
      properties: compact({ ApiId: v['api_id'], Name: v['name'], AuthorizerType: v['authorizer_type'], AuthorizerUri: v['authorizer_uri'], IdentitySource: v['identity_sources'], JwtConfiguration: jwt ? compact({ Audience: jwt['audience'], Issuer: jwt['issuer'] }) : undefined }),
    };
  },
  aws_apigatewayv2_integration: (v) => ({
    type: 'AWS::ApiGatewayV2::Integration',
    properties: compact({ ApiId: v['api_id'], IntegrationType: v['integration_type'], IntegrationUri: v['integration_uri'], IntegrationMethod: v['integration_method'], PayloadFormatVersion: v['payload_format_version'], IntegrationSubtype: v['integration_subtype'], CredentialsArn: v['credentials_arn'] }),
  }),
  aws_sqs_queue: (v) => ({
    type: 'AWS::SQS::Queue',
    properties: compact({
      QueueName: v['name'],
      FifoQueue: v['fifo_queue'],
      VisibilityTimeout: v['visibility_timeout_seconds'],
      MessageRetentionPeriod: v['message_retention_seconds'],
      DelaySeconds: v['delay_seconds'],
      KmsMasterKeyId: v['kms_master_key_id'],
      SqsManagedSseEnabled: v['sqs_managed_sse_enabled'],
      RedrivePolicy: json(v['redrive_policy']),
      RedriveAllowPolicy: json(v['redrive_allow_policy']),
    }),
    renames: { QueueName: 'name', VisibilityTimeout: 'visibility_timeout_seconds', MessageRetentionPeriod: 'message_retention_seconds' },
  }),
  aws_sns_topic: (v) => ({ type: 'AWS::SNS::Topic', properties: compact({ TopicName: v['name'], KmsMasterKeyId: v['kms_master_key_id'], FifoTopic: v['fifo_topic'] }), renames: { TopicName: 'name' } }),
  aws_sns_topic_subscription: (v) => ({
    type: 'AWS::SNS::Subscription',
    properties: compact({ TopicArn: v['topic_arn'], Protocol: v['protocol'], Endpoint: v['endpoint'], FilterPolicy: json(v['filter_policy']), RawMessageDelivery: v['raw_message_delivery'], RedrivePolicy: json(v['redrive_policy']) }),
  }),
  aws_cloudwatch_event_rule: (v) => ({
    type: 'AWS::Events::Rule',
    properties: compact({
      Name: v['name'],
      Description: v['description'],
      EventBusName: v['event_bus_name'],
      EventPattern: json(v['event_pattern']),
      ScheduleExpression: v['schedule_expression'],
      State: v['state'] ?? (v['is_enabled'] === false ? 'DISABLED' : undefined),
    }),
  }),
  aws_sfn_state_machine: (v) => {
    const tracing = block(v['tracing_configuration']);
    const logging = block(v['logging_configuration']);
    return {
      type: 'AWS::StepFunctions::StateMachine',
      properties: compact({
        StateMachineName: v['name'],
        StateMachineType: v['type'],
        RoleArn: v['role_arn'],
        DefinitionString: v['definition'],
        TracingConfiguration: tracing ? compact({ Enabled: tracing['enabled'] }) : undefined,
        LoggingConfiguration: logging
          ? compact({ Level: logging['level'], IncludeExecutionData: logging['include_execution_data'], Destinations: logging['log_destination'] === undefined ? undefined : [{ CloudWatchLogsLogGroup: { LogGroupArn: logging['log_destination'] } }] })
          : undefined,
      }),
      renames: { StateMachineName: 'name', StateMachineType: 'type', DefinitionString: 'definition' },
    };
  },
  aws_appsync_graphql_api: (v) => {
    const log = block(v['log_config']);
    return {
      type: 'AWS::AppSync::GraphQLApi',
      properties: compact({ Name: v['name'], AuthenticationType: v['authentication_type'], XrayEnabled: v['xray_enabled'], LogConfig: log ? compact({ CloudWatchLogsRoleArn: log['cloudwatch_logs_role_arn'], FieldLogLevel: log['field_log_level'], ExcludeVerboseContent: log['exclude_verbose_content'] }) : undefined }),
    };
  },
  aws_iam_role: (v) => ({
    type: 'AWS::IAM::Role',
    properties: compact({
      RoleName: v['name'],
      Path: v['path'],
      AssumeRolePolicyDocument: json(v['assume_role_policy']),
      ManagedPolicyArns: v['managed_policy_arns'],
      PermissionsBoundary: v['permissions_boundary'],
      Policies: blocks(v['inline_policy']).length ? blocks(v['inline_policy']).map((p) => compact({ PolicyName: p['name'], PolicyDocument: json(p['policy']) })) : undefined,
    }),
    renames: { RoleName: 'name', AssumeRolePolicyDocument: 'assume_role_policy', Policies: 'inline_policy' },
  }),
  aws_iam_policy: (v) => ({ type: 'AWS::IAM::ManagedPolicy', properties: compact({ ManagedPolicyName: v['name'], PolicyDocument: json(v['policy']), Path: v['path'] }), renames: { ManagedPolicyName: 'name', PolicyDocument: 'policy' } }),
  aws_dynamodb_table: (v) => {
    const pitr = block(v['point_in_time_recovery']);
    const sse = block(v['server_side_encryption']);
    const keys = [v['hash_key'] === undefined ? undefined : { AttributeName: v['hash_key'], KeyType: 'HASH' }, v['range_key'] === undefined ? undefined : { AttributeName: v['range_key'], KeyType: 'RANGE' }].filter(Boolean);
    return {
      type: 'AWS::DynamoDB::Table',
      properties: compact({
        TableName: v['name'],
        BillingMode: v['billing_mode'],
        KeySchema: keys.length ? keys : undefined,
        AttributeDefinitions: blocks(v['attribute']).map((a) => ({ AttributeName: a['name'], AttributeType: a['type'] })),
        PointInTimeRecoverySpecification: pitr ? { PointInTimeRecoveryEnabled: pitr['enabled'] } : undefined,
        SSESpecification: sse ? compact({ SSEEnabled: sse['enabled'], KMSMasterKeyId: sse['kms_key_arn'] }) : undefined,
        StreamSpecification: v['stream_enabled'] === true ? compact({ StreamViewType: v['stream_view_type'] }) : undefined,
        DeletionProtectionEnabled: v['deletion_protection_enabled'],
      }),
      renames: { TableName: 'name', PointInTimeRecoverySpecification: 'point_in_time_recovery', SSESpecification: 'server_side_encryption' },
    };
  },
  aws_codedeploy_app: (v) => ({ type: 'AWS::CodeDeploy::Application', properties: compact({ ApplicationName: v['name'], ComputePlatform: v['compute_platform'] }), renames: { ApplicationName: 'name' } }),
  aws_codedeploy_deployment_group: (v) => {
    const rollback = block(v['auto_rollback_configuration']);
    const alarms = block(v['alarm_configuration']);
    return {
      type: 'AWS::CodeDeploy::DeploymentGroup',
      properties: compact({
        ApplicationName: v['app_name'],
        DeploymentGroupName: v['deployment_group_name'],
        DeploymentConfigName: v['deployment_config_name'],
        ServiceRoleArn: v['service_role_arn'],
        AutoRollbackConfiguration: rollback ? compact({ Enabled: rollback['enabled'], Events: rollback['events'] }) : undefined,
        AlarmConfiguration: alarms ? compact({ Enabled: alarms['enabled'], Alarms: Array.isArray(alarms['alarms']) ? alarms['alarms'].map((Name) => ({ Name })) : undefined }) : undefined,
      }),
      renames: { ApplicationName: 'app_name' },
    };
  },
  aws_codedeploy_deployment_config: (v) => ({ type: 'AWS::CodeDeploy::DeploymentConfig', properties: compact({ DeploymentConfigName: v['deployment_config_name'], ComputePlatform: v['compute_platform'], TrafficRoutingConfig: generic(v['traffic_routing_config']) }) }),
};

/** Types mapped by the generic rule (PascalCase attributes) to these CloudFormation types. */
const GENERIC_TYPES: Record<string, string> = {
  aws_lambda_layer_version: 'AWS::Lambda::LayerVersion',
  aws_lambda_provisioned_concurrency_config: 'Terraform::LambdaProvisionedConcurrency',
  aws_s3_bucket: 'AWS::S3::Bucket',
  aws_kinesis_stream: 'AWS::Kinesis::Stream',
  aws_cloudwatch_event_bus: 'AWS::Events::EventBus',
  aws_scheduler_schedule: 'AWS::Scheduler::Schedule',
  aws_pipes_pipe: 'AWS::Pipes::Pipe',
  aws_appconfig_application: 'AWS::AppConfig::Application',
  aws_appconfig_environment: 'AWS::AppConfig::Environment',
  aws_appconfig_configuration_profile: 'AWS::AppConfig::ConfigurationProfile',
  aws_appconfig_deployment_strategy: 'AWS::AppConfig::DeploymentStrategy',
  aws_appconfig_deployment: 'AWS::AppConfig::Deployment',
  aws_appconfig_hosted_configuration_version: 'AWS::AppConfig::HostedConfigurationVersion',
  aws_appconfig_extension: 'AWS::AppConfig::Extension',
  aws_appconfig_extension_association: 'AWS::AppConfig::ExtensionAssociation',
  aws_apigatewayv2_deployment: 'AWS::ApiGatewayV2::Deployment',
  aws_api_gateway_integration: 'AWS::ApiGateway::Integration',
  aws_api_gateway_method_settings: 'Terraform::ApiGatewayMethodSettings',
  aws_api_gateway_api_key: 'AWS::ApiGateway::ApiKey',
  aws_api_gateway_usage_plan_key: 'AWS::ApiGateway::UsagePlanKey',
  aws_cloudwatch_event_target: 'Terraform::CloudWatchEventTarget',
  aws_iam_role_policy: 'AWS::IAM::Policy',
  aws_iam_role_policy_attachment: 'Terraform::IamRolePolicyAttachment',
  aws_sqs_queue_policy: 'AWS::SQS::QueuePolicy',
  aws_sqs_queue_redrive_policy: 'Terraform::SqsQueueRedrivePolicy',
  aws_sns_topic_policy: 'AWS::SNS::TopicPolicy',
  aws_kms_key: 'AWS::KMS::Key',
  aws_secretsmanager_secret: 'AWS::SecretsManager::Secret',
  aws_ssm_parameter: 'AWS::SSM::Parameter',
  aws_kinesis_firehose_delivery_stream: 'AWS::KinesisFirehose::DeliveryStream',
  aws_appsync_datasource: 'AWS::AppSync::DataSource',
  aws_appsync_resolver: 'AWS::AppSync::Resolver',
  aws_s3_bucket_policy: 'AWS::S3::BucketPolicy',
  aws_cloudwatch_log_subscription_filter: 'AWS::Logs::SubscriptionFilter',
  aws_cloudwatch_event_connection: 'AWS::Events::Connection',
  aws_cloudwatch_event_api_destination: 'AWS::Events::ApiDestination',
  aws_iot_topic_rule: 'AWS::IoT::TopicRule',
  aws_glue_job: 'AWS::Glue::Job',
  aws_ecs_cluster: 'AWS::ECS::Cluster',
  aws_ecs_service: 'AWS::ECS::Service',
  aws_ecs_task_definition: 'AWS::ECS::TaskDefinition',
  aws_security_group: 'AWS::EC2::SecurityGroup',
  aws_vpc: 'AWS::EC2::VPC',
  aws_subnet: 'AWS::EC2::Subnet',
  aws_kms_alias: 'AWS::KMS::Alias',
  aws_ecr_repository: 'AWS::ECR::Repository',
  aws_efs_file_system: 'AWS::EFS::FileSystem',
  aws_cloudtrail: 'AWS::CloudTrail::Trail',
};

/** The CloudFormation form of a Terraform resource; unknown types keep their values under `Terraform::<type>`. */
export function mapResource(type: string, values: Rec): Mapped {
  const mapping = MAPPINGS[type];
  if (mapping) return mapping(values);
  return { type: GENERIC_TYPES[type] ?? `Terraform::${type}`, properties: generic(values) as Rec };
}
