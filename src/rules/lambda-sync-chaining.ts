// Functions do not orchestrate other functions by invoking them; state machines orchestrate.
import type { Resource } from '../iac/types.js';
import type { Rule } from './types.js';
import { NOT_APPLICABLE, PASS, fail } from './support/results.js';
import { invokedFunctions, isDurable, isFrameworkHelper } from './support/function-facts.js';

export const lambdaSyncChaining: Rule = {
  id: 'lambda-sync-chaining',
  title: { en: 'Functions do not orchestrate other functions', ja: '関数でほかの関数をオーケストレーションしない' },
  severity: 'info',
  lens: { pillar: 'reliability', question: 'REL2', choice: 'rel2_orchestration' },
  aliases: [],
  resourceTypes: ['AWS::Lambda::Function', 'AWS::StepFunctions::StateMachine'],
  messages: {
    chains: {
      en: 'Function {resource} may invoke {targets} directly; a workflow of functions is easier to retry, time out and observe as a Step Functions state machine.',
      ja: '関数 {resource} は {targets} を直接呼び出せます。関数をつなぐワークフローは、Step Functions のステートマシンにすると再試行、タイムアウト、監視が容易になります。',
    },
  },
  docs: {
    description: {
      en: 'A state machine passes: the workload orchestrates with Step Functions; so does a Lambda durable function (`DurableConfig`, or the durable execution managed policy on its role), which checkpoints each step. A function whose role allows `lambda:InvokeFunction` on another function of the template (inline or attached statements, or the SAM `LambdaInvokePolicy` template) is reported; other functions are not judged.',
      ja: 'ステートマシンは合格です（ワークロードが Step Functions でオーケストレーションしているため）。各ステップをチェックポイントする Lambda の durable functions（`DurableConfig`、またはロールの durable execution 用マネージドポリシー）も合格です。ロールでテンプレート内のほかの関数への `lambda:InvokeFunction` を許可している関数（インラインまたはアタッチされたステートメント、SAM の `LambdaInvokePolicy` テンプレート）を指摘します。それ以外の関数は判定しません。',
    },
    rationale: {
      en: 'A function that waits for another pays for both, multiplies timeouts and retries, and hides the workflow in code. A state machine makes each step visible, retried and timed out on its own.',
      ja: 'ほかの関数を待つ関数は両方の料金を払い、タイムアウトと再試行を掛け合わせ、ワークフローをコードの中に隠します。ステートマシンなら各ステップが見え、個別に再試行とタイムアウトが設定できます。',
    },
    fix: { en: 'Move the sequence into a Step Functions state machine (or publish events and let the next function subscribe).', ja: '一連の処理を Step Functions のステートマシンに移します（またはイベントを発行し、次の関数にサブスクライブさせます）。' },
    links: [{ title: 'Anti-patterns in Lambda-based applications: Lambda functions calling Lambda functions', url: 'https://docs.aws.amazon.com/lambda/latest/operatorguide/functions-calling-functions.html' }],
  },
  check(resource, { graph }) {
    if (resource.type === 'AWS::StepFunctions::StateMachine') return PASS;
    if (isFrameworkHelper(resource)) return NOT_APPLICABLE;
    if (isDurable(resource, graph)) return PASS;
    // Starting a durable function, or sending it a callback, hands the work to a checkpointed workflow: not chaining.
    const targets = invokedFunctions(resource, graph).filter((id) => !isDurable(graph.get(id) as Resource, graph));
    return targets.length ? fail('chains', { targets: targets.join(', ') }) : NOT_APPLICABLE;
  },
};
