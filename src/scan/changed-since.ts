// `slens scan --changed-since <ref>`: keep the templates changed since a git ref, and the templates that include
// them (a nested stack's TemplateURL, a SAM CodeUri folder, a Terraform module source, a Serverless
// `${file(...)}`), followed transitively. git runs without a shell; the ref is checked before it is used.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { UserError } from '../util/errors.js';

/** How much of a template is read to find the paths it names. */
const MAX_INCLUDE_SCAN_BYTES = 4 * 1024 * 1024;
/** Characters a relative path is written with; anything else separates words. */
const NOT_PATH_CHARS = /[^\w@.~/-]+/;
/** A word that may be a path: has a slash, or ends with a file extension. Checked per word, so the cost stays linear. */
const PATHLIKE = /\/|\.[A-Za-z]{1,9}$/;
/** Longer words are data (an inline policy, a base64 blob), not paths. */
const MAX_PATH_CHARS = 1024;
/** Keys whose value is a path even when it is a bare name (`CodeUri: src`). */
const PATH_KEY = /\b(?:CodeUri|ContentUri|DefinitionUri|Location|TemplateURL|source)["']?\s*[:=]\s*["']?([\w@.~-]+)/g;

function git(args: readonly string[], cwd: string): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
}

/** Absolute paths of files changed (committed, staged, unstaged or new and not ignored) since `ref`. */
export function changedFilesSince(ref: string, cwd: string): Set<string> {
  if (ref === '' || ref.startsWith('-') || /[\s\u0000]/.test(ref)) {
    throw new UserError('bad-ref', { en: `--changed-since needs a git revision such as main or HEAD~1 (got "${ref}")`, ja: `--changed-since には main や HEAD~1 のような git のリビジョンを指定してください（指定値「${ref}」）` });
  }
  let root: string;
  try {
    root = git(['rev-parse', '--show-toplevel'], cwd).trim();
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new UserError(
      missing ? 'git-missing' : 'not-a-repository',
      missing
        ? { en: '--changed-since needs git, and git was not found on the PATH', ja: '--changed-since には git が必要ですが、PATH に git が見つかりません' }
        : { en: `--changed-since needs a git repository, and ${cwd} is not inside one`, ja: `--changed-since には git リポジトリが必要ですが、${cwd} はリポジトリの中ではありません` },
    );
  }
  try {
    git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd);
  } catch {
    throw new UserError('bad-ref', { en: `--changed-since: no such git revision "${ref}"`, ja: `--changed-since: git のリビジョン「${ref}」が見つかりません` });
  }
  const listed = [
    ...git(['diff', '--name-only', '-z', '--no-renames', ref, '--'], root).split('\u0000'),
    ...git(['ls-files', '--others', '--exclude-standard', '-z'], root).split('\u0000'),
  ];
  return new Set(listed.filter((name) => name !== '').map((name) => resolve(root, name)));
}

function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith('..') && !rel.startsWith(sep) && !/^[A-Za-z]:/.test(rel);
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The text a template is made of: the file, or a Terraform folder's *.tf files. */
function templateText(path: string): string {
  try {
    if (!isFolder(path)) return readFileSync(path, 'utf8').slice(0, MAX_INCLUDE_SCAN_BYTES);
    return readdirSync(path)
      .filter((name) => name.endsWith('.tf'))
      .map((name) => readFileSync(join(path, name), 'utf8').slice(0, MAX_INCLUDE_SCAN_BYTES))
      .join('\n');
  } catch {
    return '';
  }
}

/** Paths a template names, resolved against its folder: only those that exist, and never the folder itself or above. */
export function namedPaths(template: string): string[] {
  const base = isFolder(template) ? template : dirname(template);
  const found = new Set<string>();
  const text = templateText(template);
  const words = text.split(NOT_PATH_CHARS).filter((word) => word.length <= MAX_PATH_CHARS && PATHLIKE.test(word));
  const tokens = [...words, ...[...text.matchAll(PATH_KEY)].map((m) => m[1]!)];
  for (const token of new Set(tokens)) {
    const path = resolve(base, token);
    // The template itself, its folder and the folders above it name everything: they are not includes.
    if (path === template || path === base || isInside(base, path)) continue;
    try {
      statSync(path);
      found.add(path);
    } catch {
      // not a path after all
    }
  }
  return [...found];
}

/**
 * The templates (as given, relative to `cwd` or absolute) touched by the change: changed themselves, holding a
 * changed file (a Terraform folder), or naming a changed file, a folder with one, or another touched template.
 */
export function touchedTemplates(templates: readonly string[], changed: ReadonlySet<string>, cwd: string): string[] {
  const absolute = new Map(templates.map((t) => [t, resolve(cwd, t)]));
  const changedList = [...changed];
  const touches = (path: string): boolean => changed.has(path) || (isFolder(path) && changedList.some((file) => isInside(file, path)));
  const touched = new Set(templates.filter((t) => touches(absolute.get(t)!)));
  const names = new Map(templates.map((t) => [t, namedPaths(absolute.get(t)!)]));
  // Follow includes until nothing more is touched (nested stacks of nested stacks).
  for (let grew = true; grew; ) {
    grew = false;
    const touchedPaths = [...touched].map((t) => absolute.get(t)!);
    for (const template of templates) {
      if (touched.has(template)) continue;
      const named = names.get(template)!;
      if (named.some((path) => touches(path) || touchedPaths.some((t) => t === path || isInside(t, path)))) {
        touched.add(template);
        grew = true;
      }
    }
  }
  return templates.filter((t) => touched.has(t));
}
