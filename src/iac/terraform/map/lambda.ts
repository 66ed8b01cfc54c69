// AWS Lambda: functions, permissions, event source mappings, asynchronous invocation settings, aliases and URLs.
import { block, blocks, compact, type Mapped, type Mappings, type Rec } from './shared.js';

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


export const LAMBDA: Mappings = {
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
};
