// Every target of an EventBridge rule has a dead-letter queue. Alias: serverless-rules ES4000.
import type { CheckResult, Rule } from './types.js';
import { NOT_APPLICABLE, PASS, fail, unknown } from './support/results.js';
import { isPresent, isRecord, isUnresolved, valueAt } from '../iac/values.js';

export const eventbridgeTargetDlq: Rule = {
  id: 'eventbridge-target-dlq',
  title: { en: 'EventBridge rule targets have a dead-letter queue', ja: 'EventBridge ルールのターゲットにデッドレターキューを設定' },
  severity: 'error',
  lens: { pillar: 'reliability', question: 'REL2', choice: 'rel2_failures' },
  aliases: ['ES4000'],
  resourceTypes: ['AWS::Events::Rule'],
  messages: {
    missing: {
      en: 'Target {target} of rule {resource} has no dead-letter queue (DeadLetterConfig.Arn); events that cannot be delivered are dropped.',
      ja: 'ルール {resource} のターゲット {target} にデッドレターキュー（DeadLetterConfig.Arn）がありません。配信できなかったイベントは破棄されます。',
    },
  },
  docs: {
    description: {
      en: 'Checks that each entry of an `AWS::Events::Rule`\'s `Targets` has `DeadLetterConfig.Arn`. SAM `Schedule`, `EventBridgeRule` and `CloudWatchEvent` events set it with their `DeadLetterConfig`. A rule without targets is not judged. One finding per target.',
      ja: '`AWS::Events::Rule` の `Targets` の各要素に `DeadLetterConfig.Arn` があることを確認します。SAM の `Schedule`、`EventBridgeRule`、`CloudWatchEvent` イベントでは `DeadLetterConfig` で設定します。ターゲットのないルールは判定しません。ターゲットごとに 1 件報告します。',
    },
    rationale: {
      en: 'EventBridge retries delivery for up to 24 hours and then drops the event. A dead-letter queue keeps those events so they can be inspected and replayed.',
      ja: 'EventBridge は最大 24 時間配信を再試行し、その後イベントを破棄します。デッドレターキューがあれば、そうしたイベントを保持して調査や再処理ができます。',
    },
    fix: {
      en: 'Add `DeadLetterConfig: { Arn: !GetAtt TargetDLQ.Arn }` to each target (SAM event: `DeadLetterConfig: { Type: SQS }`), and a queue policy allowing `events.amazonaws.com` to send messages.',
      ja: '各ターゲットに `DeadLetterConfig: { Arn: !GetAtt TargetDLQ.Arn }` を追加し（SAM のイベントでは `DeadLetterConfig: { Type: SQS }`）、`events.amazonaws.com` からの送信を許可するキューポリシーを設定します。',
    },
    links: [{ title: 'Using dead-letter queues to process undelivered events in EventBridge', url: 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-rule-dlq.html' }],
  },
  check(resource) {
    const targets = resource.properties['Targets'];
    if (isUnresolved(targets)) return unknown(['Targets']);
    if (!Array.isArray(targets) || targets.length === 0) return NOT_APPLICABLE;
    return targets.map((target, index): CheckResult => {
      if (isUnresolved(target)) return unknown(['Targets', index]);
      const dlq = valueAt(target, ['DeadLetterConfig', 'Arn']);
      if (isPresent(dlq)) return PASS;
      const id = isRecord(target) && typeof target['Id'] === 'string' ? target['Id'] : `#${index + 1}`;
      return fail('missing', { target: id }, ['Targets', index]);
    });
  },
};
