// Rule messages name CloudFormation properties (`TracingConfig.Mode`, `MemorySize`); a finding on a resource read
// from Terraform names them as Terraform writes them (`tracing_config.mode`, `memory_size`). One table for every
// rule: the words messages use, by CloudFormation type where Terraform's name differs per resource.
import type { Localized } from '../../util/i18n.js';

/** Words (property paths, or a phrase) → the Terraform attribute, for any mapped resource. */
const COMMON: Readonly<Record<string, string>> = {
  'TracingConfig.Mode': 'tracing_config.mode',
  'LoggingConfig.LogFormat': 'logging_config.log_format',
  'LoggingConfig.ApplicationLogLevel': 'logging_config.application_log_level',
  'LoggingConfig.SystemLogLevel': 'logging_config.system_log_level',
  'DestinationConfig.OnFailure.Destination': 'destination_config.on_failure.destination',
  'DeadLetterConfig.Arn': 'dead_letter_config.arn',
  'TracingConfiguration.Enabled': 'tracing_configuration.enabled',
  'AccessLogSetting.DestinationArn': 'access_log_settings.destination_arn',
  'AccessLogSettings.DestinationArn': 'access_log_settings.destination_arn',
  AccessLogSetting: 'access_log_settings',
  AccessLogSettings: 'access_log_settings',
  MemorySize: 'memory_size',
  Timeout: 'timeout',
  ReservedConcurrentExecutions: 'reserved_concurrent_executions',
  VpcConfig: 'vpc_config',
  SnapStart: 'snap_start',
  CodeSigningConfigArn: 'code_signing_config_arn',
  BatchSize: 'batch_size',
  RetentionInDays: 'retention_in_days',
  LoggingLevel: 'logging_level',
  'AWS::Logs::LogGroup': 'aws_cloudwatch_log_group',
  RedrivePolicy: 'redrive_policy',
  AuthType: 'authorization_type',
  AuthorizationType: 'authorization',
  AuthorizationScopes: 'authorization_scopes',
  EndpointConfiguration: 'endpoint_configuration',
  DisableExecuteApiEndpoint: 'disable_execute_api_endpoint',
  TracingEnabled: 'xray_tracing_enabled',
  XrayEnabled: 'xray_enabled',
  DataTraceEnabled: 'data_trace_enabled',
  DestinationArn: 'destination_arn',
  DefaultRouteSettings: 'default_route_settings',
  ThrottlingBurstLimit: 'throttling_burst_limit',
  ThrottlingRateLimit: 'throttling_rate_limit',
  MethodSettings: 'aws_api_gateway_method_settings',
  'a MethodSettings entry': 'an aws_api_gateway_method_settings resource',
  ReportBatchItemFailures: 'function_response_types = ["ReportBatchItemFailures"]',
  'HttpMethod "*" and ResourcePath "/*"': 'method_path "*/*"',
  'HttpMethod "*"、ResourcePath "/*"': 'method_path "*/*"',
};

/** Where one resource type names a word differently. */
const BY_TYPE: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'AWS::Lambda::EventSourceMapping': { 'DestinationConfig.OnFailure.Destination': 'destination_config.on_failure.destination_arn' },
};

const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One pattern for every type, the longest words first, whole words only: a word named per type is also a common
 * word (kept so, one regular expression is compiled per process instead of one per type).
 */
let pattern: RegExp | undefined;

/** The text with CloudFormation property words in Terraform's names, for a resource of this CloudFormation type. */
export function terraformWords(text: string, type: string): string {
  if (!pattern) {
    const words = Object.keys(COMMON).sort((a, b) => b.length - a.length).map(escape);
    pattern = new RegExp(`(?<![A-Za-z0-9_.])(?:${words.join('|')})(?![A-Za-z0-9_])`, 'g');
  }
  const byType = BY_TYPE[type];
  return text.replace(pattern, (word) => byType?.[word] ?? COMMON[word] ?? word);
}

const translated = new WeakMap<Localized, Map<string, Localized>>();

/** A message pair in Terraform's words, made once per message and type (findings share it). */
export function terraformMessage(text: Localized, type: string): Localized {
  let byType = translated.get(text);
  if (!byType) translated.set(text, (byType = new Map()));
  let out = byType.get(type);
  if (!out) byType.set(type, (out = { en: terraformWords(text.en, type), ja: terraformWords(text.ja, type) }));
  return out;
}
