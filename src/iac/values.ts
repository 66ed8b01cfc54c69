// The one vocabulary for template values, used by every loader, the graph and the rules: literal or not,
// where a value sits, which resources it references. The loader resolves what it can; what stays is
// Symbolic (or, defensively, a raw intrinsic object). Every walk here shares one budget (WALK_BUDGET).
import type { PropertyPath, Symbolic } from './types.js';

export type { PropertyPath } from './types.js';

export function isSymbolic(value: unknown): value is Symbolic {
  return typeof value === 'object' && value !== null && (value as { symbolic?: unknown }).symbolic === true;
}

/** The function name of a one-key `{Ref: …}` / `{'Fn::…': …}` / `{Condition: …}` object, else undefined. */
export function intrinsicName(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  let only: string | undefined;
  for (const key in value) {
    if (only !== undefined) return undefined;
    only = key;
  }
  if (only === undefined) return undefined;
  return only === 'Ref' || only === 'Condition' || only.startsWith('Fn::') ? only : undefined;
}

/**
 * A one-key `{Ref: …}` / `{'Fn::…': …}` / `{Condition: …}` object as written in a template. Rules ask this
 * of small values many times; Object.keys measured faster here than intrinsicName's for-in, which suits
 * the loader's walk over whole templates.
 */
export function isIntrinsic(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  if (keys.length !== 1) return false;
  const key = keys[0] as string;
  return key === 'Ref' || key === 'Condition' || key.startsWith('Fn::');
}

/** True when a value is not a literal the rule can judge (unknown ≠ wrong). */
export function isUnresolved(value: unknown): boolean {
  return isSymbolic(value) || isIntrinsic(value);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !isSymbolic(value);
}

/** The value at a path, or undefined when a step is missing or not a container. */
export function valueAt(root: unknown, path: PropertyPath): unknown {
  let current: unknown = root;
  for (const step of path) {
    if (isSymbolic(current)) return undefined;
    if (typeof step === 'number') {
      if (!Array.isArray(current)) return undefined;
      current = current[step];
    } else {
      if (!isRecord(current)) return undefined;
      current = current[step];
    }
  }
  return current;
}

/** A literal string, or undefined. */
export function literalString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Present means written with any value (symbolic included); `null` counts as absent, as in CloudFormation. */
export function isPresent(value: unknown): boolean {
  return value !== undefined && value !== null;
}

/**
 * The values a property may take: the branches of an `Fn::If` (nested ones too; `undefined` for a branch of
 * `AWS::NoValue`, which removes the property), else the value itself.
 */
export function branchValues(value: unknown, depth = 0): unknown[] {
  if (depth > 8 || !isSymbolic(value) || value.branches === undefined) return [value];
  return value.branches.flatMap((branch) => branchValues(branch, depth + 1));
}

/** Strings of a string-or-list value (IAM `Action`, `Service`); symbolic items are skipped. */
export function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

/** Names in `${…}` of a Sub pattern, without `!` literals and pseudo parameters; `${X.Arn}` gives `X`. */
export function subNames(pattern: string): string[] {
  const names: string[] = [];
  for (const match of pattern.matchAll(/\$\{([^}!][^}]*)\}/g)) {
    const name = (match[1] as string).trim().split('.')[0] as string;
    if (!name.startsWith('AWS::')) names.push(name);
  }
  return names;
}

/**
 * Walks stop after this many nodes: templates with shared YAML aliases can be exponentially large when
 * walked as trees, and neither a loader nor a rule may hang on hostile input.
 */
export const WALK_BUDGET = 100_000;
/** Walks stop this deep (a template nested deeper is hostile, not real). */
export const WALK_DEPTH = 64;

export interface WalkBudget {
  left: number;
}

export function walkBudget(): WalkBudget {
  return { left: WALK_BUDGET };
}

/**
 * Logical ids a value references anywhere inside (Ref, GetAtt in both forms, Sub patterns, nested
 * intrinsics, Symbolic expressions). Pseudo parameters (`AWS::…`) are left out. A GetAtt names its
 * resource by a literal id only (CloudFormation allows no function there), so nothing inside it is walked.
 */
export function referencedIds(value: unknown, out: Set<string> = new Set(), budget: WalkBudget = walkBudget()): Set<string> {
  collect(value, out, 0, budget);
  return out;
}

function collect(value: unknown, out: Set<string>, depth: number, budget: WalkBudget): void {
  if (depth > WALK_DEPTH || value === null || typeof value !== 'object' || --budget.left < 0) return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, out, depth + 1, budget);
    return;
  }
  // A Symbolic value's `symbolic` is an own key: told from the entries, without asking each mapping for it.
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.some(([key]) => key === 'symbolic') && isSymbolic(value)) {
    collect(value.expression, out, depth + 1, budget);
    return;
  }
  for (const [key, inner] of entries) {
    if (key === 'Ref' && typeof inner === 'string') addId(inner, out);
    else if (key === 'Fn::GetAtt') {
      if (typeof inner === 'string') addId(inner.split('.')[0] as string, out);
      else if (Array.isArray(inner) && typeof inner[0] === 'string') addId(inner[0], out);
    } else if (key === 'Fn::Sub') {
      const pattern = Array.isArray(inner) ? inner[0] : inner;
      const vars = Array.isArray(inner) && isRecord(inner[1]) ? inner[1] : {};
      if (typeof pattern === 'string') for (const name of subNames(pattern)) if (!(name in vars)) out.add(name);
      collect(vars, out, depth + 1, budget);
    } else collect(inner, out, depth + 1, budget);
  }
}

function addId(name: string, out: Set<string>): void {
  if (!name.startsWith('AWS::')) out.add(name);
}

/**
 * Calls `visit` for every place under `value` that references something: intrinsics, and literal ARN strings.
 * The walk keeps one path and hands `visit` a copy of it (places are few, the nodes walked many).
 */
export function visitReferences(value: unknown, visit: (value: unknown, path: PropertyPath) => void, budget: WalkBudget = walkBudget()): void {
  const path: (string | number)[] = [];
  const walk = (v: unknown, depth: number): void => {
    if (typeof v === 'string') {
      if (v.startsWith('arn:') || v.startsWith('https://sqs.')) visit(v, path.slice());
      return;
    }
    if (depth > WALK_DEPTH || v === null || typeof v !== 'object' || --budget.left < 0) return;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        path.push(i);
        walk(v[i], depth + 1);
        path.pop();
      }
      return;
    }
    const keys = Object.keys(v);
    // A Symbolic value's `symbolic` is an own key: told from the keys, without asking each mapping for it.
    if (keys.includes('symbolic') && isSymbolic(v)) {
      visit(v, path.slice());
      return;
    }
    const only = keys.length === 1 ? (keys[0] as string) : undefined;
    if (only && (only === 'Ref' || only.startsWith('Fn::'))) {
      visit(v, path.slice());
      return;
    }
    for (const key of keys) {
      path.push(key);
      walk((v as Record<string, unknown>)[key], depth + 1);
      path.pop();
    }
  };
  walk(value, 0);
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

/** The single logical id a `Ref`/`GetAtt` value points at directly (not inside a Sub or Join). */
export function directTarget(value: unknown): string | undefined {
  const expression = isSymbolic(value) ? value.expression : value;
  if (!isIntrinsic(expression)) return undefined;
  const ref = expression['Ref'];
  if (typeof ref === 'string') return ref.startsWith('AWS::') ? undefined : ref;
  const getAtt = expression['Fn::GetAtt'];
  if (typeof getAtt === 'string') return getAtt.split('.')[0];
  if (Array.isArray(getAtt) && typeof getAtt[0] === 'string') return getAtt[0];
  return undefined;
}

/**
 * A string that stands for the value: the literal itself, a `Fn::Sub` pattern (with `${…}` kept), or a
 * `Fn::Join` of such parts with `Ref`/`GetAtt` written as `${Name}`. Undefined when nothing sensible exists.
 */
export function patternOf(value: unknown, depth = 0): string | undefined {
  if (typeof value === 'string') return value;
  if (depth > 8) return undefined;
  const expression = isSymbolic(value) ? value.expression : value;
  if (!isIntrinsic(expression)) return undefined;
  if (typeof expression['Ref'] === 'string') return `\${${expression['Ref']}}`;
  const getAtt = expression['Fn::GetAtt'];
  if (Array.isArray(getAtt)) return `\${${getAtt.join('.')}}`;
  if (typeof getAtt === 'string') return `\${${getAtt}}`;
  const sub = expression['Fn::Sub'];
  if (typeof sub === 'string') return sub;
  if (Array.isArray(sub) && typeof sub[0] === 'string') return withSubVariables(sub[0], sub[1], depth);
  const join = expression['Fn::Join'];
  if (Array.isArray(join) && typeof join[0] === 'string' && Array.isArray(join[1])) {
    const parts = join[1].map((part) => patternOf(part, depth + 1));
    return parts.every((p) => p !== undefined) ? parts.join(join[0]) : undefined;
  }
  return undefined;
}

/** A two-argument `Fn::Sub`'s text with its variables put in (`${Id}` with `Id: !Ref Api` reads `${Api}`); one without a pattern stays as written. */
function withSubVariables(text: string, variables: unknown, depth: number): string {
  if (!isRecord(variables)) return text;
  return text.replace(/\$\{([^}!]+)\}/g, (whole, name: string) => (Object.hasOwn(variables, name) ? (patternOf(variables[name], depth + 1) ?? whole) : whole));
}

/**
 * A value as written: `patternOf`, or the text of a Terraform template the loader could not resolve
 * (`arn:aws:lambda:${var.region}:…`), so names and ARNs written with expressions can still be read.
 */
export function writtenPattern(value: unknown): string | undefined {
  const pattern = patternOf(value);
  if (pattern !== undefined) return pattern;
  return isSymbolic(value) && typeof value.expression === 'string' ? value.expression : undefined;
}

/** A stable text for comparing values that may be symbolic (e.g. two principals written the same way). */
export function valueKey(value: unknown): string {
  return boundedJson(isSymbolic(value) ? { symbolic: value.expression } : value);
}

/** JSON text of a value, cut off after `limit` characters (shared aliases can make JSON.stringify explode). */
export function boundedJson(value: unknown, limit = 10_000): string {
  const parts: string[] = [];
  let length = 0;
  const emit = (text: string): boolean => {
    parts.push(text);
    length += text.length;
    return length < limit;
  };
  const write = (v: unknown, depth: number): boolean => {
    if (depth > 64) return emit('…');
    if (v === null || typeof v !== 'object') return emit(JSON.stringify(v) ?? 'null');
    if (Array.isArray(v)) {
      if (!emit('[')) return false;
      for (let i = 0; i < v.length; i++) if ((i > 0 && !emit(',')) || !write(v[i], depth + 1)) return false;
      return emit(']');
    }
    if (!emit('{')) return false;
    let first = true;
    for (const [k, inner] of Object.entries(v as Record<string, unknown>)) {
      if ((!first && !emit(',')) || !emit(`${JSON.stringify(k)}:`) || !write(inner, depth + 1)) return false;
      first = false;
    }
    return emit('}');
  };
  write(value, 0);
  return parts.join('').slice(0, limit);
}
