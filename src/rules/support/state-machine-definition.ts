// Reading a state machine's Amazon States Language definition from the template: an object (`Definition`),
// or a JSON string (`DefinitionString`, literal or a Sub pattern whose `${…}` sit inside JSON strings).
import type { Resource } from '../../iac/types.js';
import type { PropertyPath } from '../types.js';
import { isRecord, patternOf } from '../../iac/values.js';

export interface StateEntry {
  name: string;
  state: Record<string, unknown>;
  /** Path of the state inside Properties when the definition is an object, else the definition's path. */
  path: PropertyPath;
}

export interface Definition {
  /** Every state, nested ones (Parallel branches, Map processors) included. */
  states: StateEntry[];
  path: PropertyPath;
}

/** The definition, or undefined when it lives in S3 or cannot be read. */
export function readDefinition(machine: Resource): Definition | undefined {
  const object = machine.properties['Definition'];
  if (isRecord(object)) return { states: collect(object, ['Definition'], true), path: ['Definition'] };
  const text = patternOf(machine.properties['DefinitionString']);
  if (text === undefined) return undefined;
  try {
    const parsed = JSON.parse(text) as unknown;
    return isRecord(parsed) ? { states: collect(parsed, ['DefinitionString'], false), path: ['DefinitionString'] } : undefined;
  } catch {
    return undefined;
  }
}

function collect(machine: Record<string, unknown>, base: PropertyPath, exact: boolean, depth = 0): StateEntry[] {
  const states = machine['States'];
  if (!isRecord(states) || depth > 8) return [];
  const out: StateEntry[] = [];
  for (const [name, state] of Object.entries(states)) {
    if (!isRecord(state)) continue;
    const path = exact ? [...base, 'States', name] : base;
    out.push({ name, state, path });
    const branches = Array.isArray(state['Branches']) ? state['Branches'] : [];
    branches.forEach((branch, i) => {
      if (isRecord(branch)) out.push(...collect(branch, exact ? [...path, 'Branches', i] : base, exact, depth + 1));
    });
    for (const key of ['Iterator', 'ItemProcessor']) {
      const inner = state[key];
      if (isRecord(inner)) out.push(...collect(inner, exact ? [...path, key] : base, exact, depth + 1));
    }
  }
  return out;
}

/** The service a Task state calls: `lambda`, `sqs`, `aws-sdk:dynamodb`… (from `arn:aws:states:::…`), or `lambda` for a bare function ARN. */
export function taskService(state: Record<string, unknown>): string | undefined {
  const resource = typeof state['Resource'] === 'string' ? state['Resource'] : undefined;
  if (!resource) return undefined;
  const match = /^arn:[^:]*:states:::([a-z0-9-]+(?::[a-z0-9-]+)?)/.exec(resource);
  if (match) return match[1];
  if (/:lambda:|\$\{[^}]*(Function|Lambda|Fn)[^}]*\}/i.test(resource)) return 'lambda';
  return undefined;
}
