// The scan driver: read each discovered template, load it, run the rules, and collect one ScanResult.
// One file at a time, so memory holds only the current template and the findings so far.
import { dirname, relative, resolve, sep } from 'node:path';
import { diskCodeReader, newCodeLookups, type CodeLookups } from './code-reader.js';
import ignore from 'ignore';
import type { Template } from '../iac/types.js';
import { RULES } from '../rules/index.js';
import type { ScanConfig } from './config.js';
import { configSuppressionProblems } from './suppressions.js';
import { scanTemplate } from './run.js';
import { ownStrings, type OwnStrings } from './own-strings.js';
import type { ScanError, ScanOutput, ScanResult, SuppressedFinding } from './types.js';
import { FindingStore, type Findings } from './finding-store.js';
import { compactOutcomes, OutcomeTable, outcomeTable, type FileOutcomes } from './outcome-table.js';
import type { Finding, Rule } from '../rules/types.js';
import { decodeUtf8 } from '../util/utf8.js';
import { fileProblem, readFileBytesOrFolder, type FileReadError } from '../util/read-file.js';
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
  let buffer: Buffer | 'folder';
  try {
    buffer = readFileBytesOrFolder(file, { maxBytes: MAX_TEMPLATE_BYTES });
  } catch (error) {
    return fileLoadError(error as FileReadError);
  }
  // Every Terraform module comes here as a folder: its problem is plain data, no Error built for it.
  if (buffer === 'folder') return fileLoadError(fileProblem('is-a-folder', file));
  try {
    const text = decodeUtf8(buffer);
    return { data: text, text };
  } catch {
    // The loader reports invalid UTF-8 (at its line and column) in its own words.
    return { data: buffer };
  }
}

/** What one file contributed to a scan: merged into the result in the order the files were given. */
export interface FileScan {
  /** The shown path, when the file was read as a template (listed in `ScanResult.files`). */
  file?: string;
  findings: Finding[];
  suppressed: SuppressedFinding[];
  errors: ScanError[];
  outcomes: FileOutcomes;
  resources: number;
}

/** What scanning one file needs besides the file: the same for every file of a scan. */
export interface FileScanContext {
  loader: TemplateLoader;
  config: ScanConfig;
  today: string;
  cwd: string;
  rules: readonly Rule[];
  lookups: CodeLookups;
  /** The scan's copies of the strings results keep (own-strings.ts). */
  strings: OwnStrings;
}

/** The files of `files` that the config's `ignorePaths` do not skip, in order. */
export function wantedFiles(files: readonly string[], config: ScanConfig, cwd: string): string[] {
  if (!config.ignorePaths.length) return [...files];
  const ignorer = ignore().add(config.ignorePaths);
  return files.filter((file) => {
    const rel = relative(config.baseDir, resolve(cwd, file)).split(sep).join('/');
    return rel.startsWith('..') || !ignorer.ignores(rel);
  });
}

/** Reads, loads and checks one file. Never throws: problems are `errors`. */
export function scanOneFile(file: string, ctx: FileScanContext): FileScan {
  const { cwd } = ctx;
  const out: FileScan = { findings: [], suppressed: [], errors: [], outcomes: { resources: [], rules: [], codes: [] }, resources: 0 };
  const absolute = resolve(cwd, file);
  const shown = displayPath(file, cwd);
  // Read first: a file (nearly every path) costs no extra stat; a folder fails to read and is a Terraform module or nothing.
  const read: FileData | ScanError = readData(absolute);
  let folder: Template | undefined;
  if ('code' in read && read.code === 'is-a-folder') {
    try {
      folder = ctx.loader.loadFolder?.(absolute, shown, cwd);
    } catch (error) {
      out.errors.push({ file: shown, line: 1, code: 'load-failed', message: (error as Error).message });
      return out;
    }
  }
  if (!folder && 'code' in read) {
    out.errors.push({ ...read, file: shown });
    return out;
  }
  const { data, text } = folder ? { data: '', text: undefined } : (read as FileData);
  let template: Template;
  try {
    template = folder ?? ctx.loader.load(shown, data, { path: absolute, root: cwd });
  } catch (error) {
    out.errors.push({ file: shown, line: 1, code: 'load-failed', message: (error as Error).message, data: { reason: (error as Error).message } });
    return out;
  }
  const code = diskCodeReader(dirname(absolute), ctx.lookups);
  const scanned = scanTemplate(template, { rules: ctx.rules, config: ctx.config, env: { today: ctx.today }, displayFile: shown, absoluteFile: absolute, code, strings: ctx.strings, ...(text !== undefined ? { text } : {}) });
  const fatal = scanned.errors.some((e) => e.code !== 'rule-failed') && template.resources.length === 0;
  if (!fatal) out.file = shown;
  out.findings = scanned.findings;
  out.suppressed = scanned.suppressed;
  out.errors = scanned.errors;
  out.outcomes = compactOutcomes(scanned.outcomes);
  out.resources = scanned.resources;
  return out;
}

/** An empty result that `addFileScan` fills, file by file. */
export function emptyScanResult(today: string, discoveryErrors: readonly ScanError[] = []): ScanResult {
  return { files: [], findings: [], suppressed: [], errors: [...discoveryErrors], outcomes: new OutcomeTable(), resources: 0, today };
}

/** An empty result whose findings go to stores of records as files are added (finding-store.ts): what the CLI keeps. */
export function storedScanResult(today: string, discoveryErrors: readonly ScanError[] = [], memoryLimit?: number): ScanOutput {
  return { ...emptyScanResult(today, discoveryErrors), findings: new FindingStore(memoryLimit), suppressed: new FindingStore(memoryLimit) };
}

function addTo<F extends Finding>(list: Findings<F>, finding: F): void {
  if (list instanceof FindingStore) list.add(finding);
  else list.push(finding);
}

export function addFileScan(result: ScanOutput, scan: FileScan): void {
  if (scan.file !== undefined) result.files.push(scan.file);
  for (const f of scan.findings) addTo(result.findings, f);
  for (const f of scan.suppressed) addTo(result.suppressed, f);
  for (const e of scan.errors) result.errors.push(e);
  if (!(result.outcomes instanceof OutcomeTable)) result.outcomes = outcomeTable(result.outcomes);
  result.outcomes.addFile(scan.outcomes);
  result.resources += scan.resources;
}

/** Completes a result once every file is added: the config's own problems, files sorted. */
export function finishScanResult<R extends ScanOutput>(result: R, config: ScanConfig): R {
  for (const f of configSuppressionProblems(config)) addTo(result.findings, f);
  result.files.sort();
  return result;
}

export function scanFiles(files: readonly string[], options: ScanFilesOptions): ScanResult {
  const { config, cwd } = options;
  const result = emptyScanResult(options.today, options.discoveryErrors);
  const wanted = wantedFiles(files, config, cwd);
  const ctx: FileScanContext = { loader: options.loader, config, today: options.today, cwd, rules: options.rules ?? RULES, lookups: newCodeLookups(), strings: ownStrings() };
  wanted.forEach((file, index) => {
    addFileScan(result, scanOneFile(file, ctx));
    options.onProgress?.(index + 1, wanted.length);
  });
  return finishScanResult(result, config);
}
