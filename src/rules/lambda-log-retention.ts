// Each function's log group is declared with a retention period. Alias: serverless-rules WS1004.
import type { Rule } from './types.js';
import { NOT_APPLICABLE, PASS, fail, unknown } from './support/results.js';
import { isPresent, literalString } from '../iac/values.js';

export const lambdaLogRetention: Rule = {
  id: 'lambda-log-retention',
  title: { en: 'Lambda log groups have a retention period', ja: 'Lambda のロググループに保持期間を設定' },
  severity: 'warning',
  lens: { pillar: 'costOptimization', question: 'COST1', choice: 'cost1_logging_retention' },
  aliases: ['WS1004'],
  resourceTypes: ['AWS::Lambda::Function'],
  messages: {
    noLogGroup: {
      en: 'Function {resource} has no log group in the template; Lambda creates one that keeps logs forever. Declare it with RetentionInDays.',
      ja: '関数 {resource} のロググループがテンプレートにありません。Lambda が作成するロググループはログを無期限に保持します。RetentionInDays を付けて宣言してください。',
    },
    noRetention: {
      en: 'Log group {logGroup} of function {resource} has no RetentionInDays; its logs are kept forever.',
      ja: '関数 {resource} のロググループ {logGroup} に RetentionInDays がありません。ログが無期限に保持されます。',
    },
  },
  docs: {
    description: {
      en: 'Finds each function\'s log group in the template — the one named by `LoggingConfig.LogGroup`, an `AWS::Logs::LogGroup` whose name references the function (`!Sub /aws/lambda/${Fn}`), or one named `/aws/lambda/<FunctionName>` (also when both are written with the same expression), or a CDK `Custom::LogRetention` — and checks it sets `RetentionInDays`. A declared `AWS::Logs::LogGroup` without `RetentionInDays` is reported once, at the log group, by `log-group-retention` (however many functions reach it, by name or by `LoggingConfig`).',
      ja: '各関数のロググループをテンプレートから探し（`LoggingConfig.LogGroup` で指定されたもの、名前で関数を参照する `AWS::Logs::LogGroup`（`!Sub /aws/lambda/${Fn}`）、`/aws/lambda/<FunctionName>` という名前のもの（両方が同じ式で書かれている場合を含む）、CDK の `Custom::LogRetention`）、`RetentionInDays` が設定されていることを確認します。`RetentionInDays` のない `AWS::Logs::LogGroup` は、いくつの関数から（名前や `LoggingConfig` で）たどれても、`log-group-retention` がロググループで一度だけ指摘します。',
    },
    rationale: {
      en: 'Log groups that Lambda creates on first invocation never expire, so storage cost grows forever and old data outlives any retention policy. Declaring the log group also lets the stack delete it.',
      ja: 'Lambda が初回の呼び出しで作成するロググループは期限切れにならないため、保存コストは増え続け、古いデータが保持方針を超えて残ります。ロググループを宣言すれば、スタックの削除時に一緒に削除することもできます。',
    },
    fix: {
      en: 'Add `FnLogGroup: { Type: AWS::Logs::LogGroup, Properties: { LogGroupName: !Sub "/aws/lambda/${Fn}", RetentionInDays: 30 } }`, or point `LoggingConfig.LogGroup` at a log group with `RetentionInDays`.',
      ja: '`FnLogGroup: { Type: AWS::Logs::LogGroup, Properties: { LogGroupName: !Sub "/aws/lambda/${Fn}", RetentionInDays: 30 } }` を追加するか、`LoggingConfig.LogGroup` で `RetentionInDays` を持つロググループを指定します。',
    },
    differences: {
      en: 'WS1004 ignores `LoggingConfig.LogGroup` and CDK log retention and cannot match names written with the same intrinsic on both sides; this rule accepts all three.',
      ja: 'WS1004 は `LoggingConfig.LogGroup` と CDK のログ保持を無視し、両側が同じ組み込み関数で書かれた名前を照合できません。このルールは 3 つとも受け入れます。',
    },
    links: [
      { title: 'Working with log groups and log streams (retention)', url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html' },
      { title: 'Configuring advanced logging controls for Lambda functions', url: 'https://docs.aws.amazon.com/lambda/latest/dg/monitoring-cloudwatchlogs-advanced.html' },
    ],
  },
  check(resource, { graph }) {
    const group = graph.logGroupOf(resource);
    if (group === 'external') return unknown(['LoggingConfig', 'LogGroup']);
    if (!group) return fail('noLogGroup');
    if (isPresent(group.properties['RetentionInDays'])) return PASS;
    // A declared log group without retention is reported once, at the log group, by log-group-retention.
    if (group.type === 'AWS::Logs::LogGroup') return NOT_APPLICABLE;
    return fail('noRetention', { logGroup: literalString(group.properties['LogGroupName']) ?? group.logicalId });
  },
};
