// The bridge to the template readers in src/iac (discovery and loading), adapted to what the driver needs.
import type { Template } from '../iac/types.js';
import type { ScanError } from './types.js';
import type { TemplateLoader } from './scan-files.js';

interface IacModule {
  discoverTemplates(paths: string[], options?: unknown): unknown;
  loadTemplate(file: string, data: string | Buffer): Template;
}

export interface Discovery {
  files: string[];
  errors: ScanError[];
}

function asDiscovery(value: unknown): Discovery {
  const files: string[] = [];
  const errors: ScanError[] = [];
  const list = Array.isArray(value) ? value : (value as { files?: unknown[] })?.files ?? [];
  for (const item of list) {
    if (typeof item === 'string') files.push(item);
    else if (item && typeof (item as { file?: unknown }).file === 'string') files.push((item as { file: string }).file);
    else if (item && typeof (item as { path?: unknown }).path === 'string') files.push((item as { path: string }).path);
  }
  const errs = Array.isArray(value) ? [] : ((value as { errors?: unknown[] })?.errors ?? []);
  for (const e of errs) {
    const err = e as { file?: string; path?: string; line?: number; message?: string; code?: string };
    errors.push({ file: err.file ?? err.path ?? '', line: err.line ?? 1, code: err.code ?? 'unreadable', message: err.message ?? String(e) });
  }
  return { files, errors };
}

export async function iacLoader(): Promise<TemplateLoader & { discover(paths: string[]): Promise<Discovery> }> {
  const specifier = '../iac/index.js';
  const iac = (await import(specifier)) as IacModule;
  return {
    load: (file, data) => iac.loadTemplate(file, data),
    discover: async (paths) => asDiscovery(await iac.discoverTemplates(paths)),
  };
}
