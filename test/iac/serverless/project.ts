// Loads a small Serverless Framework project written into a temp folder, with fixed options.
import { loadServerless, type ServerlessOptions } from '../../../src/iac/serverless/index.js';
import type { Resource, Template } from '../../../src/iac/types.js';
import { parseDocument } from '../../../src/iac/yaml.js';
import { withTree, withTreeAsync } from '../../helpers/folder.js';

export const withProject = withTree;
export const withFolder = withTreeAsync;

/** Loads `serverless.yml` text (and include files beside it) with a fixed environment. */
export function loadSls(text: string, includes: Record<string, string> = {}, options: Omit<ServerlessOptions, 'projectDir'> = {}): Template {
  return withTree({ 'serverless.yml': text, ...includes }, (dir) => {
    const file = 'serverless.yml';
    return loadServerless(file, parseDocument(file, text), { env: {}, ...options, projectDir: dir });
  });
}

export function byId(template: Template, id: string): Resource {
  const found = template.resources.find((r) => r.logicalId === id);
  if (!found) throw new Error(`no ${id} in ${template.resources.map((r) => r.logicalId).join(', ')}`);
  return found;
}
