// Functions log structured JSON: the JSON log format, or the Powertools logger (layer or its settings).
import type { Rule } from './types.js';
import { NOT_APPLICABLE, PASS, fail, unknown } from './support/results.js';
import { envNames, hasPowertoolsLayer, isFrameworkHelper } from './support/function-facts.js';
import { isUnresolved, valueAt } from '../iac/values.js';

export const lambdaStructuredLogging: Rule = {
  id: 'lambda-structured-logging',
  title: { en: 'Lambda functions write structured (JSON) logs', ja: 'Lambda 関数は構造化（JSON）ログを出力' },
  severity: 'info',
  lens: { pillar: 'operationalExcellence', question: 'OPS1', choice: 'ops1_structured_logging' },
  aliases: [],
  resourceTypes: ['AWS::Lambda::Function'],
  messages: {
    text: {
      en: 'Function {resource} shows no structured logging: LoggingConfig.LogFormat is not JSON and no Powertools logger is configured.',
      ja: '関数 {resource} に構造化ログの設定が見当たりません。LoggingConfig.LogFormat が JSON ではなく、Powertools のロガーも設定されていません。',
    },
  },
  docs: {
    description: {
      en: 'Passes a function whose `LoggingConfig.LogFormat` is `JSON`, or that uses Powertools for AWS Lambda for logging (a Powertools layer, or `POWERTOOLS_SERVICE_NAME` / `POWERTOOLS_LOG_LEVEL` in its environment, also when written inside an expression such as Terraform\'s `merge(var.base, { POWERTOOLS_SERVICE_NAME = "orders" })` or a branch of `Fn::If`). A format from a parameter is unknown, and so are environment variables the template cannot resolve.',
      ja: '`LoggingConfig.LogFormat` が `JSON` の関数、または Powertools for AWS Lambda のロガーを使う関数（Powertools のレイヤー、または環境変数 `POWERTOOLS_SERVICE_NAME` / `POWERTOOLS_LOG_LEVEL`）を合格とします。Terraform の `merge(var.base, { POWERTOOLS_SERVICE_NAME = "orders" })` や `Fn::If` の分岐のような式の中に書かれた環境変数も認めます。パラメータで指定された形式と、テンプレートから解決できない環境変数は不明として扱います。',
    },
    rationale: {
      en: 'JSON log lines can be filtered and aggregated with CloudWatch Logs Insights by field (request id, customer, latency); free text needs fragile parsing.',
      ja: 'JSON のログはフィールド（リクエスト ID、顧客、レイテンシーなど）で CloudWatch Logs Insights により絞り込みや集計ができます。自由形式のテキストには壊れやすい解析が必要です。',
    },
    fix: {
      en: 'Set `LoggingConfig: { LogFormat: JSON }` (SAM: also in `Globals.Function`), or log with the Powertools logger.',
      ja: '`LoggingConfig: { LogFormat: JSON }` を設定するか（SAM では `Globals.Function` でも可）、Powertools のロガーでログを出力します。',
    },
    differences: {
      en: 'A logging library configured only in code cannot be seen in the template; suppress the finding with that reason.',
      ja: 'コードだけで設定したログライブラリはテンプレートからは見えません。その理由を添えて指摘を抑制してください。',
    },
    links: [
      { title: 'Configuring advanced logging controls for Lambda functions', url: 'https://docs.aws.amazon.com/lambda/latest/dg/monitoring-cloudwatchlogs-advanced.html' },
      { title: 'Powertools for AWS Lambda (Python): Logger', url: 'https://docs.powertools.aws.dev/lambda/python/latest/core/logger/' },
    ],
  },
  check(resource) {
    if (isFrameworkHelper(resource)) return NOT_APPLICABLE;
    const format = valueAt(resource.properties, ['LoggingConfig', 'LogFormat']);
    if (format === 'JSON') return PASS;
    const env = envNames(resource);
    if (hasPowertoolsLayer(resource) || env.names.has('POWERTOOLS_SERVICE_NAME') || env.names.has('POWERTOOLS_LOG_LEVEL')) return PASS;
    if (isUnresolved(format) || isUnresolved(resource.properties['LoggingConfig'])) return unknown(['LoggingConfig', 'LogFormat']);
    // Variables the template cannot resolve may set Powertools up.
    if (!env.complete) return unknown(['Environment', 'Variables']);
    return fail('text', undefined, format === undefined ? undefined : ['LoggingConfig', 'LogFormat']);
  },
};
