// Terraform in discovery: a folder with *.tf files is one root module, except folders that another found folder
// uses as a local module (they are read through that module block, with its inputs) and folders that hold a
// plan JSON (`terraform show -json`), which is preferred: its values are fully resolved.
import { closeSync, openSync, readdirSync, readSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { localModuleSources } from './module-sources.js';
import { confinementRoots, outsideRoot, readTfFile } from './read-tf.js';

export const TERRAFORM_FILE = /\.tf$/i;

/** Does this JSON text look like `terraform show -json` output (a plan or a state)? */
export function looksLikeTerraformPlan(head: string): boolean {
  return /"format_version"\s*:/.test(head) && /"(planned_values|resource_changes|terraform_version|values)"\s*:/.test(head);
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Real paths, each looked up once (undefined: the path does not resolve). */
function realPaths(): (path: string) => string | undefined {
  const known = new Map<string, string | undefined>();
  return (path) => {
    if (known.has(path)) return known.get(path);
    let real: string | undefined;
    try {
      real = realpathSync.native(path);
    } catch {
      real = undefined;
    }
    known.set(path, real);
    return real;
  };
}

function isPlan(file: string): boolean {
  try {
    const fd = openSync(file, 'r');
    try {
      const buffer = Buffer.alloc(64 * 1024);
      const n = readSync(fd, buffer, 0, buffer.length, 0);
      return looksLikeTerraformPlan(buffer.subarray(0, n).toString('utf8'));
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
}

/** The folders `dir`'s module blocks use as local modules (absolute paths; itself included when it names itself). */
function localModuleTargets(dir: string, real: string | undefined): string[] {
  const targets: string[] = [];
  if (real === undefined) return targets;
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true }).filter((entry) => TERRAFORM_FILE.test(entry.name));
  } catch {
    return targets;
  }
  for (const entry of entries) {
    const name = entry.name;
    // The loader reports what cannot be read or parsed. A regular file (no link) of the resolved folder is
    // where it is: no path to resolve.
    const read = readTfFile(join(dir, name), name, real, entry.isFile() ? join(real, name) : undefined);
    if (!('text' in read)) continue;
    for (const source of localModuleSources(read.text)) targets.push(resolve(dir, source));
  }
  return targets;
}

/**
 * The folders read through a caller's module block, to be dropped from the found set. A folder no other folder
 * uses is a root; what a root reaches inside the folder the scan runs in (confinementRoot) is read through it (the loader follows no module out
 * of it). A folder no root reaches that way — only used from outside, or in a loop with no way in — would be
 * dropped without a word, so the first of them by name becomes a root too: its loader reports what it skips.
 */
function readThroughCallers(dirs: readonly string[]): Set<string> {
  const uses = new Map<string, string[]>();
  const usedByOther = new Set<string>();
  const known = new Set(dirs);
  const realOf = realPaths();
  const realOrSelf = (path: string): string => realOf(path) ?? path;
  const inside = confinementRoots(process.cwd());
  for (const dir of dirs) {
    const targets = [...new Set(localModuleTargets(dir, realOf(dir)))].filter((target) => known.has(target));
    uses.set(dir, targets);
    for (const target of targets) if (target !== dir) usedByOther.add(target);
  }
  const roots = new Set<string>();
  const reached = new Set<string>();
  const visit = (root: string): void => {
    roots.add(root);
    const confined = inside(realOrSelf(root));
    const queue = [root];
    while (queue.length > 0) {
      for (const target of uses.get(queue.pop() as string) ?? []) {
        if (roots.has(target) || reached.has(target) || outsideRoot(confined, realOrSelf(target))) continue;
        reached.add(target);
        queue.push(target);
      }
    }
  };
  for (const dir of dirs) if (!usedByOther.has(dir)) visit(dir);
  for (const dir of [...dirs].sort()) if (!roots.has(dir) && !reached.has(dir)) visit(dir);
  return reached;
}

/**
 * Drops module-only folders and folders with a plan: those are read through their caller or their plan.
 * `terraformDirs` names the found entries that are folders when the caller knows (a walk does); else each is checked.
 */
export function settleTerraform(found: Set<string>, terraformDirs?: ReadonlySet<string>): void {
  const dirs = [...found].filter((entry) => (terraformDirs ? terraformDirs.has(entry) : isDirectory(entry)));
  if (dirs.length === 0) return;
  const byPath = new Map(dirs.map((dir) => [resolve(dir), dir]));
  const used = readThroughCallers([...byPath.keys()]);
  const planned = new Set([...found].filter((f) => !dirs.includes(f) && f.endsWith('.json') && isPlan(f)).map((f) => resolve(dirname(f))));
  for (const [path, dir] of byPath) if (used.has(path) || planned.has(path)) found.delete(dir);
}
