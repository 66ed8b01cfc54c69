// Shared pieces for turning parsed template sections into Resources: positions along property paths, and one
// place that creates a Resource (resolving intrinsics, keeping where it and its properties are written).
import type { ResolveContext } from './intrinsics.js';
import { resolveValue } from './intrinsics.js';
import type { IacFormat, LoadError, Location, Resource } from './types.js';
import type { PositionTable } from './yaml.js';
import type { PropertyPath } from './values.js';

export type Path = PropertyPath;

export interface BuildContext {
  file: string;
  positions: PositionTable;
  resolve: ResolveContext;
  format: IacFormat;
  resources: Resource[];
  errors: LoadError[];
  /** Every logical id written in the template or generated so far (SAM names must not collide). */
  ids: Set<string>;
}

export interface Found {
  location: Location;
  /** How many steps of the path were found (0: none, the fallback is returned). */
  depth: number;
}

/** Where the deepest reachable step of `path` under `root` is written. */
export function positionAlong(ctx: Pick<BuildContext, 'file' | 'positions'>, root: unknown, path: Path, fallback: Location): Found {
  let current: unknown = root;
  let best = fallback;
  let depth = 0;
  for (const step of path) {
    if (current === null || typeof current !== 'object') break;
    const pos = ctx.positions.get(current)?.get(typeof step === 'number' && !Array.isArray(current) ? String(step) : step);
    if (!pos) break;
    best = { file: pos[2] ?? ctx.file, line: pos[0], column: pos[1] };
    depth += 1;
    current = (current as Record<string | number, unknown>)[step];
  }
  return { location: best, depth };
}

/** Position of `key` in a mapping, or the fallback. */
export function keyLocation(ctx: Pick<BuildContext, 'file' | 'positions'>, mapping: unknown, key: string, fallback: Location): Location {
  // positionAlong(ctx, mapping, [key], fallback).location, without the path and the answer it builds.
  if (mapping === null || typeof mapping !== 'object') return fallback;
  const pos = ctx.positions.get(mapping)?.get(key);
  return pos ? { file: pos[2] ?? ctx.file, line: pos[0], column: pos[1] } : fallback;
}

export interface ResourceSpec {
  logicalId: string;
  type: string;
  /** Raw properties (intrinsics as written); resolved here. */
  properties: Record<string, unknown>;
  location: Location;
  locate: (path: Path) => Location;
  metadata?: Record<string, unknown>;
  origin?: { logicalId: string; type: string };
  condition?: string;
  constructPath?: string;
}

export function addResource(ctx: BuildContext, spec: ResourceSpec): Resource {
  const resolved = resolveValue(spec.properties, ctx.resolve);
  const resource: Resource = {
    logicalId: spec.logicalId,
    type: spec.type,
    properties: (resolved && typeof resolved === 'object' && !Array.isArray(resolved) ? resolved : {}) as Record<string, unknown>,
    location: spec.location,
    locate: spec.locate,
    format: ctx.format,
    // Every resource has every property (undefined when absent), in one order: rules read resources of one hidden
    // class instead of one per combination of optional parts, which V8 deoptimized and recompiled for (issue 21).
    metadata: spec.metadata || undefined,
    origin: spec.origin || undefined,
    condition: spec.condition || undefined,
    constructPath: spec.constructPath || undefined,
  };
  ctx.resources.push(resource);
  ctx.ids.add(spec.logicalId);
  return resource;
}
