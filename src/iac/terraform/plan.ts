// `terraform show -json` output (a plan's `planned_values`, or a state's `values`): values already resolved by
// Terraform. Values only known after apply are filled from the configuration's references (so a role ARN still
// designates its role), and attributes the configuration does not write are dropped — they are provider
// defaults, and rules judge what the project chose, exactly as for .tf files. Positions point into the JSON.
import { addResource, positionAlong, type BuildContext } from '../build.js';
import { symbolic } from '../intrinsics.js';
import type { Location, Template } from '../types.js';
import type { ParsedDocument } from '../yaml.js';
import { evaluate, type Scope } from './expressions.js';
import { link, type Draft } from './links.js';
import { locateDraft } from './locate.js';
import { mapResource } from './map.js';
import { compareText } from '../../util/text.js';

type Rec = Record<string, unknown>;
const rec = (v: unknown): Rec => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Rec) : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

export function isTerraformPlan(root: Rec): boolean {
  return typeof root['format_version'] === 'string' && (root['planned_values'] !== undefined || (root['values'] !== undefined && root['terraform_version'] !== undefined));
}

interface PlanResource {
  address: string;
  type: string;
  name: string;
  /** Module path prefix, e.g. `module.api.` */
  prefix: string;
  /** The object in the JSON (positions are keyed by it and its `values`). */
  raw: Rec;
  values: Rec;
  expressions: Rec | undefined;
}

function configurationResources(module: Rec, prefix: string, into: Map<string, Rec>, depth: number): void {
  if (depth > 32) return;
  for (const r of list(module['resources'])) {
    const item = rec(r);
    if (typeof item['address'] === 'string') into.set(`${prefix}${item['address']}`, rec(item['expressions']));
  }
  for (const [name, call] of Object.entries(rec(module['module_calls']))) configurationResources(rec(rec(call)['module']), `${prefix}module.${name}.`, into, depth + 1);
}

function collect(module: Rec, config: Map<string, Rec>, into: PlanResource[], depth: number): void {
  if (depth > 32) return;
  for (const r of list(module['resources'])) {
    const raw = rec(r);
    if (raw['mode'] === 'data' || typeof raw['type'] !== 'string' || typeof raw['address'] !== 'string') continue;
    const address = raw['address'];
    const prefix = address.slice(0, Math.max(0, address.lastIndexOf(`${raw['type']}.`)));
    const configAddress = address.replace(/\[[^\]]*\]/g, '');
    into.push({ address, type: raw['type'], name: String(raw['name'] ?? ''), prefix, raw, values: rec(raw['values']), expressions: config.get(configAddress) });
  }
  for (const child of list(module['child_modules'])) collect(rec(child), config, into, depth + 1);
}

/** The most specific reference (`aws_iam_role.r.arn` over `aws_iam_role.r`). */
function bestReference(references: unknown): string | undefined {
  const refs = list(references).filter((r): r is string => typeof r === 'string');
  return refs.sort((a, b) => b.split('.').length - a.split('.').length)[0];
}

/** Keeps written attributes; an unknown value that the configuration computes from references gets `${reference}`. */
function written(values: Rec, expressions: Rec, depth = 0): Rec {
  const out: Rec = {};
  if (depth > 16) return out;
  for (const [key, expression] of Object.entries(expressions)) {
    const value = values[key];
    if (Array.isArray(expression)) {
      const blocks = list(value);
      out[key] = expression.map((e, i) => written(rec(blocks[i]), rec(e), depth + 1));
      continue;
    }
    const e = rec(expression);
    if (value !== null && value !== undefined) out[key] = value;
    else if (e['references'] !== undefined) {
      const ref = bestReference(e['references']);
      if (ref) out[key] = `\${${ref}}`;
    } else if (e['constant_value'] !== undefined) out[key] = e['constant_value'];
  }
  return out;
}

export function loadTerraformPlan(file: string, doc: ParsedDocument): Template {
  const root = rec(doc.value);
  const template: Template = { file, format: 'terraform', resources: [], parameters: {}, metadata: {}, errors: [...doc.errors] };
  const config = new Map<string, Rec>();
  configurationResources(rec(rec(root['configuration'])['root_module']), '', config, 0);
  const resources: PlanResource[] = [];
  collect(rec(rec(root['planned_values'] ?? root['values'])['root_module']), config, resources, 0);
  const byName = new Map<string, string>();
  for (const r of resources) if (!byName.has(`${r.prefix}${r.type}.${r.name}`)) byName.set(`${r.prefix}${r.type}.${r.name}`, r.address);
  const drafts = new Map<string, Draft>();
  const values = new Map<string, Rec>();
  for (const r of resources) {
    const scope: Scope = {
      variable: (name) => symbolic(`\${var.${name}}`),
      local: (name) => symbolic(`\${local.${name}}`),
      resourceId: (type, name) => byName.get(`${r.prefix}${type}.${name}`),
      data: (type, name, attribute) => symbolic(`\${data.${type}.${name}${attribute ? `.${attribute}` : ''}}`),
      moduleOutput: (name, output) => symbolic(`\${module.${name}.${output}}`),
    };
    const chosen = r.expressions ? written(r.values, r.expressions) : r.values;
    const evaluated = evaluate(chosen, scope) as Rec;
    const mapped = mapResource(r.type, evaluated);
    const start = positionAlong({ file, positions: doc.positions }, r.raw, ['address'], { file, line: doc.start[0], column: doc.start[1] }).location;
    values.set(r.address, evaluated);
    drafts.set(r.address, { id: r.address, tfType: r.type, type: mapped.type, properties: mapped.properties, body: r.values, file, at: [start.line, start.column], renames: mapped.renames ?? {}, extras: [] });
  }
  link(drafts, values);
  const ctx: BuildContext = { file, positions: doc.positions, resolve: { parameters: new Map(), mappings: {} }, format: 'terraform', resources: template.resources, errors: template.errors, ids: new Set() };
  for (const draft of drafts.values()) {
    if (draft.merged) continue;
    const location: Location = { file, line: draft.at[0], column: draft.at[1] };
    addResource(ctx, {
      logicalId: draft.id,
      type: draft.type,
      properties: draft.properties,
      location,
      locate: (path) => locateDraft(doc.positions, draft, path, location),
      origin: { logicalId: draft.id, type: draft.tfType },
    });
  }
  template.resources.sort((a, b) => a.location.line - b.location.line || compareText(a.logicalId, b.logicalId));
  return template;
}
