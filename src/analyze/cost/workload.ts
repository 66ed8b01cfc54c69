// Function settings for the cost estimate, read from templates through the IaC readers: memory,
// architecture, tracing, provisioned concurrency (on aliases or versions), log retention, and which kinds
// of API Gateway API the workload has. Values the readers could not resolve fall back to Lambda's defaults.
import { buildGraph, discoverTemplates, isRecord, readTemplateFile, type LoadError, type Resource } from '../../iac/index.js';
import type { Arch } from '../pricing/prices.js';

export interface FunctionSpec {
  name: string;
  /** `file:line` where the function is written, when read from a template. */
  source?: string;
  memoryMb: number;
  arch: Arch;
  tracing: boolean;
  provisioned: number;
  /** Log group retention in days; undefined means never expire. */
  retentionDays: number | undefined;
}

export interface WorkloadSpec {
  functions: FunctionSpec[];
  apis: { rest: number; http: number };
  errors: LoadError[];
  templates: number;
}

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : undefined);
const record = (v: unknown): Record<string, unknown> | undefined => (isRecord(v) ? v : undefined);

function provisionedOf(resources: readonly Resource[]): number {
  let total = 0;
  for (const r of resources) total += num(record(r.properties['ProvisionedConcurrencyConfig'])?.['ProvisionedConcurrentExecutions']) ?? 0;
  return total;
}

export async function readWorkload(paths: string[]): Promise<WorkloadSpec> {
  const discovery = await discoverTemplates(paths);
  const templates = discovery.files.map((f) => readTemplateFile(f));
  const errors = [...discovery.errors, ...templates.flatMap((t) => t.errors)];
  const loaded = templates.filter((t) => t.resources.length > 0);
  // One graph per template, as the scan builds it: both read the same log group of a function.
  const functions: FunctionSpec[] = loaded.flatMap((template) => {
    const graph = buildGraph(template.resources);
    return graph.ofType('AWS::Lambda::Function').map((fn) => {
      const p = fn.properties;
      const name = typeof p['FunctionName'] === 'string' ? p['FunctionName'] : (fn.origin?.logicalId ?? fn.logicalId);
      const archs = p['Architectures'];
      const arch: Arch = Array.isArray(archs) && archs[0] === 'arm64' ? 'arm64' : 'x86_64';
      const logGroup = graph.logGroupOf(fn);
      return {
        name,
        source: `${fn.location.file}:${fn.location.line}`,
        memoryMb: num(p['MemorySize']) ?? 128,
        arch,
        tracing: record(p['TracingConfig'])?.['Mode'] === 'Active',
        provisioned: provisionedOf([...graph.aliasesOf(fn), ...graph.versionsOf(fn)]),
        retentionDays: logGroup && logGroup !== 'external' ? num(logGroup.properties['RetentionInDays']) : undefined,
      };
    });
  });
  functions.sort((a, b) => a.name.localeCompare(b.name) || (a.source ?? '').localeCompare(b.source ?? ''));
  const all = loaded.flatMap((t) => t.resources);
  const http = all.filter((r) => r.type === 'AWS::ApiGatewayV2::Api' && r.properties['ProtocolType'] === 'HTTP').length;
  const rest = all.filter((r) => r.type === 'AWS::ApiGateway::RestApi').length;
  return { functions, apis: { rest, http }, errors, templates: loaded.length };
}
