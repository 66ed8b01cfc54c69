// Lambda functions set Timeout explicitly instead of relying on the 3 second default. Alias: ES1006.
import type { Rule } from './types.js';
import { PASS, fail } from './support/results.js';
import { isPresent } from '../iac/values.js';

export const lambdaExplicitTimeout: Rule = {
  id: 'lambda-explicit-timeout',
  title: { en: 'Lambda functions set their timeout', ja: 'Lambda 関数のタイムアウトを明示的に設定' },
  severity: 'warning',
  lens: { pillar: 'costOptimization', question: 'COST1', choice: 'cost1_function_configuration' },
  aliases: ['ES1006'],
  resourceTypes: ['AWS::Lambda::Function'],
  messages: {
    missing: {
      en: 'Function {resource} uses the default timeout (3 seconds); set Timeout to what the function should need at most.',
      ja: '関数 {resource} はデフォルトのタイムアウト（3 秒）を使っています。関数に必要な最大時間を Timeout に設定してください。',
    },
  },
  docs: {
    description: {
      en: 'Checks that every Lambda function sets `Timeout` (SAM: on the function or in `Globals.Function`). Any value passes, including a parameter.',
      ja: 'すべての Lambda 関数で `Timeout` が設定されていることを確認します（SAM では関数または `Globals.Function`）。パラメータを含め、値は問いません。',
    },
    rationale: {
      en: 'A timeout is a cost and resilience control: it bounds what a stuck invocation costs and must fit its caller (API Gateway waits 29 seconds, SQS visibility timeouts must be longer). The 3 second default is rarely chosen on purpose.',
      ja: 'タイムアウトはコストと回復性の制御です。停止した呼び出しのコストを抑え、呼び出し元に合わせる必要があります（API Gateway は 29 秒待ち、SQS の可視性タイムアウトはそれより長くする必要があります）。デフォルトの 3 秒が意図して選ばれることはまれです。',
    },
    fix: {
      en: 'Set `Timeout` (seconds) on the function or in `Globals.Function`, a little above the longest expected duration and below the caller\'s own timeout.',
      ja: '関数または `Globals.Function` に `Timeout`（秒）を設定します。想定される最長の実行時間より少し長く、呼び出し元のタイムアウトより短くします。',
    },
    links: [{ title: 'Configure Lambda function timeout', url: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-timeout.html' }],
  },
  check(resource) {
    return isPresent(resource.properties['Timeout']) ? PASS : fail('missing');
  },
};
