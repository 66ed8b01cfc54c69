// Stream event source mappings send failed batches to an on-failure destination. Alias: serverless-rules ES1001.
import type { ResourceGraph } from '../iac/types.js';
import type { Rule } from './types.js';
import { NOT_APPLICABLE, PASS, fail, unknown } from './support/results.js';
import { directTarget, isPresent, patternOf, valueAt } from '../iac/values.js';

type SourceKind = 'stream' | 'queue' | 'unknown';

const STREAM_TYPES = new Set(['AWS::Kinesis::Stream', 'AWS::Kinesis::StreamConsumer', 'AWS::DynamoDB::Table', 'AWS::MSK::Cluster', 'AWS::MSK::ServerlessCluster']);
const QUEUE_TYPES = new Set(['AWS::SQS::Queue', 'AWS::AmazonMQ::Broker', 'AWS::DocDB::DBCluster']);

/** Streams (Kinesis, DynamoDB, Kafka) support on-failure destinations; queues and brokers do not. */
function sourceKind(properties: Record<string, unknown>, graph: ResourceGraph): SourceKind {
  if (isPresent(properties['SelfManagedEventSource'])) return 'stream';
  const arn = properties['EventSourceArn'];
  const target = directTarget(arn);
  const resource = target ? graph.get(target) : undefined;
  if (resource) {
    if (STREAM_TYPES.has(resource.type)) return 'stream';
    if (QUEUE_TYPES.has(resource.type)) return 'queue';
  }
  const text = patternOf(arn) ?? '';
  if (/:(kinesis|dynamodb|kafka):/.test(text)) return 'stream';
  if (/:(sqs|mq|rds):/.test(text)) return 'queue';
  return 'unknown';
}

export const lambdaEsmFailureDestination: Rule = {
  id: 'lambda-esm-failure-destination',
  title: { en: 'Stream event sources have an on-failure destination', ja: 'ストリームのイベントソースに失敗時の送信先を設定' },
  severity: 'error',
  lens: { pillar: 'reliability', question: 'REL2', choice: 'rel2_failures' },
  aliases: ['ES1001'],
  resourceTypes: ['AWS::Lambda::EventSourceMapping'],
  messages: {
    missing: {
      en: 'Event source mapping {resource} has no on-failure destination (DestinationConfig.OnFailure.Destination); failed records are dropped or block the shard.',
      ja: 'イベントソースマッピング {resource} に失敗時の送信先（DestinationConfig.OnFailure.Destination）がありません。失敗したレコードは破棄されるか、シャードの処理を止めます。',
    },
  },
  docs: {
    description: {
      en: 'Checks that event source mappings reading Kinesis, DynamoDB Streams, Amazon MSK or self-managed Kafka set `DestinationConfig.OnFailure.Destination` (SAM `Kinesis`, `DynamoDB`, `MSK`, `SelfManagedKafka` events: `DestinationConfig` on the event). Mappings reading SQS, Amazon MQ or DocumentDB are not applicable: Lambda has no on-failure destination for them (an SQS queue\'s own redrive policy is checked by `sqs-redrive-policy`). When the source cannot be identified the result is unknown unless a destination is set.',
      ja: 'Kinesis、DynamoDB Streams、Amazon MSK、セルフマネージド Kafka を読むイベントソースマッピングに `DestinationConfig.OnFailure.Destination` があることを確認します（SAM の `Kinesis`、`DynamoDB`、`MSK`、`SelfManagedKafka` イベントではイベントの `DestinationConfig`）。SQS、Amazon MQ、DocumentDB を読むマッピングは対象外です。Lambda はこれらに失敗時の送信先を提供しません（SQS キュー自体の再処理ポリシーは `sqs-redrive-policy` で確認します）。ソースを特定できない場合、送信先がなければ不明とします。',
    },
    rationale: {
      en: 'When a batch from a stream keeps failing, Lambda retries it until the records expire (blocking the shard) or until the retry limit, then discards it. An on-failure destination keeps a record of what was skipped.',
      ja: 'ストリームのバッチが失敗し続けると、Lambda はレコードの有効期限まで（シャードを止めたまま）、またはリトライ上限まで再試行し、その後破棄します。失敗時の送信先があれば、スキップされた内容の記録が残ります。',
    },
    fix: {
      en: 'Set `DestinationConfig: { OnFailure: { Destination: !GetAtt StreamDLQ.Arn } }` together with `MaximumRetryAttempts`, `MaximumRecordAgeInSeconds` and `BisectBatchOnFunctionError: true`.',
      ja: '`DestinationConfig: { OnFailure: { Destination: !GetAtt StreamDLQ.Arn } }` を、`MaximumRetryAttempts`、`MaximumRecordAgeInSeconds`、`BisectBatchOnFunctionError: true` と合わせて設定します。',
    },
    differences: {
      en: 'ES1001 flags every event source mapping, including SQS ones, where Lambda does not support `DestinationConfig`; this rule only judges stream sources.',
      ja: 'ES1001 は Lambda が `DestinationConfig` に対応していない SQS を含むすべてのイベントソースマッピングを指摘します。このルールはストリームのソースだけを判定します。',
    },
    links: [{ title: 'Lambda event source mappings: retaining discarded batches', url: 'https://docs.aws.amazon.com/lambda/latest/dg/kinesis-on-failure-destination.html' }],
  },
  check(resource, { graph }) {
    const destination = valueAt(resource.properties, ['DestinationConfig', 'OnFailure', 'Destination']);
    const kind = sourceKind(resource.properties, graph);
    if (kind === 'queue') return NOT_APPLICABLE;
    if (isPresent(destination)) return PASS;
    if (kind === 'unknown') return unknown(['EventSourceArn']);
    return fail('missing', {}, isPresent(resource.properties['DestinationConfig']) ? ['DestinationConfig'] : undefined);
  },
};
