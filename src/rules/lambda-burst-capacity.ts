// Evidence of planning for bursts: provisioned concurrency, reserved concurrency, capped queue consumers.
import type { Resource } from '../iac/types.js';
import type { ResourceGraph } from '../iac/types.js';
import type { Rule } from './types.js';
import { NOT_APPLICABLE, PASS, unknown } from './support/results.js';
import { isFrameworkHelper } from './support/function-facts.js';
import { isPresent, valueAt } from '../iac/values.js';

function provisioned(fn: Resource, graph: ResourceGraph): boolean {
  return graph.aliasesOf(fn).some((a) => isPresent(valueAt(a.properties, ['ProvisionedConcurrencyConfig', 'ProvisionedConcurrentExecutions'])));
}

export const lambdaBurstCapacity: Rule = {
  id: 'lambda-burst-capacity',
  title: { en: 'Functions plan their concurrency for bursts', ja: '関数のバースト時の同時実行数を計画' },
  severity: 'info',
  lens: { pillar: 'reliability', question: 'REL2', choice: 'rel2_burst_scaling' },
  aliases: [],
  resourceTypes: ['AWS::Lambda::Function'],
  messages: {},
  evidenceOnly: true,
  docs: {
    description: {
      en: 'Evidence only: a function supports the choice when its concurrency is planned — provisioned concurrency on an alias (SAM `ProvisionedConcurrencyConfig`), `ReservedConcurrentExecutions` (above zero: zero disables the function, which `lambda-reserved-concurrency-zero` reports), or event source mappings with `ScalingConfig.MaximumConcurrency`. Otherwise unknown: the account\'s default scaling may be enough.',
      ja: 'エビデンス専用です。エイリアスのプロビジョニングされた同時実行（SAM の `ProvisionedConcurrencyConfig`）、`ReservedConcurrentExecutions`（0 より大きい値。0 は関数を無効にするもので、`lambda-reserved-concurrency-zero` が報告します）、`ScalingConfig.MaximumConcurrency` を持つイベントソースマッピングのいずれかで同時実行数が計画されている関数は、選択肢を裏付けます。なければ不明です。アカウントの既定の拡張で十分な場合もあるためです。',
    },
    rationale: {
      en: 'Lambda adds concurrency at a bounded rate per function; a burst beyond it is throttled unless capacity is provisioned, reserved or buffered.',
      ja: 'Lambda が関数ごとに同時実行数を増やす速度には上限があります。それを超えるバーストは、容量をプロビジョニング、予約、またはバッファしない限りスロットリングされます。',
    },
    fix: { en: 'Buffer bursts with a queue and `MaximumConcurrency`, reserve concurrency for critical functions, and provision concurrency for latency-sensitive ones.', ja: 'キューと `MaximumConcurrency` でバーストを吸収し、重要な関数には同時実行数を予約し、レイテンシーが重要な関数にはプロビジョニングします。' },
    links: [{ title: 'Understanding Lambda function scaling', url: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-concurrency.html' }],
  },
  check(resource, { graph }) {
    if (isFrameworkHelper(resource)) return NOT_APPLICABLE;
    // Zero disables the function (lambda-reserved-concurrency-zero): that is no plan for bursts.
    const reserved = resource.properties['ReservedConcurrentExecutions'];
    if (reserved === 0 || reserved === '0') return NOT_APPLICABLE;
    if (isPresent(reserved) || provisioned(resource, graph)) return PASS;
    const mappings = graph.eventSourceMappingsOf(resource);
    if (mappings.some((m) => isPresent(valueAt(m.properties, ['ScalingConfig', 'MaximumConcurrency'])))) return PASS;
    return unknown();
  },
};
