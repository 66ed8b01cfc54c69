// Production logging is not at debug level: Lambda log levels, Powertools/LOG_LEVEL settings, REST data traces.
import type { Resource } from '../iac/types.js';
import type { CheckResult, Rule } from './types.js';
import { NOT_APPLICABLE, PASS, fail } from './support/results.js';
import { envVars, isFrameworkHelper } from './support/function-facts.js';
import { isRecord, valueAt } from '../iac/values.js';

const DEBUG = /^(debug|trace)$/i;
const LEVEL_VARIABLES = ['POWERTOOLS_LOG_LEVEL', 'LOG_LEVEL', 'AWS_LAMBDA_LOG_LEVEL'];

function functionResults(fn: Resource): CheckResult[] {
  const results: CheckResult[] = [];
  for (const key of ['ApplicationLogLevel', 'SystemLogLevel']) {
    const level = valueAt(fn.properties, ['LoggingConfig', key]);
    if (typeof level === 'string' && DEBUG.test(level)) results.push(fail('lambdaLevel', { setting: `LoggingConfig.${key}`, level }, ['LoggingConfig', key]));
  }
  const env = envVars(fn);
  for (const name of LEVEL_VARIABLES) {
    const level = env[name];
    if (typeof level === 'string' && DEBUG.test(level)) results.push(fail('lambdaLevel', { setting: name, level }, ['Environment', 'Variables', name]));
  }
  return results;
}

export const lambdaLogLevel: Rule = {
  id: 'lambda-log-level',
  title: { en: 'Logs are not written at debug level', ja: 'ログをデバッグレベルで出力しない' },
  severity: 'warning',
  lens: { pillar: 'costOptimization', question: 'COST1', choice: 'cost1_logging_retention' },
  aliases: ['CKV_AWS_276'],
  resourceTypes: ['AWS::Lambda::Function', 'AWS::ApiGateway::Stage'],
  messages: {
    lambdaLevel: {
      en: 'Function {resource} logs at {level} ({setting}); debug output multiplies log ingestion cost in production.',
      ja: '関数 {resource} のログレベルが {level}（{setting}）です。本番環境ではデバッグ出力がログの取り込みコストを何倍にもします。',
    },
    dataTrace: {
      en: 'Stage {resource} logs full requests and responses (DataTraceEnabled); that is costly and may write sensitive data to the logs.',
      ja: 'ステージ {resource} がリクエストとレスポンスの全体をログに出力しています（DataTraceEnabled）。コストがかかり、機密データがログに残るおそれがあります。',
    },
  },
  docs: {
    description: {
      en: 'Fails a function whose `LoggingConfig.ApplicationLogLevel` or `SystemLogLevel` is `DEBUG`/`TRACE`, or whose `POWERTOOLS_LOG_LEVEL`, `LOG_LEVEL` or `AWS_LAMBDA_LOG_LEVEL` variable is, and a REST API stage with `DataTraceEnabled: true` in its method settings.',
      ja: '`LoggingConfig.ApplicationLogLevel` または `SystemLogLevel` が `DEBUG`/`TRACE` の関数、環境変数 `POWERTOOLS_LOG_LEVEL`、`LOG_LEVEL`、`AWS_LAMBDA_LOG_LEVEL` がそれらの値の関数、メソッド設定で `DataTraceEnabled: true` の REST API ステージを不合格とします。',
    },
    rationale: {
      en: 'CloudWatch Logs charges per GB ingested; debug logging and full request traces are often the largest part of a serverless bill, and they can leak personal data.',
      ja: 'CloudWatch Logs は取り込んだ GB 単位で課金されます。デバッグログやリクエスト全体のトレースはサーバーレスの請求の大部分を占めることが多く、個人データが漏れるおそれもあります。',
    },
    fix: {
      en: 'Use `INFO` or `WARN` in production and raise the level per stage through a parameter; set `DataTraceEnabled: false` (use access logs instead).',
      ja: '本番環境では `INFO` または `WARN` を使い、必要なステージだけパラメータでレベルを上げます。`DataTraceEnabled: false` にしてアクセスログを使います。',
    },
    links: [{ title: 'Log-level filtering for Lambda functions', url: 'https://docs.aws.amazon.com/lambda/latest/dg/monitoring-cloudwatchlogs-log-level.html' }],
  },
  check(resource) {
    if (resource.type === 'AWS::ApiGateway::Stage') {
      const settings = resource.properties['MethodSettings'];
      if (!Array.isArray(settings)) return PASS;
      const results = settings.flatMap((s, i) => (isRecord(s) && (s['DataTraceEnabled'] === true || s['DataTraceEnabled'] === 'true') ? [fail('dataTrace', undefined, ['MethodSettings', i, 'DataTraceEnabled'])] : []));
      return results.length ? results : PASS;
    }
    if (isFrameworkHelper(resource)) return NOT_APPLICABLE;
    const results = functionResults(resource);
    return results.length ? results : PASS;
  },
};
