// Writes a small Serverless Framework project into a temp folder and loads it with fixed options.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadServerless, type ServerlessOptions } from '../../../src/iac/serverless/index.js';
import type { Resource, Template } from '../../../src/iac/types.js';
import { parseDocument } from '../../../src/iac/yaml.js';

export function withProject<T>(files: Record<string, string>, run: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'slens-sls-'));
  try {
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    return run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Like withProject, for async work: the folder is removed once `run` has settled. */
export async function withFolder<T>(files: Record<string, string>, run: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'slens-sls-'));
  try {
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    return await run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Loads `serverless.yml` text (and include files beside it) with a fixed environment. */
export function loadSls(text: string, includes: Record<string, string> = {}, options: Omit<ServerlessOptions, 'projectDir'> = {}): Template {
  return withProject({ 'serverless.yml': text, ...includes }, (dir) => {
    const file = 'serverless.yml';
    return loadServerless(file, parseDocument(file, text), { env: {}, ...options, projectDir: dir });
  });
}

export function byId(template: Template, id: string): Resource {
  const found = template.resources.find((r) => r.logicalId === id);
  if (!found) throw new Error(`no ${id} in ${template.resources.map((r) => r.logicalId).join(', ')}`);
  return found;
}
