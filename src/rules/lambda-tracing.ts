// Lambda functions send traces to AWS X-Ray (TracingConfig.Mode: Active). Alias: serverless-rules WS1000.
import type { Rule } from './types.js';
import { PASS, fail, unknown } from './support/results.js';
import { isUnresolved, valueAt } from '../iac/values.js';

export const lambdaTracing: Rule = {
  id: 'lambda-tracing',
  title: { en: 'Lambda functions have active tracing', ja: 'Lambda 関数のアクティブトレースが有効' },
  severity: 'warning',
  lens: { pillar: 'operationalExcellence', question: 'OPS1', choice: 'ops1_tracing' },
  aliases: ['WS1000'],
  resourceTypes: ['AWS::Lambda::Function'],
  messages: {
    missing: {
      en: 'Function {resource} does not have active tracing (TracingConfig.Mode is not set).',
      ja: '関数 {resource} でアクティブトレースが有効になっていません（TracingConfig.Mode が未設定）。',
    },
    notActive: {
      en: 'Function {resource} has tracing mode {mode}; set it to Active to record traces in AWS X-Ray.',
      ja: '関数 {resource} のトレースモードが {mode} です。AWS X-Ray にトレースを記録するには Active にしてください。',
    },
  },
  docs: {
    description: {
      en: 'Checks that every Lambda function has `TracingConfig.Mode: Active` (SAM: `Tracing: Active`, also through `Globals`).',
      ja: 'すべての Lambda 関数で `TracingConfig.Mode: Active`（SAM では `Tracing: Active`、`Globals` 経由も可）が設定されていることを確認します。',
    },
    rationale: {
      en: 'Distributed traces show where time goes and where errors start across functions and managed services. Without them, a slow or failing request through several services is hard to explain.',
      ja: '分散トレースにより、関数とマネージドサービスをまたぐリクエストのどこで時間がかかり、どこでエラーが始まったかがわかります。トレースがないと、複数のサービスを通る遅いリクエストや失敗の原因を説明するのが難しくなります。',
    },
    fix: {
      en: 'Set `Tracing: Active` on the SAM function (or in `Globals.Function`), or `TracingConfig: { Mode: Active }` on `AWS::Lambda::Function`. The execution role needs `xray:PutTraceSegments` and `xray:PutTelemetryRecords` (SAM adds them).',
      ja: 'SAM 関数（または `Globals.Function`）に `Tracing: Active` を、`AWS::Lambda::Function` には `TracingConfig: { Mode: Active }` を設定します。実行ロールには `xray:PutTraceSegments` と `xray:PutTelemetryRecords` が必要です（SAM は自動で付与します）。',
    },
    links: [
      { title: 'Visualize Lambda function invocations using AWS X-Ray', url: 'https://docs.aws.amazon.com/lambda/latest/dg/services-xray.html' },
      { title: 'AWS::Lambda::Function TracingConfig', url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-lambda-function-tracingconfig.html' },
    ],
  },
  check(resource) {
    const mode = valueAt(resource.properties, ['TracingConfig', 'Mode']);
    if (mode === 'Active') return PASS;
    if (isUnresolved(mode) || isUnresolved(resource.properties['TracingConfig'])) return unknown(['TracingConfig', 'Mode']);
    if (mode === undefined || mode === null) return fail('missing');
    return fail('notActive', { mode: String(mode) }, ['TracingConfig', 'Mode']);
  },
};
