// Templates that are folders rather than files: a Terraform module is all the *.tf files of its folder.
import { readdirSync, statSync } from 'node:fs';
import { TERRAFORM_FILE } from './terraform/discover.js';
import { loadTerraformFolder } from './terraform/index.js';
import type { Template } from './types.js';

/** The Template of a folder of *.tf files (`shown` is its name in results); undefined for anything else. */
export function loadTemplateFolder(path: string, shown: string, scanRoot?: string): Template | undefined {
  try {
    if (!statSync(path).isDirectory() || !readdirSync(path).some((name) => TERRAFORM_FILE.test(name))) return undefined;
  } catch {
    return undefined;
  }
  return loadTerraformFolder(path, shown, undefined, scanRoot);
}
