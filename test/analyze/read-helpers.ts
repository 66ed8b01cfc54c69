// Helpers for the analyzer tests: read files into arrays, and temporary folders for generated inputs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFile, readFiles, type ReadStats } from '../../src/analyze/read/reader.js';
import type { LogRecord } from '../../src/analyze/read/record.js';
import { fixture } from '../helpers/repo.js';

export function analyzeFixture(name: string): string {
  return fixture('analyze', name);
}

export async function readAll(...files: string[]): Promise<{ records: LogRecord[]; stats: ReadStats }> {
  const records: LogRecord[] = [];
  const stats = files.length === 1 ? await readFile(files[0] as string, (r) => records.push(r)) : await readFiles(files, (r) => records.push(r));
  return { records, stats };
}

/** A fresh temporary folder, removed by the returned cleanup. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'slens-analyze-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
