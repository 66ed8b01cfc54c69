// Where a queue or topic policy keeps its document: CloudFormation's `PolicyDocument`, or the `policy`
// attribute of Terraform's aws_sqs_queue_policy / aws_sns_topic_policy (a jsonencode value or a JSON text).

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
