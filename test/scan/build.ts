// Hand-built templates for scan tests that do not depend on the YAML loader.
import type { LoadError, Location, Resource, Template } from '../../src/iac/types.js';

export interface ResourceSpec {
  id: string;
  type: string;
  line: number;
  properties?: Record<string, unknown>;
  metadata?: Record<string, unknown>;
  origin?: { logicalId: string; type: string };
}

export function resource(file: string, spec: ResourceSpec): Resource {
  const location: Location = { file, line: spec.line, column: 3 };
  return {
    logicalId: spec.id,
    type: spec.type,
    properties: spec.properties ?? {},
    ...(spec.metadata ? { metadata: spec.metadata } : {}),
    ...(spec.origin ? { origin: spec.origin } : {}),
    location,
    // Property paths point one line below the resource per path step: enough to see that paths are used.
    locate: (path) => ({ file, line: spec.line + path.length, column: 5 }),
    format: 'cloudformation',
  };
}

export function template(file: string, specs: ResourceSpec[], metadata: Record<string, unknown> = {}, errors: LoadError[] = []): Template {
  return { file, format: 'cloudformation', resources: specs.map((s) => resource(file, s)), parameters: {}, metadata, errors };
}

/** A function that fails lambda-tracing, lambda-explicit-memory and lambda-explicit-timeout. */
export const bareFunction = (id: string, line: number, metadata?: Record<string, unknown>): ResourceSpec => ({
  id,
  type: 'AWS::Lambda::Function',
  line,
  properties: { Runtime: 'python3.13' },
  ...(metadata ? { metadata } : {}),
});
