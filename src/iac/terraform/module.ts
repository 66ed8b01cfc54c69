// One Terraform module: every *.tf file of a folder read together (as Terraform does), its variables, locals,
// data sources, outputs and resources; local modules (`source = "./…"`) are read in turn with their inputs,
// remote ones are noted as not scanned. Values are evaluated lazily through a Scope (see expressions.ts).
import { readdirSync, type Dirent } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import { symbolic } from '../intrinsics.js';
import { TERRAFORM_WORKSPACE, type LoadError, type Location, type Template, type TemplateParameter } from '../types.js';
import type { Pos, PositionTable } from '../yaml.js';
import { evaluate, type Scope } from './expressions.js';
import { parseHclFile } from './hcl-native.js';
import type { Body } from './hcl-parser.js';
import { attachPositions, blockFinder, type Source } from './node-positions.js';
import { LineIndex } from '../../util/positions.js';
import { policyDocument } from './policy.js';
import { followLocalModule, LOCAL_SOURCE, type ModuleEntry } from './module-sources.js';
import { readTfFile } from './read-tf.js';
import { plainValue } from './hcl-value.js';
import { NOT_PROPERTIES } from './map/shared.js';
import { fillLater, type Localized } from '../../util/i18n.js';


type Rec = Record<string, unknown>;

export interface TfBlock {
  type: string;
  name: string;
  /** The body as parsed (positions are keyed by its objects). */
  body: Rec;
  /** The shown path of the .tf file. */
  file: string;
  at: Pos;
}

export interface TfResource extends TfBlock {
  /** Logical id: `aws_lambda_function.api`, prefixed `module.NAME.` inside modules. */
  id: string;
  /** The body with expressions evaluated. */
  values: Rec;
}

export interface LoadedModule {
  resources: TfResource[];
  errors: LoadError[];
  /** The names of the module's outputs; `output(name)` evaluates one. */
  outputs: ReadonlySet<string>;
  output(name: string): unknown;
  /** The module's own variables (and TERRAFORM_WORKSPACE when it reads it), as a template's parameters. */
  parameters: Template['parameters'];
}

export interface ModuleContext {
  positions: PositionTable;
  /** The modules being read, the root first (loops are refused). */
  stack: ModuleEntry[];
  /** The folder reads are confined to (see confinementRoot). */
  root: Pick<ModuleEntry, 'real' | 'shown'>;
  /** Texts that replace files on disk (an editor's unsaved buffer), by absolute path. */
  overlay?: ReadonlyMap<string, string>;
}

const rec = (v: unknown): Rec => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Rec) : {});
const first = (v: unknown): Rec => rec(Array.isArray(v) ? v[0] : v);

interface Parsed {
  resources: TfBlock[];
  data: TfBlock[];
  modules: TfBlock[];
  variables: Map<string, Rec>;
  /** Where each variable is declared. */
  variableAt: Map<string, Location>;
  /** Where `terraform.workspace` is first read, if it is. */
  workspaceAt?: Location;
  locals: Map<string, unknown>;
  outputs: Map<string, unknown>;
}

function readFolder(dir: string, shownDir: string, ctx: ModuleContext, errors: LoadError[]): Parsed {
  const parsed: Parsed = { resources: [], data: [], modules: [], variables: new Map(), variableAt: new Map(), locals: new Map(), outputs: new Map() };
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.name.endsWith('.tf'))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (error) {
    errors.push({ file: shownDir, line: 1, column: 1, code: 'unreadable', message: `cannot read folder: ${(error as NodeJS.ErrnoException).code ?? 'error'}` });
    return parsed;
  }
  // The folder being read is the last on the stack, its real path known: a file that is no symlink needs no lookup.
  const folderReal = (ctx.stack[ctx.stack.length - 1] as ModuleEntry).real;
  for (const entry of entries) {
    const name = entry.name;
    const file = posix.join(shownDir, name);
    // An editor's unsaved buffer (slens lsp) stands in for the file on disk.
    const unsaved = ctx.overlay?.get(resolve(dir, name));
    const read = unsaved !== undefined ? { text: unsaved } : readTfFile(join(dir, name), file, ctx.root.real, entry.isSymbolicLink() ? undefined : join(folderReal, name));
    if ('error' in read) {
      errors.push(read.error);
      continue;
    }
    const text = read.text;
    const result = parseHclFile(text);
    if ('error' in result) {
      errors.push({ file, line: result.error.line, column: result.error.column, code: 'hcl-syntax', message: result.error.message, data: { reason: result.error.message } });
      continue;
    }
    collect(parsed, result.value, result.body, { text, lines: new LineIndex(text) }, file, ctx.positions);
    const workspace = parsed.workspaceAt ? -1 : text.indexOf(TERRAFORM_WORKSPACE);
    if (workspace >= 0) parsed.workspaceAt = { file, line: text.slice(0, workspace).split('\n').length, column: workspace - text.lastIndexOf('\n', workspace - 1) };
  }
  return parsed;
}

function collect(parsed: Parsed, doc: Rec, tree: Body, source: Source, file: string, positions: PositionTable): void {
  const at = (node: { at: number } | undefined): Pos => {
    if (!node) return [1, 1];
    const { line, column } = source.lines.locate(node.at);
    return [line, column];
  };
  const findBlock = blockFinder(tree);
  const blocks = (kind: string, into: TfBlock[], located: boolean) => {
    const byType = rec(doc[kind]);
    const types = Object.keys(byType);
    for (let t = 0; t < types.length; t++) {
      const type = types[t] as string;
      const byName = rec(byType[type]);
      const names = Object.keys(byName);
      for (let n = 0; n < names.length; n++) {
        const name = names[n] as string;
        const body = first(byName[name]);
        const node = findBlock(kind, [type, name]);
        if (node && located) attachPositions(positions, body, node.body, source);
        into.push({ type, name, body, file, at: at(node) });
      }
    }
  };
  blocks('resource', parsed.resources, true);
  // Data sources and module blocks are read for their values only: no finding points inside them (a value they
  // pass on is located where a resource writes it), so their attributes' positions are not recorded.
  blocks('data', parsed.data, false);
  for (const [name, bodies] of Object.entries(rec(doc['module']))) {
    const body = first(bodies);
    const node = findBlock('module', [name]);
    parsed.modules.push({ type: 'module', name, body, file, at: at(node) });
  }
  for (const [name, bodies] of Object.entries(rec(doc['variable']))) {
    const body = first(bodies);
    parsed.variables.set(name, body);
    const node = findBlock('variable', [name]);
    if (node) attachPositions(positions, body, node.body, source);
    const [line, column] = at(node);
    parsed.variableAt.set(name, { file, line, column });
  }
  const locals = Array.isArray(doc['locals']) ? doc['locals'] : [doc['locals']];
  for (const block of locals) for (const [name, value] of Object.entries(rec(block))) parsed.locals.set(name, value);
  for (const [name, bodies] of Object.entries(rec(doc['output']))) parsed.outputs.set(name, first(bodies)['value']);
}

/** Reads the module in `dir`; `inputs` are the values its caller passes (already evaluated). */
export function loadModule(dir: string, shownDir: string, inputs: ReadonlyMap<string, unknown>, prefix: string, ctx: ModuleContext): LoadedModule {
  const errors: LoadError[] = [];
  const parsed = readFolder(dir, shownDir, ctx, errors);
  const ids = new Map(parsed.resources.map((r) => [`${r.type}.${r.name}`, `${prefix}${r.type}.${r.name}`]));
  const localCache = new Map<string, unknown>();
  const resolving = new Set<string>();
  const children = new Map<string, LoadedModule>();
  const dataBlocks = new Map(parsed.data.map((d) => [`${d.type}.${d.name}`, d]));
  const scope: Scope = {
    variable: (name) => {
      if (inputs.has(name)) return inputs.get(name);
      const spec = parsed.variables.get(name);
      return spec && spec['default'] !== undefined ? guarded(`var.${name}`, () => evaluate(spec['default'], scope)) : symbolic(`\${var.${name}}`);
    },
    local: (name) => {
      if (localCache.has(name)) return localCache.get(name);
      if (!parsed.locals.has(name)) return symbolic(`\${local.${name}}`);
      const value = guarded(`local.${name}`, () => evaluate(parsed.locals.get(name), scope));
      localCache.set(name, value);
      return value;
    },
    resourceId: (type, name) => ids.get(`${type}.${name}`),
    data: (type, name, attribute) => {
      const block = dataBlocks.get(`${type}.${name}`);
      if (block && type === 'aws_iam_policy_document' && attribute === 'json') return guarded(`data.${type}.${name}`, () => policyDocument(block.body, scope));
      return symbolic(`\${data.${type}.${name}${attribute ? `.${attribute}` : ''}}`);
    },
    moduleOutput: (name, output) => {
      const child = children.get(name);
      return child?.outputs.has(output) ? child.output(output) : symbolic(`\${module.${name}.${output}}`);
    },
  };
  function guarded(key: string, run: () => unknown): unknown {
    if (resolving.has(key) || resolving.size > 64) return symbolic(`\${${key}}`);
    resolving.add(key);
    try {
      return run();
    } finally {
      resolving.delete(key);
    }
  }

  for (const block of parsed.modules) {
    const source = plainValue(block.body['source']);
    const where = { file: block.file, line: block.at[0], column: block.at[1] };
    if (typeof source !== 'string' || !LOCAL_SOURCE.test(source)) {
      errors.push(remoteModule(block.name, source, where));
      continue;
    }
    const target = followLocalModule({ name: block.name, source, where }, dir, shownDir, ctx.stack, ctx.root);
    if ('code' in target) {
      errors.push(target);
      continue;
    }
    const childInputs = new Map<string, unknown>();
    for (const [key, value] of Object.entries(block.body)) {
      if (!['source', 'version', 'providers', 'count', 'for_each', 'depends_on'].includes(key)) childInputs.set(key, evaluate(value, scope));
    }
    ctx.stack.push(target.entry);
    const child = loadModule(target.dir, target.entry.shown, childInputs, `${prefix}module.${block.name}.`, ctx);
    ctx.stack.pop();
    children.set(block.name, child);
    errors.push(...child.errors);
  }

  const resources: TfResource[] = parsed.resources.map((block) => ({ type: block.type, name: block.name, body: block.body, file: block.file, at: block.at, id: ids.get(`${block.type}.${block.name}`) as string, values: resourceValues(block.body, scope) }));
  for (const child of children.values()) resources.push(...child.resources);
  // Outputs are evaluated when a caller reads one (once each): the root module's are read by nobody.
  const outputValues = new Map<string, unknown>();
  const output = (name: string): unknown => {
    if (!outputValues.has(name)) outputValues.set(name, evaluate(parsed.outputs.get(name), scope));
    return outputValues.get(name);
  };
  const outputs: ReadonlySet<string> = new Set(parsed.outputs.keys());
  const parameters: Template['parameters'] = {};
  for (const [name, location] of parsed.variableAt) parameters[name] = variableOf(parsed.variables.get(name) ?? {}, location, ctx.positions);
  if (parsed.workspaceAt) parameters[TERRAFORM_WORKSPACE] = { location: parsed.workspaceAt };
  return { resources, errors, outputs, output, parameters };
}

/**
 * A resource body with its attributes evaluated, less the meta-arguments and tags no mapping reads (`tags =
 * merge(local.tags, …)`, `depends_on`, `dynamic` blocks): evaluating them was work for nothing.
 */
function resourceValues(body: Rec, scope: Scope): Rec {
  const out: Rec = {};
  const keys = Object.keys(body);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    if (!NOT_PROPERTIES.has(key)) out[key] = evaluate(body[key], scope, 1);
  }
  markDynamic(out, body['dynamic']);
  return out;
}

/**
 * A `dynamic "X"` block writes blocks X that the scan does not evaluate: X reads as unknown (a list that ends
 * with an unknown item when some X blocks are also written plainly), so a mapping that reads X does not
 * take it as absent.
 */
function markDynamic(out: Rec, dynamic: unknown): void {
  if (dynamic === null || typeof dynamic !== 'object' || Array.isArray(dynamic)) return;
  for (const name of Object.keys(dynamic)) {
    const marker = symbolic(`dynamic "${name}"`);
    const written = out[name];
    out[name] = written === undefined ? marker : [...(Array.isArray(written) ? written : [written]), marker];
  }
}

/** A source that is not written as text (a variable, nothing at all): where the module comes from is unknown. */
const UNKNOWN_SOURCE: Localized = {
  en: 'module {module} comes from an unknown source: remote modules are not scanned',
  ja: 'モジュール {module} の取得元がわかりません。リモートモジュールはスキャンしません。',
};

/** The error for a module block slens does not follow (registry, Git, HTTP or an unknown source). */
function remoteModule(name: string, source: unknown, where: Location): LoadError {
  if (typeof source !== 'string') {
    const localized = fillLater(UNKNOWN_SOURCE, { module: name });
    return { ...where, code: 'remote-module', message: localized.en, localized };
  }
  return { ...where, code: 'remote-module', message: `module ${name} comes from ${source}: remote modules are not scanned`, data: { module: name, source } };
}

/** A variable as a template parameter: its type when written plainly, `sensitive = true` as NoEcho, its default and where it is written. */
function variableOf(spec: Rec, location: Location, positions: PositionTable): TemplateParameter {
  const type = plainValue(spec['type']);
  const sensitive = plainValue(spec['sensitive']);
  const out: TemplateParameter = { location, ...(typeof type === 'string' ? { type: type.replace(/^\$\{(.*)\}$/, '$1') } : {}), ...(sensitive === true || sensitive === 'true' ? { noEcho: true } : {}) };
  if (spec['default'] === undefined) return out;
  const at = positions.get(spec)?.get('default');
  return { ...out, default: plainValue(spec['default']), ...(at ? { defaultLocation: { file: location.file, line: at[0], column: at[1] } } : { defaultLocation: location }) };
}
