// What every part of the Serverless Framework mapping shares: the raw document (for positions), the resolved
// one (for values), service and stage, and one way to add a CloudFormation-level resource whose location and
// property locations point back into serverless.yml.
import { addResource, positionAlong, type BuildContext, type Path } from '../build.js';
import type { Location, Resource } from '../types.js';

export type Rec = Record<string, unknown>;

export interface SlsContext {
  build: BuildContext;
  /** The document as parsed (positions are keyed by its objects). */
  raw: unknown;
  /** The document with variables resolved. */
  doc: Rec;
  provider: Rec;
  service: string;
  stage: string;
  region: string;
  origin: Location;
}

export function isRec(value: unknown): value is Rec {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && (value as { symbolic?: unknown }).symbolic !== true;
}

export function rec(value: unknown): Rec {
  return isRec(value) ? value : {};
}

/** Where a path of serverless.yml is written (the deepest part that exists). */
export function at(ctx: SlsContext, path: Path): Location {
  return positionAlong(ctx.build, ctx.raw, path, ctx.origin).location;
}

/** True when the whole path exists in serverless.yml as written. */
export function written(ctx: SlsContext, path: Path): boolean {
  return positionAlong(ctx.build, ctx.raw, path, ctx.origin).depth === path.length;
}

/**
 * Property name → candidate source paths in serverless.yml (the function's own setting, then the provider's).
 * `locate` maps a property path to the first candidate that is written; deeper steps follow when they exist.
 */
export type Sources = Readonly<Record<string, readonly Path[]>>;

export interface SlsResourceSpec {
  logicalId: string;
  type: string;
  properties: Rec;
  /** Where the resource comes from in serverless.yml (e.g. `functions.hello`). */
  source: Path;
  sources?: Sources;
  origin?: { logicalId: string; type: string };
}

export function add(ctx: SlsContext, spec: SlsResourceSpec): Resource {
  // Two events may derive the same id (two ALB listeners, two topics named alike): number the later ones.
  let logicalId = spec.logicalId;
  for (let n = 2; ctx.build.ids.has(logicalId); n++) logicalId = `${spec.logicalId}${n}`;
  const location = at(ctx, spec.source);
  const locate = (path: Path): Location => {
    const [first, ...rest] = path;
    const candidates = typeof first === 'string' ? spec.sources?.[first] : undefined;
    for (const candidate of candidates ?? []) {
      if (!written(ctx, candidate)) continue;
      // Deeper steps are CloudFormation names (`LogFormat`); serverless.yml spells them in camelCase (`logFormat`).
      const steps: (string | number)[] = [...candidate];
      for (const step of rest) {
        const camel = typeof step === 'string' ? step.charAt(0).toLowerCase() + step.slice(1) : step;
        steps.push(written(ctx, [...steps, step]) ? step : camel);
      }
      return at(ctx, steps);
    }
    return location;
  };
  const resource = addResource(ctx.build, {
    logicalId,
    type: spec.type,
    properties: spec.properties,
    location,
    locate,
    ...(spec.origin ? { origin: spec.origin } : {}),
  });
  return resource;
}

/** The framework's logical-id spelling: `hello-world_fn` → `HelloDashworldUnderscorefn`. */
export function normalizeName(name: string): string {
  const spelled = name.replace(/-/g, 'Dash').replace(/_/g, 'Underscore');
  const alnum = spelled.replace(/[^0-9A-Za-z]/g, '');
  return alnum.charAt(0).toUpperCase() + alnum.slice(1);
}

/** Only letters and digits, first letter capitalised (for names taken from ARNs, paths and queues). */
export function alphaNumeric(name: string): string {
  const alnum = name.replace(/[^0-9A-Za-z]/g, '');
  return alnum.charAt(0).toUpperCase() + alnum.slice(1);
}

/** Removes undefined entries so properties only hold what would be written. */
export function compact(props: Rec): Rec {
  const out: Rec = {};
  for (const [key, value] of Object.entries(props)) if (value !== undefined) out[key] = value;
  return out;
}

/** Last segment of an ARN-like value, for naming (`arn:aws:sqs:…:orders` → `orders`). */
export function arnName(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const parts = value.split(/[:/]/);
  return parts[parts.length - 1] || undefined;
}

/** The id a `{Ref}`/`{Fn::GetAtt}` written in serverless.yml points at. */
export function refTarget(value: unknown): string | undefined {
  if (!isRec(value)) return undefined;
  if (typeof value['Ref'] === 'string') return value['Ref'];
  const getAtt = value['Fn::GetAtt'];
  if (Array.isArray(getAtt) && typeof getAtt[0] === 'string') return getAtt[0];
  if (typeof getAtt === 'string') return getAtt.split('.')[0];
  return undefined;
}
