// AWS Lambda: functions, permissions, event source mappings, asynchronous invocation settings, aliases and URLs.
import { block, blocks, compact, nested, type Mapped, type Mappings, type Rec } from './shared.js';

function lambdaFunction(v: Rec): Mapped {
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
      TracingConfig: nested(v['tracing_config'], (tracing) => compact({ Mode: tracing['mode'] })),
      Environment: nested(v['environment'], (env) => compact({ Variables: env['variables'] })),
      DeadLetterConfig: nested(v['dead_letter_config'], (dlq) => compact({ TargetArn: dlq['target_arn'] })),
      LoggingConfig: nested(v['logging_config'], (logging) => compact({ LogGroup: logging['log_group'], LogFormat: logging['log_format'], ApplicationLogLevel: logging['application_log_level'], SystemLogLevel: logging['system_log_level'] })),
      VpcConfig: nested(v['vpc_config'], (vpc) => compact({ SubnetIds: vpc['subnet_ids'], SecurityGroupIds: vpc['security_group_ids'] })),
      EphemeralStorage: nested(v['ephemeral_storage'], (storage) => compact({ Size: storage['size'] })),
      SnapStart: nested(v['snap_start'], (snap) => compact({ ApplyOn: snap['apply_on'] })),
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
