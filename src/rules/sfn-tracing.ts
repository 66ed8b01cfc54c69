// Step Functions state machines send traces to AWS X-Ray. Alias: serverless-rules WS5000.
import type { Rule } from './types.js';
import { PASS, fail, unknown } from './support/results.js';
import { isUnresolved, valueAt } from '../iac/values.js';

export const sfnTracing: Rule = {
  id: 'sfn-tracing',
  title: { en: 'State machines have X-Ray tracing', ja: 'ステートマシンの X-Ray トレースを有効化' },
  severity: 'warning',
  lens: { pillar: 'operationalExcellence', question: 'OPS1', choice: 'ops1_tracing' },
  aliases: ['WS5000'],
  resourceTypes: ['AWS::StepFunctions::StateMachine'],
  messages: {
    disabled: {
      en: 'State machine {resource} does not have X-Ray tracing enabled (TracingConfiguration.Enabled).',
      ja: 'ステートマシン {resource} で X-Ray トレースが有効になっていません（TracingConfiguration.Enabled）。',
    },
  },
  docs: {
    description: {
      en: 'Checks that every state machine sets `TracingConfiguration.Enabled: true` (SAM `AWS::Serverless::StateMachine`: `Tracing: { Enabled: true }`).',
      ja: 'すべてのステートマシンで `TracingConfiguration.Enabled: true` が設定されていることを確認します（SAM の `AWS::Serverless::StateMachine` では `Tracing: { Enabled: true }`）。',
    },
    rationale: {
      en: 'A workflow calls many services; with tracing, each state and each service call appears in one trace, so slow steps and retries are visible.',
      ja: 'ワークフローは多くのサービスを呼び出します。トレースを有効にすると、各ステートと各サービス呼び出しが 1 つのトレースに現れ、遅いステップやリトライが見えるようになります。',
    },
    fix: {
      en: 'Set `TracingConfiguration: { Enabled: true }` on `AWS::StepFunctions::StateMachine`, or `Tracing: { Enabled: true }` on the SAM state machine.',
      ja: '`AWS::StepFunctions::StateMachine` に `TracingConfiguration: { Enabled: true }` を、SAM のステートマシンには `Tracing: { Enabled: true }` を設定します。',
    },
    links: [{ title: 'AWS X-Ray and Step Functions', url: 'https://docs.aws.amazon.com/step-functions/latest/dg/concepts-xray-tracing.html' }],
  },
  check(resource) {
    const config = resource.properties['TracingConfiguration'];
    const enabled = valueAt(config, ['Enabled']);
    if (enabled === true || enabled === 'true') return PASS;
    if (isUnresolved(config) || isUnresolved(enabled)) return unknown(['TracingConfiguration', 'Enabled']);
    return fail('disabled', {}, enabled === undefined ? undefined : ['TracingConfiguration', 'Enabled']);
  },
};
