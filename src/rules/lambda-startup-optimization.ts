// Java functions start fast with SnapStart or provisioned concurrency; any function using either supports it.
import type { Resource } from '../iac/types.js';
import type { ResourceGraph } from '../iac/types.js';
import type { Rule } from './types.js';
import { NOT_APPLICABLE, PASS, fail } from './support/results.js';
import { isFrameworkHelper, runtimeOf } from './support/function-facts.js';
import { isPresent, valueAt } from '../iac/values.js';

function optimized(fn: Resource, graph: ResourceGraph): boolean {
  if (valueAt(fn.properties, ['SnapStart', 'ApplyOn']) === 'PublishedVersions') return true;
  return graph.ofType('AWS::Lambda::Alias').some((a) => graph.functionOf(a.properties['FunctionName']) === fn && isPresent(valueAt(a.properties, ['ProvisionedConcurrencyConfig', 'ProvisionedConcurrentExecutions'])));
}

export const lambdaStartupOptimization: Rule = {
  id: 'lambda-startup-optimization',
  title: { en: 'Java functions use SnapStart or provisioned concurrency', ja: 'Java の関数で SnapStart またはプロビジョニングされた同時実行を使用' },
  severity: 'info',
  lens: { pillar: 'performance', question: 'PERF1', choice: 'perf1_startup' },
  aliases: [],
  resourceTypes: ['AWS::Lambda::Function'],
  messages: {
    coldStarts: {
      en: 'Java function {resource} has neither SnapStart nor provisioned concurrency; JVM cold starts often take seconds.',
      ja: 'Java の関数 {resource} には SnapStart もプロビジョニングされた同時実行もありません。JVM のコールドスタートには数秒かかることがよくあります。',
    },
  },
  docs: {
    description: {
      en: 'Passes a function with `SnapStart.ApplyOn: PublishedVersions` or provisioned concurrency on one of its aliases. Reports Java functions with neither. Other runtimes without them are not judged: their cold starts are usually short enough.',
      ja: '`SnapStart.ApplyOn: PublishedVersions`、またはエイリアスのプロビジョニングされた同時実行を持つ関数を合格とします。どちらもない Java の関数を指摘します。それらのないほかのランタイムの関数は判定しません。通常はコールドスタートが十分に短いためです。',
    },
    rationale: {
      en: 'The JVM loads and compiles classes on first use; SnapStart restores a snapshot of an initialized environment instead, and provisioned concurrency keeps environments warm.',
      ja: 'JVM は最初の利用時にクラスを読み込んでコンパイルします。SnapStart は初期化済みの環境のスナップショットから復元し、プロビジョニングされた同時実行は環境を温めたままにします。',
    },
    fix: { en: 'Set `SnapStart: { ApplyOn: PublishedVersions }` and invoke a published version or alias (SAM: with `AutoPublishAlias`).', ja: '`SnapStart: { ApplyOn: PublishedVersions }` を設定し、発行したバージョンまたはエイリアスを呼び出します（SAM では `AutoPublishAlias` と併用）。' },
    links: [{ title: 'Improving startup performance with Lambda SnapStart', url: 'https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html' }],
  },
  check(resource, { graph }) {
    if (isFrameworkHelper(resource)) return NOT_APPLICABLE;
    if (optimized(resource, graph)) return PASS;
    return runtimeOf(resource)?.family === 'java' ? fail('coldStarts') : NOT_APPLICABLE;
  },
};
