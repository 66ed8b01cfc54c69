// Finds templates under the given paths. Files named on the command line are always taken; in folders a file is
// a template when its text has a `Resources` key and an `AWS::` type (a cheap look at the text, no parse).
// Skipped: node_modules, tool output and backups (.aws-sam, .aws-composer, .serverless), .git, and what .gitignore files ignore (those of enclosing folders up to
// the repository root included) — except `cdk.out`, whose synthesized `*.template.json` files are read even
// though it is usually ignored. The result is sorted, so scans are deterministic.
import { closeSync, existsSync, readdirSync, readSync, statSync, type Dirent } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { looksLikeTerraformPlan, settleTerraform, TERRAFORM_FILE } from './terraform/discover.js';
import type { LoadError } from './types.js';
import { fileLoadError } from './file-error.js';
import { FileReadError, fromSystemError, openRegularFile, readTextFile } from '../util/read-file.js';

/** Dependencies, VCS data and tool output or backups (SAM builds, Application Composer backups, Serverless packages). */
const SKIP_DIRS = new Set(['node_modules', '.aws-sam', '.aws-composer', '.git', '.serverless', '.serverless-cache', '.terraform']);
const CANDIDATE = /\.(ya?ml|json|template|templ|cfn)$/i;
/** Serverless Framework projects, found by name (their text need not mention CloudFormation at all). */
const SERVERLESS_FILE = /^serverless\.(ya?ml|json)$/i;
/** How much of a file the content check reads. */
const HEAD_BYTES = 256 * 1024;
/** Largest .gitignore read; a larger one (or a link to a device) is not applied. */
const MAX_GITIGNORE_BYTES = 1024 * 1024;

interface Rules {
  base: string;
  matcher: Ignore;
}

export interface Discovery {
  files: string[];
  errors: LoadError[];
}

/** What follows `Resources` in a key: an optional closing quote, blanks, a colon. */
const KEY_END = /["']?\s*:/y;

/**
 * Does this text look like a CloudFormation/SAM template? (`Resources:` or `"Resources":` and an `AWS::` type)
 * The key is `Resources` at the start of a line or after a blank, `{` or `,`, quoted or not, then a colon: what
 * /(^|[\s{,])["']?Resources["']?\s*:/m matches, found by looking at each `Resources` (that pattern starts
 * with alternatives, so the regular expression engine tried it at every position of every file).
 */
export function looksLikeTemplate(head: string): boolean {
  if (!head.includes('AWS::')) return false;
  for (let at = head.indexOf('Resources'); at >= 0; at = head.indexOf('Resources', at + 1)) {
    let before = at - 1;
    if (head[before] === '"' || head[before] === "'") before -= 1;
    if (before >= 0 && !/[\s{,]/.test(head[before] as string)) continue;
    KEY_END.lastIndex = at + 'Resources'.length;
    if (KEY_END.test(head)) return true;
  }
  return false;
}

/** One buffer for every content check: a walk over thousands of files allocates nothing per file. */
let headBuffer: Buffer | undefined;

function readHead(file: string): string {
  const { fd } = openRegularFile(file);
  try {
    const buffer = (headBuffer ??= Buffer.allocUnsafe(HEAD_BYTES));
    const n = readSync(fd, buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, n).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

function loadGitignore(dir: string): Rules | undefined {
  const file = join(dir, '.gitignore');
  if (!existsSync(file)) return undefined;
  try {
    return { base: dir, matcher: ignore().add(readTextFile(file, { maxBytes: MAX_GITIGNORE_BYTES })) };
  } catch {
    return undefined;
  }
}

/** .gitignore rules of the folders above `dir`, up to the repository root (a folder holding `.git`). */
function enclosingRules(dir: string): Rules[] {
  const chain: string[] = [];
  let current = dirname(dir);
  let hasRepo = existsSync(join(dir, '.git'));
  while (!hasRepo && current !== dirname(current)) {
    chain.unshift(current);
    if (existsSync(join(current, '.git'))) hasRepo = true;
    current = dirname(current);
  }
  if (!hasRepo) return [];
  return chain.map(loadGitignore).filter((r): r is Rules => r !== undefined);
}

function ignored(rules: readonly Rules[], path: string, isDir: boolean): boolean {
  for (const r of rules) {
    const rel = relative(r.base, path).split(sep).join('/');
    if (!rel || rel.startsWith('..')) continue;
    if (r.matcher.ignores(isDir ? `${rel}/` : rel)) return true;
  }
  return false;
}

export async function discoverTemplates(paths: string[]): Promise<Discovery> {
  const found = new Set<string>();
  /** The found entries that are Terraform folders (the others are files). */
  const terraformDirs = new Set<string>();
  const errors: LoadError[] = [];
  for (const given of paths) {
    let stat;
    try {
      stat = statSync(given);
    } catch (error) {
      errors.push({ file: given, line: 1, code: 'not-found', message: `cannot read ${given}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`, data: { reason: (error as NodeJS.ErrnoException).code ?? 'error' } });
      continue;
    }
    if (stat.isFile() && TERRAFORM_FILE.test(given)) {
      found.add(dirname(given));
      terraformDirs.add(dirname(given));
    } else if (stat.isFile()) found.add(given);
    else if (stat.isDirectory()) walk(given, enclosingRules(resolve(given)), false, { found, terraformDirs, errors }, 0);
    // A device, pipe or socket named on the command line (or a link to one) is refused by name, never opened.
    else errors.push(fileLoadError(new FileReadError('not-a-file', given)));
  }
  settleTerraform(found, terraformDirs);
  return { files: [...found].sort(), errors };
}

/** What a walk collects. */
interface Found {
  found: Set<string>;
  terraformDirs: Set<string>;
  errors: LoadError[];
}

function walk(dir: string, rules: Rules[], inCdkOut: boolean, out: Found, depth: number): void {
  const { found, terraformDirs, errors } = out;
  if (depth > 64) return;
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    errors.push({ file: dir, line: 1, code: 'unreadable', message: `cannot read folder: ${(error as NodeJS.ErrnoException).code ?? 'error'}`, data: { reason: (error as NodeJS.ErrnoException).code ?? 'error' } });
    return;
  }
  // The folder's entries say whether it has a .gitignore: no existence check per folder.
  const own = inCdkOut || !entries.some((entry) => entry.name === '.gitignore') ? undefined : loadGitignore(resolve(dir));
  const active = own ? [...rules, own] : rules;
  // Most folders are under no .gitignore at all: then nothing is ignored and no path needs resolving.
  const skip = (path: string, isDir: boolean): boolean => active.length > 0 && ignored(active, resolve(path), isDir);
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (SKIP_DIRS.has(entry.name)) continue;
      if (entry.name === 'cdk.out' || (inCdkOut && entry.name.startsWith('assembly-'))) {
        walk(path, active, true, out, depth + 1);
        continue;
      }
      if (inCdkOut || skip(path, true)) continue;
      walk(path, active, false, out, depth + 1);
    } else if (entry.isFile()) {
      if (inCdkOut) {
        if (entry.name.endsWith('.template.json')) found.add(path);
        continue;
      }
      if (TERRAFORM_FILE.test(entry.name) && !skip(path, false)) {
        found.add(dir); // a Terraform module is its folder
        terraformDirs.add(dir);
        continue;
      }
      if (!CANDIDATE.test(entry.name) || skip(path, false)) continue;
      try {
        if (SERVERLESS_FILE.test(entry.name)) found.add(path);
        else {
          const head = readHead(path);
          if (looksLikeTemplate(head) || looksLikeTerraformPlan(head)) found.add(path);
        }
      } catch (error) {
        errors.push(fileLoadError(fromSystemError(path, error)));
      }
    }
  }
}
