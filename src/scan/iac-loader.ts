// The bridge from the scan driver to the template readers in src/iac: discovery and loading of one file.
import { discoverTemplates, loadTemplate, loadTemplateFolder } from '../iac/index.js';
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
  return { load: loadTemplate, loadFolder: loadTemplateFolder, discover: discoverTemplates };
}
