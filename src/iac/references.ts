// What a property value refers to: logical ids inside Ref / GetAtt / Sub (also inside Symbolic expressions),
// and resource names inside literal ARNs. Used by the graph; bounded so shared subtrees cannot make it explode.
import { isSymbolicValue } from './intrinsics.js';

export type PropertyPath = readonly (string | number)[];

/** Walks stop after this many nodes (aliases can make a small document a huge tree). */
export const WALK_BUDGET = 200_000;

/** `${Name}` / `${Name.Attr}` names of a Sub pattern (not `${!Literal}`, not pseudo parameters). */
export function subNames(pattern: string): string[] {
  const names: string[] = [];
  for (const match of pattern.matchAll(/\$\{([^}!][^}]*)\}/g)) {
    const name = (match[1] as string).trim().split('.')[0] as string;
    if (!name.startsWith('AWS::')) names.push(name);
  }
  return names;
}

/** Logical ids referenced anywhere inside `value` (pseudo parameters left out). */
export function referencedIds(value: unknown, out: Set<string> = new Set(), budget = { left: WALK_BUDGET }, depth = 0): Set<string> {
  if (depth > 100 || value === null || typeof value !== 'object' || --budget.left < 0) return out;
  if (isSymbolicValue(value)) return referencedIds(value.expression, out, budget, depth + 1);
  if (Array.isArray(value)) {
    for (const item of value) referencedIds(item, out, budget, depth + 1);
    return out;
  }
  for (const [key, inner] of Object.entries(value)) {
    if (key === 'Ref' && typeof inner === 'string') {
      if (!inner.startsWith('AWS::')) out.add(inner);
    } else if (key === 'Fn::GetAtt') {
      const id = typeof inner === 'string' ? inner.split('.')[0] : Array.isArray(inner) ? inner[0] : undefined;
      if (typeof id === 'string') out.add(id);
      else referencedIds(inner, out, budget, depth + 1);
    } else if (key === 'Fn::Sub') {
      const pattern = Array.isArray(inner) ? inner[0] : inner;
      const vars = Array.isArray(inner) && inner[1] && typeof inner[1] === 'object' ? (inner[1] as Record<string, unknown>) : {};
      if (typeof pattern === 'string') for (const name of subNames(pattern)) if (!(name in vars)) out.add(name);
      referencedIds(vars, out, budget, depth + 1);
    } else referencedIds(inner, out, budget, depth + 1);
  }
  return out;
}

/** Calls `visit` for every place under `value` that references something: intrinsics, and literal ARN strings. */
export function visitReferences(value: unknown, visit: (value: unknown, path: PropertyPath) => void, budget = { left: WALK_BUDGET }): void {
  const walk = (v: unknown, path: (string | number)[], depth: number): void => {
    if (depth > 100 || --budget.left < 0) return;
    if (typeof v === 'string') {
      if (v.startsWith('arn:') || v.startsWith('https://sqs.')) visit(v, path);
      return;
    }
    if (v === null || typeof v !== 'object') return;
    if (isSymbolicValue(v)) {
      visit(v, path);
      return;
    }
    if (Array.isArray(v)) {
      v.forEach((item, i) => walk(item, [...path, i], depth + 1));
      return;
    }
    const keys = Object.keys(v);
    if (keys.length === 1 && (keys[0] === 'Ref' || (keys[0] as string).startsWith('Fn::'))) {
      visit(v, path);
      return;
    }
    for (const key of keys) walk((v as Record<string, unknown>)[key], [...path, key], depth + 1);
  };
  walk(value, [], 0);
}

/** Type and name of the resource a literal ARN (or SQS queue URL) designates, when the service is one we know. */
export function arnTarget(text: string): { type: string; nameProperty: string; name: string } | undefined {
  const url = /^https:\/\/sqs\.[^/]+\/\d+\/([^/?#]+)$/.exec(text);
  if (url) return { type: 'AWS::SQS::Queue', nameProperty: 'QueueName', name: url[1] as string };
  const parts = text.split(':');
  if (parts[0] !== 'arn' || parts.length < 6) return undefined;
  const service = parts[2];
  const rest = parts.slice(5).join(':');
  switch (service) {
    case 'lambda':
      return rest.startsWith('function:') ? { type: 'AWS::Lambda::Function', nameProperty: 'FunctionName', name: rest.slice(9).split(':')[0] as string } : undefined;
    case 'sqs':
      return { type: 'AWS::SQS::Queue', nameProperty: 'QueueName', name: rest };
    case 'sns':
      return { type: 'AWS::SNS::Topic', nameProperty: 'TopicName', name: rest.split(':')[0] as string };
    case 'logs':
      return rest.startsWith('log-group:') ? { type: 'AWS::Logs::LogGroup', nameProperty: 'LogGroupName', name: rest.slice(10).replace(/:\*$/, '') } : undefined;
    case 'dynamodb':
      return rest.startsWith('table/') ? { type: 'AWS::DynamoDB::Table', nameProperty: 'TableName', name: rest.slice(6).split('/')[0] as string } : undefined;
    case 'states':
      return rest.startsWith('stateMachine:') ? { type: 'AWS::StepFunctions::StateMachine', nameProperty: 'StateMachineName', name: rest.slice(13).split(':')[0] as string } : undefined;
    case 'kinesis':
      return rest.startsWith('stream/') ? { type: 'AWS::Kinesis::Stream', nameProperty: 'Name', name: rest.slice(7).split('/')[0] as string } : undefined;
    case 's3':
      return parts[3] === '' && parts[4] === '' ? { type: 'AWS::S3::Bucket', nameProperty: 'BucketName', name: rest.split('/')[0] as string } : undefined;
    case 'events':
      return rest.startsWith('event-bus/') ? { type: 'AWS::Events::EventBus', nameProperty: 'Name', name: rest.slice(10) } : undefined;
    default:
      return undefined;
  }
}
