// SAM `Globals`: merged into each resource the way the SAM translator does — maps merge recursively with the
// resource's keys winning, lists concatenate (globals first), anything else (an intrinsic included) is replaced
// by the resource's value. `IgnoreGlobals: '*' | [names]` on a resource drops some or all of them.
import { intrinsicName, isRecord } from '../values.js';

/** Globals section key for a SAM resource type. */
export const GLOBALS_SECTION: Record<string, string> = {
  'AWS::Serverless::Function': 'Function',
  'AWS::Serverless::Api': 'Api',
  'AWS::Serverless::HttpApi': 'HttpApi',
  'AWS::Serverless::SimpleTable': 'SimpleTable',
  'AWS::Serverless::StateMachine': 'StateMachine',
  'AWS::Serverless::LayerVersion': 'LayerVersion',
};

function mergeable(value: unknown): value is Record<string, unknown> {
  return isRecord(value) && intrinsicName(value) === undefined;
}

export function mergeGlobals(global: unknown, local: unknown): unknown {
  if (local === undefined) return global;
  if (mergeable(global) && mergeable(local)) {
    const out: Record<string, unknown> = { ...global };
    for (const [key, value] of Object.entries(local)) out[key] = key in global ? mergeGlobals(global[key], value) : value;
    return out;
  }
  if (Array.isArray(global) && Array.isArray(local)) return [...global, ...local];
  return local;
}

/** The resource's properties with the globals of its section applied. */
export function applyGlobals(globalsSection: unknown, props: Record<string, unknown>, ignore: unknown): Record<string, unknown> {
  if (!isRecord(globalsSection) || ignore === '*') return props;
  const skip = new Set(Array.isArray(ignore) ? ignore.filter((x): x is string => typeof x === 'string') : []);
  const out: Record<string, unknown> = { ...props };
  for (const [key, value] of Object.entries(globalsSection)) {
    if (skip.has(key)) continue;
    out[key] = mergeGlobals(value, props[key]);
  }
  return out;
}
