// Writes the built-in Serverless Lens files and its reference page from src/lens/serverless/.
// Usage: node dist/scripts/generate-lens.js [--check] [--root <dir>]
//   --check        write nothing; exit 1 when a generated file is missing or stale
//   --root <dir>   repository root to write into (default: the one holding this script)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serializeLens } from '../src/lens/parse.js';
import { buildServerlessLens } from '../src/lens/serverless/build.js';
import { renderLensReference } from '../src/lens/serverless/reference-doc.js';
import { lensOutline } from '../src/lens/types.js';

function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('generate-lens: no package.json above this script');
    dir = parent;
  }
  return dir;
}

/** Every generated file, relative to the repository root, with its exact content. */
export function generatedFiles(): { path: string; content: string }[] {
  return [
    { path: 'src/lens/data/serverless.en.json', content: serializeLens(buildServerlessLens('en')) },
    { path: 'src/lens/data/serverless.ja.json', content: serializeLens(buildServerlessLens('ja')) },
    // The ids and risk rules alone, the same in both languages: what a scan's evidence reads (src/lens/builtin.ts).
    { path: 'src/lens/data/serverless.outline.json', content: `${JSON.stringify(lensOutline(buildServerlessLens('en')))}\n` },
    { path: 'docs/lens.md', content: renderLensReference() },
  ];
}

function main(argv: readonly string[]): number {
  const check = argv.includes('--check');
  const rootAt = argv.indexOf('--root');
  const root = rootAt >= 0 ? argv[rootAt + 1] : repoRoot();
  const unknown = argv.filter((a, i) => a !== '--check' && !(rootAt >= 0 && (i === rootAt || i === rootAt + 1)));
  if (!root || unknown.length > 0) {
    process.stderr.write('usage: generate-lens [--check] [--root <dir>]\n');
    return 2;
  }
  let stale = 0;
  for (const file of generatedFiles()) {
    const target = join(root, file.path);
    const current = existsSync(target) ? readFileSync(target, 'utf8') : undefined;
    if (current === file.content) continue;
    stale++;
    if (check) {
      process.stderr.write(`generate-lens: ${relative(root, target)} is ${current === undefined ? 'missing' : 'out of date'}\n`);
    } else {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, file.content);
      process.stdout.write(`generate-lens: wrote ${relative(root, target)}\n`);
    }
  }
  if (check && stale > 0) {
    process.stderr.write('generate-lens: run "npx tsc -p tsconfig.json && node dist/scripts/generate-lens.js"\n');
    return 1;
  }
  if (stale === 0) process.stdout.write('generate-lens: all files up to date\n');
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main(process.argv.slice(2));
