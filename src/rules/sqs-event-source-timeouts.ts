// A queue that feeds a function gives it time to finish and room to retry: a visibility timeout of at least six
// times the function's timeout (AWS's advice, so a batch is not handed to a second invocation mid-flight), and a
// redrive policy that lets a message be received at least five times before it goes to the dead-letter queue.
import type { Resource } from '../iac/types.js';
import type { CheckResult, Rule } from './types.js';
import { NOT_APPLICABLE, PASS, fail, unknown } from './support/results.js';
import { directTarget, isPresent, isUnresolved, valueAt } from '../iac/values.js';

/** CloudFormation defaults: a queue's visibility timeout and a function's timeout, in seconds. */
const DEFAULT_VISIBILITY = 30;
const DEFAULT_TIMEOUT = 3;
const MIN_RECEIVES = 5;

/** A number written literally (or as a numeric string), undefined when absent, NaN when symbolic or odd. */
function seconds(value: unknown, fallback: number): number {
  if (value === undefined || value === null) return fallback;
  if (isUnresolved(value)) return NaN;
  const n = Number(value);
  return Number.isFinite(n) ? n : NaN;
}

/** The redrive policy's maxReceiveCount: from an object or a JSON string; undefined when it cannot be read. */
function maxReceiveCount(policy: unknown): number | undefined {
  let value: unknown = policy;
  if (typeof policy === 'string') {
    try {
      value = JSON.parse(policy) as unknown;
    } catch {
      return undefined;
    }
  }
  const count = valueAt(value, ['maxReceiveCount']);
  if (count === undefined || isUnresolved(count)) return undefined;
  const n = Number(count);
  return Number.isFinite(n) ? n : undefined;
}

export const sqsEventSourceTimeouts: Rule = {
  id: 'sqs-event-source-timeouts',
  title: { en: 'Queues that feed functions leave time to finish and room to retry', ja: '関数に渡すキューに処理の時間と再試行の余地を確保' },
  severity: 'warning',
  lens: { pillar: 'reliability', question: 'REL2', choice: 'rel2_failures' },
  aliases: [],
  resourceTypes: ['AWS::Lambda::EventSourceMapping'],
  messages: {
    visibility: {
      en: 'Queue {queue} hides a received message for {visibility} s, less than six times the {timeout} s timeout of function {function} ({needed} s); a batch still being processed can be delivered again to another invocation.',
      ja: 'キュー {queue} が受信したメッセージを隠す時間は {visibility} 秒で、関数 {function} のタイムアウト {timeout} 秒の 6 倍（{needed} 秒）に足りません。処理中のバッチが別の呼び出しに再配信されることがあります。',
    },
    receives: {
      en: 'Queue {queue} moves a message to its dead-letter queue after {count} receives; with fewer than {min}, a throttled or briefly failing function sends good messages there too.',
      ja: 'キュー {queue} は {count} 回の受信でメッセージをデッドレターキューに移します。{min} 回未満では、スロットリングや一時的な失敗の間に正常なメッセージまで移されます。',
    },
  },
  docs: {
    description: {
      en: 'For each event source mapping that reads a queue of the template, checks the queue\'s `VisibilityTimeout` (default 30 s) against six times the function\'s `Timeout` (default 3 s), and its `RedrivePolicy.maxReceiveCount` against 5. A value from a parameter without default is unknown; a queue or function outside the template is not judged.',
      ja: 'テンプレート内のキューを読むイベントソースマッピングごとに、キューの `VisibilityTimeout`（既定 30 秒）が関数の `Timeout`（既定 3 秒）の 6 倍以上か、`RedrivePolicy.maxReceiveCount` が 5 以上かを確認します。既定値のないパラメータから来る値は不明です。テンプレート外のキューや関数は判定しません。',
    },
    rationale: {
      en: 'Lambda polls the queue and hides each received batch for the visibility timeout; if the function may run longer (including retries of a throttled batch), the batch reappears and is processed twice. A low maxReceiveCount moves messages to the dead-letter queue during ordinary throttling.',
      ja: 'Lambda はキューをポーリングし、受信したバッチを可視性タイムアウトの間隠します。関数の実行（スロットリングされたバッチの再試行を含む）がそれより長くなると、バッチが再び現れて二重に処理されます。maxReceiveCount が小さいと、通常のスロットリングの間にメッセージがデッドレターキューに移されます。',
    },
    fix: {
      en: 'Set the queue\'s `VisibilityTimeout` to at least six times the function\'s `Timeout` (plus the batching window), and `maxReceiveCount` to 5 or more in its `RedrivePolicy`.',
      ja: 'キューの `VisibilityTimeout` を関数の `Timeout` の 6 倍以上（バッチウィンドウも加える）にし、`RedrivePolicy` の `maxReceiveCount` を 5 以上にします。',
    },
    links: [{ title: 'Using Lambda with Amazon SQS (queue configuration)', url: 'https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html' }],
  },
  check(mapping, { graph }) {
    const queueId = directTarget(mapping.properties['EventSourceArn']);
    const queue = queueId ? graph.get(queueId) : undefined;
    if (queue?.type !== 'AWS::SQS::Queue') return NOT_APPLICABLE;
    const fn: Resource | undefined = graph.functionOf(mapping.properties['FunctionName']);
    const results: CheckResult[] = [];
    if (fn) {
      const visibility = seconds(queue.properties['VisibilityTimeout'], DEFAULT_VISIBILITY);
      const timeout = seconds(fn.properties['Timeout'], DEFAULT_TIMEOUT);
      if (Number.isNaN(visibility) || Number.isNaN(timeout)) results.push(unknown(['EventSourceArn']));
      else if (visibility < 6 * timeout) results.push(fail('visibility', { queue: queue.logicalId, function: fn.logicalId, visibility, timeout, needed: 6 * timeout }, ['EventSourceArn']));
    }
    const policy = queue.properties['RedrivePolicy'];
    if (isPresent(policy)) {
      const count = maxReceiveCount(policy);
      if (count === undefined) results.push(unknown(['EventSourceArn']));
      else if (count < MIN_RECEIVES) results.push(fail('receives', { queue: queue.logicalId, count, min: MIN_RECEIVES }, ['EventSourceArn']));
    }
    const fails = results.filter((r) => r.status === 'fail');
    if (fails.length) return fails;
    if (results.length) return results;
    return fn ? PASS : unknown();
  },
};
