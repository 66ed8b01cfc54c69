// Step Functions tasks handle errors: each Task/Parallel/Map state has Retry or Catch.
import type { Rule } from './types.js';
import { PASS, fail, unknown } from './support/results.js';
import { readDefinition } from './support/state-machine-definition.js';

const WORK = new Set(['Task', 'Parallel', 'Map']);

export const sfnTaskErrorHandling: Rule = {
  id: 'sfn-task-error-handling',
  title: { en: 'State machine tasks retry or catch errors', ja: 'ステートマシンのタスクでエラーを再試行またはキャッチ' },
  severity: 'warning',
  lens: { pillar: 'reliability', question: 'REL2', choice: 'rel2_failures' },
  aliases: [],
  resourceTypes: ['AWS::StepFunctions::StateMachine'],
  messages: {
    unhandled: {
      en: 'State {state} of {resource} has neither Retry nor Catch; a transient error fails the whole execution.',
      ja: '{resource} のステート {state} に Retry も Catch もありません。一時的なエラーで実行全体が失敗します。',
    },
  },
  docs: {
    description: {
      en: 'Reads the definition (`Definition`, or `DefinitionString` as JSON) and fails each Task, Parallel or Map state — nested ones included — without a non-empty `Retry` or `Catch`. A definition in S3 (`DefinitionS3Location`, SAM `DefinitionUri`) is unknown.',
      ja: '定義（`Definition`、または JSON の `DefinitionString`）を読み、空でない `Retry` も `Catch` もない Task、Parallel、Map のステート（入れ子を含む）を不合格とします。S3 にある定義（`DefinitionS3Location`、SAM の `DefinitionUri`）は不明として扱います。',
    },
    rationale: {
      en: 'Service calls fail transiently (throttling, Lambda service errors); a retry with backoff absorbs them, and a Catch routes real failures to compensation or notification instead of a dead execution.',
      ja: 'サービスの呼び出しは一時的に失敗します（スロットリング、Lambda のサービスエラー）。バックオフ付きの再試行で吸収し、Catch で本当の失敗を補償や通知に回せば、実行が失敗したまま終わりません。',
    },
    fix: { en: 'Add `Retry: [{ ErrorEquals: [States.TaskFailed], IntervalSeconds: 2, MaxAttempts: 3, BackoffRate: 2 }]` and a `Catch` to a failure-handling state.', ja: '`Retry: [{ ErrorEquals: [States.TaskFailed], IntervalSeconds: 2, MaxAttempts: 3, BackoffRate: 2 }]` と、失敗を処理するステートへの `Catch` を追加します。' },
    links: [{ title: 'Handling errors in Step Functions workflows', url: 'https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html' }],
  },
  check(resource) {
    const definition = readDefinition(resource);
    if (!definition) return unknown();
    const results = definition.states
      .filter(({ state }) => WORK.has(String(state['Type'])))
      .map(({ name, state, path }) => {
        const has = (key: string): boolean => Array.isArray(state[key]) && (state[key] as unknown[]).length > 0;
        return has('Retry') || has('Catch') ? PASS : fail('unhandled', { state: name }, path);
      });
    return results.length ? results : PASS;
  },
};
