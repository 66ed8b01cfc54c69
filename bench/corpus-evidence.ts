// Lens evidence over the corpus: each pattern folder of ../shared/corpus/serverless-patterns is scanned as
// its own workload, and per choice of the built-in lens the folders are counted by status (supported,
// contradicted, unknown). Prints a Markdown table in lens order. Says so and exits 0 when the corpus is absent.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { scanEvidenceFor } from '../src/scan/evidence-input.js';
import { isUserError } from '../src/util/errors.js';
import { sharedDir } from '../test/helpers/repo.js';

const root = process.argv[2] ?? join(sharedDir, 'corpus', 'serverless-patterns');
if (!existsSync(root)) {
  console.log(`bench/corpus-evidence: ${root} absent (development data beside the repository); nothing to count.`);
  process.exit(0);
}

const folders = readdirSync(root).filter((name) => statSync(join(root, name)).isDirectory()).sort();
const tally = new Map<string, { question: string; supported: number; contradicted: number; unknown: number }>();
let scanned = 0;
let unreadable = 0;
const started = performance.now();
for (const folder of folders) {
  try {
    const evidence = await scanEvidenceFor([join(root, folder)], { today: '2026-11-25', cwd: root });
    scanned++;
    for (const c of evidence.choices) {
      const row = tally.get(c.choiceId) ?? { question: c.questionId, supported: 0, contradicted: 0, unknown: 0 };
      row[c.status as 'supported' | 'contradicted' | 'unknown']++;
      tally.set(c.choiceId, row);
    }
  } catch (error) {
    if (!isUserError(error)) throw error;
    unreadable++;
  }
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`${scanned} pattern folders scanned as workloads (${unreadable} without a readable template) in ${seconds} s\n`);
console.log('| question | choice | supported | contradicted | unknown |\n| --- | --- | ---: | ---: | ---: |');
const totals = { supported: 0, contradicted: 0, unknown: 0 };
for (const [choice, row] of tally) {
  console.log(`| ${row.question} | ${choice} | ${row.supported} | ${row.contradicted} | ${row.unknown} |`);
  totals.supported += row.supported;
  totals.contradicted += row.contradicted;
  totals.unknown += row.unknown;
}
console.log(`| all | | ${totals.supported} | ${totals.contradicted} | ${totals.unknown} |`);
