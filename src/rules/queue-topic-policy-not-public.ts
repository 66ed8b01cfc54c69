// Queue and topic policies do not allow everyone (`*`) without a condition that narrows it.
import type { Rule } from './types.js';
import { PASS, fail } from './support/results.js';
import { asList } from './support/function-facts.js';
import { policyDocumentOf } from './support/policies.js';
import { isPresent, isRecord, patternOf, valueAt } from '../iac/values.js';

function isEveryone(principal: unknown): boolean {
  if (patternOf(principal) === '*') return true;
  if (!isRecord(principal)) return false;
  return asList(principal['AWS']).some((p) => patternOf(p) === '*');
}

export const queueTopicPolicyNotPublic: Rule = {
  id: 'queue-topic-policy-not-public',
  title: { en: 'Queue and topic policies are not public', ja: 'キューとトピックのポリシーを公開しない' },
  severity: 'error',
  lens: { pillar: 'security', question: 'SEC2', choice: 'sec2_resource_policies' },
  aliases: ['CKV_AWS_168', 'CKV_AWS_169'],
  resourceTypes: ['AWS::SQS::QueuePolicy', 'AWS::SNS::TopicPolicy'],
  messages: {
    public: {
      en: 'Policy {resource} allows any principal (*) with no Condition; scope it with aws:SourceArn, aws:SourceAccount or a named principal.',
      ja: 'ポリシー {resource} は Condition なしであらゆるプリンシパル（*）を許可しています。aws:SourceArn、aws:SourceAccount、または特定のプリンシパルで範囲を限定してください。',
    },
  },
  docs: {
    description: {
      en: 'Fails an `AWS::SQS::QueuePolicy` or `AWS::SNS::TopicPolicy` with an `Allow` statement whose principal is `*` (or `AWS: "*"`) and that has no `Condition`; in Terraform, the `policy` of `aws_sqs_queue_policy` and `aws_sns_topic_policy`.',
      ja: 'プリンシパルが `*`（または `AWS: "*"`）で `Condition` のない `Allow` ステートメントを持つ `AWS::SQS::QueuePolicy` と `AWS::SNS::TopicPolicy` を不合格とします（Terraform では `aws_sqs_queue_policy` と `aws_sns_topic_policy` の `policy`）。',
    },
    rationale: {
      en: 'A public queue or topic can be read, filled or subscribed to by any AWS account: data leaks, poisoned messages and surprise costs.',
      ja: '公開されたキューやトピックは、どの AWS アカウントからでも読み取り、送信、サブスクライブできます。データの漏えい、不正なメッセージ、想定外のコストにつながります。',
    },
    fix: { en: 'Name the service principal (`Service: events.amazonaws.com`) and add `Condition: { ArnEquals: { aws:SourceArn: !GetAtt Rule.Arn } }`.', ja: 'サービスプリンシパル（`Service: events.amazonaws.com`）を指定し、`Condition: { ArnEquals: { aws:SourceArn: !GetAtt Rule.Arn } }` を追加します。' },
    links: [{ title: 'Amazon SQS policy examples', url: 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-basic-examples-of-sqs-policies.html' }],
  },
  check(resource) {
    const policy = policyDocumentOf(resource.properties);
    const key = policy?.key ?? 'PolicyDocument';
    const value = valueAt(policy?.value, ['Statement']);
    const statements = asList(value);
    const results = statements.flatMap((s, i) =>
      isRecord(s) && s['Effect'] === 'Allow' && isEveryone(s['Principal']) && !isPresent(s['Condition'])
        ? [fail('public', undefined, [key, 'Statement', ...(Array.isArray(value) ? [i] : []), 'Principal'])]
        : [],
    );
    return results.length ? results : PASS;
  },
};
