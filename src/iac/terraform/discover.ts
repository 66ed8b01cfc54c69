// Terraform in discovery: a folder with *.tf files is one root module, except folders that another found folder
// uses as a local module (they are read through that module block, with its inputs) and folders that hold a
// plan JSON (`terraform show -json`), which is preferred: its values are fully resolved.
import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { readTfFile } from './read-tf.js';

export const TERRAFORM_FILE = /\.tf$/i;
const LOCAL_SOURCE = /\bsource\s*=\s*"(\.\.?\/[^"]*)"/g;

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

function localModuleTargets(dir: string): string[] {
  const targets: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => TERRAFORM_FILE.test(n));
  } catch {
    return targets;
  }
  for (const name of names) {
    // The loader reports what cannot be read.
    const read = readTfFile(join(dir, name), name);
    if ('text' in read) for (const match of read.text.matchAll(LOCAL_SOURCE)) targets.push(resolve(dir, match[1] as string));
  }
  return targets;
}

/** Drops module-only folders and folders with a plan: those are read through their caller or their plan. */
export function settleTerraform(found: Set<string>): void {
  const dirs = [...found].filter(isDirectory);
  if (dirs.length === 0) return;
  const used = new Set(dirs.flatMap(localModuleTargets));
  const planned = new Set([...found].filter((f) => !dirs.includes(f) && f.endsWith('.json') && isPlan(f)).map((f) => resolve(dirname(f))));
  for (const dir of dirs) if (used.has(resolve(dir)) || planned.has(resolve(dir))) found.delete(dir);
}
