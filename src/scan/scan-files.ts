// The scan driver: read each discovered template, load it, run the rules, and collect one ScanResult.
// One file at a time, so memory holds only the current template and the findings so far.
import { dirname, relative, resolve, sep } from 'node:path';
import { diskCodeReader, newCodeLookups } from './code-reader.js';
import ignore from 'ignore';
import type { Template } from '../iac/types.js';
import { RULES } from '../rules/index.js';
import type { Rule } from '../rules/types.js';
import type { ScanConfig } from './config.js';
import { configSuppressionProblems } from './suppressions.js';
import { scanTemplate } from './run.js';
import type { ScanError, ScanResult } from './types.js';
import { decodeUtf8 } from '../util/utf8.js';
import { readFileBytes, type FileReadError } from '../util/read-file.js';
import { fileLoadError } from '../iac/file-error.js';
import { MAX_TEMPLATE_BYTES } from '../iac/load.js';

/** What the scan needs from the template readers (src/iac). */
export interface TemplateLoader {
  /** Never throws on bad input: problems are `template.errors` (not UTF-8, binary, syntax, …). */
  load(file: string, data: string | Buffer, from?: { path: string; root: string }): Template;
  /** Templates that are folders (a Terraform module): the Template, or undefined when `path` is a plain file. */
  loadFolder?(path: string, shown: string, scanRoot?: string): Template | undefined;
}

export interface ScanFilesOptions {
  loader: TemplateLoader;
  config: ScanConfig;
  /** YYYY-MM-DD */
  today: string;
  cwd: string;
  rules?: readonly Rule[];
  /** Errors found while discovering (unreadable paths): carried into the result. */
  discoveryErrors?: ScanError[];
  onProgress?: (done: number, total: number) => void;
}

/** The path shown in results: relative to the working directory when inside it, `/` separated. */
export function displayPath(file: string, cwd: string): string {
  const absolute = resolve(cwd, file);
  const rel = relative(cwd, absolute);
  const shown = rel === '' || rel.startsWith('..') ? absolute : rel;
  return shown.split(sep).join('/');
}

interface FileData {
  data: string | Buffer;
  /** The text when the bytes are UTF-8 (used to point template-level metadata problems at a line). */
  text?: string;
}

/** The file's data through the one bounded reader (regular files of at most MAX_TEMPLATE_BYTES), or why not. */
function readData(file: string): FileData | ScanError {
  let buffer: Buffer;
  try {
    buffer = readFileBytes(file, { maxBytes: MAX_TEMPLATE_BYTES });
  } catch (error) {
    return fileLoadError(error as FileReadError);
  }
  try {
    const text = decodeUtf8(buffer);
    return { data: text, text };
  } catch {
    // The loader reports invalid UTF-8 (at its line and column) in its own words.
    return { data: buffer };
  }
}

export function scanFiles(files: readonly string[], options: ScanFilesOptions): ScanResult {
  const { config, cwd } = options;
  const rules = options.rules ?? RULES;
  const ignorer = config.ignorePaths.length ? ignore().add(config.ignorePaths) : undefined;
  const result: ScanResult = { files: [], findings: [], suppressed: [], errors: [...(options.discoveryErrors ?? [])], outcomes: [], resources: 0, today: options.today };
  const wanted = files.filter((file) => {
    if (!ignorer) return true;
    const rel = relative(config.baseDir, resolve(cwd, file)).split(sep).join('/');
    return rel.startsWith('..') || !ignorer.ignores(rel);
  });
  const lookups = newCodeLookups();
  wanted.forEach((file, index) => {
    const absolute = resolve(cwd, file);
    const shown = displayPath(file, cwd);
    let folder: Template | undefined;
    try {
      folder = options.loader.loadFolder?.(absolute, shown, cwd);
    } catch (error) {
      result.errors.push({ file: shown, line: 1, code: 'load-failed', message: (error as Error).message });
      options.onProgress?.(index + 1, wanted.length);
      return;
    }
    const read: FileData | ScanError = folder ? { data: '' } : readData(absolute);
    if ('code' in read) {
      result.errors.push({ ...read, file: shown });
    } else {
      const { data, text } = read;
      let template: Template;
      try {
        template = folder ?? options.loader.load(shown, data, { path: absolute, root: cwd });
      } catch (error) {
        result.errors.push({ file: shown, line: 1, code: 'load-failed', message: (error as Error).message, data: { reason: (error as Error).message } });
        options.onProgress?.(index + 1, wanted.length);
        return;
      }
      const code = diskCodeReader(dirname(absolute), lookups);
      const scanned = scanTemplate(template, { rules, config, env: { today: options.today }, displayFile: shown, absoluteFile: absolute, code, ...(text !== undefined ? { text } : {}) });
      const fatal = scanned.errors.some((e) => e.code !== 'rule-failed') && template.resources.length === 0;
      if (!fatal) result.files.push(shown);
      result.findings.push(...scanned.findings);
      result.suppressed.push(...scanned.suppressed);
      result.errors.push(...scanned.errors);
      result.outcomes.push(...scanned.outcomes);
      result.resources += scanned.resources;
    }
    options.onProgress?.(index + 1, wanted.length);
  });
  result.findings.push(...configSuppressionProblems(config));
  result.files.sort();
  return result;
}
