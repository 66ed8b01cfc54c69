// The .tf files under a folder, in name order (skipping node_modules and .terraform): what the Terraform
// benches read and compare.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function tfFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (name === 'node_modules' || name === '.terraform') continue;
    if (statSync(path).isDirectory()) tfFiles(path, out);
    else if (name.endsWith('.tf')) out.push(path);
  }
  return out;
}
