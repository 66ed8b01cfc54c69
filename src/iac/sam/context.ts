// The state of one SAM expansion: the SAM sources (with Globals applied), and `emit`, which creates a
// CloudFormation-level resource that remembers its SAM source (origin, location, property locations).
import { addResource, positionAlong, type BuildContext, type Path } from '../build.js';
import { isRecord } from '../values.js';
import type { Location, Resource } from '../types.js';

export interface SamSource {
  id: string;
  type: string;
  /** Properties as written, with Globals merged in (intrinsics unresolved). */
  props: Record<string, unknown>;
  location: Location;
  condition?: string;
  metadata?: Record<string, unknown>;
  /** Where a SAM property path is written: in the resource, else in Globals, else the resource itself. */
  locate(path: Path): Location;
}

export interface EmitSpec {
  logicalId: string;
  type: string;
  properties: Record<string, unknown>;
  /** Defaults to the source's location (event-made resources pass the event's). */
  location?: Location;
  /** CloudFormation property path → SAM property path; `undefined` means "the resource's location". */
  map?: (path: Path) => Path | undefined;
  metadata?: Record<string, unknown>;
  updatePolicy?: Record<string, unknown>;
}

/** API facts collected before functions are expanded, so events can tell their method's authorization. */
export interface ApiAuth {
  defaultAuthorizer?: unknown;
  /** Authorizer name → AuthorizationType (`COGNITO_USER_POOLS`, `CUSTOM`, `JWT`, `AWS_IAM`). */
  authorizers: Map<string, string>;
  apiKeyRequired?: unknown;
}

export interface Sam {
  ctx: BuildContext;
  root: Record<string, unknown>;
  globals: Record<string, unknown>;
  origin: Location;
  /** Auth of explicit `AWS::Serverless::Api`/`HttpApi` by logical id, and of the implicit ones. */
  restAuth: Map<string, ApiAuth>;
  httpAuth: Map<string, ApiAuth>;
  /** Where the implicit APIs are first asked for (the first event that needs them). */
  implicitRest?: Location;
  implicitHttp?: Location;
  codeDeployApp: boolean;
}

export function emit(sam: Sam, source: SamSource, spec: EmitSpec): Resource {
  const location = spec.location ?? source.location;
  const map = spec.map ?? ((path: Path) => path);
  const resource = addResource(sam.ctx, {
    logicalId: spec.logicalId,
    type: spec.type,
    properties: spec.properties,
    location,
    locate: (path) => {
      const samPath = map(path);
      return samPath ? source.locate(samPath) : location;
    },
    origin: { logicalId: source.id, type: source.type },
    ...(source.condition ? { condition: source.condition } : {}),
    ...(spec.metadata || source.metadata ? { metadata: { ...(source.metadata ?? {}), ...(spec.metadata ?? {}) } } : {}),
  });
  if (spec.updatePolicy) resource.updatePolicy = spec.updatePolicy;
  return resource;
}

/** A generated logical id that does not collide with one written in the template. */
export function uniqueId(sam: Sam, base: string): string {
  const clean = base.replace(/[^A-Za-z0-9]/g, '');
  if (!sam.ctx.ids.has(clean)) return clean;
  for (let i = 2; ; i++) if (!sam.ctx.ids.has(`${clean}${i}`)) return `${clean}${i}`;
}

/** Builds the locate function of a SAM source: resource Properties first, then the Globals section. */
export function samLocator(sam: Sam, props: unknown, propsAt: Location, globalsSection: unknown): (path: Path) => Location {
  return (path) => {
    if (path.length === 0) return propsAt;
    const own = positionAlong(sam.ctx, props, path, propsAt);
    if (own.depth > 0) return own.location;
    const global = positionAlong(sam.ctx, globalsSection, path, propsAt);
    return global.depth > 0 ? global.location : propsAt;
  };
}

/** Location of an event under `Events` (its name), for resources an event creates. */
export function eventLocation(source: SamSource, eventName: string): Location {
  return source.locate(['Events', eventName]);
}

export function record(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

/**
 * Copies the listed keys that are present, in the order listed. The mapping's own keys are listed first: asking
 * a parsed mapping for a key it lacks is slow (its shape is one of many), and most listed keys are absent.
 */
export function pick(from: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const own = Object.keys(from);
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    if (!own.includes(key)) continue;
    const value = from[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}

export const ref = (id: string) => ({ Ref: id });
export const getAtt = (id: string, attribute: string) => ({ 'Fn::GetAtt': [id, attribute] });
