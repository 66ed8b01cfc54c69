// Terraform: a folder of *.tf files is one module (local modules followed) → one Template whose resources are
// CloudFormation-level, each located at its `resource "type" "name"` block and its attributes' lines.
import { realpathSync } from 'node:fs';
import { addResource, type BuildContext } from '../build.js';
import type { Location, Template } from '../types.js';
import type { PositionTable } from '../yaml.js';
import { link, type Draft } from './links.js';
import { locateDraft } from './locate.js';
import { mapResource } from './map.js';
import { loadModule } from './module.js';
import { confinementRoot } from './read-tf.js';
import { compareText } from '../../util/text.js';

type Rec = Record<string, unknown>;
/** `overlay`: texts that replace files on disk (an editor's unsaved buffers), by absolute path. */
/** `scanRoot`: the folder the scan runs in; reads stay inside it (or inside `dir` when `dir` lies outside it). */
export function loadTerraformFolder(dir: string, shown: string, overlay?: ReadonlyMap<string, string>, scanRoot?: string): Template {
  const template: Template = { file: shown, format: 'terraform', resources: [], parameters: {}, metadata: {}, errors: [] };
  const positions: PositionTable = new WeakMap();
  let real = dir;
  try {
    real = realpathSync.native(dir);
  } catch {
    // readFolder reports the unreadable folder.
  }
  const rootReal = confinementRoot(real, scanRoot);
  const root = { real: rootReal, shown: rootReal === real ? shown : '.' };
  const loaded = loadModule(dir, shown, new Map(), '', { positions, stack: [{ real, shown }], root, ...(overlay ? { overlay } : {}) });
  template.errors.push(...loaded.errors);
  template.parameters = loaded.parameters;
  const drafts = new Map<string, Draft>();
  const values = new Map<string, Rec>();
  for (const r of loaded.resources) {
    const mapped = mapResource(r.type, r.values);
    values.set(r.id, r.values);
    drafts.set(r.id, { id: r.id, tfType: r.type, type: mapped.type, properties: mapped.properties, body: r.body, file: r.file, at: r.at, renames: mapped.renames ?? {}, extras: [] });
  }
  link(drafts, values);
  const ctx: BuildContext = { file: shown, positions, resolve: { parameters: new Map(), mappings: {} }, format: 'terraform', resources: template.resources, errors: template.errors, ids: new Set() };
  for (const draft of drafts.values()) {
    if (draft.merged) continue;
    const location: Location = { file: draft.file, line: draft.at[0], column: draft.at[1] };
    addResource(ctx, {
      logicalId: draft.id,
      type: draft.type,
      properties: draft.properties,
      location,
      locate: (path) => locateDraft(positions, draft, path, location),
      origin: { logicalId: draft.id, type: draft.tfType },
    });
  }
  template.resources.sort((a, b) => compareText(a.location.file, b.location.file) || a.location.line - b.location.line || compareText(a.logicalId, b.logicalId));
  template.errors.sort((a, b) => compareText(a.file, b.file) || a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
  return template;
}

/** Reads the folder (async for callers written when the parser started asynchronously). */
export async function loadTerraform(dir: string, shown: string, scanRoot?: string): Promise<Template> {
  return Promise.resolve(loadTerraformFolder(dir, shown, undefined, scanRoot));
}
