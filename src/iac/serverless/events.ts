// Function `events` other than APIs: sqs, stream, sns, schedule, eventBridge, s3, alb → event source mappings,
// subscriptions, rules, buckets, target groups and the permissions the framework adds with them.
import type { Path } from '../build.js';
import { add, alphaNumeric, arnName, compact, isRec, normalizeName, refTarget, type Rec, type SlsContext } from './context.js';
import type { FunctionInfo } from './functions.js';

export interface EventInput {
  fn: FunctionInfo;
  /** The event's settings (a string event becomes `{arn: …}` etc. by each mapper). */
  value: unknown;
  path: Path;
  /** 1-based index among the function's events of the same kind. */
  index: number;
}

const fnArn = (fn: FunctionInfo): Rec => ({ 'Fn::GetAtt': [fn.logicalId, 'Arn'] });
const origin = (fn: FunctionInfo) => ({ logicalId: fn.name, type: 'Serverless::Function' });

function permission(ctx: SlsContext, fn: FunctionInfo, id: string, principal: string, sourceArn: unknown, path: Path): void {
  add(ctx, {
    logicalId: id,
    type: 'AWS::Lambda::Permission',
    source: path,
    origin: origin(fn),
    properties: compact({ FunctionName: fnArn(fn), Action: 'lambda:InvokeFunction', Principal: principal, SourceArn: sourceArn }),
  });
}

/** A name for ids from an ARN that may be an intrinsic (`!GetAtt Orders.Arn` → `Orders`). */
function nameOf(arn: unknown, fallback: string): string {
  return alphaNumeric(refTarget(arn) ?? arnName(arn) ?? fallback) || fallback;
}

export function sqsEvent(ctx: SlsContext, e: EventInput, statements: unknown[]): void {
  const config = isRec(e.value) ? e.value : { arn: e.value };
  const arn = config['arn'];
  statements.push({ Effect: 'Allow', Action: ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'], Resource: [arn] });
  add(ctx, {
    logicalId: `${e.fn.base}EventSourceMappingSQS${nameOf(arn, `Queue${e.index}`)}`,
    type: 'AWS::Lambda::EventSourceMapping',
    source: e.path,
    sources: { EventSourceArn: [[...e.path, 'arn'], e.path], BatchSize: [[...e.path, 'batchSize']] },
    origin: origin(e.fn),
    properties: compact({
      EventSourceArn: arn,
      FunctionName: fnArn(e.fn),
      BatchSize: config['batchSize'] ?? 10,
      MaximumBatchingWindowInSeconds: config['maximumBatchingWindow'],
      Enabled: config['enabled'] ?? true,
      FunctionResponseTypes: config['functionResponseType'] === undefined ? undefined : [config['functionResponseType']],
      FilterCriteria: Array.isArray(config['filterPatterns']) ? { Filters: config['filterPatterns'].map((p) => ({ Pattern: JSON.stringify(p) })) } : undefined,
    }),
  });
}

function streamType(config: Rec): string {
  if (typeof config['type'] === 'string') return config['type'];
  const text = typeof config['arn'] === 'string' ? config['arn'] : JSON.stringify(config['arn'] ?? '');
  return /dynamodb|StreamArn/i.test(text) ? 'dynamodb' : 'kinesis';
}

export function streamEvent(ctx: SlsContext, e: EventInput, statements: unknown[]): void {
  const config = isRec(e.value) ? e.value : { arn: e.value };
  const arn = config['arn'];
  const type = streamType(config);
  const onFailure = isRec(config['destinations']) ? config['destinations']['onFailure'] : undefined;
  const destination = isRec(onFailure) && 'arn' in onFailure ? onFailure['arn'] : onFailure;
  statements.push({
    Effect: 'Allow',
    Action: type === 'dynamodb' ? ['dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:DescribeStream', 'dynamodb:ListStreams'] : ['kinesis:GetRecords', 'kinesis:GetShardIterator', 'kinesis:DescribeStream', 'kinesis:ListStreams'],
    Resource: [arn],
  });
  add(ctx, {
    logicalId: `${e.fn.base}EventSourceMapping${type === 'dynamodb' ? 'Dynamodb' : 'Kinesis'}${nameOf(arn, `Stream${e.index}`)}`,
    type: 'AWS::Lambda::EventSourceMapping',
    source: e.path,
    sources: { DestinationConfig: [[...e.path, 'destinations']], EventSourceArn: [[...e.path, 'arn'], e.path] },
    origin: origin(e.fn),
    properties: compact({
      EventSourceArn: arn,
      FunctionName: fnArn(e.fn),
      BatchSize: config['batchSize'] ?? 10,
      StartingPosition: config['startingPosition'] ?? 'TRIM_HORIZON',
      Enabled: config['enabled'] ?? true,
      MaximumRetryAttempts: config['maximumRetryAttempts'],
      MaximumRecordAgeInSeconds: config['maximumRecordAgeInSeconds'],
      BisectBatchOnFunctionError: config['bisectBatchOnFunctionError'],
      ParallelizationFactor: config['parallelizationFactor'],
      FunctionResponseTypes: config['functionResponseType'] === undefined ? undefined : [config['functionResponseType']],
      DestinationConfig: destination === undefined ? undefined : { OnFailure: { Destination: destination } },
    }),
  });
}

export function snsEvent(ctx: SlsContext, e: EventInput): void {
  const config = isRec(e.value) ? e.value : typeof e.value === 'string' && e.value.startsWith('arn:') ? { arn: e.value } : { topicName: e.value };
  let topicArn = config['arn'];
  const topicName = config['topicName'] ?? arnName(topicArn) ?? refTarget(topicArn) ?? `Topic${e.index}`;
  const idName = alphaNumeric(typeof topicName === 'string' ? topicName : `Topic${e.index}`);
  if (topicArn === undefined) {
    const topicId = `SNSTopic${idName}`;
    if (!ctx.build.ids.has(topicId)) {
      add(ctx, { logicalId: topicId, type: 'AWS::SNS::Topic', source: e.path, origin: origin(e.fn), properties: compact({ TopicName: topicName, DisplayName: config['displayName'] }) });
    }
    topicArn = { Ref: topicId };
  }
  const redrive = isRec(config['redrivePolicy']) ? config['redrivePolicy'] : undefined;
  const dlq = redrive ? (redrive['deadLetterTargetArn'] ?? (redrive['deadLetterTargetRef'] ? { 'Fn::GetAtt': [redrive['deadLetterTargetRef'], 'Arn'] } : redrive['deadLetterTargetImport'])) : undefined;
  add(ctx, {
    logicalId: `${e.fn.base}SnsSubscription${idName}`,
    type: 'AWS::SNS::Subscription',
    source: e.path,
    sources: { RedrivePolicy: [[...e.path, 'redrivePolicy']], FilterPolicy: [[...e.path, 'filterPolicy']] },
    origin: origin(e.fn),
    properties: compact({
      TopicArn: topicArn,
      Protocol: 'lambda',
      Endpoint: fnArn(e.fn),
      FilterPolicy: config['filterPolicy'],
      FilterPolicyScope: config['filterPolicyScope'],
      RedrivePolicy: dlq === undefined ? undefined : { deadLetterTargetArn: dlq },
    }),
  });
  permission(ctx, e.fn, `${e.fn.base}LambdaPermission${idName}SNS`, 'sns.amazonaws.com', topicArn, e.path);
}

export function scheduleEvent(ctx: SlsContext, e: EventInput): void {
  const config = isRec(e.value) ? e.value : { rate: e.value };
  const rates = Array.isArray(config['rate']) ? config['rate'] : [config['rate']];
  rates.forEach((rate, i) => {
    const n = e.index + i;
    const ruleId = `${e.fn.base}EventsRuleSchedule${n}`;
    add(ctx, {
      logicalId: ruleId,
      type: 'AWS::Events::Rule',
      source: e.path,
      origin: origin(e.fn),
      properties: compact({
        Name: config['name'],
        Description: config['description'],
        ScheduleExpression: rate,
        State: config['enabled'] === false ? 'DISABLED' : 'ENABLED',
        Targets: [compact({ Id: `${e.fn.base}Schedule`, Arn: fnArn(e.fn), Input: config['input'] === undefined ? undefined : JSON.stringify(config['input']) })],
      }),
    });
    permission(ctx, e.fn, `${e.fn.base}LambdaPermissionEventsRuleSchedule${n}`, 'events.amazonaws.com', { 'Fn::GetAtt': [ruleId, 'Arn'] }, e.path);
  });
}

export function eventBridgeEvent(ctx: SlsContext, e: EventInput): void {
  const config = isRec(e.value) ? e.value : {};
  const retry = isRec(config['retryPolicy']) ? config['retryPolicy'] : undefined;
  const ruleId = `${e.fn.base}EventBridgeRule${e.index}`;
  add(ctx, {
    logicalId: ruleId,
    type: 'AWS::Events::Rule',
    source: e.path,
    sources: { Targets: [[...e.path, 'deadLetterQueueArn'], [...e.path, 'retryPolicy'], e.path] },
    origin: origin(e.fn),
    properties: compact({
      Name: config['name'],
      EventBusName: config['eventBus'],
      EventPattern: config['pattern'],
      ScheduleExpression: config['schedule'],
      State: config['enabled'] === false ? 'DISABLED' : 'ENABLED',
      Targets: [
        compact({
          Id: `${e.fn.base}EventBridgeTarget`,
          Arn: fnArn(e.fn),
          Input: config['input'] === undefined ? undefined : JSON.stringify(config['input']),
          DeadLetterConfig: config['deadLetterQueueArn'] === undefined ? undefined : { Arn: config['deadLetterQueueArn'] },
          RetryPolicy: retry ? compact({ MaximumEventAgeInSeconds: retry['maximumEventAge'], MaximumRetryAttempts: retry['maximumRetryAttempts'] }) : undefined,
        }),
      ],
    }),
  });
  permission(ctx, e.fn, `${e.fn.base}LambdaPermissionEventBridge${e.index}`, 'events.amazonaws.com', { 'Fn::GetAtt': [ruleId, 'Arn'] }, e.path);
}

export function s3Event(ctx: SlsContext, e: EventInput): void {
  const config = isRec(e.value) ? e.value : { bucket: e.value };
  const bucket = config['bucket'];
  const name = alphaNumeric(typeof bucket === 'string' ? bucket : (refTarget(bucket) ?? `Bucket${e.index}`));
  const bucketId = `S3Bucket${name}`;
  const notification = compact({ Event: config['event'] ?? 's3:ObjectCreated:*', Function: fnArn(e.fn), Filter: Array.isArray(config['rules']) ? { S3Key: { Rules: config['rules'] } } : undefined });
  if (config['existing'] !== true) {
    const known = ctx.build.resources.find((r) => r.logicalId === bucketId);
    const configs = known?.properties['NotificationConfiguration'];
    if (known && isRec(configs) && Array.isArray(configs['LambdaConfigurations'])) configs['LambdaConfigurations'].push(notification);
    else add(ctx, { logicalId: bucketId, type: 'AWS::S3::Bucket', source: e.path, origin: origin(e.fn), properties: { BucketName: bucket, NotificationConfiguration: { LambdaConfigurations: [notification] } } });
  }
  permission(ctx, e.fn, `${e.fn.base}LambdaPermission${name}S3`, 's3.amazonaws.com', typeof bucket === 'string' ? `arn:aws:s3:::${bucket}` : undefined, e.path);
}

export function albEvent(ctx: SlsContext, e: EventInput): void {
  const config = isRec(e.value) ? e.value : {};
  const id = `${e.fn.base}AlbTargetGroup${normalizeName(String(config['priority'] ?? e.index))}`;
  add(ctx, {
    logicalId: id,
    type: 'AWS::ElasticLoadBalancingV2::TargetGroup',
    source: e.path,
    origin: origin(e.fn),
    properties: compact({ TargetType: 'lambda', Targets: [{ Id: fnArn(e.fn) }], HealthCheckEnabled: isRec(config['healthCheck']) || config['healthCheck'] === true }),
  });
  permission(ctx, e.fn, `${e.fn.base}LambdaPermissionAlb`, 'elasticloadbalancing.amazonaws.com', { Ref: id }, e.path);
}
