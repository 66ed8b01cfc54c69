// Reads one template file safely: the size is checked before anything is read, so a 100 MB file costs a stat.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { loadTemplateFolder } from './folder.js';
import { loadTemplate, MAX_TEMPLATE_BYTES } from './load.js';
import type { Template } from './types.js';

function failed(file: string, code: string, message: string, data?: Record<string, string>): Template {
  return { file, format: 'cloudformation', resources: [], parameters: {}, metadata: {}, errors: [{ file, line: 1, column: 1, code, message, ...(data ? { data } : {}) }] };
}

/** Loads `path`; `shown` is the name used in results (defaults to the path). Never throws. */
export function readTemplateFile(path: string, shown: string = path): Template {
  // A Terraform module found by discovery is a folder.
  const folder = loadTemplateFolder(path, shown);
  if (folder) return folder;
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    return failed(shown, 'unreadable', `cannot read file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, { reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message });
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return failed(shown, 'not-a-file', 'not a regular file');
    if (stat.size > MAX_TEMPLATE_BYTES) return failed(shown, 'too-large', `file is ${stat.size} bytes; templates over ${MAX_TEMPLATE_BYTES} bytes are not read`, { size: String(stat.size), limit: String(MAX_TEMPLATE_BYTES) });
    const buffer = Buffer.alloc(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, buffer, read, stat.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return loadTemplate(shown, buffer.subarray(0, read));
  } catch (error) {
    return failed(shown, 'unreadable', `cannot read file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, { reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message });
  } finally {
    closeSync(fd);
  }
}
