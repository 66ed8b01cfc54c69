// The JSON fast path checked and timed: every YAML template in ../shared/corpus (development data beside the
// repository; says so and exits 0 when absent) is read by js-yaml, written out as JSON in each layout JSON
// writers use, and read again by both paths, as is a large stack synthesized by aws-cdk-lib. Any difference
// (value, a key's or an item's position, start, mentionsInclude, errors) fails the run (exit 1). Then the
// parse CPU time of both paths per layout, rounds interleaved in this one process (ROUNDS, default 20), with
// the load average before and after.
//   node dist/bench/json-fast-check.js [corpus-dir]
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseJsonDocument } from '../src/iac/json-fast.js';
import { parseDocumentJsYaml } from '../src/iac/yaml.js';
import { jsonLayouts } from '../test/helpers/json-layouts.js';
import { parsedDifferences } from '../test/helpers/parsed-compare.js';
import { sharedDir } from '../test/helpers/repo.js';
import { synthesizeServices } from './cdk-synth.js';

const corpus = process.argv[2] ?? join(sharedDir, 'corpus');
if (!existsSync(corpus)) {
  console.log(`bench/json-fast-check: ${corpus} is absent (development data beside the repository); nothing to check.`);
  process.exit(0);
}

function yamlFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...yamlFiles(path));
    else if (/\.(ya?ml|template)$/.test(entry.name)) found.push(path);
  }
  return found;
}

const load = (): string => loadavg().map((n) => n.toFixed(2)).join(', ');
const files = yamlFiles(corpus);
const texts: { layout: string; file: string; text: string }[] = [];
let unreadable = 0;
for (const file of files) {
  const doc = parseDocumentJsYaml(file, readFileSync(file, 'utf8'));
  if (doc.value === null || typeof doc.value !== 'object') unreadable++;
  else for (const [layout, text] of jsonLayouts(doc.value)) texts.push({ layout, file, text });
}
// CDK's own output, the case the fast path is for: one stack near CloudFormation's 500-resource limit.
const cdkOut = mkdtempSync(join(tmpdir(), 'slens-json-fast-'));
process.env['CDK_VALIDATION'] = 'false';
texts.push({ layout: 'cdk synth', file: join(cdkOut, 'Services.template.json'), text: synthesizeServices(cdkOut, 65) });
rmSync(cdkOut, { recursive: true, force: true });

let differing = 0;
const declined: string[] = [];
for (const { layout, file, text } of texts) {
  const fast = parseJsonDocument(text);
  if (!fast) {
    declined.push(`${file} (${layout})`);
    continue;
  }
  const differences = parsedDifferences(fast, parseDocumentJsYaml(file, text), 5);
  if (differences.length > 0) {
    differing++;
    console.log(`DIFFERS ${file} (${layout}):\n  ${differences.join('\n  ')}`);
  }
}
const bytes = texts.reduce((n, t) => n + t.text.length, 0);
console.log(`YAML files: ${files.length} (${unreadable} not a mapping or sequence, skipped); JSON texts: ${texts.length} with the cdk synth one (${(bytes / 1e6).toFixed(1)} MB)`);
console.log(`differences: ${differing}; declined by the fast path: ${declined.length}${declined.length ? ` (first: ${declined.slice(0, 3).join(', ')})` : ''}`);

/** CPU microseconds (user + system) spent in `body`. */
function cpu(body: () => void): number {
  const start = process.cpuUsage();
  body();
  const used = process.cpuUsage(start);
  return used.user + used.system;
}

const rounds = Number(process.env['ROUNDS'] ?? 20);
const layouts = [...new Set(texts.map((t) => t.layout))];
const fastTimes = new Map<string, number[]>(layouts.map((l) => [l, []]));
const yamlTimes = new Map<string, number[]>(layouts.map((l) => [l, []]));
const readFast = (group: typeof texts) => () => group.forEach((t) => parseJsonDocument(t.text));
const readYaml = (group: typeof texts) => () => group.forEach((t) => parseDocumentJsYaml(t.file, t.text));
const loadBefore = load();
for (let round = 0; round <= rounds; round++) {
  for (const layout of layouts) {
    const group = texts.filter((t) => t.layout === layout);
    // Alternate which path goes first, so neither always runs on a warmer (or busier) machine.
    const [first, second] = round % 2 === 0 ? [readFast(group), readYaml(group)] : [readYaml(group), readFast(group)];
    const a = cpu(first);
    const b = cpu(second);
    if (round === 0) continue; // warm-up
    (round % 2 === 0 ? fastTimes : yamlTimes).get(layout)?.push(a);
    (round % 2 === 0 ? yamlTimes : fastTimes).get(layout)?.push(b);
  }
}
const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? NaN;
const ms = (us: number): string => `${(us / 1000).toFixed(1)} ms`.padStart(10);
console.log(`parse CPU time per pass over the texts, median of ${rounds} interleaved rounds (load before: ${loadBefore}; after: ${load()})`);
console.log(`${'layout'.padEnd(10)}${'js-yaml'.padStart(10)}${'fast'.padStart(10)}  ratio`);
let totalYaml = 0;
let totalFast = 0;
for (const layout of layouts) {
  const y = median(yamlTimes.get(layout) ?? []);
  const f = median(fastTimes.get(layout) ?? []);
  totalYaml += y;
  totalFast += f;
  console.log(`${layout.padEnd(10)}${ms(y)}${ms(f)}  ${(y / f).toFixed(1)}×`);
}
console.log(`${'all'.padEnd(10)}${ms(totalYaml)}${ms(totalFast)}  ${(totalYaml / totalFast).toFixed(1)}×`);
process.exit(differing > 0 ? 1 : 0);
