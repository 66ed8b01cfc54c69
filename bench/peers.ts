// slens against its peers on the same templates, each tool as its own process (start-up included), the tools
// taking turns, best of RUNS (default 3): cdk-nag 3 (AwsSolutions and Serverless packs, one App, built-in
// validation off; templates CfnInclude cannot read are left out for every tool and counted) and the
// CloudFormation validator in aws-cdk-lib; a bare read + js-yaml parse of the same files is the floor. Prints
// each tool's time against slens's (wall and CPU, with the load average), and findings per tool: all of them
// and those on SAM resources (AWS::Serverless::*, where slens counts findings on the resources SAM expands to).
// Needs aws-cdk-lib and cdk-nag (dev dependencies); says so and skips when they are absent.
//   node dist/bench/peers.js [templates-folder]      (default ../shared/corpus)
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from '../src/iac/yaml.js';
import { isRecord } from '../src/iac/values.js';
import { repoRoot, sharedDir } from '../test/helpers/repo.js';
import { bestOfEach, figures, loadAverage, ratio, run } from './measure.js';

const corpus = process.argv[2] ?? join(sharedDir, 'corpus');
const missing = ['aws-cdk-lib', 'cdk-nag'].filter((name) => {
  try {
    createRequire(join(repoRoot, 'package.json')).resolve(name);
    return false;
  } catch {
    return true;
  }
});
if (missing.length) {
  console.log(`bench/peers: ${missing.join(' and ')} not installed (dev dependencies: npm install); nothing to compare.`);
  process.exit(0);
}
if (!existsSync(corpus)) {
  console.log(`bench/peers: ${corpus} is absent (development data beside the repository); nothing to measure.`);
  process.exit(0);
}

const bare = join(repoRoot, 'dist', 'bench', 'bare-parse.js');
const child = join(repoRoot, 'dist', 'bench', 'peers-child.js');
const bin = join(repoRoot, 'bin', 'slens.js');
const { paths: all } = JSON.parse(run([bare, corpus, '--list'], repoRoot).stdout) as { paths: string[] };
const allList = join(tmpdir(), `slens-peers-all-${process.pid}.json`);
const list = join(tmpdir(), `slens-peers-${process.pid}.json`);
try {
  writeFileSync(allList, JSON.stringify(all));
  // Which templates CfnInclude can read: the others are left out for every tool, so all read the same files.
  const probe = JSON.parse(run([child, 'cdk-nag', allList], repoRoot).stdout) as { included: number[]; reasons: Record<string, number> };
  const files = probe.included.map((i) => all[i] as string);
  writeFileSync(list, JSON.stringify(files));

  // The written type of each resource (before SAM expands it), per template.
  const types = files.map((file) => {
    const root = parseDocument(file, readFileSync(file, 'utf8')).value;
    const resources = isRecord(root) && isRecord(root['Resources']) ? root['Resources'] : {};
    return new Map(Object.entries(resources).map(([id, body]) => [id, isRecord(body) && typeof body['Type'] === 'string' ? body['Type'] : '']));
  });
  const sam = (type: string | undefined): boolean => (type ?? '').startsWith('AWS::Serverless::');
  const samResources = types.reduce((n, map) => n + [...map.values()].filter(sam).length, 0);
  const samTemplates = types.filter((map) => [...map.values()].some(sam)).length;

  const runs = Number(process.env['RUNS'] ?? 3);
  console.log(`bench/peers: ${files.length} templates (${samTemplates} with ${samResources} SAM resources); ${all.length - files.length} of ${all.length} left out because CfnInclude cannot read them:`);
  for (const [reason, count] of Object.entries(probe.reasons).sort((a, b) => b[1] - a[1])) console.log(`    ${String(count).padStart(3)}  ${reason}`);
  console.log(`best of ${runs} runs each, taking turns; load average before: ${loadAverage()}`);
  const [floor, slens, nag, validator] = bestOfEach(runs, [
    () => run([bare, ...files], repoRoot),
    () => run([bin, 'scan', ...files, '--format', 'json', '--fail-on', 'none', '--today', '2026-11-25'], repoRoot),
    () => run([child, 'cdk-nag', list], repoRoot),
    () => run([child, 'validator', list], repoRoot),
  ]) as [ReturnType<typeof run>, ReturnType<typeof run>, ReturnType<typeof run>, ReturnType<typeof run>];
  console.log(`load average after: ${loadAverage()}`);

  const report = JSON.parse(slens.stdout) as { findings: { file: string; resourceType: string; origin?: { resourceType: string } }[] };
  const slensSam = report.findings.filter((f) => sam(f.origin?.resourceType) || sam(f.resourceType)).length;
  const peerCounts = (stdout: string): [number, number] => {
    const { findings } = JSON.parse(stdout) as { findings: [string, number, string][] };
    return [findings.length, findings.filter(([, t, id]) => sam(types[t]?.get(id))).length];
  };
  const rows: [string, ReturnType<typeof run>, [number, number] | undefined][] = [
    ['read + js-yaml (floor)', floor, undefined],
    ['slens scan', slens, [report.findings.length, slensSam]],
    ['cdk-nag 3 (2 packs)', nag, peerCounts(nag.stdout)],
    ['aws-cdk-lib validator', validator, peerCounts(validator.stdout)],
  ];
  for (const [name, r, counts] of rows) {
    const found = counts ? `  ${String(counts[0]).padStart(5)} findings, ${String(counts[1]).padStart(4)} on SAM resources` : '';
    console.log(`  ${name.padEnd(24)}${figures(r)}${found}`);
  }
  console.log(`  slens against the floor: ${ratio(slens.ms, floor.ms)} wall, ${ratio(slens.cpuMs, floor.cpuMs)} CPU`);
  console.log(`  cdk-nag against slens:   ${ratio(nag.ms, slens.ms)} wall, ${ratio(nag.cpuMs, slens.cpuMs)} CPU`);
  console.log(`  validator against slens: ${ratio(validator.ms, slens.ms)} wall, ${ratio(validator.cpuMs, slens.cpuMs)} CPU`);
} finally {
  rmSync(list, { force: true });
  rmSync(allList, { force: true });
}
