// SNS subscriptions have a redrive policy (a dead-letter queue). Alias: serverless-rules ES7000.
import type { Rule } from './types.js';
import { PASS, fail } from './support/results.js';
import { isPresent } from '../iac/values.js';

export const snsSubscriptionRedrivePolicy: Rule = {
  id: 'sns-subscription-redrive-policy',
  title: { en: 'SNS subscriptions have a dead-letter queue', ja: 'SNS サブスクリプションにデッドレターキューを設定' },
  severity: 'error',
  lens: { pillar: 'reliability', question: 'REL2', choice: 'rel2_failures' },
  aliases: ['ES7000'],
  resourceTypes: ['AWS::SNS::Subscription'],
  messages: {
    missing: {
      en: 'Subscription {resource} has no redrive policy; messages that cannot be delivered after the retries are lost.',
      ja: 'サブスクリプション {resource} に再処理ポリシー (RedrivePolicy) がありません。再試行後も配信できなかったメッセージは失われます。',
    },
  },
  docs: {
    description: {
      en: 'Checks that every `AWS::SNS::Subscription` sets `RedrivePolicy` (SAM `SNS` events: `RedrivePolicy` on the event). Subscriptions written inline in `AWS::SNS::Topic.Subscription` cannot carry one and are not seen by this rule.',
      ja: 'すべての `AWS::SNS::Subscription` に `RedrivePolicy` があることを確認します (SAM の `SNS` イベントではイベントの `RedrivePolicy`)。`AWS::SNS::Topic.Subscription` にインラインで書いたサブスクリプションは設定できないため、このルールの対象外です。',
    },
    rationale: {
      en: 'When an endpoint is unavailable for longer than the delivery retry policy, SNS discards the message. A dead-letter queue keeps it for inspection and replay.',
      ja: 'エンドポイントが配信再試行ポリシーより長く利用できないと、SNS はメッセージを破棄します。デッドレターキューがあれば、調査や再処理のために保持できます。',
    },
    fix: {
      en: 'Add `RedrivePolicy: { deadLetterTargetArn: !GetAtt SubscriptionDLQ.Arn }` and a queue policy that lets `sns.amazonaws.com` send to the queue.',
      ja: '`RedrivePolicy: { deadLetterTargetArn: !GetAtt SubscriptionDLQ.Arn }` を追加し、`sns.amazonaws.com` からキューへの送信を許可するキューポリシーを設定します。',
    },
    links: [{ title: 'Amazon SNS dead-letter queues (DLQs)', url: 'https://docs.aws.amazon.com/sns/latest/dg/sns-dead-letter-queues.html' }],
  },
  check(resource) {
    return isPresent(resource.properties['RedrivePolicy']) ? PASS : fail('missing');
  },
};
