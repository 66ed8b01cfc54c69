// The raw CloudFormation under `resources:` in serverless.yml: `Resources` are read as written (a resource with
// the id of one the framework generates overrides it, as the framework merges them), `extensions` add
// properties to generated resources. Positions point into serverless.yml.
import { addResource, positionAlong } from '../build.js';
import { isRecord } from '../values.js';
import { resolveValue } from '../intrinsics.js';
import type { Location } from '../types.js';
import { at, type SlsContext } from './context.js';

/** Deep merge where `over` wins; lists are replaced, as the framework does. */
function merge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const current = out[key];
    out[key] = isRecord(current) && isRecord(value) ? merge(current, value) : value;
  }
  return out;
}

export function addRawResources(ctx: SlsContext): void {
  const section = ctx.doc['resources'];
  const rawSection = isRecord(ctx.raw) ? ctx.raw['resources'] : undefined;
  // `resources` may also be a list of fragments (often `${file(…)}` includes): merged in order.
  const fragments = Array.isArray(section) ? section : [section];
  const rawFragments = Array.isArray(rawSection) ? rawSection : [rawSection];
  fragments.forEach((fragment, i) => {
    if (!isRecord(fragment)) return;
    const rawFragment = rawFragments[i];
    const basePath = Array.isArray(section) ? ['resources', i] : ['resources'];
    readResources(ctx, fragment['Resources'], isRecord(rawFragment) ? rawFragment['Resources'] : undefined, [...basePath, 'Resources']);
    readExtensions(ctx, fragment['extensions'], [...basePath, 'extensions']);
  });
}

function readResources(ctx: SlsContext, resources: unknown, rawResources: unknown, path: (string | number)[]): void {
  if (resources === undefined) return;
  const sectionAt = at(ctx, path);
  if (!isRecord(resources)) {
    ctx.build.errors.push({ file: ctx.build.file, line: sectionAt.line, column: sectionAt.column, code: 'bad-resources', message: 'resources.Resources must be a mapping of logical ids to resources' });
    return;
  }
  for (const [logicalId, body] of Object.entries(resources)) {
    const location = at(ctx, [...path, logicalId]);
    if (!isRecord(body) || typeof body['Type'] !== 'string') {
      ctx.build.errors.push({ file: ctx.build.file, line: location.line, column: location.column, code: 'bad-resource', message: `resource ${logicalId} needs a Type (a string) and must be a mapping` });
      continue;
    }
    const props = isRecord(body['Properties']) ? body['Properties'] : {};
    const rawBody = isRecord(rawResources) ? rawResources[logicalId] : undefined;
    const rawProps = isRecord(rawBody) ? rawBody['Properties'] : undefined;
    const propsAt: Location = at(ctx, [...path, logicalId, 'Properties']);
    const locate = (p: readonly (string | number)[]): Location => (p.length === 0 ? propsAt : positionAlong(ctx.build, rawProps, p, propsAt).location);
    const generated = ctx.build.resources.find((r) => r.logicalId === logicalId);
    if (generated) {
      generated.properties = merge(generated.properties, resolvedRecord(ctx, props));
      const before = generated.locate;
      generated.locate = (p) => (positionAlong(ctx.build, rawProps, p, propsAt).depth > 0 ? locate(p) : before(p));
      continue;
    }
    const metadata = isRecord(body['Metadata']) ? body['Metadata'] : undefined;
    const resource = addResource(ctx.build, {
      logicalId,
      type: body['Type'],
      properties: props,
      location,
      locate,
      ...(metadata ? { metadata } : {}),
      ...(typeof body['Condition'] === 'string' ? { condition: body['Condition'] } : {}),
    });
    if (isRecord(body['UpdatePolicy'])) resource.updatePolicy = body['UpdatePolicy'];
  }
}

function resolvedRecord(ctx: SlsContext, props: Record<string, unknown>): Record<string, unknown> {
  const value = resolveValue(props, ctx.build.resolve);
  return isRecord(value) ? value : {};
}

function readExtensions(ctx: SlsContext, extensions: unknown, path: (string | number)[]): void {
  if (!isRecord(extensions)) return;
  for (const [logicalId, body] of Object.entries(extensions)) {
    const generated = ctx.build.resources.find((r) => r.logicalId === logicalId);
    if (!generated || !isRecord(body) || !isRecord(body['Properties'])) continue;
    generated.properties = merge(generated.properties, resolvedRecord(ctx, body['Properties']));
    const before = generated.locate;
    const propsAt = at(ctx, [...path, logicalId, 'Properties']);
    const rawProps = rawAt(ctx.raw, [...path, logicalId, 'Properties']);
    generated.locate = (p) => {
      const found = positionAlong(ctx.build, rawProps, p, propsAt);
      return found.depth > 0 ? found.location : before(p);
    };
  }
}

function rawAt(root: unknown, path: readonly (string | number)[]): unknown {
  let current = root;
  for (const step of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[step];
  }
  return current;
}
