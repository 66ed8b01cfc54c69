// Terraform resource types → CloudFormation types and properties, so the rules read `TracingConfig.Mode`,
// `MemorySize`, `DeadLetterConfig`… whatever wrote them. Attribute names are snake_case and nested blocks are
// lists in Terraform; each mapping renames what it needs, and `renames` tells `locate` where a property is written.
// The written mappings live in map/, one file per service; types without one map generically.
import { API } from './map/api.js';
import { DYNAMODB } from './map/dynamodb.js';
import { IAM } from './map/iam.js';
import { INTEGRATION } from './map/integration.js';
import { LAMBDA } from './map/lambda.js';
import { OPERATIONS } from './map/operations.js';
import { generic, type Mapped, type Mappings, type Rec } from './map/shared.js';

export { block, blocks, compact, generic, json, type Mapped } from './map/shared.js';

const MAPPINGS: Mappings = { ...LAMBDA, ...OPERATIONS, ...API, ...INTEGRATION, ...IAM, ...DYNAMODB };

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
