// Functions, APIs, state machines, pipes, dead-letter queues and the queues that feed functions or pipes have a
// CloudWatch alarm on the metrics AWS publishes for them.
import type { Resource, ResourceGraph } from '../iac/types.js';
import type { Rule } from './types.js';
import { NOT_APPLICABLE, PASS, fail } from './support/results.js';
import { isFrameworkHelper } from './support/function-facts.js';
import { patternOf } from '../iac/values.js';

function nameOf(resource: Resource): string | undefined {
  const key = resource.type === 'AWS::Lambda::Function' ? 'FunctionName' : resource.type === 'AWS::StepFunctions::StateMachine' ? 'StateMachineName' : resource.type === 'AWS::SQS::Queue' ? 'QueueName' : 'Name';
  return patternOf(resource.properties[key]);
}

/** A queue read by an event source mapping (`EventSourceArn`) or an EventBridge pipe (`Source`). */
function isSourceQueue(queue: Resource, graph: ResourceGraph): boolean {
  return graph.referencing(queue.logicalId).some(
    (ref) => (ref.from.type === 'AWS::Lambda::EventSourceMapping' && ref.path[0] === 'EventSourceArn') || (ref.from.type === 'AWS::Pipes::Pipe' && ref.path[0] === 'Source'),
  );
}

export const resourceAlarm: Rule = {
  id: 'resource-alarm',
  title: { en: 'Functions, APIs, state machines, pipes, dead-letter and source queues have CloudWatch alarms', ja: '関数、API、ステートマシン、パイプ、デッドレターキュー、ソースキューに CloudWatch アラームを設定' },
  severity: 'warning',
  lens: { pillar: 'operationalExcellence', question: 'OPS1', choice: 'ops1_managed_metrics' },
  aliases: [],
  resourceTypes: ['AWS::Lambda::Function', 'AWS::StepFunctions::StateMachine', 'AWS::ApiGateway::RestApi', 'AWS::ApiGatewayV2::Api', 'AWS::SQS::Queue', 'AWS::Pipes::Pipe'],
  messages: {
    function: {
      en: 'Function {resource} has no CloudWatch alarm on its metrics (Errors, Throttles); failures would go unnoticed until someone looks.',
      ja: '関数 {resource} のメトリクス（Errors、Throttles）に CloudWatch アラームがありません。誰かが確認するまで障害に気付けません。',
    },
    api: {
      en: 'API {resource} has no CloudWatch alarm on its metrics (5XXError, Latency); failures would go unnoticed until someone looks.',
      ja: 'API {resource} のメトリクス（5XXError、Latency）に CloudWatch アラームがありません。誰かが確認するまで障害に気付けません。',
    },
    deadLetterQueue: {
      en: 'Dead-letter queue {resource} has no CloudWatch alarm (ApproximateNumberOfMessagesVisible); failed messages would pile up unseen until they expire.',
      ja: 'デッドレターキュー {resource} に CloudWatch アラーム（ApproximateNumberOfMessagesVisible）がありません。失敗したメッセージが気付かれないまま溜まり、期限切れで消えます。',
    },
    sourceQueue: {
      en: 'Queue {resource} feeds a function or pipe but has no CloudWatch alarm (ApproximateAgeOfOldestMessage); a stalled consumer would let messages age unseen until they expire.',
      ja: 'キュー {resource} は関数やパイプにメッセージを渡していますが、CloudWatch アラーム（ApproximateAgeOfOldestMessage）がありません。処理が止まってもメッセージは気付かれないまま古くなり、期限切れで消えます。',
    },
    pipe: {
      en: 'Pipe {resource} has no CloudWatch alarm on its metrics (ExecutionFailed, TargetStageFailed); events it fails to deliver would go unnoticed until someone looks.',
      ja: 'パイプ {resource} のメトリクス（ExecutionFailed、TargetStageFailed）に CloudWatch アラームがありません。届けられなかったイベントに、誰かが確認するまで気付けません。',
    },
    stateMachine: {
      en: 'State machine {resource} has no CloudWatch alarm on its metrics (ExecutionsFailed, ExecutionsTimedOut); failures would go unnoticed until someone looks.',
      ja: 'ステートマシン {resource} のメトリクス（ExecutionsFailed、ExecutionsTimedOut）に CloudWatch アラームがありません。誰かが確認するまで障害に気付けません。',
    },
  },
  docs: {
    description: {
      en: 'Checks that every Lambda function, REST or HTTP API, state machine, EventBridge pipe, dead-letter queue and queue that feeds a function (event source mapping) or a pipe (`Source`) is the subject of at least one `AWS::CloudWatch::Alarm`: an alarm whose dimensions (single metric or metric math) reference the resource, or name it literally. Functions that CDK adds for its own plumbing are skipped.',
      ja: 'すべての Lambda 関数、REST/HTTP API、ステートマシン、EventBridge のパイプ、デッドレターキュー、関数（イベントソースマッピング）やパイプ（`Source`）にメッセージを渡すキューが少なくとも 1 つの `AWS::CloudWatch::Alarm` の対象になっていることを確認します。アラームのディメンション（単一メトリクスまたはメトリクス計算）がリソースを参照しているか、名前を直接指定していれば対象とみなします。CDK が内部用に追加する関数は対象外です。',
    },
    rationale: {
      en: 'AWS publishes errors, throttles, latency and failed executions for free. Alarms on them are the cheapest way to learn about a problem before your users report it.',
      ja: 'AWS はエラー、スロットリング、レイテンシー、失敗した実行のメトリクスを無料で発行しています。それらへのアラームは、利用者から報告される前に問題に気付く最も安価な方法です。',
    },
    fix: {
      en: 'Add an alarm per resource, for example on `AWS/Lambda` `Errors` with the dimension `FunctionName: !Ref MyFunction`, on `AWS/ApiGateway` `5XXError`, or on `AWS/States` `ExecutionsFailed` with `StateMachineArn: !Ref MyStateMachine`.',
      ja: 'リソースごとにアラームを追加します。例: `AWS/Lambda` の `Errors`（ディメンション `FunctionName: !Ref MyFunction`）、`AWS/ApiGateway` の `5XXError`、`AWS/States` の `ExecutionsFailed`（`StateMachineArn: !Ref MyStateMachine`）。',
    },
    links: [
      { title: 'Using Amazon CloudWatch alarms', url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html' },
      { title: 'Types of metrics for Lambda functions', url: 'https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html' },
    ],
  },
  check(resource, { graph }) {
    if (resource.type === 'AWS::Lambda::Function' && isFrameworkHelper(resource)) return NOT_APPLICABLE;
    if (resource.type === 'AWS::ApiGatewayV2::Api' && resource.properties['ProtocolType'] !== 'HTTP') return NOT_APPLICABLE;
    const deadLetter = resource.type === 'AWS::SQS::Queue' && graph.isDeadLetterQueue(resource);
    if (resource.type === 'AWS::SQS::Queue' && !deadLetter && !isSourceQueue(resource, graph)) return NOT_APPLICABLE;
    const targets = graph.alarmTargets();
    const name = nameOf(resource);
    if (targets.ids.has(resource.logicalId) || (name !== undefined && targets.names.has(name))) return PASS;
    const id = { 'AWS::Lambda::Function': 'function', 'AWS::StepFunctions::StateMachine': 'stateMachine', 'AWS::SQS::Queue': deadLetter ? 'deadLetterQueue' : 'sourceQueue', 'AWS::Pipes::Pipe': 'pipe' }[resource.type] ?? 'api';
    return fail(id);
  },
};
