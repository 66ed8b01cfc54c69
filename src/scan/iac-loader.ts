// The bridge from the scan driver to the template readers in src/iac: discovery and loading of one file.
import { dirname, relative, isAbsolute } from 'node:path';
import { diskLoadOptions, discoverTemplates, loadTemplate, loadTemplateFolder } from '../iac/index.js';
import type { TemplateLoader } from './scan-files.js';
import type { ScanError } from './types.js';

export interface Discovery {
  files: string[];
  errors: ScanError[];
}

export interface IacLoader extends TemplateLoader {
  discover(paths: string[]): Promise<Discovery>;
}

export function iacLoader(): IacLoader {
  return {
    // A template on disk reads its local includes inside the scan's folder (its own folder when outside it).
    load: (file, data, from) => {
      if (!from) return loadTemplate(file, data);
      const rel = relative(from.root, from.path);
      const root = rel.startsWith('..') || isAbsolute(rel) ? dirname(from.path) : from.root;
      return loadTemplate(file, data, diskLoadOptions(from.path, file, root));
    },
    loadFolder: loadTemplateFolder,
    discover: discoverTemplates,
  };
}
