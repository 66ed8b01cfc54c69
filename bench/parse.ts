// Benchmark of the template loader against a bare js-yaml parse of the same files, in one process
// (best of several rounds each, after a warm-up). Reads ../shared/corpus (development data beside the
// repository); says so and exits when it is absent. Figures: bare parse; our parse with positions and
// duplicate detection; full load from text (positions + intrinsics + SAM expansion); the same reading the
// files from disk; load + graph with all facts. Texts are in memory unless said otherwise.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { discoverTemplates } from '../src/iac/discover.js';
import { buildGraph } from '../src/iac/graph.js';
import { loadTemplate } from '../src/iac/load.js';
import { readTemplateFile } from '../src/iac/read.js';
import type { Template } from '../src/iac/types.js';
import { parseDocument } from '../src/iac/yaml.js';
import { sharedDir } from '../test/helpers/repo.js';

const corpus = process.argv[2] ?? join(sharedDir, 'corpus');
if (!existsSync(corpus)) {
  console.log(`bench/parse: ${corpus} is absent (development data beside the repository); nothing to measure.`);
  process.exit(0);
}

const TAGS = ['Ref', 'Sub', 'GetAtt', 'Join', 'If', 'Select', 'Split', 'FindInMap', 'Base64', 'Cidr', 'ImportValue', 'GetAZs', 'Equals', 'And', 'Or', 'Not', 'Condition', 'Transform'];
const bareSchema = yaml.DEFAULT_SCHEMA.extend(TAGS.flatMap((tag) => (['scalar', 'sequence', 'mapping'] as const).map((kind) => new yaml.Type(`!${tag}`, { kind, construct: (data: unknown) => ({ [tag]: data }) }))));

// Files only: Terraform folders are measured by bench/formats.ts.
const files = (await discoverTemplates([corpus])).files.filter((f) => statSync(f).isFile());
const texts = files.map((f) => readFileSync(f, 'utf8'));

function time(label: string, rounds: number, body: () => void): number {
  body();
  let best = Infinity;
  for (let i = 0; i < rounds; i++) {
    const start = process.hrtime.bigint();
    body();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return best;
}

const rounds = Number(process.env['ROUNDS'] ?? 10);
const bare = time('bare', rounds, () => {
  for (const text of texts) {
    try {
      yaml.load(text, { schema: bareSchema, json: true });
    } catch {
      // counted below
    }
  }
});
const parse = time('parse', rounds, () => {
  files.forEach((file, i) => parseDocument(file, texts[i] as string));
});
let templates: Template[] = [];
const load = time('load', rounds, () => {
  templates = files.map((file, i) => loadTemplate(file, texts[i] as string));
});
const read = time('read', rounds, () => {
  for (const file of files) readTemplateFile(file);
});
const graph = time('graph', rounds, () => {
  for (const template of templates) {
    const g = buildGraph(template.resources);
    for (const fn of g.ofType('AWS::Lambda::Function')) g.logGroupOf(fn);
    for (const r of g.resources) g.referencing(r.logicalId);
  }
});
const discover = time('discover', rounds, () => {
  void discoverTemplates([corpus]);
});
const resources = templates.reduce((n, t) => n + t.resources.length, 0);
const errors = templates.reduce((n, t) => n + t.errors.length, 0);
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
console.log(`templates: ${files.length}, resources after SAM expansion: ${resources}, load errors: ${errors}`);
console.log(`bare js-yaml parse (texts in memory):      ${fmt(bare)}  1.00×`);
console.log(`parse with positions + duplicate check:    ${fmt(parse)}  ${(parse / bare).toFixed(2)}×`);
console.log(`load (positions, intrinsics, SAM):         ${fmt(load)}  ${(load / bare).toFixed(2)}×`);
console.log(`read from disk + load:                     ${fmt(read)}  ${(read / bare).toFixed(2)}×`);
console.log(`graph + every fact + reverse references:   ${fmt(graph)}  ${(graph / bare).toFixed(2)}×`);
console.log(`discovery (walk, gitignore, content check): ${fmt(discover)}`);
