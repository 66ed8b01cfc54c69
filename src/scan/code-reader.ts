// Files beside a template for the rules that look at code (handlers, lock files, dependency-update
// configuration): small UTF-8 text files only, read on demand and remembered for the template.
import { readdirSync } from 'node:fs';
import { basename, dirname, resolve, sep } from 'node:path';
import type { CodeReader } from '../rules/support/code.js';
import { readTextFile } from '../util/read-file.js';

/** Larger files are not read: handlers and manifests are small, and a rule must never stall a scan. */
export const MAX_CODE_BYTES = 1024 * 1024;

/**
 * Folders (and resolved folder paths) remembered at most: a scan of a whole organisation's repositories walks
 * tens of thousands of folders, and what it learns of them must not grow with them. Templates are scanned in
 * folder order, so the folders of the last few thousand templates are the ones asked about again.
 */
const MAX_REMEMBERED = 4096;

/**
 * What one scan has learnt about the disk. Templates of one repository probe the same lock files and bot
 * configurations, mostly absent: a folder is listed once and a name it does not hold is never looked up
 * (one readdir instead of a failing stat per probe). Only names and absences are shared, so memory stays
 * small; texts are remembered per template.
 */
export interface CodeLookups {
  /** Absolute paths listed in their folder but not readable as code (a folder, too large, not UTF-8). */
  absent: Set<string>;
  /** Names in each folder listed so far; undefined for a folder that cannot be listed. */
  listings: Map<string, ReadonlySet<string> | undefined>;
  /** Per template folder: the absolute folder of each relative folder asked about (`../..`, `.github/workflows`). */
  folders: Map<string, Map<string, string>>;
  /** Relative paths asked about, split into folder and file name (null: resolved whole). Rules ask the same few. */
  splits: Map<string, readonly [folder: string, name: string] | null>;
}

export function newCodeLookups(): CodeLookups {
  return { absent: new Set(), listings: new Map(), folders: new Map(), splits: new Map() };
}

/** `map.set`, first forgetting everything once the map holds MAX_REMEMBERED entries (memory stays bounded). */
function remember<K, V>(map: Map<K, V> | Set<K>, key: K, value?: V): void {
  if (map.size >= MAX_REMEMBERED) map.clear();
  if (map instanceof Map) map.set(key, value as V);
  else map.add(key);
}

function listed(lookups: CodeLookups, dir: string): ReadonlySet<string> | undefined {
  const known = lookups.listings.get(dir);
  if (known !== undefined || lookups.listings.has(dir)) return known;
  let names: ReadonlySet<string> | undefined;
  try {
    names = new Set(readdirSync(dir));
  } catch {
    names = undefined;
  }
  remember(lookups.listings, dir, names);
  return names;
}

/** The text of a small regular UTF-8 file; anything else (a device, a pipe, too large, binary) is no code to read. */
function readText(absolute: string): string | undefined {
  try {
    return readTextFile(absolute, { maxBytes: MAX_CODE_BYTES });
  } catch {
    return undefined;
  }
}

/**
 * `path` as its folder and a plain file name (not empty, `.` or `..`, no backslash), or null when it must be resolved
 * whole (an absolute path, a name that steps out). The folder part may hold `..` steps.
 */
function split(path: string): readonly [folder: string, name: string] | null {
  if (path === '' || path[0] === '/' || path.includes('\\') || path.includes(':')) return null;
  const slash = path.lastIndexOf('/');
  const name = path.slice(slash + 1);
  return name === '' || name === '.' || name === '..' ? null : [slash < 0 ? '' : path.slice(0, slash), name];
}

export function diskCodeReader(templateDir: string, lookups: CodeLookups = newCodeLookups()): CodeReader {
  const base = resolve(templateDir);
  const cache = new Map<string, string | undefined>();
  let folders = lookups.folders.get(base);
  if (!folders) {
    folders = new Map();
    remember(lookups.folders, base, folders);
  }
  /** The absolute folder of a relative one, resolved once per template folder (rules probe ancestors often). */
  const folderOf = (relative: string): string => {
    let absolute = folders.get(relative);
    if (absolute === undefined) {
      absolute = relative === '' ? base : resolve(base, relative);
      remember(folders, relative, absolute);
    }
    return absolute;
  };
  const readAt = (dir: string, name: string): string | undefined => {
    if (!listed(lookups, dir)?.has(name)) return undefined;
    const absolute = dir.endsWith(sep) ? `${dir}${name}` : `${dir}${sep}${name}`;
    if (lookups.absent.has(absolute)) return undefined;
    const text = readText(absolute);
    if (text === undefined) remember(lookups.absent, absolute);
    return text;
  };
  return {
    folder: folders,
    read(path) {
      const cached = cache.get(path);
      if (cached !== undefined) return cached;
      let parts = lookups.splits.get(path);
      if (parts === undefined) remember(lookups.splits, path, (parts = split(path)));
      let text: string | undefined;
      if (parts) text = readAt(folderOf(parts[0]), parts[1]);
      else {
        const absolute = resolve(base, path);
        text = readAt(dirname(absolute), basename(absolute));
      }
      // Only texts are kept: a miss is answered again from the folder's listing as cheaply as from a cache.
      if (text !== undefined) cache.set(path, text);
      return text;
    },
  };
}
