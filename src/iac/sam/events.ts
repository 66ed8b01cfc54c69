// One SAM event → the CloudFormation resources SAM makes for it: event source mappings for pull sources,
// permissions + subscriptions/rules for push sources, and (for Api/HttpApi) the method or route on the API.
// Resources made for an event are located at the event, their properties at the event's Properties.
import type { Path } from '../build.js';
import { resolveValue } from '../intrinsics.js';
import type { Location } from '../types.js';
import { emit, eventLocation, getAtt, pick, record, ref, uniqueId, type Sam, type SamSource } from './context.js';
import { methodAuth } from './api.js';

export interface EventTarget {
  kind: 'function' | 'stateMachine';
  source: SamSource;
  /** What a rule target / subscription endpoint points at. */
  arn: unknown;
  /** For functions: what a permission / mapping names (the function or its alias). */
  functionName?: unknown;
}

/** Pull sources and the SAM property that becomes the mapping's EventSourceArn. */
const PULL: Record<string, string | undefined> = { SQS: 'Queue', Kinesis: 'Stream', DynamoDB: 'Stream', MSK: 'Stream', MQ: 'Broker', DocumentDB: 'Cluster', SelfManagedKafka: undefined };

const PRINCIPALS: Record<string, string> = {
  S3: 's3.amazonaws.com',
  SNS: 'sns.amazonaws.com',
  Schedule: 'events.amazonaws.com',
  CloudWatchEvent: 'events.amazonaws.com',
  EventBridgeRule: 'events.amazonaws.com',
  Api: 'apigateway.amazonaws.com',
  HttpApi: 'apigateway.amazonaws.com',
  IoTRule: 'iot.amazonaws.com',
  AlexaSkill: 'alexa-appkit.amazon.com',
  Cognito: 'cognito-idp.amazonaws.com',
};

interface EventCtx {
  sam: Sam;
  target: EventTarget;
  name: string;
  type: string;
  props: Record<string, unknown>;
  at: Location;
  /** Maps a path of the event's Properties to the SAM path. */
  under: (path: Path) => Path;
}

export function expandEvent(sam: Sam, target: EventTarget, name: string, event: Record<string, unknown>): void {
  const type = typeof event['Type'] === 'string' ? event['Type'] : '';
  const e: EventCtx = { sam, target, name, type, props: record(event['Properties']), at: eventLocation(target.source, name), under: (path) => ['Events', name, 'Properties', ...path] };
  if (type in PULL && target.kind === 'function') return pullSource(e);
  switch (type) {
    case 'SNS':
      return sns(e);
    case 'Schedule':
    case 'CloudWatchEvent':
    case 'EventBridgeRule':
      return eventRule(e);
    case 'ScheduleV2':
      return schedulerSchedule(e);
    case 'Api':
      return apiMethod(e);
    case 'HttpApi':
      return httpRoute(e);
    case 'CloudWatchLogs':
      emitResource(e, 'AWS::Logs::SubscriptionFilter', e.name, { DestinationArn: e.target.arn, ...pick(e.props, ['LogGroupName', 'FilterPattern']) });
      return permission(e, { 'Fn::Sub': 'logs.${AWS::Region}.amazonaws.com' });
    case 'IoTRule':
      emitResource(e, 'AWS::IoT::TopicRule', e.name, { TopicRulePayload: { Sql: e.props['Sql'], AwsIotSqlVersion: e.props['AwsIotSqlVersion'], Actions: [{ Lambda: { FunctionArn: e.target.arn } }], RuleDisabled: false } });
      return permission(e, PRINCIPALS['IoTRule']);
    default:
      if (PRINCIPALS[type]) permission(e, PRINCIPALS[type], e.props['Bucket'] !== undefined ? { SourceAccount: { Ref: 'AWS::AccountId' } } : {});
  }
}

function emitResource(e: EventCtx, type: string, suffix: string, properties: Record<string, unknown>, map?: (path: Path) => Path | undefined, metadata?: Record<string, unknown>): string {
  const logicalId = uniqueId(e.sam, `${e.target.source.id}${suffix}`);
  emit(e.sam, e.target.source, { logicalId, type, properties, location: e.at, map: map ?? ((path) => e.under(path)), ...(metadata ? { metadata } : {}) });
  return logicalId;
}

function permission(e: EventCtx, principal: unknown, extra: Record<string, unknown> = {}, sourceArn?: unknown): void {
  if (e.target.kind !== 'function') return;
  const props: Record<string, unknown> = { Action: 'lambda:InvokeFunction', FunctionName: e.target.functionName, Principal: principal, ...extra };
  if (sourceArn !== undefined) props['SourceArn'] = sourceArn;
  emitResource(e, 'AWS::Lambda::Permission', `${e.name}Permission`, props, () => ['Events', e.name]);
}

function pullSource(e: EventCtx): void {
  const arnKey = PULL[e.type];
  const props: Record<string, unknown> = { FunctionName: e.target.functionName };
  for (const [key, value] of Object.entries(e.props)) {
    if (key === arnKey) props['EventSourceArn'] = value;
    else if (key === 'KafkaBootstrapServers') props['SelfManagedEventSource'] = { Endpoints: { KafkaBootstrapServers: value } };
    else props[key] = value;
  }
  emitResource(e, 'AWS::Lambda::EventSourceMapping', e.name, props, (path) => e.under(path[0] === 'EventSourceArn' && arnKey ? [arnKey] : path));
}

function sns(e: EventCtx): void {
  const topic = e.props['Topic'];
  const subscription: Record<string, unknown> = { TopicArn: topic, ...pick(e.props, ['FilterPolicy', 'FilterPolicyScope', 'Region', 'RedrivePolicy']) };
  const sqsSub = e.props['SqsSubscription'];
  if (sqsSub !== undefined && sqsSub !== false && e.target.kind === 'function') {
    // SNS → SQS → function: SAM makes (or uses) a queue, subscribes it, and polls it with a mapping.
    const given = record(sqsSub);
    let queueArn = given['QueueArn'];
    if (queueArn === undefined) {
      const queueId = emitResource(e, 'AWS::SQS::Queue', `${e.name}Queue`, {});
      queueArn = getAtt(queueId, 'Arn');
    }
    emitResource(e, 'AWS::SNS::Subscription', e.name, { ...subscription, Protocol: 'sqs', Endpoint: queueArn });
    emitResource(e, 'AWS::Lambda::EventSourceMapping', `${e.name}EventSourceMapping`, { FunctionName: e.target.functionName, EventSourceArn: queueArn, ...pick(given, ['BatchSize', 'Enabled']) }, () => e.under(['SqsSubscription']));
    return;
  }
  emitResource(e, 'AWS::SNS::Subscription', e.name, { ...subscription, Protocol: 'lambda', Endpoint: e.target.arn });
  permission(e, PRINCIPALS['SNS'], {}, topic);
}

function eventRule(e: EventCtx): void {
  const p = e.props;
  const ruleTarget: Record<string, unknown> = { Id: `${e.target.source.id}${e.name}Target`, Arn: e.target.arn, ...pick(p, ['Input', 'InputPath', 'InputTransformer', 'RetryPolicy']) };
  const dlq = record(p['DeadLetterConfig']);
  if (p['DeadLetterConfig'] !== undefined) {
    if (dlq['Arn'] !== undefined) ruleTarget['DeadLetterConfig'] = { Arn: dlq['Arn'] };
    else if (dlq['Type'] === 'SQS') {
      // SAM creates the queue (named by QueueLogicalId when given).
      const queueId = typeof dlq['QueueLogicalId'] === 'string' ? dlq['QueueLogicalId'] : uniqueId(e.sam, `${e.target.source.id}${e.name}Queue`);
      emit(e.sam, e.target.source, { logicalId: queueId, type: 'AWS::SQS::Queue', properties: {}, location: e.at, map: () => e.under(['DeadLetterConfig']) });
      ruleTarget['DeadLetterConfig'] = { Arn: getAtt(queueId, 'Arn') };
    } else ruleTarget['DeadLetterConfig'] = p['DeadLetterConfig'];
  }
  if (e.target.kind === 'stateMachine') ruleTarget['RoleArn'] = getAtt(`${e.target.source.id}${e.name}Role`, 'Arn');
  const rule: Record<string, unknown> = { Targets: [ruleTarget], ...pick(p, ['EventBusName', 'Name', 'Description', 'State']) };
  if (p['Schedule'] !== undefined) rule['ScheduleExpression'] = p['Schedule'];
  if (p['Pattern'] !== undefined) rule['EventPattern'] = p['Pattern'];
  if (p['State'] === undefined && p['Enabled'] !== undefined) rule['State'] = resolveValue(p['Enabled'], e.sam.ctx.resolve) === false ? 'DISABLED' : 'ENABLED';
  emitResource(e, 'AWS::Events::Rule', e.name, rule, (path) => {
    if (path[0] === 'Targets') return path.includes('DeadLetterConfig') ? e.under(['DeadLetterConfig']) : path.includes('RetryPolicy') ? e.under(['RetryPolicy']) : ['Events', e.name];
    if (path[0] === 'ScheduleExpression') return e.under(['Schedule']);
    if (path[0] === 'EventPattern') return e.under(['Pattern']);
    return e.under(path);
  });
  permission(e, PRINCIPALS[e.type], {}, getAtt(`${e.target.source.id}${e.name}`, 'Arn'));
}

function schedulerSchedule(e: EventCtx): void {
  const p = e.props;
  const target: Record<string, unknown> = { Arn: e.target.arn, RoleArn: p['RoleArn'] ?? getAtt(`${e.target.source.id}${e.name}Role`, 'Arn'), ...pick(p, ['Input', 'RetryPolicy']) };
  const dlq = record(p['DeadLetterConfig']);
  if (dlq['Arn'] !== undefined) target['DeadLetterConfig'] = { Arn: dlq['Arn'] };
  else if (dlq['Type'] === 'SQS') {
    const queueId = typeof dlq['QueueLogicalId'] === 'string' ? dlq['QueueLogicalId'] : uniqueId(e.sam, `${e.target.source.id}${e.name}Queue`);
    emit(e.sam, e.target.source, { logicalId: queueId, type: 'AWS::SQS::Queue', properties: {}, location: e.at, map: () => e.under(['DeadLetterConfig']) });
    target['DeadLetterConfig'] = { Arn: getAtt(queueId, 'Arn') };
  }
  const schedule = { Target: target, FlexibleTimeWindow: p['FlexibleTimeWindow'] ?? { Mode: 'OFF' }, ...pick(p, ['ScheduleExpression', 'ScheduleExpressionTimezone', 'Name', 'Description', 'State', 'GroupName', 'StartDate', 'EndDate', 'KmsKeyArn']) };
  emitResource(e, 'AWS::Scheduler::Schedule', e.name, schedule, (path) => (path[0] === 'Target' ? e.under(path.slice(1)) : e.under(path)));
}

function apiMethod(e: EventCtx): void {
  const apiRef = e.props['RestApiId'];
  const apiId = apiRef === undefined ? 'ServerlessRestApi' : typeof record(apiRef)['Ref'] === 'string' ? (record(apiRef)['Ref'] as string) : undefined;
  if (apiRef === undefined) e.sam.implicitRest ??= e.at;
  const method = String(resolveValue(e.props['Method'], e.sam.ctx.resolve) ?? 'ANY').toUpperCase();
  const auth = methodAuth(e.sam, 'rest', apiId, record(e.props['Auth']), method);
  const validation = requestValidation(e, apiRef);
  emitResource(
    e,
    'AWS::ApiGateway::Method',
    `${e.name}Method`,
    { RestApiId: apiRef ?? ref('ServerlessRestApi'), HttpMethod: method === 'ANY' ? 'ANY' : method, ...auth, ...validation },
    (path) => (path[0] === 'HttpMethod' ? e.under(['Method']) : path[0] === 'RestApiId' ? e.under(['RestApiId']) : path[0] === 'RequestValidatorId' || path[0] === 'RequestModels' ? e.under(['RequestModel']) : e.under(['Auth'])),
    { 'slens:resourcePath': e.props['Path'], 'slens:samEvent': e.name },
  );
  permission(e, PRINCIPALS['Api']);
}

/**
 * `RequestModel` with `ValidateBody` or `ValidateParameters`: SAM adds a request validator to the API and
 * points the method at it with the model; the method's properties for that, or none.
 */
function requestValidation(e: EventCtx, apiRef: unknown): Record<string, unknown> {
  const model = record(e.props['RequestModel']);
  const body = resolveValue(model['ValidateBody'], e.sam.ctx.resolve) === true;
  const parameters = resolveValue(model['ValidateParameters'], e.sam.ctx.resolve) === true;
  if (!body && !parameters) return {};
  const validator = emitResource(
    e,
    'AWS::ApiGateway::RequestValidator',
    `${e.name}RequestValidator`,
    { RestApiId: apiRef ?? ref('ServerlessRestApi'), ValidateRequestBody: body, ValidateRequestParameters: parameters },
    () => e.under(['RequestModel']),
  );
  return { RequestValidatorId: ref(validator), ...(model['Model'] !== undefined ? { RequestModels: { 'application/json': model['Model'] } } : {}) };
}

function httpRoute(e: EventCtx): void {
  const apiRef = e.props['ApiId'];
  const apiId = apiRef === undefined ? 'ServerlessHttpApi' : typeof record(apiRef)['Ref'] === 'string' ? (record(apiRef)['Ref'] as string) : undefined;
  if (apiRef === undefined) e.sam.implicitHttp ??= e.at;
  const method = resolveValue(e.props['Method'], e.sam.ctx.resolve);
  const path = resolveValue(e.props['Path'], e.sam.ctx.resolve);
  const routeKey = typeof method === 'string' && typeof path === 'string' ? `${method.toLowerCase() === 'any' ? 'ANY' : method.toUpperCase()} ${path}` : path === undefined && method === undefined ? '$default' : { 'Fn::Join': [' ', [e.props['Method'], e.props['Path']]] };
  const auth = methodAuth(e.sam, 'http', apiId, record(e.props['Auth']), typeof method === 'string' ? method.toUpperCase() : 'ANY');
  emitResource(e, 'AWS::ApiGatewayV2::Route', `${e.name}Route`, { ApiId: apiRef ?? ref('ServerlessHttpApi'), RouteKey: routeKey, ...auth }, (p) => (p[0] === 'RouteKey' ? e.under(['Path']) : p[0] === 'ApiId' ? e.under(['ApiId']) : e.under(['Auth'])));
  permission(e, PRINCIPALS['HttpApi']);
}
