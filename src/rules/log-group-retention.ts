// Every declared log group keeps its logs for a bounded time (CloudWatch keeps them forever by default).
import type { Rule } from './types.js';
import { PASS, fail, unknown } from './support/results.js';
import { branchValues, isPresent, isUnresolved } from '../iac/values.js';

export const logGroupRetention: Rule = {
  id: 'log-group-retention',
  title: { en: 'Log groups have a retention period', ja: 'ロググループに保持期間を設定' },
  severity: 'warning',
  lens: { pillar: 'costOptimization', question: 'COST1', choice: 'cost1_logging_retention' },
  aliases: ['Serverless-CloudWatchLogGroupRetentionPeriod', 'CKV_AWS_66'],
  resourceTypes: ['AWS::Logs::LogGroup'],
  messages: {
    forever: {
      en: 'Log group {resource} has no RetentionInDays, so its logs are kept (and billed) forever.',
      ja: 'ロググループ {resource} に RetentionInDays がないため、ログが無期限に保持され（課金され）ます。',
    },
  },
  docs: {
    description: {
      en: 'Checks that every `AWS::Logs::LogGroup` — for functions, API access logs, state machines or anything else — sets `RetentionInDays`. A retention the template cannot resolve (a parameter without default) is unknown, and so is one set in only one branch of `Fn::If` while the other is `AWS::NoValue`; when every branch removes it, the check fails.',
      ja: '関数、API のアクセスログ、ステートマシンなど用途を問わず、すべての `AWS::Logs::LogGroup` に `RetentionInDays` が設定されていることを確認します。テンプレートから解決できない保持期間（既定値のないパラメータ）は不明とし、`Fn::If` の一方の分岐だけで設定して他方が `AWS::NoValue` の場合も不明とします。すべての分岐で削除される場合は不合格です。',
    },
    rationale: {
      en: 'Storage of never-expiring logs grows every month; most logs lose their value within weeks.',
      ja: '期限のないログの保存料金は毎月増え続けます。ほとんどのログは数週間で価値を失います。',
    },
    fix: { en: 'Set `RetentionInDays: 30` (or what your audit rules require).', ja: '`RetentionInDays: 30`（または監査要件で求められる日数）を設定します。' },
    links: [{ title: 'Change log data retention in CloudWatch Logs', url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html#SettingLogRetention' }],
  },
  check(resource) {
    // 0 is how Terraform's `retention_in_days` says "never expire" (CloudFormation has no such value): not a retention.
    const values = branchValues(resource.properties['RetentionInDays']).map((value) => (value === 0 || value === '0' ? undefined : value));
    if (!values.some(isPresent)) return fail('forever');
    // A branch that removes the property (AWS::NoValue), or a value the template cannot resolve, may leave it unset.
    if (values.some((value) => !isPresent(value) || isUnresolved(value))) return unknown(['RetentionInDays']);
    return PASS;
  },
};
