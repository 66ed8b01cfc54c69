// Evidence of custom application metrics: Powertools metrics, EMF namespaces, metric filters, PutMetricData.
import type { Resource } from '../iac/types.js';
import type { ResourceGraph } from '../iac/types.js';
import type { Rule } from './types.js';
import { NOT_APPLICABLE, PASS, unknown } from './support/results.js';
import { envNames, hasPowertoolsLayer, isFrameworkHelper, roleStatements } from './support/function-facts.js';
import { patternOf } from '../iac/values.js';

function hasMetricFilter(fn: Resource, graph: ResourceGraph): boolean {
  const group = graph.logGroupOf(fn);
  const groupName = group && group !== 'external' ? patternOf(group.properties['LogGroupName']) : undefined;
  return graph.ofType('AWS::Logs::MetricFilter').some((filter) => {
    const name = filter.properties['LogGroupName'];
    const text = patternOf(name);
    if (group && group !== 'external' && text === `\${${group.logicalId}}`) return true;
    return text !== undefined && (text === groupName || text === `/aws/lambda/\${${fn.logicalId}}`);
  });
}

export const lambdaApplicationMetrics: Rule = {
  id: 'lambda-application-metrics',
  title: { en: 'Lambda functions publish application metrics', ja: 'Lambda 関数がアプリケーションメトリクスを発行' },
  severity: 'info',
  lens: { pillar: 'operationalExcellence', question: 'OPS1', choice: 'ops1_application_metrics' },
  aliases: [],
  resourceTypes: ['AWS::Lambda::Function'],
  messages: {},
  evidenceOnly: true,
  docs: {
    description: {
      en: 'Evidence only, never a finding: a function supports the choice when it shows a way of publishing its own metrics — `POWERTOOLS_METRICS_NAMESPACE` (Powertools metrics, embedded metric format), a Powertools layer, an `AWS::Logs::MetricFilter` on its log group, or a role that allows `cloudwatch:PutMetricData`. Otherwise the choice stays unknown: code can emit metrics in ways no template shows.',
      ja: '指摘は出さず、エビデンスだけを示します。`POWERTOOLS_METRICS_NAMESPACE`（Powertools のメトリクス、埋め込みメトリクス形式）、Powertools のレイヤー、ロググループへの `AWS::Logs::MetricFilter`、`cloudwatch:PutMetricData` を許可するロールのいずれかがあれば、その関数は選択肢を裏付けます。なければ不明のままです。コードはテンプレートに現れない方法でもメトリクスを発行できるためです。',
    },
    rationale: {
      en: 'Business and application metrics (orders placed, payment failures) tell you whether the workload does its job, which error and latency metrics alone cannot.',
      ja: 'ビジネスやアプリケーションのメトリクス（受注数、決済の失敗など）は、エラーやレイテンシーのメトリクスだけではわからない「ワークロードが役目を果たしているか」を示します。',
    },
    fix: {
      en: 'Publish metrics with the embedded metric format, for example with Powertools metrics and `POWERTOOLS_METRICS_NAMESPACE: Orders`.',
      ja: '埋め込みメトリクス形式でメトリクスを発行します。例: Powertools のメトリクスと `POWERTOOLS_METRICS_NAMESPACE: Orders`。',
    },
    links: [
      { title: 'Embedding metrics within logs', url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Embedded_Metric_Format.html' },
    ],
  },
  check(resource, { graph }) {
    if (isFrameworkHelper(resource)) return NOT_APPLICABLE;
    if (envNames(resource).names.has('POWERTOOLS_METRICS_NAMESPACE') || hasPowertoolsLayer(resource) || hasMetricFilter(resource, graph)) return PASS;
    const role = graph.roleOf(resource);
    if (role && roleStatements(role, graph).some((s) => s.effect === 'Allow' && s.actions.some((a) => a === 'cloudwatch:PutMetricData' || a === 'cloudwatch:*'))) return PASS;
    return unknown();
  },
};
