// Output snapshot: runs `slens scan` over ../shared/corpus (when present) and examples/ in every report
// format and both languages, and writes each report (with the exit code and standard error) into a folder.
// With --compare it then compares that folder with an earlier snapshot, file by file, byte for byte, so a
// change that must not alter results can prove it:
//   node dist/bench/corpus-snapshot.js /tmp/before            # on the old commit
//   node dist/bench/corpus-snapshot.js /tmp/after --compare /tmp/before
// Exits 1 when a compared file differs or is missing. Paths in reports are relative to the scanned root,
// so snapshots made in two clones compare. The scan date is fixed (--today) so runtime dates do not drift.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { repoRoot, sharedDir } from '../test/helpers/repo.js';

const FORMATS = [
  ['json', 'json'],
  ['sarif', 'sarif'],
  ['junit', 'xml'],
  ['text', 'txt'],
  ['markdown', 'md'],
] as const;
const LANGS = ['en', 'ja'] as const;
const TODAY = '2026-12-01';

const args = process.argv.slice(2);
const compareAt = args.indexOf('--compare');
const baseline = compareAt >= 0 ? args[compareAt + 1] : undefined;
const out = args.find((arg, i) => !arg.startsWith('--') && (compareAt < 0 || i !== compareAt + 1));
if (!out || (compareAt >= 0 && !baseline)) {
  console.error('usage: node dist/bench/corpus-snapshot.js <out-dir> [--compare <baseline-dir>]');
  process.exit(2);
}

const inputs: { name: string; cwd: string }[] = [{ name: 'examples', cwd: join(repoRoot, 'examples') }];
const corpus = join(sharedDir, 'corpus');
if (existsSync(corpus)) inputs.push({ name: 'corpus', cwd: corpus });
else console.log(`bench/corpus-snapshot: ${corpus} absent (development data beside the repository); examples/ only.`);

const outDir = resolve(out);
mkdirSync(outDir, { recursive: true });
const cli = join(repoRoot, 'bin', 'slens.js');
const started = performance.now();
for (const input of inputs) {
  for (const [format, ext] of FORMATS) {
    for (const lang of LANGS) {
      const file = join(outDir, `${input.name}.${lang}.${ext}`);
      const run = spawnSync(process.execPath, [cli, 'scan', '.', '--format', format, '--lang', lang, '--today', TODAY, '--output', file], {
        cwd: input.cwd,
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
      });
      writeFileSync(`${file}.status`, `exit ${run.status}\n${run.stderr}`);
    }
  }
}
console.log(`bench/corpus-snapshot: ${inputs.length * FORMATS.length * LANGS.length} reports in ${outDir} (${Math.round(performance.now() - started)} ms)`);

if (baseline) {
  const before = resolve(baseline);
  const names = new Set([...readdirSync(before), ...readdirSync(outDir)]);
  let differ = 0;
  for (const name of [...names].sort()) {
    const a = join(before, name);
    const b = join(outDir, name);
    if (!existsSync(a) || !existsSync(b)) {
      console.log(`  missing: ${name} (${existsSync(a) ? 'not in the new snapshot' : 'not in the baseline'})`);
      differ++;
    } else if (!readFileSync(a).equals(readFileSync(b))) {
      console.log(`  differs: ${name}`);
      differ++;
    }
  }
  console.log(differ === 0 ? `identical: ${names.size} files` : `${differ} of ${names.size} files differ`);
  process.exitCode = differ === 0 ? 0 : 1;
}
