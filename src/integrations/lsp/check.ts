// One editor buffer checked in memory: the unsaved text is loaded and scanned with the scan's own modules,
// never written to disk (a .tf buffer replaces its file inside the folder it belongs to).
import { basename, dirname, relative, sep } from 'node:path';
import { diskLoadOptions, loadTemplate } from '../../iac/index.js';
import { loadTerraformFolder } from '../../iac/terraform/index.js';
import { looksLikeTemplate } from '../../iac/discover.js';
import type { Template } from '../../iac/types.js';
import { diskCodeReader } from '../../scan/code-reader.js';
import type { CodeReader } from '../../rules/support/code.js';
import type { ScanConfig } from '../../scan/config.js';
import { scanTemplate } from '../../scan/run.js';
import type { ScanError, SuppressedFinding } from '../../scan/types.js';
import { RULES } from '../../rules/index.js';
import type { Finding } from '../../rules/types.js';

export interface CheckOptions {
  config: ScanConfig;
  /** The folder paths are shown relative to (the workspace). */
  root: string;
  today: string;
}

/** How long what the code reader read beside a template (handlers, lock files, listings) is trusted between checks. */
const CODE_READER_TTL_MS = 2000;
const codeReaders = new Map<string, { reader: CodeReader; at: number }>();

/** The code reader of a folder, kept across the re-checks of a burst of edits so they do not touch the disk. */
function codeReaderFor(folder: string): CodeReader {
  const now = Date.now();
  const cached = codeReaders.get(folder);
  if (cached && now - cached.at < CODE_READER_TTL_MS) return cached.reader;
  const fresh = { reader: diskCodeReader(folder), at: now };
  codeReaders.set(folder, fresh);
  return fresh.reader;
}

export interface CheckedText {
  /** Findings and errors located in this buffer (a Terraform folder's other files are left out). */
  findings: Finding[];
  suppressed: SuppressedFinding[];
  errors: ScanError[];
  template?: Template;
}

const SERVERLESS_FILE = /^serverless\.(ya?ml|json)$/i;
const TEMPLATE_FILE = /\.(ya?ml|json|template|cfn)$/i;

function shownPath(path: string, root: string): string {
  const rel = relative(root, path);
  return (rel === '' || rel.startsWith('..') ? path : rel).split(sep).join('/');
}

/** Is this buffer something slens reads? A .tf file, a serverless.yml, or YAML/JSON that looks like a template. */
export function isCheckable(path: string, text: string): boolean {
  if (path.endsWith('.tf')) return true;
  if (SERVERLESS_FILE.test(basename(path))) return true;
  return TEMPLATE_FILE.test(path) && looksLikeTemplate(text);
}

function load(path: string, shown: string, text: string, root: string): Template {
  // A template's local AWS::Include files are read from disk, as the scan reads them (inside the workspace only).
  if (!path.endsWith('.tf')) return loadTemplate(shown, text, diskLoadOptions(path, shown, root));
  const folder = dirname(path);
  const shownFolder = shown.includes('/') ? shown.slice(0, shown.lastIndexOf('/')) : '.';
  return loadTerraformFolder(folder, shownFolder, new Map([[path, text]]));
}

export function checkText(path: string, text: string, options: CheckOptions): CheckedText {
  if (!isCheckable(path, text)) return { findings: [], suppressed: [], errors: [] };
  const shown = shownPath(path, options.root);
  const template = load(path, shown, text, options.root);
  const scanned = scanTemplate(template, {
    rules: RULES,
    config: options.config,
    env: { today: options.today },
    displayFile: shown,
    absoluteFile: path,
    text,
    code: codeReaderFor(dirname(path)),
  });
  const here = (file: string): boolean => file === shown || (path.endsWith('.tf') && file === `./${shown}`);
  return {
    findings: scanned.findings.filter((f) => here(f.location.file)),
    suppressed: scanned.suppressed.filter((f) => here(f.location.file)),
    errors: scanned.errors.filter((e) => here(e.file)),
    template,
  };
}
