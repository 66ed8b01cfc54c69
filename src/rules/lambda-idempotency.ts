// Evidence that a function tolerates duplicate deliveries: Powertools idempotency, or FIFO de-duplication.
import type { Resource } from '../iac/types.js';
import type { ResourceGraph } from '../iac/types.js';
import type { Rule } from './types.js';
import { NOT_APPLICABLE, PASS, unknown } from './support/results.js';
import { envVars, isFrameworkHelper, referencedResources } from './support/function-facts.js';
import { directTarget, valueAt } from '../iac/values.js';

function fifoSource(fn: Resource, graph: ResourceGraph): boolean {
  return graph.eventSourceMappingsOf(fn).some((m) => {
    const queue = graph.get(directTarget(m.properties['EventSourceArn']) ?? '');
    return queue?.type === 'AWS::SQS::Queue' && (queue.properties['FifoQueue'] === true || queue.properties['FifoQueue'] === 'true');
  });
}

/** A DynamoDB table with TTL that the function references and whose name says idempotency. */
function idempotencyTable(fn: Resource, graph: ResourceGraph): boolean {
  const env = envVars(fn);
  if (Object.keys(env).some((name) => /IDEMPOTENCY/i.test(name))) return true;
  return referencedResources(fn, graph).some((r) => r.type === 'AWS::DynamoDB::Table' && /idempoten/i.test(r.logicalId) && valueAt(r.properties, ['TimeToLiveSpecification', 'Enabled']) !== undefined);
}

export const lambdaIdempotency: Rule = {
  id: 'lambda-idempotency',
  title: { en: 'Event-driven functions handle duplicate events', ja: 'イベント駆動の関数で重複イベントを処理' },
  severity: 'info',
  lens: { pillar: 'reliability', question: 'REL2', choice: 'rel2_duplicate_events' },
  aliases: [],
  resourceTypes: ['AWS::Lambda::Function'],
  messages: {},
  evidenceOnly: true,
  docs: {
    description: {
      en: 'Evidence only, for functions fed by at-least-once sources (event source mappings, asynchronous invocations): a function supports the choice when it reads a FIFO queue (de-duplication), has an idempotency setting in its environment (Powertools `IDEMPOTENCY` variables), or references an idempotency DynamoDB table with TTL. Otherwise unknown: code can be idempotent by design.',
      ja: 'エビデンス専用です。少なくとも 1 回配信されるソース（イベントソースマッピング、非同期呼び出し）から呼ばれる関数について、FIFO キュー（重複排除）を読む、環境変数に冪等性の設定（Powertools の `IDEMPOTENCY` 変数）がある、または TTL 付きの冪等性用 DynamoDB テーブルを参照している場合に選択肢を裏付けます。なければ不明です。コードが設計上冪等である場合もあるためです。',
    },
    rationale: {
      en: 'Queues, streams and asynchronous invocations deliver at least once; without idempotency a retry charges a card twice.',
      ja: 'キュー、ストリーム、非同期呼び出しは少なくとも 1 回配信します。冪等性がなければ、再試行でカードに二重に課金されます。',
    },
    fix: { en: 'Use Powertools idempotency with a DynamoDB table (TTL on `expiration`), or a FIFO queue with content-based de-duplication.', ja: 'DynamoDB テーブル（`expiration` に TTL）と Powertools の冪等性機能を使うか、コンテンツベースの重複排除を有効にした FIFO キューを使います。' },
    links: [{ title: 'Powertools for AWS Lambda (Python): Idempotency', url: 'https://docs.powertools.aws.dev/lambda/python/latest/utilities/idempotency/' }],
  },
  check(resource, { graph }) {
    if (isFrameworkHelper(resource)) return NOT_APPLICABLE;
    if (graph.eventSourceMappingsOf(resource).length === 0 && graph.asyncSourcesOf(resource).length === 0) return NOT_APPLICABLE;
    return fifoSource(resource, graph) || idempotencyTable(resource, graph) ? PASS : unknown();
  },
};
