// Loading cost per format, on the same application (examples/): the SAM template is the baseline; the
// Serverless Framework project (variables resolved, functions and events mapped) and the Terraform folder
// (HCL parsed, positions from the text, references evaluated) are reported as ratios to it, measured in the
// same run (best of several rounds after a warm-up).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadTemplate } from '../src/iac/load.js';
import { loadTerraformFolder } from '../src/iac/terraform/index.js';
import { fixture, repoRoot } from '../test/helpers/repo.js';

const rounds = Number(process.env['ROUNDS'] ?? 20);
const repeat = Number(process.env['REPEAT'] ?? 50);

function best(body: () => void): number {
  body();
  let min = Infinity;
  for (let i = 0; i < rounds; i++) {
    const start = process.hrtime.bigint();
    for (let j = 0; j < repeat; j++) body();
    min = Math.min(min, Number(process.hrtime.bigint() - start) / 1e6 / repeat);
  }
  return min;
}

const samFile = join(repoRoot, 'examples', 'sam-app', 'template.yaml');
const slsFile = join(repoRoot, 'examples', 'serverless-app', 'serverless.yml');
const tfDir = join(repoRoot, 'examples', 'terraform-app');
const planFile = fixture('terraform', 'planned', 'plan.json');
const samText = readFileSync(samFile, 'utf8');
const slsText = readFileSync(slsFile, 'utf8');
const planText = readFileSync(planFile, 'utf8');

const counts = {
  sam: loadTemplate(samFile, samText).resources.length,
  sls: loadTemplate(slsFile, slsText).resources.length,
  tf: loadTerraformFolder(tfDir, 'terraform-app').resources.length,
  plan: loadTemplate(planFile, planText).resources.length,
};
const sam = best(() => loadTemplate(samFile, samText));
const sls = best(() => loadTemplate(slsFile, slsText));
const tf = best(() => loadTerraformFolder(tfDir, 'terraform-app'));
const plan = best(() => loadTemplate(planFile, planText));

const row = (label: string, ms: number, resources: number) => console.log(`${label.padEnd(34)} ${ms.toFixed(3).padStart(8)} ms  ${String(resources).padStart(3)} resources  ×${(ms / sam).toFixed(2)} of SAM`);
console.log(`bench/formats: one load of the examples/ application (best of ${rounds} rounds × ${repeat})`);
row('SAM template.yaml (baseline)', sam, counts.sam);
row('Serverless Framework serverless.yml', sls, counts.sls);
row('Terraform folder (3 .tf files)', tf, counts.tf);
row('Terraform plan JSON (fixture)', plan, counts.plan);
