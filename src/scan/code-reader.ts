// Files beside a template for the rules that look at code (handlers, lock files, dependency-update
// configuration): small UTF-8 text files only, read on demand and remembered for the template.
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CodeReader } from '../rules/code.js';

/** Larger files are not read: handlers and manifests are small, and a rule must never stall a scan. */
export const MAX_CODE_BYTES = 1024 * 1024;

/**
 * Absolute paths found missing (or not readable as code) during one scan. Templates of one repository probe
 * the same lock files and bot configurations upwards, mostly absent: each is looked at once per scan. Only
 * absences are shared, so memory stays small; texts are remembered per template.
 */
export type AbsentPaths = Set<string>;

export function diskCodeReader(templateDir: string, absent: AbsentPaths = new Set()): CodeReader {
  const cache = new Map<string, string | undefined>();
  return {
    read(path) {
      if (cache.has(path)) return cache.get(path);
      const absolute = resolve(templateDir, path);
      if (absent.has(absolute)) return undefined;
      let text: string | undefined;
      try {
        const stat = statSync(absolute);
        if (stat.isFile() && stat.size <= MAX_CODE_BYTES) text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(absolute));
      } catch {
        text = undefined;
      }
      if (text === undefined) absent.add(absolute);
      else cache.set(path, text);
      return text;
    },
  };
}
