// Where a queue or topic policy keeps its document: CloudFormation's `PolicyDocument`, or the `policy`
// attribute of Terraform's aws_sqs_queue_policy / aws_sns_topic_policy (a jsonencode value or a JSON text);
// and the AWS service a principal names.
import { isUnresolved, patternOf } from '../../iac/values.js';

export interface PolicyDocument {
  /** The property that holds the document, for finding paths. */
  key: 'PolicyDocument' | 'Policy';
  /** The document: an object, or the unresolved value as written. */
  value: unknown;
}

export function policyDocumentOf(properties: Readonly<Record<string, unknown>>): PolicyDocument | undefined {
  if (properties['PolicyDocument'] !== undefined) return { key: 'PolicyDocument', value: properties['PolicyDocument'] };
  const policy = properties['Policy'];
  if (policy === undefined || policy === null) return undefined;
  if (typeof policy !== 'string') return { key: 'Policy', value: policy };
  try {
    return { key: 'Policy', value: JSON.parse(policy) as unknown };
  } catch {
    return undefined;
  }
}

/** A service principal's name ends in the AWS domain (`amazonaws.com.cn` in the China regions). */
const SERVICE_NAME = /amazonaws\.com(\.cn)?$/;
/** Fills in `${AWS::URLSuffix}`: `amazonaws.com` (the China regions' `.cn` changes nothing a rule asks). */
const URL_SUFFIX = /\$\{AWS::URLSuffix\}/g;

/**
 * The service a principal names (`events.amazonaws.com`): a literal, or a Sub/Join that builds it with
 * `${AWS::URLSuffix}` (other pseudo parameters, e.g. `${AWS::Region}`, may stay). Undefined for anything
 * else, including a name built from a parameter or a resource, which the template cannot tell.
 */
export function servicePrincipal(value: unknown): string | undefined {
  const pattern = patternOf(value);
  if (pattern === undefined) return undefined;
  const text = pattern.replace(URL_SUFFIX, 'amazonaws.com');
  if (/\$\{(?!AWS::)/.test(text)) return undefined;
  return SERVICE_NAME.test(text) ? text : undefined;
}

/** The services a principal's `Service` value (one or a list) names, and whether some item cannot be read. */
export function servicePrincipals(value: unknown): { services: string[]; unread: boolean } {
  const one = servicePrincipal(value);
  if (one !== undefined) return { services: [one], unread: false };
  if (!Array.isArray(value)) return { services: [], unread: isUnresolved(value) };
  const services: string[] = [];
  let unread = false;
  for (const item of value) {
    const service = servicePrincipal(item);
    if (service !== undefined) services.push(service);
    else if (isUnresolved(item)) unread = true;
  }
  return { services, unread };
}
