// Finding audit over the corpus: each pattern folder of ../shared/corpus/serverless-patterns is scanned as its
// own workload (as `slens review import-scan` would), and the run prints
//   - findings per rule and severity (unsuppressed), with the share of info-level findings;
//   - per lens choice, how many folders the evidence calls supported, contradicted or unknown.
// So a change to the rules can be compared run to run:
//   node dist/bench/corpus-audit.js --json /tmp/audit-before.json            # before the change
//   node dist/bench/corpus-audit.js --compare /tmp/audit-before.json         # after: prints the deltas
// A first non-option argument replaces the corpus folder. Says so and exits 0 when the corpus is absent.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../src/scan/config.js';
import { computeEvidence } from '../src/scan/evidence.js';
import { iacLoader } from '../src/scan/iac-loader.js';
import { scanFiles } from '../src/scan/scan-files.js';
import { sharedDir } from '../test/helpers/repo.js';

interface Audit {
  folders: number;
  templates: number;
  errors: number;
  /** rule id → severity → count */
  rules: Record<string, Record<string, number>>;
  /** choice id → question and folder counts by status */
  choices: Record<string, { question: string; supported: number; contradicted: number; unknown: number }>;
}

const args = process.argv.slice(2);
const optionValue = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const jsonOut = optionValue('--json');
const compareWith = optionValue('--compare');
const positional = args.filter((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--json' && args[i - 1] !== '--compare');
const root = positional[0] ?? join(sharedDir, 'corpus', 'serverless-patterns');
if (!existsSync(root)) {
  console.log(`bench/corpus-audit: ${root} absent (development data beside the repository); nothing to audit.`);
  process.exit(0);
}

const TODAY = '2026-12-01';
const audit: Audit = { folders: 0, templates: 0, errors: 0, rules: {}, choices: {} };
const loader = iacLoader();
const config = loadConfig(undefined, root);
const started = performance.now();
for (const folder of readdirSync(root).filter((name) => statSync(join(root, name)).isDirectory()).sort()) {
  const path = join(root, folder);
  const discovery = await loader.discover([path]);
  const result = scanFiles(discovery.files, { loader, config, today: TODAY, cwd: root, discoveryErrors: discovery.errors });
  audit.folders++;
  audit.templates += result.files.length;
  audit.errors += result.errors.length;
  for (const finding of result.findings) {
    const row = (audit.rules[finding.ruleId] ??= {});
    row[finding.severity] = (row[finding.severity] ?? 0) + 1;
  }
  if (result.files.length === 0) continue;
  for (const c of computeEvidence(result).choices) {
    const row = (audit.choices[c.choice] ??= { question: c.question, supported: 0, contradicted: 0, unknown: 0 });
    row[c.status]++;
  }
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);

const before: Audit | undefined = compareWith ? (JSON.parse(readFileSync(compareWith, 'utf8')) as Audit) : undefined;
const delta = (now: number, then: number | undefined): string => {
  if (!before) return String(now);
  const d = now - (then ?? 0);
  return d === 0 ? String(now) : `${now} (${d > 0 ? '+' : ''}${d})`;
};
const total = (a: Audit, severity?: string): number =>
  Object.values(a.rules).reduce((sum, row) => sum + Object.entries(row).reduce((s, [sev, n]) => s + (severity === undefined || sev === severity ? n : 0), 0), 0);
const share = (a: Audit): string => {
  const all = total(a);
  return all === 0 ? '0.0%' : `${((100 * total(a, 'info')) / all).toFixed(1)}%`;
};

console.log(`${audit.folders} pattern folders, ${audit.templates} templates, ${audit.errors} load errors, scanned in ${seconds} s\n`);
console.log('## Findings per rule and severity\n');
console.log('| rule | error | warning | info | all |\n| --- | ---: | ---: | ---: | ---: |');
const ruleIds = [...new Set([...Object.keys(audit.rules), ...Object.keys(before?.rules ?? {})])].sort();
for (const id of ruleIds) {
  const now = audit.rules[id] ?? {};
  const then = before?.rules[id] ?? {};
  const sum = (row: Record<string, number>): number => Object.values(row).reduce((s, n) => s + n, 0);
  console.log(`| ${id} | ${delta(now.error ?? 0, then.error)} | ${delta(now.warning ?? 0, then.warning)} | ${delta(now.info ?? 0, then.info)} | ${delta(sum(now), sum(then))} |`);
}
console.log(`| all | ${delta(total(audit, 'error'), before && total(before, 'error'))} | ${delta(total(audit, 'warning'), before && total(before, 'warning'))} | ${delta(total(audit, 'info'), before && total(before, 'info'))} | ${delta(total(audit), before && total(before))} |`);
console.log(`\nInfo-level share: ${share(audit)}${before ? ` (before: ${share(before)})` : ''}\n`);

console.log('## Evidence per lens choice (folders)\n');
console.log('| question | choice | supported | contradicted | unknown |\n| --- | --- | ---: | ---: | ---: |');
const sums = { supported: 0, contradicted: 0, unknown: 0 };
const thenSums = { supported: 0, contradicted: 0, unknown: 0 };
for (const [choice, row] of Object.entries(audit.choices)) {
  const then = before?.choices[choice];
  console.log(`| ${row.question} | ${choice} | ${delta(row.supported, then?.supported)} | ${delta(row.contradicted, then?.contradicted)} | ${delta(row.unknown, then?.unknown)} |`);
  for (const k of ['supported', 'contradicted', 'unknown'] as const) {
    sums[k] += row[k];
    thenSums[k] += then?.[k] ?? 0;
  }
}
console.log(`| all | | ${delta(sums.supported, thenSums.supported)} | ${delta(sums.contradicted, thenSums.contradicted)} | ${delta(sums.unknown, thenSums.unknown)} |`);

if (jsonOut) {
  writeFileSync(jsonOut, `${JSON.stringify(audit, null, 2)}\n`);
  console.log(`\nbench/corpus-audit: figures written to ${jsonOut}`);
}
