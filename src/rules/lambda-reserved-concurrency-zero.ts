// A reserved concurrency of zero disables a function: every invocation is throttled. Often a leftover of an
// incident ("stop it now") or a copied setting; either way it deserves a look rather than counting as planning.
import type { Rule } from './types.js';
import { NOT_APPLICABLE, fail, unknown } from './support/results.js';
import { isFrameworkHelper } from './support/function-facts.js';
import { isUnresolved } from '../iac/values.js';

export const lambdaReservedConcurrencyZero: Rule = {
  id: 'lambda-reserved-concurrency-zero',
  title: { en: 'Functions are not disabled by a reserved concurrency of zero', ja: '予約同時実行数 0 で関数を無効にしていない' },
  severity: 'warning',
  lens: { pillar: 'reliability', question: 'REL2', choice: 'rel2_burst_scaling' },
  aliases: [],
  resourceTypes: ['AWS::Lambda::Function'],
  messages: {
    disabled: {
      en: 'Function {resource} sets ReservedConcurrentExecutions to 0, so Lambda throttles every invocation: the function is disabled. Remove the setting or reserve the concurrency it needs.',
      ja: '関数 {resource} は ReservedConcurrentExecutions を 0 にしているため、Lambda はすべての呼び出しをスロットリングします。関数は無効になっています。設定を削除するか、必要な同時実行数を予約してください。',
    },
  },
  docs: {
    description: {
      en: 'Fails a function whose `ReservedConcurrentExecutions` (Serverless Framework `reservedConcurrency`, Terraform `reserved_concurrent_executions`) is 0. Other values are judged by `lambda-burst-capacity`; a value from a parameter without default is unknown.',
      ja: '`ReservedConcurrentExecutions`（Serverless Framework では `reservedConcurrency`、Terraform では `reserved_concurrent_executions`）が 0 の関数を不合格とします。ほかの値は `lambda-burst-capacity` が判定します。既定値のないパラメータから来る値は不明です。',
    },
    rationale: {
      en: 'Zero reserved concurrency is how AWS lets you stop a function in an emergency. Left in a template, it silently drops or delays every event the function should handle.',
      ja: '予約同時実行数 0 は、緊急時に関数を止めるための手段です。テンプレートに残ったままだと、関数が処理すべきイベントがすべて黙って失われるか遅れます。',
    },
    fix: {
      en: 'Remove `ReservedConcurrentExecutions`, or set it to the concurrency the function needs. If the function is meant to be off, remove it from the template, or suppress the finding with that reason.',
      ja: '`ReservedConcurrentExecutions` を削除するか、関数に必要な同時実行数を設定します。関数を止めておくのが意図なら、テンプレートから関数を削除するか、その理由を添えて指摘を抑制します。',
    },
    links: [{ title: 'Configuring reserved concurrency for a function', url: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html' }],
  },
  check(resource) {
    if (isFrameworkHelper(resource)) return NOT_APPLICABLE;
    const reserved = resource.properties['ReservedConcurrentExecutions'];
    if (isUnresolved(reserved)) return unknown(['ReservedConcurrentExecutions']);
    return Number(reserved) === 0 && reserved !== null && reserved !== '' ? fail('disabled', undefined, ['ReservedConcurrentExecutions']) : NOT_APPLICABLE;
  },
};
