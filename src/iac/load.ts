// loadTemplate: one file's text → Template. Never throws on bad input: every problem is an entry in
// `template.errors` with file, line, column and a stable code.
import { expandForEach } from './foreach.js';
import { addResource, keyLocation, positionAlong, type BuildContext } from './build.js';
import { isRecord } from './values.js';
import type { ParameterInfo } from './intrinsics.js';
import { expandSam, isSamTemplate } from './sam/index.js';
import { isServerlessDocument, loadServerless, serverlessOptionsFor } from './serverless/index.js';
import { isTerraformPlan, loadTerraformPlan } from './terraform/plan.js';
import type { IacFormat, LoadError, Location, Template, TemplateParameter } from './types.js';
import { parseDocument } from './yaml.js';
import { decodeFileText, tooLarge, type FileReadError } from '../util/read-file.js';
import { fileLoadError } from './file-error.js';
import { diskIncludeReader, inlineIncludes, type IncludeReader } from './include.js';

/**
 * Largest template read, from disk or from memory (CloudFormation itself takes 1 MB; SAM sources before
 * transform are smaller still). The one limit: every path to a template applies it, with one message.
 */
export const MAX_TEMPLATE_BYTES = 10 * 1024 * 1024;

function failed(file: string, format: IacFormat, error: LoadError): Template {
  return { file, format, resources: [], parameters: {}, metadata: {}, errors: [error] };
}

/** Text of a file's bytes, or the error that stops reading it. */
export function decodeTemplate(file: string, data: string | Buffer): string | LoadError {
  const size = typeof data === 'string' ? data.length : data.byteLength;
  if (size > MAX_TEMPLATE_BYTES) return fileLoadError(tooLarge(file, size, MAX_TEMPLATE_BYTES));
  let text: string;
  if (typeof data === 'string') text = data;
  else {
    try {
      text = decodeFileText(data, file);
    } catch (error) {
      return fileLoadError(error as FileReadError);
    }
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    const line = text.slice(0, nul).split('\n').length;
    return { file, line, column: 1, code: 'binary', message: 'file contains NUL bytes: binary data, not a template' };
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export interface LoadOptions {
  /** Reads local `AWS::Include` files; without one, includes stay unresolved (rules answer unknown). */
  includes?: IncludeReader;
}

export function loadTemplate(file: string, data: string | Buffer, options: LoadOptions = {}): Template {
  const text = decodeTemplate(file, data);
  if (typeof text !== 'string') return failed(file, 'cloudformation', text);
  const doc = parseDocument(file, text);
  const root = doc.value;
  if (root === undefined) return { file, format: 'cloudformation', resources: [], parameters: {}, metadata: {}, errors: doc.errors };
  if (!isRecord(root)) {
    if (root === null) return { file, format: 'cloudformation', resources: [], parameters: {}, metadata: {}, errors: doc.errors };
    return failed(file, 'cloudformation', { file, line: doc.start[0], column: doc.start[1], code: 'not-a-template', message: 'the document is not a mapping; a template is a mapping with a Resources section' });
  }
  if (isServerlessDocument(file, root)) return loadServerless(file, doc, serverlessOptionsFor(file));
  if (isTerraformPlan(root)) return loadTerraformPlan(file, doc);
  const origin: Location = { file, line: doc.start[0], column: doc.start[1] };
  const sam = isSamTemplate(root);
  const parameters: Template['parameters'] = {};
  const parameterInfo = new Map<string, ParameterInfo>();
  const params = root['Parameters'];
  if (isRecord(params)) {
    for (const [name, spec] of Object.entries(params)) {
      const location = keyLocation({ file, positions: doc.positions }, params, name, origin);
      const hasDefault = isRecord(spec) && spec['Default'] !== undefined && spec['Default'] !== null;
      parameters[name] = parameterOf(spec, location, hasDefault ? keyLocation({ file, positions: doc.positions }, spec, 'Default', location) : undefined);
      parameterInfo.set(name, hasDefault ? { hasDefault, default: (spec as Record<string, unknown>)['Default'] } : { hasDefault: false });
    }
  }
  const resolve = { parameters: parameterInfo, mappings: isRecord(root['Mappings']) ? root['Mappings'] : {} };
  const written = root['Resources'];
  if (options.includes && doc.mentionsInclude && isRecord(written)) inlineIncludes(written, options.includes, { file, positions: doc.positions, errors: doc.errors });
  const resourcesRaw = isRecord(written) ? expandForEach(written, doc.positions, resolve) : written;
  const format: IacFormat = sam ? 'sam' : hasCdkMetadata(resourcesRaw) ? 'cdk' : 'cloudformation';
  const ctx: BuildContext = {
    file,
    positions: doc.positions,
    resolve,
    format,
    resources: [],
    errors: doc.errors,
    ids: new Set(isRecord(resourcesRaw) ? Object.keys(resourcesRaw) : []),
  };
  // `Resources:` with nothing under it (a stub) is an empty section, not a broken file.
  if (resourcesRaw !== undefined && resourcesRaw !== null && !isRecord(resourcesRaw)) {
    const at = keyLocation(ctx, root, 'Resources', origin);
    ctx.errors.push({ file, line: at.line, column: at.column, code: 'bad-resources', message: 'Resources must be a mapping of logical ids to resources' });
  }
  if (isRecord(resourcesRaw)) {
    const samSources: string[] = [];
    for (const [logicalId, body] of Object.entries(resourcesRaw)) {
      const location = keyLocation(ctx, resourcesRaw, logicalId, origin);
      if (!isRecord(body) || typeof body['Type'] !== 'string') {
        ctx.errors.push({ file, line: location.line, column: location.column, code: 'bad-resource', message: `resource ${logicalId} needs a Type (a string) and must be a mapping`, data: { id: logicalId } });
        continue;
      }
      const type = body['Type'];
      if (sam && type.startsWith('AWS::Serverless::')) {
        samSources.push(logicalId);
        continue;
      }
      const props = isRecord(body['Properties']) ? body['Properties'] : {};
      const propsAt = keyLocation(ctx, body, 'Properties', location);
      const metadata = isRecord(body['Metadata']) ? body['Metadata'] : undefined;
      const cdkPath = metadata?.['aws:cdk:path'];
      const resource = addResource(ctx, {
        logicalId,
        type,
        properties: props,
        location,
        locate: (path) => (path.length === 0 ? propsAt : positionAlong(ctx, props, path, propsAt).location),
        ...(metadata ? { metadata } : {}),
        ...(typeof body['Condition'] === 'string' ? { condition: body['Condition'] } : {}),
        ...(typeof cdkPath === 'string' ? { constructPath: cdkPath } : {}),
      });
      if (isRecord(body['UpdatePolicy'])) resource.updatePolicy = body['UpdatePolicy'];
    }
    if (samSources.length) expandSam(ctx, root, resourcesRaw, samSources, origin);
  }
  const metadata = isRecord(root['Metadata']) ? root['Metadata'] : {};
  // Resources in the order they are written (SAM expansions where their source is); stable for ties.
  ctx.resources.sort((a, b) => a.location.line - b.location.line || a.location.column - b.location.column);
  ctx.errors.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
  return { file, format, resources: ctx.resources, parameters, metadata, errors: ctx.errors };
}

/** A parameter's declaration: type, NoEcho (`true` or `'true'`), default and where it is written. */
function parameterOf(spec: unknown, location: Location, defaultLocation: Location | undefined): TemplateParameter {
  if (!isRecord(spec)) return { location };
  const type = spec['Type'];
  const noEcho = spec['NoEcho'] === true || spec['NoEcho'] === 'true';
  return {
    location,
    ...(typeof type === 'string' ? { type } : {}),
    ...(noEcho ? { noEcho } : {}),
    ...(defaultLocation ? { default: spec['Default'], defaultLocation } : {}),
  };
}

function hasCdkMetadata(resources: unknown): boolean {
  if (!isRecord(resources)) return false;
  for (const body of Object.values(resources)) {
    if (isRecord(body) && (body['Type'] === 'AWS::CDK::Metadata' || (isRecord(body['Metadata']) && typeof body['Metadata']['aws:cdk:path'] === 'string'))) return true;
  }
  return false;
}

/** The options that let a template on disk at `path` (shown as `shown`) read its local includes inside `root`. */
export function diskLoadOptions(path: string, shown: string, root: string): LoadOptions {
  return { includes: diskIncludeReader(path, shown, root, MAX_TEMPLATE_BYTES) };
}
