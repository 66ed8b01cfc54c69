// Which services invoke a function asynchronously, found over the graph (permissions, subscriptions,
// bucket notifications, EventBridge targets). Shared by rules that care about async invocation.
import type { Resource } from '../iac/types.js';
import type { RuleGraph } from './graph.js';
import { isRecord, literalString, valueAt } from '../iac/values.js';

/** Service principals that invoke Lambda asynchronously. */
const ASYNC_PRINCIPAL = /^(events|iot|s3|sns|ses|codecommit|config)\.amazonaws\.com(\.cn)?$|^logs\.[a-z0-9-]*\.?amazonaws\.com(\.cn)?$/;

export interface AsyncSource {
  /** The resource that makes the function an async target. */
  via: string;
  /** A short description: the principal or the service. */
  service: string;
}

export function asyncSources(fn: Resource, graph: RuleGraph): AsyncSource[] {
  const sources: AsyncSource[] = [];
  for (const permission of graph.ofType('AWS::Lambda::Permission')) {
    const principal = literalString(permission.properties['Principal']);
    if (!principal || !ASYNC_PRINCIPAL.test(principal)) continue;
    if (graph.functionOf(permission.properties['FunctionName']) === fn) sources.push({ via: permission.logicalId, service: principal });
  }
  for (const sub of graph.ofType('AWS::SNS::Subscription')) {
    if (sub.properties['Protocol'] === 'lambda' && graph.functionOf(sub.properties['Endpoint']) === fn) {
      sources.push({ via: sub.logicalId, service: 'sns.amazonaws.com' });
    }
  }
  for (const bucket of graph.ofType('AWS::S3::Bucket')) {
    const configs = valueAt(bucket.properties, ['NotificationConfiguration', 'LambdaConfigurations']);
    if (Array.isArray(configs) && configs.some((c) => isRecord(c) && graph.functionOf(c['Function']) === fn)) {
      sources.push({ via: bucket.logicalId, service: 's3.amazonaws.com' });
    }
  }
  for (const rule of graph.ofType('AWS::Events::Rule')) {
    const targets = rule.properties['Targets'];
    if (Array.isArray(targets) && targets.some((t) => isRecord(t) && graph.functionOf(t['Arn']) === fn)) {
      sources.push({ via: rule.logicalId, service: 'events.amazonaws.com' });
    }
  }
  return sources;
}
