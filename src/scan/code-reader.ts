// Files beside a template for the rules that look at code (handlers, lock files, dependency-update
// configuration): small UTF-8 text files only, read on demand and remembered for the template.
import { readdirSync } from 'node:fs';
import { basename, dirname, resolve, sep } from 'node:path';
import type { CodeReader } from '../rules/support/code.js';
import { readTextFile } from '../util/read-file.js';

/** Larger files are not read: handlers and manifests are small, and a rule must never stall a scan. */
export const MAX_CODE_BYTES = 1024 * 1024;

/**
 * What one scan has learnt about the disk. Templates of one repository probe the same lock files and bot
 * configurations, mostly absent: a folder is listed once and a name it does not hold is never looked up
 * (one readdir instead of a failing stat per probe). Only names and absences are shared, so memory stays
 * small; texts are remembered per template.
 */
export interface CodeLookups {
  /** Absolute paths found missing or not readable as code. */
  absent: Set<string>;
  /** Names in each folder listed so far; undefined for a folder that cannot be listed. */
  listings: Map<string, ReadonlySet<string> | undefined>;
}

export function newCodeLookups(): CodeLookups {
  return { absent: new Set(), listings: new Map() };
}

function listed(lookups: CodeLookups, dir: string): ReadonlySet<string> | undefined {
  if (lookups.listings.has(dir)) return lookups.listings.get(dir);
  let names: ReadonlySet<string> | undefined;
  try {
    names = new Set(readdirSync(dir));
  } catch {
    names = undefined;
  }
  lookups.listings.set(dir, names);
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

/** `a/b.txt` (no `.`/`..` steps, not absolute): joined by concatenation, as path.resolve would, without its cost. */
function plainRelative(path: string): boolean {
  return path !== '' && path[0] !== '/' && path[0] !== '.' && !path.includes('/.') && !path.includes('\\') && !path.includes('//') && !path.includes(':') && !path.endsWith('/');
}

export function diskCodeReader(templateDir: string, lookups: CodeLookups = newCodeLookups()): CodeReader {
  const base = resolve(templateDir);
  const cache = new Map<string, string | undefined>();
  return {
    read(path) {
      if (cache.has(path)) return cache.get(path);
      const absolute = plainRelative(path) && !base.endsWith(sep) ? `${base}${sep}${sep === '/' ? path : path.replaceAll('/', sep)}` : resolve(base, path);
      // Misses are remembered per template too: rules probe the same lock files for every function.
      const text = lookups.absent.has(absolute) ? undefined : listed(lookups, dirname(absolute))?.has(basename(absolute)) ? readText(absolute) : undefined;
      if (text === undefined) lookups.absent.add(absolute);
      cache.set(path, text);
      return text;
    },
  };
}
