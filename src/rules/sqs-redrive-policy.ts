// SQS queues have a redrive policy, unless the queue is itself a dead-letter queue. Alias: serverless-rules ES6000.
import type { Rule } from './types.js';
import { NOT_APPLICABLE, PASS, fail, unknown } from './support/results.js';
import { isPresent, literalString } from '../iac/values.js';

/** Names that call a queue a dead-letter queue: `DeadLetterQueue`, `OrdersDLQ`, `orders-dead-letter`. */
const NAMED_DEAD_LETTER = /dlq|dead.?letter/i;

export const sqsRedrivePolicy: Rule = {
  id: 'sqs-redrive-policy',
  title: { en: 'SQS queues have a dead-letter queue', ja: 'SQS キューにデッドレターキューを設定' },
  severity: 'error',
  lens: { pillar: 'reliability', question: 'REL2', choice: 'rel2_failures' },
  aliases: ['ES6000'],
  resourceTypes: ['AWS::SQS::Queue'],
  messages: {
    missing: {
      en: 'Queue {resource} has no redrive policy; a message that keeps failing is retried until it expires and then lost.',
      ja: 'キュー {resource} に再処理ポリシー（RedrivePolicy）がありません。失敗し続けるメッセージは期限切れまで再試行され、その後失われます。',
    },
  },
  docs: {
    description: {
      en: 'Checks that every `AWS::SQS::Queue` sets `RedrivePolicy`. A queue that is itself used as a dead-letter queue or failure destination anywhere in the template — another queue\'s `RedrivePolicy` (object, JSON string or `Fn::Sub`), a function\'s `DeadLetterConfig`, an `OnFailure` destination, an EventBridge rule target\'s, pipe\'s or SNS subscription\'s dead-letter config, by reference or by an ARN or URL naming its `QueueName` — or that has a `RedriveAllowPolicy` is exempt: a dead-letter queue of a dead-letter queue helps nobody. A queue that nothing in the template uses that way but whose logical id or `QueueName` calls it a dead-letter queue (`DLQ`, `DeadLetter`) is unknown: it may be the last resort of other stacks or of code, which the template cannot show.',
      ja: 'すべての `AWS::SQS::Queue` に `RedrivePolicy` があることを確認します。テンプレート内でデッドレターキューや失敗時の送信先として使われているキュー（他のキューの `RedrivePolicy`（オブジェクト、JSON 文字列、`Fn::Sub`）、関数の `DeadLetterConfig`、`OnFailure` の送信先、EventBridge ルールのターゲット、パイプ、SNS サブスクリプションのデッドレター設定。参照でも、`QueueName` を示す ARN や URL でもかまいません）と、`RedriveAllowPolicy` を持つキューは対象外です。デッドレターキューのデッドレターキューは役に立たないためです。テンプレート内でそのように使われていないものの、論理 ID や `QueueName` がデッドレターキューであることを示すキュー（`DLQ`、`DeadLetter`）は不明とします。他のスタックやコードの最後の受け皿である可能性があり、テンプレートからは判断できないためです。',
    },
    rationale: {
      en: 'Without a dead-letter queue a poison message is received again and again, costs an invocation each time, hides other messages behind it, and is deleted silently when its retention period ends.',
      ja: 'デッドレターキューがないと、処理できないメッセージは何度も受信されて毎回呼び出しのコストがかかり、他のメッセージの処理を妨げ、保持期間が終わると黙って削除されます。',
    },
    fix: {
      en: 'Create a second queue and set `RedrivePolicy: { deadLetterTargetArn: !GetAtt MyDLQ.Arn, maxReceiveCount: 5 }` on the source queue; alarm on the dead-letter queue\'s `ApproximateNumberOfMessagesVisible`.',
      ja: 'もう 1 つキューを作成し、元のキューに `RedrivePolicy: { deadLetterTargetArn: !GetAtt MyDLQ.Arn, maxReceiveCount: 5 }` を設定します。デッドレターキューの `ApproximateNumberOfMessagesVisible` にアラームを設定します。',
    },
    differences: {
      en: 'ES6000 exempts a dead-letter queue only when the other queue\'s whole `RedrivePolicy` is an intrinsic function, so the common YAML object form still flags the DLQ; this rule recognises every form and every kind of failure destination.',
      ja: 'ES6000 は他のキューの `RedrivePolicy` 全体が組み込み関数の場合にしかデッドレターキューを除外しないため、一般的な YAML オブジェクト形式ではデッドレターキュー自体が指摘されます。このルールはすべての書き方と失敗時の送信先を認識します。',
    },
    links: [{ title: 'Using dead-letter queues in Amazon SQS', url: 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html' }],
  },
  check(resource, { graph }) {
    if (isPresent(resource.properties['RedrivePolicy'])) return PASS;
    if (graph.isDeadLetterQueue(resource)) return NOT_APPLICABLE;
    // A queue named as a DLQ that nothing here sends failures to may be the last resort of other stacks or of
    // code: the template cannot tell, so the name earns an unknown, never a pass.
    if (NAMED_DEAD_LETTER.test(resource.logicalId) || NAMED_DEAD_LETTER.test(literalString(resource.properties['QueueName']) ?? '')) return unknown();
    return fail('missing');
  },
};
