// Evidence of managed services integrated directly, without a function in between.
import type { Rule } from './types.js';
import { PASS, unknown } from './support/results.js';
import { readDefinition, taskService } from './support/state-machine-definition.js';
import { patternOf, valueAt } from '../iac/values.js';

export const directServiceIntegration: Rule = {
  id: 'direct-service-integration',
  title: { en: 'Managed services are integrated directly where possible', ja: '可能な場合はマネージドサービスを直接統合' },
  severity: 'info',
  lens: { pillar: 'performance', question: 'PERF1', choice: 'perf1_direct_integrations' },
  aliases: [],
  resourceTypes: ['AWS::ApiGateway::Method', 'AWS::ApiGatewayV2::Integration', 'AWS::Pipes::Pipe', 'AWS::StepFunctions::StateMachine'],
  messages: {},
  evidenceOnly: true,
  docs: {
    description: {
      en: 'Evidence only: a REST method with an `AWS` integration to a service other than Lambda, an HTTP API integration with an `IntegrationSubtype` (SQS, EventBridge, Step Functions…), an EventBridge pipe, or a state machine with a task that calls a service other than Lambda support the choice. Integrations that invoke a function are unknown.',
      ja: 'エビデンス専用です。Lambda 以外のサービスへの `AWS` 統合を持つ REST メソッド、`IntegrationSubtype`（SQS、EventBridge、Step Functions など）を持つ HTTP API の統合、EventBridge Pipes、Lambda 以外のサービスを呼び出すタスクを持つステートマシンは選択肢を裏付けます。関数を呼び出す統合は不明です。',
    },
    rationale: {
      en: 'A function that only moves data from one service to another adds latency, cost, code and a failure point; the services can often talk directly.',
      ja: 'あるサービスから別のサービスにデータを渡すだけの関数は、レイテンシー、コスト、コード、障害点を増やします。多くの場合、サービス同士は直接連携できます。',
    },
    fix: { en: 'Send API requests straight to SQS, EventBridge or Step Functions, call AWS SDK integrations from Step Functions, and connect sources to targets with EventBridge Pipes.', ja: 'API リクエストを SQS、EventBridge、Step Functions に直接送り、Step Functions から AWS SDK 統合を呼び出し、ソースとターゲットを EventBridge Pipes で接続します。' },
    links: [{ title: 'Working with AWS service integrations for HTTP APIs', url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-aws-services.html' }],
  },
  check(resource) {
    switch (resource.type) {
      case 'AWS::Pipes::Pipe':
        return PASS;
      case 'AWS::ApiGatewayV2::Integration':
        return resource.properties['IntegrationSubtype'] !== undefined ? PASS : unknown();
      case 'AWS::ApiGateway::Method': {
        const type = valueAt(resource.properties, ['Integration', 'Type']);
        const uri = patternOf(valueAt(resource.properties, ['Integration', 'Uri'])) ?? '';
        return type === 'AWS' && !/:lambda:path\//.test(uri) ? PASS : unknown();
      }
      default: {
        const definition = readDefinition(resource);
        const services = (definition?.states ?? []).filter(({ state }) => state['Type'] === 'Task').map(({ state }) => taskService(state));
        return services.some((s) => s !== undefined && s !== 'lambda' && !s.startsWith('lambda:')) ? PASS : unknown();
      }
    }
  },
};
