// Functions invoked asynchronously keep failed events: an on-failure destination or a dead-letter queue.
// Alias: serverless-rules ES1007.
import type { Resource } from '../iac/types.js';
import type { ResourceGraph } from '../iac/types.js';
import type { Rule } from './types.js';
import { NOT_APPLICABLE, PASS, fail } from './support/results.js';
import { isPresent, valueAt } from '../iac/values.js';

function hasFailureHandling(fn: Resource, graph: ResourceGraph): boolean {
  if (isPresent(valueAt(fn.properties, ['DeadLetterConfig', 'TargetArn']))) return true;
  return graph.eventInvokeConfigsOf(fn).some((config) => {
    const onFailure = valueAt(config.properties, ['DestinationConfig', 'OnFailure']);
    // SAM `OnFailure: { Type: SQS }` without Destination creates the queue itself.
    return isPresent(valueAt(onFailure, ['Destination'])) || isPresent(valueAt(onFailure, ['Type']));
  });
}

export const lambdaAsyncFailureDestination: Rule = {
  id: 'lambda-async-failure-destination',
  title: { en: 'Asynchronously invoked functions keep failed events', ja: '非同期呼び出しの関数で失敗したイベントを保持' },
  severity: 'error',
  lens: { pillar: 'reliability', question: 'REL2', choice: 'rel2_failures' },
  aliases: ['ES1007'],
  resourceTypes: ['AWS::Lambda::Function'],
  messages: {
    missing: {
      en: 'Function {resource} is invoked asynchronously (by {sources}) but has no on-failure destination or dead-letter queue; events that fail all retries are lost.',
      ja: '関数 {resource} は非同期で呼び出されます（{sources}）が、失敗時の送信先もデッドレターキューもありません。すべての再試行に失敗したイベントは失われます。',
    },
  },
  docs: {
    description: {
      en: 'Finds functions invoked asynchronously — by a permission for EventBridge, S3, SNS, IoT, SES, CodeCommit, Config or CloudWatch Logs, an SNS `lambda` subscription, an S3 bucket notification or an EventBridge rule target, following aliases and versions — and checks that each has an `AWS::Lambda::EventInvokeConfig` with `DestinationConfig.OnFailure` or a `DeadLetterConfig.TargetArn` (SAM: `EventInvokeConfig` or `DeadLetterQueue`). Functions with no async source are not applicable. One finding per function.',
      ja: '非同期で呼び出される関数（EventBridge、S3、SNS、IoT、SES、CodeCommit、Config、CloudWatch Logs 向けのパーミッション、SNS の `lambda` サブスクリプション、S3 のバケット通知、EventBridge ルールのターゲット。エイリアスとバージョンもたどります）を見つけ、それぞれに `DestinationConfig.OnFailure` を持つ `AWS::Lambda::EventInvokeConfig` か `DeadLetterConfig.TargetArn` があることを確認します（SAM では `EventInvokeConfig` または `DeadLetterQueue`）。非同期のソースがない関数は対象外です。関数ごとに 1 件報告します。',
    },
    rationale: {
      en: 'Lambda retries a failed asynchronous invocation twice and then discards the event. Without a destination or dead-letter queue nothing records what was lost.',
      ja: 'Lambda は失敗した非同期呼び出しを 2 回再試行し、その後イベントを破棄します。送信先やデッドレターキューがなければ、失われた内容はどこにも記録されません。',
    },
    fix: {
      en: 'SAM: `EventInvokeConfig: { DestinationConfig: { OnFailure: { Type: SQS } } }` on the function. CloudFormation: an `AWS::Lambda::EventInvokeConfig` with `FunctionName: !Ref Fn`, `Qualifier: $LATEST` and `DestinationConfig.OnFailure.Destination`. Destinations receive the event and the error; a `DeadLetterConfig` also works but keeps only the event.',
      ja: 'SAM: 関数に `EventInvokeConfig: { DestinationConfig: { OnFailure: { Type: SQS } } }` を設定します。CloudFormation: `FunctionName: !Ref Fn`、`Qualifier: $LATEST`、`DestinationConfig.OnFailure.Destination` を持つ `AWS::Lambda::EventInvokeConfig` を作成します。送信先にはイベントとエラーが届きます。`DeadLetterConfig` でもかまいませんが、残るのはイベントだけです。',
    },
    differences: {
      en: 'ES1007 reports each permission whose `FunctionName` is written exactly like an EventInvokeConfig\'s, so `!Ref` vs `!GetAtt` or SAM aliases cause false findings, and it ignores dead-letter queues; this rule resolves functions through the graph, counts `DeadLetterConfig`, and reports once per function.',
      ja: 'ES1007 は EventInvokeConfig と `FunctionName` の書き方が完全に一致するかでパーミッションごとに判定するため、`!Ref` と `!GetAtt` の違いや SAM のエイリアスで誤検知が起き、デッドレターキューも考慮しません。このルールはグラフで関数を解決し、`DeadLetterConfig` も認め、関数ごとに 1 件報告します。',
    },
    links: [
      { title: 'Asynchronous invocation: retaining records of failed invocations', url: 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html' },
    ],
  },
  check(resource, { graph }) {
    const sources = graph.asyncSourcesOf(resource);
    if (sources.length === 0) return NOT_APPLICABLE;
    if (hasFailureHandling(resource, graph)) return PASS;
    const names = [...new Set(sources.map((s) => s.via))].sort().join(', ');
    return fail('missing', { sources: names });
  },
};
