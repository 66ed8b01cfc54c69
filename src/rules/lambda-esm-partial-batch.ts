// Batch event sources report partial failures, so one bad record does not send the whole batch back.
import type { Rule } from './types.js';
import { NOT_APPLICABLE, PASS, fail, unknown } from './support/results.js';
import { sourceKind } from './support/function-facts.js';
import { isUnresolved, literalString, stringsOf } from '../iac/values.js';

const DEFAULT_BATCH: Record<string, number> = { sqs: 10, kinesis: 100, dynamodb: 100 };

export const lambdaEsmPartialBatch: Rule = {
  id: 'lambda-esm-partial-batch',
  title: { en: 'Batch event sources report partial batch failures', ja: 'バッチのイベントソースで部分的なバッチ失敗を報告' },
  severity: 'warning',
  lens: { pillar: 'reliability', question: 'REL2', choice: 'rel2_failures' },
  aliases: [],
  resourceTypes: ['AWS::Lambda::EventSourceMapping'],
  messages: {
    wholeBatch: {
      en: 'Event source mapping {resource} ({source}, batches up to {size}) does not enable ReportBatchItemFailures; one failing record makes the whole batch retry.',
      ja: 'イベントソースマッピング {resource}（{source}、最大 {size} 件のバッチ）で ReportBatchItemFailures が有効になっていません。1 件の失敗でバッチ全体が再試行されます。',
    },
  },
  docs: {
    description: {
      en: 'For SQS, Kinesis and DynamoDB stream mappings whose batch size can exceed one (SQS default 10, streams default 100): `FunctionResponseTypes` must contain `ReportBatchItemFailures` (for streams, `BisectBatchOnFunctionError: true` also passes).',
      ja: 'バッチサイズが 1 を超えうる SQS、Kinesis、DynamoDB ストリームのマッピング（既定は SQS が 10、ストリームが 100）について、`FunctionResponseTypes` に `ReportBatchItemFailures` が含まれている必要があります（ストリームでは `BisectBatchOnFunctionError: true` でも合格）。',
    },
    rationale: {
      en: 'Without partial batch responses, records that succeeded are processed again with the one that failed — duplicates downstream, wasted invocations, and a poison record that blocks its neighbours.',
      ja: '部分的なバッチ応答がないと、成功したレコードも失敗した 1 件と一緒に再処理されます。下流での重複、無駄な呼び出し、周囲のレコードを巻き込む不正なレコードの原因になります。',
    },
    fix: { en: 'Set `FunctionResponseTypes: [ReportBatchItemFailures]` and return `batchItemFailures` from the handler (Powertools batch processing does it for you).', ja: '`FunctionResponseTypes: [ReportBatchItemFailures]` を設定し、ハンドラーから `batchItemFailures` を返します（Powertools のバッチ処理機能が代わりに行います）。' },
    links: [{ title: 'Handling errors for an SQS event source in Lambda', url: 'https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-errorhandling.html' }],
  },
  check(resource, { graph }) {
    const kind = sourceKind(resource, graph);
    if (!(kind in DEFAULT_BATCH)) return kind === 'unknown' ? unknown(['EventSourceArn']) : NOT_APPLICABLE;
    const size = resource.properties['BatchSize'];
    if (isUnresolved(size)) return unknown(['BatchSize']);
    const batch = size === undefined ? DEFAULT_BATCH[kind] : Number(size);
    if (batch === 1) return NOT_APPLICABLE;
    const types = resource.properties['FunctionResponseTypes'];
    if (isUnresolved(types)) return unknown(['FunctionResponseTypes']);
    if (stringsOf(types).includes('ReportBatchItemFailures')) return PASS;
    const bisect = resource.properties['BisectBatchOnFunctionError'];
    if (kind !== 'sqs' && (bisect === true || bisect === 'true')) return PASS;
    return fail('wholeBatch', { source: literalString(kind) ?? kind, size: String(batch) });
  },
};
