// SNS subscriptions have a redrive policy (a dead-letter queue). Alias: serverless-rules ES7000.
import type { Rule } from './types.js';
import { NOT_APPLICABLE, PASS, fail } from './support/results.js';
import { isPresent, isRecord, literalString } from '../iac/values.js';

/** Protocols whose endpoint is a person. */
const PEOPLE = new Set(['email', 'email-json', 'sms']);

export const snsSubscriptionRedrivePolicy: Rule = {
  id: 'sns-subscription-redrive-policy',
  title: { en: 'SNS subscriptions have a dead-letter queue', ja: 'SNS サブスクリプションにデッドレターキューを設定' },
  severity: 'error',
  lens: { pillar: 'reliability', question: 'REL2', choice: 'rel2_failures' },
  aliases: ['ES7000'],
  resourceTypes: ['AWS::SNS::Subscription', 'AWS::SNS::Topic'],
  messages: {
    missing: {
      en: 'Subscription {resource} has no redrive policy; messages that cannot be delivered after the retries are lost.',
      ja: 'サブスクリプション {resource} に再処理ポリシー（RedrivePolicy）がありません。再試行後も配信できなかったメッセージは失われます。',
    },
    inline: {
      en: 'Topic {resource} declares a {protocol} subscription inline (Subscription), which cannot have a dead-letter queue; messages that cannot be delivered after the retries are lost. Declare it as a separate AWS::SNS::Subscription with a RedrivePolicy.',
      ja: 'トピック {resource} は {protocol} のサブスクリプションをインライン（Subscription）で宣言しており、デッドレターキューを設定できません。再試行後も配信できなかったメッセージは失われます。RedrivePolicy を持つ別の AWS::SNS::Subscription として宣言してください。',
    },
  },
  docs: {
    description: {
      en: 'Checks that every `AWS::SNS::Subscription` sets `RedrivePolicy` (SAM `SNS` events: `RedrivePolicy` on the event). Subscriptions written inline in `AWS::SNS::Topic.Subscription` cannot carry one: each (except email and SMS subscriptions, which reach people) is a finding that suggests a separate subscription resource.',
      ja: 'すべての `AWS::SNS::Subscription` に `RedrivePolicy` があることを確認します （SAM の `SNS` イベントではイベントの `RedrivePolicy`）。`AWS::SNS::Topic.Subscription` にインラインで書いたサブスクリプションには設定できないため、それぞれ（人に届くメールと SMS のサブスクリプションを除く）を指摘し、別のサブスクリプションリソースにするよう提案します。',
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
    if (resource.type === 'AWS::SNS::Subscription') return isPresent(resource.properties['RedrivePolicy']) ? PASS : fail('missing');
    // Inline subscriptions have no RedrivePolicy property at all: one finding per subscription, at its entry.
    const inline = resource.properties['Subscription'];
    if (!Array.isArray(inline) || inline.length === 0) return NOT_APPLICABLE;
    // Subscriptions that reach people (email, SMS) are not judged: a dead-letter queue adds little there.
    const results = inline.flatMap((entry, i) => {
      const protocol = (isRecord(entry) ? literalString(entry['Protocol']) : undefined) ?? '?';
      return PEOPLE.has(protocol.toLowerCase()) ? [] : [fail('inline', { protocol }, ['Subscription', i])];
    });
    return results.length ? results : NOT_APPLICABLE;
  },
};
