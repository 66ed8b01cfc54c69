// Where a module's `module` blocks point: read from the parsed blocks only, so a `source = "./x"` in a comment,
// a string or a resource (an S3 object's `source`) is not a module use.
import { realpathSync } from 'node:fs';
import { isAbsolute, posix, relative, resolve } from 'node:path';
import type { LoadError, Location } from '../types.js';
import { Parser, type Body, type Expr } from './hcl-parser.js';
import { MAX_HCL_NESTING } from './hcl.js';
import { keepParsed } from './parsed-texts.js';
import { outsideRoot } from './read-tf.js';

/** Deepest chain of local modules followed. */
export const MAX_MODULE_DEPTH = 16;

/** A module folder being read: its real path, its shown path, and the module block that entered it (not for the root). */
export interface ModuleEntry {
  real: string;
  shown: string;
  via?: { name: string; file: string };
}

/** A local module path: Terraform reads `./…` and `../…` from disk, anything else from a registry or URL. */
export const LOCAL_SOURCE = /^\.\.?[\\/]/;

/** The text of a template that is literal text only (`"./modules/fn"`), else undefined. */
function literalText(expr: Expr): string | undefined {
  if (expr.k !== 'tmpl' || expr.wrap) return undefined;
  let text = '';
  for (const part of expr.parts) {
    if (part.k !== 'text') return undefined;
    text += part.text;
  }
  return text;
}

/** The literal `source` of every `module "NAME"` block of one file's body. */
export function moduleSources(body: Body): string[] {
  const sources: string[] = [];
  for (const block of body.blocks) {
    if (block.type !== 'module' || block.labels.length !== 1) continue;
    const attr = block.body.attrs.find((a) => a.name === 'source');
    const source = attr ? literalText(attr.expr) : undefined;
    if (source !== undefined) sources.push(source);
  }
  return sources;
}

/**
 * `module` written as a keyword of its own: not part of a longer name (`my-module`, `modules`) nor a traversal
 * (`module.fn.arn`, `path.module`). Every module block starts with one, so a file without it has none.
 */
const MODULE_KEYWORD = /(?<![\w.-])module(?![\w.-])/;

/** The local module paths a file's text uses; a file that does not parse uses none (the loader reports it). */
export function localModuleSources(text: string): string[] {
  // Discovery asks this of every .tf file; most hold no module block, and parsing them to learn so was most of
  // a Terraform folder's discovery time.
  if (!MODULE_KEYWORD.test(text)) return [];
  let body: Body;
  try {
    body = new Parser(text, MAX_HCL_NESTING).parseFile();
  } catch {
    return [];
  }
  keepParsed(text, body);
  return moduleSources(body).filter((source) => LOCAL_SOURCE.test(source));
}

/**
 * The folder a local module block reads, or the error that says why it is not followed: missing, outside the
 * folder reads are confined to (confinementRoot, symlinks followed), a loop (naming
 * the block that closes it and the block that entered the folder it points back to), or nested too deep.
 */
export function followLocalModule(block: { name: string; source: string; where: Location }, dir: string, shownDir: string, stack: readonly ModuleEntry[], root: Pick<ModuleEntry, 'real' | 'shown'>): { dir: string; entry: ModuleEntry } | LoadError {
  const { name, source, where } = block;
  const childDir = resolve(dir, source);
  let real: string;
  try {
    real = realpathSync.native(childDir);
  } catch {
    return { ...where, code: 'module-missing', message: `module ${name}: folder ${source} does not exist`, data: { module: name, source } };
  }
  if (outsideRoot(root.real, real)) {
    return {
      ...where,
      code: 'module-outside-root',
      message: `module ${name} (${where.file}): ${source} resolves to ${real}, outside the scanned folder ${root.shown}; it is not read`,
      data: { module: name, file: where.file, source, target: real, root: root.shown },
    };
  }
  const at = stack.findIndex((entry) => entry.real === real);
  if (at >= 0) {
    const target = stack[at] as ModuleEntry;
    // The block that went on from the folder pointed back to; none when the folder names itself.
    const entered = stack[at + 1]?.via ?? { name, file: where.file };
    return {
      ...where,
      code: 'module-loop',
      message: `module ${name} (${where.file}) points back to ${target.shown}, already being read through module ${entered.name} (${entered.file}): a loop, not followed`,
      data: { module: name, file: where.file, target: target.shown, otherModule: entered.name, other: entered.file },
    };
  }
  if (stack.length >= MAX_MODULE_DEPTH) {
    return { ...where, code: 'module-too-deep', message: `module ${name} (${where.file}): local modules nest deeper than ${MAX_MODULE_DEPTH} levels; ${source} is not read`, data: { module: name, file: where.file, limit: String(MAX_MODULE_DEPTH), source } };
  }
  const rel = relative(dir, childDir);
  const shown = isAbsolute(rel) ? childDir : posix.normalize(posix.join(shownDir, rel.split('\\').join('/')));
  return { dir: childDir, entry: { real, shown, via: { name, file: where.file } } };
}
