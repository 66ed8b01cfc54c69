// The fast YAML reader against js-yaml over every .yaml/.yml under ../shared/corpus: how many files the fast
// path takes, how many it declines and why, and any difference in what the two give (exit 1 on one). Then the
// parse time of the taken files in CPU time, interleaved in one process: the fast reader, js-yaml with the
// position listener (slens before it), and bare js-yaml (the parse in bench/scan.ts's floor). `REPS=n` sets
// the timing rounds (default 20).
//   node dist/bench/yaml-fast-check.js
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import yaml from 'js-yaml';
import { join } from 'node:path';
import { CFN_SCHEMA, parseDocumentJsYaml } from '../src/iac/yaml.js';
import { lastDeclineReason, parseYamlFast } from '../src/iac/yaml-fast.js';
import { sharedDir } from '../test/helpers/repo.js';
import { differenceBetween } from '../test/helpers/parsed-compare.js';

const corpus = join(sharedDir, 'corpus');
if (!existsSync(corpus)) {
  console.log(`bench/yaml-fast-check: ${corpus} absent (development data beside the repository); nothing to check.`);
  process.exit(0);
}

function walk(path: string, out: string[]): void {
  if (statSync(path).isFile()) {
    if (/\.ya?ml$/i.test(path)) out.push(path);
    return;
  }
  for (const name of readdirSync(path).sort()) if (name !== 'node_modules' && name !== '.git') walk(join(path, name), out);
}

const files: string[] = [];
walk(corpus, files);
const taken: { file: string; text: string }[] = [];
const declined = new Map<string, number>();
let differences = 0;
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const fast = parseYamlFast(text);
  if (!fast) {
    const reason = lastDeclineReason();
    declined.set(reason, (declined.get(reason) ?? 0) + 1);
    continue;
  }
  const difference = differenceBetween(fast, parseDocumentJsYaml(file, text));
  if (difference) {
    differences++;
    console.log(`DIFFERENT ${file}: ${difference}`);
  }
  taken.push({ file, text });
}
const share = files.length === 0 ? 0 : (100 * taken.length) / files.length;
console.log(`${files.length} YAML files: fast path took ${taken.length} (${share.toFixed(1)}%), declined ${files.length - taken.length}; ${differences} different`);
for (const [reason, count] of [...declined].sort((x, y) => y[1] - x[1])) console.log(`  declined ${count}: ${reason}`);

// Timing: the taken files, each parser in turn per round (A/B interleaved), CPU microseconds summed.
const reps = Number(process.env.REPS ?? 20);
const cpu = (): number => {
  const u = process.cpuUsage();
  return u.user + u.system;
};
const parsers = [
  (file: string, text: string): number => (parseYamlFast(text) ? 1 : 0),
  (file: string, text: string): number => parseDocumentJsYaml(file, text).errors.length,
  (file: string, text: string): number => (yaml.load(text, { schema: CFN_SCHEMA, json: true }) ? 1 : 0),
];
const used = [0, 0, 0];
let sink = 0;
for (let round = 0; round < reps + 2; round++) {
  for (let k = 0; k < parsers.length; k++) {
    const which = (k + round) % parsers.length; // each round starts with a different parser
    const parse = parsers[which] as (file: string, text: string) => number;
    const began = cpu();
    for (const { file, text } of taken) sink += parse(file, text);
    if (round >= 2) used[which] = (used[which] as number) + cpu() - began; // two warm-up rounds
  }
}
const [fastUs, listenerUs, bareUs] = used.map((us) => us / reps / 1000) as [number, number, number];
const bytes = taken.reduce((n, t) => n + t.text.length, 0);
console.log(
  `parse of the ${taken.length} taken files (${(bytes / 1024).toFixed(0)} KiB), ${reps} interleaved rounds, CPU ms per round: ` +
    `fast ${fastUs.toFixed(1)}, js-yaml+listener ${listenerUs.toFixed(1)} (${(listenerUs / fastUs).toFixed(2)}x the fast time), ` +
    `bare js-yaml ${bareUs.toFixed(1)} (${(bareUs / fastUs).toFixed(2)}x) (load ${loadavg().map((n) => n.toFixed(2)).join(' ')}; sink ${sink})`,
);
if (differences > 0) process.exit(1);
