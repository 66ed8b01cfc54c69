// A function that waits for another function gives it the time it is allowed to run.
import type { Resource } from '../iac/types.js';
import type { CheckResult, Rule } from './types.js';
import { NOT_APPLICABLE, PASS, fail, unknown } from './support/results.js';
import { invokedFunctions, isDurable, isFrameworkHelper, timeoutOf } from './support/function-facts.js';

export const lambdaSyncCallTimeout: Rule = {
  id: 'lambda-sync-call-timeout',
  title: { en: 'A calling function outlasts the function it calls', ja: '呼び出し元の関数は呼び出し先より長く待てる' },
  severity: 'warning',
  lens: { pillar: 'reliability', question: 'REL2', choice: 'rel2_failures' },
  aliases: [],
  resourceTypes: ['AWS::Lambda::Function'],
  messages: {
    shorter: {
      en: 'Function {resource} may invoke {target}, which may run for {calleeTimeout} s, but times out after {callerTimeout} s; a synchronous call is cut off before {target} finishes.',
      ja: '関数 {resource} は最大 {calleeTimeout} 秒実行できる {target} を呼び出せますが、{callerTimeout} 秒でタイムアウトします。同期呼び出しは {target} が終わる前に打ち切られます。',
    },
  },
  docs: {
    description: {
      en: 'For each function whose role allows `lambda:InvokeFunction` on another function of the template (the relation `lambda-sync-chaining` reads), compares the two `Timeout` values (default 3 s): the caller must be allowed at least as long as the callee. A timeout from a parameter without default is unknown. Durable functions (`DurableConfig`) checkpoint and resume, so calls from or to them are not judged.',
      ja: 'ロールでテンプレート内のほかの関数への `lambda:InvokeFunction` を許可している関数（`lambda-sync-chaining` と同じ関係）ごとに、両者の `Timeout`（既定 3 秒）を比べます。呼び出し元は呼び出し先以上の時間を持つ必要があります。既定値のないパラメータから来るタイムアウトは不明です。durable functions（`DurableConfig`）はチェックポイントから再開するため、その呼び出しは判定しません。',
    },
    rationale: {
      en: 'When the caller times out first, the callee keeps running and is billed, its result is lost, and a retry of the caller starts the work again.',
      ja: '呼び出し元が先にタイムアウトすると、呼び出し先は実行と課金を続け、結果は失われ、呼び出し元の再試行で同じ処理が再び始まります。',
    },
    fix: {
      en: 'Give the caller a `Timeout` longer than the callee\'s (plus its own work), invoke asynchronously (`InvocationType: Event`), or move the sequence into a Step Functions state machine.',
      ja: '呼び出し元の `Timeout` を呼び出し先より長く（自身の処理分も加えて）するか、非同期で呼び出す（`InvocationType: Event`）か、一連の処理を Step Functions のステートマシンに移します。',
    },
    links: [{ title: 'Anti-patterns in Lambda-based applications: Lambda functions calling Lambda functions', url: 'https://docs.aws.amazon.com/lambda/latest/operatorguide/functions-calling-functions.html' }],
  },
  check(resource, { graph }) {
    if (isFrameworkHelper(resource) || isDurable(resource, graph)) return NOT_APPLICABLE;
    const targets = invokedFunctions(resource, graph)
      .map((id) => graph.get(id) as Resource)
      .filter((target) => !isDurable(target, graph));
    if (targets.length === 0) return NOT_APPLICABLE;
    const callerTimeout = timeoutOf(resource);
    if (Number.isNaN(callerTimeout)) return unknown(['Timeout']);
    const results: CheckResult[] = [];
    let unread = false;
    for (const target of targets) {
      const calleeTimeout = timeoutOf(target);
      if (Number.isNaN(calleeTimeout)) unread = true;
      else if (callerTimeout < calleeTimeout) {
        results.push(fail('shorter', { target: target.logicalId, calleeTimeout, callerTimeout }, resource.properties['Timeout'] === undefined ? undefined : ['Timeout']));
      }
    }
    if (results.length) return results;
    return unread ? unknown() : PASS;
  },
};
