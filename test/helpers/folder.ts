// A temporary folder holding the given files (name → text or bytes), removed once `run` has settled.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export function writeTree(dir: string, files: Record<string, string | Buffer>): void {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
}

export function withTree<T>(files: Record<string, string | Buffer>, run: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'slens-tree-'));
  try {
    writeTree(dir, files);
    return run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function withTreeAsync<T>(files: Record<string, string | Buffer>, run: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'slens-tree-'));
  try {
    writeTree(dir, files);
    return await run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
