// The W-A service model (botocore's service-2.json, a fixture) and a validator that walks its shapes: every
// response slens sends must carry the required members, only known members, enums, lengths (in code points),
// patterns, ranges, and epoch-second timestamps — and an error must be one the operation declares.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fixture } from './repo.js';

interface Member {
  shape: string;
  location?: string;
  locationName?: string;
}

interface Shape {
  type: string;
  members?: Record<string, Member>;
  required?: string[];
  member?: Member;
  key?: Member;
  value?: Member;
  enum?: string[];
  min?: number;
  max?: number;
  pattern?: string;
  error?: { httpStatusCode?: number };
  exception?: boolean;
}

interface Operation {
  name: string;
  http: { method: string; requestUri: string; responseCode?: number };
  input?: { shape: string };
  output?: { shape: string };
  errors?: { shape: string }[];
}

export interface ServiceModel {
  metadata: Record<string, string>;
  operations: Record<string, Operation>;
  shapes: Record<string, Shape>;
}

let cached: ServiceModel | undefined;

export function loadModel(): ServiceModel {
  cached ??= JSON.parse(gunzipSync(readFileSync(fixture('wa', 'service-2.json.gz'))).toString('utf8')) as ServiceModel;
  return cached;
}

/** The operation a request is for, from the model's method and path templates (`/aws` already removed). */
export function operationFor(method: string, path: string): string | undefined {
  const model = loadModel();
  const pathOnly = path.split('?')[0] ?? '';
  for (const op of Object.values(model.operations)) {
    if (op.http.method !== method.toUpperCase()) continue;
    const template = op.http.requestUri.split('?')[0] ?? '';
    const pattern = new RegExp(`^${template.replace(/\{[^}]+\+\}/g, '.+').replace(/\{[^}]+\}/g, '[^/]+')}$`);
    if (pattern.test(pathOnly)) return op.name;
  }
  return undefined;
}

function check(model: ServiceModel, shapeName: string, value: unknown, path: string, problems: string[]): void {
  const shape = model.shapes[shapeName];
  if (!shape) {
    problems.push(`${path}: the model has no shape ${shapeName}`);
    return;
  }
  const fail = (what: string): void => void problems.push(`${path} (${shapeName}): ${what}`);
  if (value === null || value === undefined) return fail('is null');
  switch (shape.type) {
    case 'structure': {
      if (typeof value !== 'object' || Array.isArray(value)) return fail(`is not an object: ${JSON.stringify(value)}`);
      const record = value as Record<string, unknown>;
      for (const name of shape.required ?? []) if (record[name] === undefined) fail(`required member ${name} is missing`);
      for (const [name, v] of Object.entries(record)) {
        const member = shape.members?.[name];
        if (!member) fail(`unknown member ${name}`);
        else if (member.location) fail(`member ${name} belongs in the ${member.location}, not the body`);
        else check(model, member.shape, v, `${path}.${name}`, problems);
      }
      return;
    }
    case 'list': {
      if (!Array.isArray(value)) return fail('is not a list');
      if (shape.min !== undefined && value.length < shape.min) fail(`has ${value.length} items, fewer than ${shape.min}`);
      if (shape.max !== undefined && value.length > shape.max) fail(`has ${value.length} items, more than ${shape.max}`);
      value.forEach((item, i) => check(model, shape.member?.shape ?? '', item, `${path}[${i}]`, problems));
      return;
    }
    case 'map': {
      if (typeof value !== 'object' || Array.isArray(value)) return fail('is not a map');
      const entries = Object.entries(value as Record<string, unknown>);
      if (shape.min !== undefined && entries.length < shape.min) fail(`has ${entries.length} entries, fewer than ${shape.min}`);
      if (shape.max !== undefined && entries.length > shape.max) fail(`has ${entries.length} entries, more than ${shape.max}`);
      for (const [k, v] of entries) {
        check(model, shape.key?.shape ?? '', k, `${path}{key ${k}}`, problems);
        check(model, shape.value?.shape ?? '', v, `${path}.${k}`, problems);
      }
      return;
    }
    case 'string': {
      if (typeof value !== 'string') return fail(`is not a string: ${JSON.stringify(value)}`);
      const length = [...value].length;
      if (shape.enum && !shape.enum.includes(value)) fail(`"${value}" is not one of ${shape.enum.join(', ')}`);
      if (shape.min !== undefined && length < shape.min) fail(`is ${length} characters, fewer than ${shape.min}`);
      if (shape.max !== undefined && length > shape.max) fail(`is ${length} characters, more than ${shape.max}`);
      if (shape.pattern && !new RegExp(shape.pattern, 'u').test(value)) fail(`"${value.slice(0, 80)}" does not match ${shape.pattern}`);
      return;
    }
    case 'integer':
    case 'long': {
      if (typeof value !== 'number' || !Number.isInteger(value)) return fail(`is not an integer: ${JSON.stringify(value)}`);
      if (shape.min !== undefined && value < shape.min) fail(`${value} is below ${shape.min}`);
      if (shape.max !== undefined && value > shape.max) fail(`${value} is above ${shape.max}`);
      return;
    }
    case 'boolean':
      if (typeof value !== 'boolean') fail('is not a boolean');
      return;
    case 'timestamp':
      // restJson1 sends timestamps as epoch seconds unless a member says otherwise (none here does).
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) fail(`is not epoch seconds: ${JSON.stringify(value)}`);
      return;
    case 'double':
    case 'float':
      if (typeof value !== 'number') fail('is not a number');
      return;
    case 'blob':
      if (typeof value !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(value)) fail('is not base64');
      return;
    default:
      fail(`has a type the validator does not know: ${shape.type}`);
  }
}

/** Problems of one response to `operation` (an empty list when it validates). */
export function validateResponse(operation: string, status: number, headers: Headers, body: string): string[] {
  const model = loadModel();
  const op = model.operations[operation];
  if (!op) return [`the model has no operation ${operation}`];
  const problems: string[] = [];
  const parsed = (): unknown => {
    try {
      return body.trim() === '' ? {} : (JSON.parse(body) as unknown);
    } catch {
      problems.push(`${operation}: the body is not JSON: ${body.slice(0, 120)}`);
      return undefined;
    }
  };
  if (status >= 200 && status < 300) {
    const value = parsed();
    if (value === undefined) return problems;
    if (op.output) check(model, op.output.shape, value, operation, problems);
    else if (body.trim() !== '' && body.trim() !== '{}') problems.push(`${operation}: has no output in the model, but the body is ${body.slice(0, 80)}`);
    return problems;
  }
  const type = (headers.get('x-amzn-errortype') ?? '').split(':')[0] ?? '';
  if (!type) return [`${operation}: error ${status} without an x-amzn-errortype header`];
  if (!op.errors?.some((e) => e.shape === type)) problems.push(`${operation}: ${type} is not an error this operation declares`);
  const declared = model.shapes[type]?.error?.httpStatusCode;
  if (declared !== undefined && declared !== status) problems.push(`${operation}: ${type} is sent with status ${status}, the model says ${declared}`);
  const value = parsed();
  if (value !== undefined) check(model, type, value, type, problems);
  return problems;
}
