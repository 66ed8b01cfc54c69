// Templates that are folders rather than files: a Terraform module is all the *.tf files of its folder.
import { statSync } from 'node:fs';
import { loadTerraformFolder } from './terraform/index.js';
import type { Template } from './types.js';

/** The Template of a folder found by discovery (`shown` is its name in results); undefined for a plain file. */
export function loadTemplateFolder(path: string, shown: string): Template | undefined {
  try {
    if (!statSync(path).isDirectory()) return undefined;
  } catch {
    return undefined;
  }
  return loadTerraformFolder(path, shown);
}
