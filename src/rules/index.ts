// The rule catalog: every rule slens runs, in a stable order (by id). Add a rule here and beside it its cases.
import type { MetaRule, Rule } from './types.js';
import { META_RULES } from './meta.js';
import { apigwAccessLogJson } from './apigw-access-log-json.js';
import { apigwAccessLogging } from './apigw-access-logging.js';
import { apigwAuthorizationScopes } from './apigw-authorization-scopes.js';
import { apigwDefaultThrottling } from './apigw-default-throttling.js';
import { apigwEndpointType } from './apigw-endpoint-type.js';
import { apigwExecutionLogRetention } from './apigw-execution-log-retention.js';
import { apigwMtlsExecuteApi } from './apigw-mtls-execute-api.js';
import { apigwRequestValidation } from './apigw-request-validation.js';
import { apigwRestCouldBeHttp } from './apigw-rest-could-be-http.js';
import { apigwRestTracing } from './apigw-rest-tracing.js';
import { apigwRouteAuth } from './apigw-route-auth.js';
import { apigwUsagePlanQuota } from './apigw-usage-plan-quota.js';
import { appsyncTracing } from './appsync-tracing.js';
import { cachingLayer } from './caching-layer.js';
import { cicdPipeline } from './cicd-pipeline.js';
import { dependencyReview } from './dependency-review.js';
import { directServiceIntegration } from './direct-service-integration.js';
import { eventbridgeConnectionSecrets } from './eventbridge-connection-secrets.js';
import { eventbridgeTargetDlq } from './eventbridge-target-dlq.js';
import { iacStageParameter } from './iac-stage-parameter.js';
import { lambdaApplicationMetrics } from './lambda-application-metrics.js';
import { lambdaArm64 } from './lambda-arm64.js';
import { appsyncApiKeyOnly } from './appsync-api-key-only.js';
import { sqsEventSourceTimeouts } from './sqs-event-source-timeouts.js';
import { lambdaReservedConcurrencyZero } from './lambda-reserved-concurrency-zero.js';
import { lambdaAsyncFailureDestination } from './lambda-async-failure-destination.js';
import { lambdaBurstCapacity } from './lambda-burst-capacity.js';
import { lambdaCodeSigning } from './lambda-code-signing.js';
import { lambdaEnvNoSecrets } from './lambda-env-no-secrets.js';
import { lambdaEsmBatching } from './lambda-esm-batching.js';
import { lambdaEsmFailureDestination } from './lambda-esm-failure-destination.js';
import { lambdaEsmPartialBatch } from './lambda-esm-partial-batch.js';
import { lambdaExplicitMemory } from './lambda-explicit-memory.js';
import { lambdaExplicitTimeout } from './lambda-explicit-timeout.js';
import { lambdaExternalizedConfiguration } from './lambda-externalized-configuration.js';
import { lambdaGradualDeployment } from './lambda-gradual-deployment.js';
import { lambdaIdempotency } from './lambda-idempotency.js';
import { lambdaLogLevel } from './lambda-log-level.js';
import { parameterSecretDefault } from './parameter-secret-default.js';
import { lambdaLogRetention } from './lambda-log-retention.js';
import { lambdaPermissionScoped } from './lambda-permission-scoped.js';
import { lambdaPermissionSinglePrincipal } from './lambda-permission-single-principal.js';
import { lambdaRoleNoWildcardActions } from './lambda-role-no-wildcard-actions.js';
import { lambdaRolePerFunction } from './lambda-role-per-function.js';
import { lambdaRuntimeEndOfLife } from './lambda-runtime-end-of-life.js';
import { lambdaSdkClientsInit } from './lambda-sdk-clients-init.js';
import { lambdaStartupOptimization } from './lambda-startup-optimization.js';
import { lambdaStructuredLogging } from './lambda-structured-logging.js';
import { lambdaSyncChaining } from './lambda-sync-chaining.js';
import { lambdaSyncCallTimeout } from './lambda-sync-call-timeout.js';
import { lambdaTracing } from './lambda-tracing.js';
import { lambdaUrlAuth } from './lambda-url-auth.js';
import { lambdaVpcAccess } from './lambda-vpc-access.js';
import { logGroupRetention } from './log-group-retention.js';
import { noLongLivedCredentials } from './no-long-lived-credentials.js';
import { protectNonscalableDownstream } from './protect-nonscalable-downstream.js';
import { queueTopicPolicyNotPublic } from './queue-topic-policy-not-public.js';
import { queueTopicPolicySourceScoped } from './queue-topic-policy-source-scoped.js';
import { resourceAlarm } from './resource-alarm.js';
import { sfnTaskErrorHandling } from './sfn-task-error-handling.js';
import { sfnTracing } from './sfn-tracing.js';
import { snsSubscriptionRedrivePolicy } from './sns-subscription-redrive-policy.js';
import { sqsRedrivePolicy } from './sqs-redrive-policy.js';

export type { Rule, MetaRule, Finding, CheckResult, Severity, LensRef, RuleEnvironment, RuleContext } from './types.js';

export const RULES: readonly Rule[] = [
  apigwAccessLogJson,
  apigwAccessLogging,
  apigwAuthorizationScopes,
  apigwDefaultThrottling,
  apigwEndpointType,
  apigwExecutionLogRetention,
  apigwMtlsExecuteApi,
  apigwRequestValidation,
  apigwRestCouldBeHttp,
  apigwRestTracing,
  apigwRouteAuth,
  apigwUsagePlanQuota,
  appsyncApiKeyOnly,
  appsyncTracing,
  cachingLayer,
  cicdPipeline,
  dependencyReview,
  directServiceIntegration,
  eventbridgeConnectionSecrets,
  eventbridgeTargetDlq,
  iacStageParameter,
  lambdaApplicationMetrics,
  lambdaArm64,
  lambdaAsyncFailureDestination,
  lambdaBurstCapacity,
  lambdaCodeSigning,
  lambdaEnvNoSecrets,
  lambdaEsmBatching,
  lambdaEsmFailureDestination,
  lambdaEsmPartialBatch,
  lambdaExplicitMemory,
  lambdaExplicitTimeout,
  lambdaExternalizedConfiguration,
  lambdaGradualDeployment,
  lambdaIdempotency,
  lambdaLogLevel,
  lambdaLogRetention,
  lambdaPermissionScoped,
  lambdaPermissionSinglePrincipal,
  lambdaReservedConcurrencyZero,
  lambdaRoleNoWildcardActions,
  lambdaRolePerFunction,
  lambdaRuntimeEndOfLife,
  lambdaSdkClientsInit,
  lambdaStartupOptimization,
  lambdaStructuredLogging,
  lambdaSyncCallTimeout,
  lambdaSyncChaining,
  lambdaTracing,
  lambdaUrlAuth,
  lambdaVpcAccess,
  logGroupRetention,
  noLongLivedCredentials,
  parameterSecretDefault,
  protectNonscalableDownstream,
  queueTopicPolicyNotPublic,
  queueTopicPolicySourceScoped,
  resourceAlarm,
  sfnTaskErrorHandling,
  sfnTracing,
  snsSubscriptionRedrivePolicy,
  sqsEventSourceTimeouts,
  sqsRedrivePolicy,
];

export { META_RULES };

const byId = new Map<string, Rule | MetaRule>();
const byAlias = new Map<string, Rule | MetaRule>();
for (const rule of [...RULES, ...META_RULES]) {
  byId.set(rule.id, rule);
  for (const alias of rule.aliases) byAlias.set(alias.toUpperCase(), rule);
}

/** A rule by its id or by one of its aliases (aliases are matched case-insensitively). */
export function findRule(idOrAlias: string): Rule | MetaRule | undefined {
  return byId.get(idOrAlias) ?? byAlias.get(idOrAlias.toUpperCase());
}

/** Rules an id, alias or cfn-lint-style prefix (`WS1` silences WS1000…WS1999) designates. */
export function rulesMatching(idOrPrefix: string): (Rule | MetaRule)[] {
  const exact = findRule(idOrPrefix);
  if (exact) return [exact];
  const prefix = idOrPrefix.toUpperCase();
  if (prefix.length < 2) return [];
  return [...RULES, ...META_RULES].filter((rule) => rule.aliases.some((a) => a.toUpperCase().startsWith(prefix)));
}
