// A folder of `count` copies of the given templates, 500 to a subfolder (as a monorepo spreads them), for the
// benchmarks that measure how a scan grows with the template count. The caller removes the folder.
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function templateCopies(sources: readonly string[], count: number, prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (let i = 0; i < count; i++) {
    const source = sources[i % sources.length] as string;
    const sub = join(dir, `d${Math.floor(i / 500)}`);
    if (i % 500 === 0) mkdirSync(sub);
    copyFileSync(source, join(sub, `t${i}${source.endsWith('.json') ? '.json' : '.yaml'}`));
  }
  return dir;
}
