// Queue and topic policies that let an AWS service in name the source (confused deputy).
import type { CheckResult, Rule } from './types.js';
import { NOT_APPLICABLE, PASS, fail, unknown } from './support/results.js';
import { asList } from './support/function-facts.js';
import { policyDocumentOf, servicePrincipals } from './support/policies.js';
import { isRecord, isUnresolved, valueAt } from '../iac/values.js';

/** Condition keys that tie a service's request to one source resource, account or organization. */
const SOURCE_KEYS = new Set(['aws:sourcearn', 'aws:sourceaccount', 'aws:sourceowner', 'aws:sourceorgid', 'aws:sourceorgpaths']);

/** 'scoped', 'open' or 'unknown' for one statement's Condition block. */
function conditionScope(condition: unknown): 'scoped' | 'open' | 'unknown' {
  if (condition === undefined || condition === null) return 'open';
  if (!isRecord(condition)) return 'unknown';
  let unresolved = false;
  for (const operator of Object.values(condition)) {
    if (!isRecord(operator)) {
      unresolved = true;
      continue;
    }
    if (Object.keys(operator).some((key) => SOURCE_KEYS.has(key.toLowerCase()))) return 'scoped';
  }
  return unresolved ? 'unknown' : 'open';
}

export const queueTopicPolicySourceScoped: Rule = {
  id: 'queue-topic-policy-source-scoped',
  title: { en: 'Service access to queues and topics names its source', ja: 'キューとトピックへのサービスのアクセスで送信元を限定' },
  severity: 'warning',
  lens: { pillar: 'security', question: 'SEC2', choice: 'sec2_resource_policies' },
  aliases: [],
  resourceTypes: ['AWS::SQS::QueuePolicy', 'AWS::SNS::TopicPolicy'],
  messages: {
    service: {
      en: 'Policy {resource} lets {principal} act on the queue or topic for any source; add an aws:SourceArn or aws:SourceAccount condition to stop confused-deputy requests.',
      ja: 'ポリシー {resource} は、{principal} に送信元を問わずキューやトピックへのアクセスを許可しています。混乱した代理（confused deputy）による要求を防ぐために、aws:SourceArn か aws:SourceAccount の条件を追加してください。',
    },
  },
  docs: {
    description: {
      en: 'Checks each `Allow` statement of an `AWS::SQS::QueuePolicy` or `AWS::SNS::TopicPolicy` whose principal is an AWS service (`Service: *.amazonaws.com`, also written with `${AWS::URLSuffix}`, alone or in a list): it must carry a condition on `aws:SourceArn`, `aws:SourceAccount`, `aws:SourceOwner`, `aws:SourceOrgID` or `aws:SourceOrgPaths`. In Terraform, `aws_sqs_queue_policy` and `aws_sns_topic_policy` are read from their `policy` (jsonencode or JSON text). A condition or principal that cannot be read makes the answer unknown. Statements open to everyone are judged by `queue-topic-policy-not-public`.',
      ja: '`AWS::SQS::QueuePolicy` と `AWS::SNS::TopicPolicy` の `Allow` ステートメントのうち、プリンシパルが AWS のサービス（`Service: *.amazonaws.com`。`${AWS::URLSuffix}` を使った書き方も、リスト内の書き方も含む）のものを確認します。`aws:SourceArn`、`aws:SourceAccount`、`aws:SourceOwner`、`aws:SourceOrgID`、`aws:SourceOrgPaths` のいずれかの条件が必要です。Terraform の `aws_sqs_queue_policy` と `aws_sns_topic_policy` は `policy`（jsonencode または JSON テキスト）から読み取ります。条件やプリンシパルが読み取れない場合は不明とします。だれにでも開かれたステートメントは `queue-topic-policy-not-public` が判定します。',
    },
    rationale: {
      en: 'A service principal alone trusts the service on behalf of every customer: another account\'s rule, bucket or topic can make the service send into your queue or publish to your topic.',
      ja: 'サービスプリンシパルだけでは、そのサービスをすべての利用者の代理として信頼することになります。別のアカウントのルール、バケット、トピックが、サービスを通じてキューに送信したりトピックに発行したりできます。',
    },
    fix: {
      en: 'Add `Condition: { ArnEquals: { aws:SourceArn: !GetAtt Rule.Arn } }` (or `StringEquals: { aws:SourceAccount: !Ref AWS::AccountId }`) to the statement.',
      ja: 'ステートメントに `Condition: { ArnEquals: { aws:SourceArn: !GetAtt Rule.Arn } }`（または `StringEquals: { aws:SourceAccount: !Ref AWS::AccountId }`）を追加します。',
    },
    links: [{ title: 'The confused deputy problem', url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html' }],
  },
  check(resource) {
    const policy = policyDocumentOf(resource.properties);
    if (!policy) return NOT_APPLICABLE;
    if (isUnresolved(policy.value)) return unknown([policy.key]);
    const value = valueAt(policy.value, ['Statement']);
    if (isUnresolved(value)) return unknown([policy.key, 'Statement']);
    const results: CheckResult[] = [];
    let judged = false;
    let unread = false;
    asList(value).forEach((statement, i) => {
      if (!isRecord(statement) || statement['Effect'] !== 'Allow') return;
      const path = [policy.key, 'Statement', ...(Array.isArray(value) ? [i] : [])];
      const principal = statement['Principal'];
      if (!isRecord(principal)) return;
      const { services, unread: unreadService } = servicePrincipals(principal['Service']);
      if (services.length === 0 && !unreadService) return;
      judged = true;
      const scope = conditionScope(statement['Condition']);
      if (scope === 'scoped') return;
      // An open statement fails for the services it names; a service it names unreadably may be one too.
      if (scope === 'open' && services.length) results.push(fail('service', { principal: services.join(' / ') }, [...path, 'Principal']));
      else unread = true;
    });
    if (results.length) return results;
    if (unread) return unknown([policy.key, 'Statement']);
    return judged ? PASS : NOT_APPLICABLE;
  },
};
