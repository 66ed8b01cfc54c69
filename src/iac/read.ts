// Reads one template file through the one bounded reader (src/util/read-file.ts): regular files only, at most
// MAX_TEMPLATE_BYTES, never blocking on a pipe.
import { loadTemplateFolder } from './folder.js';
import { fileLoadError } from './file-error.js';
import { dirname } from 'node:path';
import { diskLoadOptions, loadTemplate, MAX_TEMPLATE_BYTES } from './load.js';
import type { Template } from './types.js';
import { readFileBytes, type FileReadError } from '../util/read-file.js';

/** Loads `path`; `shown` is the name used in results (defaults to the path). Never throws. */
export function readTemplateFile(path: string, shown: string = path): Template {
  // A Terraform module found by discovery is a folder.
  const folder = loadTemplateFolder(path, shown);
  if (folder) return folder;
  let bytes: Buffer;
  try {
    bytes = readFileBytes(path, { maxBytes: MAX_TEMPLATE_BYTES, shown });
  } catch (error) {
    return { file: shown, format: 'cloudformation', resources: [], parameters: {}, metadata: {}, errors: [fileLoadError(error as FileReadError)] };
  }
  // Includes are read from the template's own folder and below.
  return loadTemplate(shown, bytes, diskLoadOptions(path, shown, dirname(path)));
}
