// Queue and stream consumers process records in batches, not one per invocation.
import type { Rule } from './types.js';
import { NOT_APPLICABLE, PASS, fail, unknown } from './support/results.js';
import { sourceKind } from './support/function-facts.js';
import { isUnresolved } from '../iac/values.js';

export const lambdaEsmBatching: Rule = {
  id: 'lambda-esm-batching',
  title: { en: 'Queue and stream consumers process batches', ja: 'キューとストリームのコンシューマーでバッチ処理' },
  severity: 'info',
  lens: { pillar: 'performance', question: 'PERF1', choice: 'perf1_async_concurrency' },
  aliases: [],
  resourceTypes: ['AWS::Lambda::EventSourceMapping'],
  messages: {
    single: {
      en: 'Event source mapping {resource} reads one record per invocation (BatchSize 1); larger batches with a batching window cut invocations and cost.',
      ja: 'イベントソースマッピング {resource} は呼び出しごとに 1 件のレコードを読みます（BatchSize 1）。バッチウィンドウ付きの大きなバッチにすると、呼び出し回数とコストを減らせます。',
    },
  },
  docs: {
    description: {
      en: 'An SQS, Kinesis or DynamoDB stream mapping passes — the workload uses asynchronous, stream-based invocation — unless its `BatchSize` is 1.',
      ja: 'SQS、Kinesis、DynamoDB ストリームのマッピングは、ワークロードが非同期のストリームベースの呼び出しを使っているため合格です。ただし `BatchSize` が 1 の場合は指摘します。',
    },
    rationale: {
      en: 'Each invocation has a fixed overhead; batching amortizes it and lets Lambda scale with the backlog instead of the message count.',
      ja: '呼び出しごとに固定のオーバーヘッドがあります。バッチ処理でそれを分散し、Lambda をメッセージ数ではなくバックログに応じて拡張できます。',
    },
    fix: { en: 'Raise `BatchSize` and set `MaximumBatchingWindowInSeconds`, together with `ReportBatchItemFailures`; keep 1 only when strict one-by-one handling is required (and say so in a suppression).', ja: '`ReportBatchItemFailures` と合わせて `BatchSize` を増やし、`MaximumBatchingWindowInSeconds` を設定します。1 件ずつの処理が必須の場合だけ 1 のままにし、その理由を抑制に記載します。' },
    links: [{ title: 'Lambda event source mappings: batching behavior', url: 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventsourcemapping.html' }],
  },
  check(resource, { graph }) {
    const kind = sourceKind(resource, graph);
    if (kind !== 'sqs' && kind !== 'kinesis' && kind !== 'dynamodb') return kind === 'unknown' ? unknown(['EventSourceArn']) : NOT_APPLICABLE;
    const size = resource.properties['BatchSize'];
    if (isUnresolved(size)) return unknown(['BatchSize']);
    return Number(size) === 1 ? fail('single', undefined, ['BatchSize']) : PASS;
  },
};
