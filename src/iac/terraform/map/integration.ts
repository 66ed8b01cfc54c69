// Application integration: SQS queues, SNS topics and subscriptions, EventBridge rules, Step Functions state machines.
import { compact, json, nested, type Mappings } from './shared.js';

export const INTEGRATION: Mappings = {
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
  aws_sfn_state_machine: (v) => ({
    type: 'AWS::StepFunctions::StateMachine',
    properties: compact({
      StateMachineName: v['name'],
      StateMachineType: v['type'],
      RoleArn: v['role_arn'],
      DefinitionString: v['definition'],
      TracingConfiguration: nested(v['tracing_configuration'], (tracing) => compact({ Enabled: tracing['enabled'] })),
      LoggingConfiguration: nested(v['logging_configuration'], (logging) =>
        compact({ Level: logging['level'], IncludeExecutionData: logging['include_execution_data'], Destinations: logging['log_destination'] === undefined ? undefined : [{ CloudWatchLogsLogGroup: { LogGroupArn: logging['log_destination'] } }] }),
      ),
    }),
    renames: { StateMachineName: 'name', StateMachineType: 'type', DefinitionString: 'definition' },
  }),
};
