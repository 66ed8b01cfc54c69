// Terraform splits what CloudFormation keeps in one resource: event targets, stage method settings, method
// integrations, REST API policies, role policies and attachments, queue redrive policies, provisioned concurrency. These are folded
// into the resource they belong to (and remembered as extra sources, so findings point at the block that wrote them).
import type { Path } from '../build.js';
import { block, blocks, compact, json } from './map.js';

type Rec = Record<string, unknown>;

export interface Draft {
  id: string;
  tfType: string;
  type: string;
  properties: Rec;
  /** Raw Terraform body (for positions) and file of the main block. */
  body: Rec;
  file: string;
  at: readonly [number, number, string?];
  renames: Record<string, string>;
  /** CloudFormation path prefix → the Terraform block that wrote it. */
  extras: { prefix: Path; body: Rec; file: string; at: readonly [number, number, string?]; renames: Record<string, string> }[];
  /** Folded into another resource: not emitted on its own. */
  merged?: boolean;
}

/** The logical id a `{Ref}` / `{Fn::GetAtt}` names. */
export function refId(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const v = value as Rec;
  if (typeof v['Ref'] === 'string') return v['Ref'];
  const getAtt = v['Fn::GetAtt'];
  return Array.isArray(getAtt) && typeof getAtt[0] === 'string' ? getAtt[0] : undefined;
}

/** Lists made here, safe to append to; see `list`. */
const owned = new WeakSet<unknown[]>();

/**
 * The list under `key`, ready to append to. A list read from the configuration may be shared: a local or a
 * module input is evaluated once, so two roles taking `managed_policy_arns` from it hold one array, and one
 * role's attachment would show on the other. Such a list is copied the first time something is appended.
 * A value that is no list (a variable without a default, a data source: unknown to the template) stays as
 * the list's first item, so the list reads as partly unknown — as `[var.extra, "arn:…"]` would — rather than
 * as a complete list holding only what was appended.
 */
function list(target: Rec, key: string): unknown[] {
  const current = target[key];
  if (Array.isArray(current) && owned.has(current)) return current;
  const fresh: unknown[] = Array.isArray(current) ? [...current] : current === undefined || current === null ? [] : [current];
  owned.add(fresh);
  target[key] = fresh;
  return fresh;
}

function fold(owner: Draft, part: Draft, prefix: Path, renames: Record<string, string> = {}): void {
  owner.extras.push({ prefix, body: part.body, file: part.file, at: part.at, renames });
  part.merged = true;
}

/** Finds the draft a reference (or a literal name) designates. */
function target(drafts: Map<string, Draft>, value: unknown, tfType: string, nameKey?: string): Draft | undefined {
  const id = refId(value);
  if (id) {
    const found = drafts.get(id);
    return found?.tfType === tfType ? found : undefined;
  }
  if (typeof value !== 'string' || !nameKey) return undefined;
  for (const draft of drafts.values()) if (draft.tfType === tfType && draft.properties[nameKey] === value) return draft;
  return undefined;
}

export function link(drafts: Map<string, Draft>, tfValues: Map<string, Rec>): void {
  for (const part of drafts.values()) {
    const v = tfValues.get(part.id) ?? {};
    switch (part.tfType) {
      case 'aws_cloudwatch_event_target': {
        const rule = target(drafts, v['rule'], 'aws_cloudwatch_event_rule', 'Name');
        if (!rule) break;
        const dlq = block(v['dead_letter_config']);
        const retry = block(v['retry_policy']);
        const targets = list(rule.properties, 'Targets');
        targets.push(
          compact({
            Id: v['target_id'] ?? part.id,
            Arn: v['arn'],
            RoleArn: v['role_arn'],
            Input: v['input'],
            DeadLetterConfig: dlq ? compact({ Arn: dlq['arn'] }) : undefined,
            RetryPolicy: retry ? compact({ MaximumRetryAttempts: retry['maximum_retry_attempts'], MaximumEventAgeInSeconds: retry['maximum_event_age_in_seconds'] }) : undefined,
          }),
        );
        fold(rule, part, ['Targets', targets.length - 1]);
        break;
      }
      case 'aws_api_gateway_method_settings': {
        const stage = stageOf(drafts, v);
        if (!stage) break;
        const settings = block(v['settings']) ?? {};
        const path = typeof v['method_path'] === 'string' ? v['method_path'] : '*/*';
        const slash = path.lastIndexOf('/');
        const item = compact({
          HttpMethod: slash < 0 ? '*' : path.slice(slash + 1),
          ResourcePath: slash < 0 ? '/*' : `/${path.slice(0, slash).replace(/^\//, '')}`,
          MetricsEnabled: settings['metrics_enabled'],
          LoggingLevel: settings['logging_level'],
          DataTraceEnabled: settings['data_trace_enabled'],
          ThrottlingBurstLimit: settings['throttling_burst_limit'],
          ThrottlingRateLimit: settings['throttling_rate_limit'],
          CachingEnabled: settings['caching_enabled'],
        });
        const items = list(stage.properties, 'MethodSettings');
        items.push(item);
        fold(stage, part, ['MethodSettings', items.length - 1], {
          HttpMethod: 'method_path',
          ResourcePath: 'method_path',
          MetricsEnabled: 'settings.metrics_enabled',
          LoggingLevel: 'settings.logging_level',
          DataTraceEnabled: 'settings.data_trace_enabled',
          ThrottlingBurstLimit: 'settings.throttling_burst_limit',
          ThrottlingRateLimit: 'settings.throttling_rate_limit',
        });
        break;
      }
      case 'aws_api_gateway_integration': {
        // `http_method = aws_api_gateway_method.x.http_method` names the method itself.
        const method = [...drafts.values()].find((d) => d.tfType === 'aws_api_gateway_method' && same(d.properties['RestApiId'], v['rest_api_id']) && same(d.properties['ResourceId'], v['resource_id']) && (same(d.properties['HttpMethod'], v['http_method']) || refId(v['http_method']) === d.id));
        if (!method) break;
        method.properties['Integration'] = compact({
          Type: v['type'],
          Uri: v['uri'],
          IntegrationHttpMethod: v['integration_http_method'],
          Credentials: v['credentials'],
          RequestTemplates: v['request_templates'],
          RequestParameters: v['request_parameters'],
          PassthroughBehavior: v['passthrough_behavior'],
          ResponseTransferMode: v['response_transfer_mode'],
        });
        fold(method, part, ['Integration']);
        break;
      }
      case 'aws_api_gateway_rest_api_policy': {
        const api = target(drafts, v['rest_api_id'], 'aws_api_gateway_rest_api');
        if (!api) break;
        api.properties['Policy'] = json(v['policy']);
        fold(api, part, ['Policy'], { Policy: 'policy' });
        break;
      }
      case 'aws_iam_role_policy': {
        const role = target(drafts, v['role'], 'aws_iam_role', 'RoleName');
        if (!role) break;
        const policies = list(role.properties, 'Policies');
        policies.push(compact({ PolicyName: v['name'] ?? part.id, PolicyDocument: json(v['policy']) }));
        fold(role, part, ['Policies', policies.length - 1], { PolicyDocument: 'policy', PolicyName: 'name' });
        break;
      }
      case 'aws_iam_role_policy_attachment': {
        const role = target(drafts, v['role'], 'aws_iam_role', 'RoleName');
        if (!role) break;
        const arns = list(role.properties, 'ManagedPolicyArns');
        arns.push(v['policy_arn']);
        const policy = target(drafts, v['policy_arn'], 'aws_iam_policy');
        if (policy) list(policy.properties, 'Roles').push({ Ref: role.id });
        fold(role, part, ['ManagedPolicyArns', arns.length - 1]);
        break;
      }
      case 'aws_s3_bucket_notification': {
        const bucket = target(drafts, v['bucket'], 'aws_s3_bucket', 'BucketName');
        if (!bucket) break;
        const config = (bucket.properties['NotificationConfiguration'] ??= {}) as Rec;
        const add = (key: string, block: string, arnKey: string, cfnKey: string) => {
          for (const item of blocks(v[block])) {
            const events = Array.isArray(item['events']) ? item['events'] : [undefined];
            for (const event of events) list(config, key).push(compact({ Event: event, [cfnKey]: item[arnKey] }));
          }
        };
        add('LambdaConfigurations', 'lambda_function', 'lambda_function_arn', 'Function');
        add('QueueConfigurations', 'queue', 'queue_arn', 'Queue');
        add('TopicConfigurations', 'topic', 'topic_arn', 'Topic');
        if (v['eventbridge'] === true) config['EventBridgeConfiguration'] = { EventBridgeEnabled: true };
        fold(bucket, part, ['NotificationConfiguration']);
        break;
      }
      case 'aws_iam_policy_attachment': {
        const roles = Array.isArray(v['roles']) ? v['roles'] : [];
        for (const value of roles) {
          const role = target(drafts, value, 'aws_iam_role', 'RoleName');
          if (role) list(role.properties, 'ManagedPolicyArns').push(v['policy_arn']);
        }
        break;
      }
      case 'aws_sqs_queue_redrive_policy': {
        const queue = target(drafts, v['queue_url'], 'aws_sqs_queue');
        if (!queue) break;
        queue.properties['RedrivePolicy'] = json(v['redrive_policy']);
        fold(queue, part, ['RedrivePolicy'], { RedrivePolicy: 'redrive_policy' });
        break;
      }
      case 'aws_lambda_provisioned_concurrency_config': {
        const alias = [...drafts.values()].find((d) => d.tfType === 'aws_lambda_alias' && (same(refId(v['qualifier']), d.id) || (d.properties['Name'] === v['qualifier'] && same(d.properties['FunctionName'], v['function_name']))));
        if (!alias) break;
        alias.properties['ProvisionedConcurrencyConfig'] = { ProvisionedConcurrentExecutions: v['provisioned_concurrent_executions'] };
        fold(alias, part, ['ProvisionedConcurrencyConfig']);
        break;
      }
      default:
        break;
    }
  }
}

function stageOf(drafts: Map<string, Draft>, v: Rec): Draft | undefined {
  const byRef = refId(v['stage_name']);
  if (byRef) return drafts.get(byRef);
  return [...drafts.values()].find((d) => d.tfType === 'aws_api_gateway_stage' && d.properties['StageName'] === v['stage_name'] && same(d.properties['RestApiId'], v['rest_api_id']));
}

function same(a: unknown, b: unknown): boolean {
  if (a === undefined || b === undefined) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}
