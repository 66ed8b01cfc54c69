// The baseline for bench/scan.ts: find templates the simple way (walk folders, skip node_modules/.git/
// .aws-sam, keep YAML/JSON files with a Resources section) and parse each with js-yaml. Run as its own
// process so start-up is counted the same way as for slens. Prints {files, parsed, failed} as JSON.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';

const SKIP = new Set(['node_modules', '.git', '.aws-sam']);
const EXT = /\.(ya?ml|json|template)$/i;

function walk(path: string, out: string[]): void {
  const stat = statSync(path);
  if (stat.isFile()) {
    if (EXT.test(path)) out.push(path);
    return;
  }
  for (const name of readdirSync(path)) if (!SKIP.has(name)) walk(join(path, name), out);
}

// CloudFormation short-form tags, so `!Ref` and friends parse instead of failing.
const TAGS = ['Ref', 'Sub', 'GetAtt', 'Join', 'If', 'Select', 'Split', 'FindInMap', 'Base64', 'Cidr', 'ImportValue', 'GetAZs', 'Equals', 'And', 'Or', 'Not', 'Condition', 'Transform', 'ToJsonString', 'Length'];
const schema = yaml.DEFAULT_SCHEMA.extend(
  TAGS.flatMap((tag) =>
    (['scalar', 'sequence', 'mapping'] as const).map((kind) => new yaml.Type(`!${tag}`, { kind, construct: (data: unknown) => ({ [tag]: data }) })),
  ),
);

const files: string[] = [];
// `--list` adds the paths of the templates it parsed (for a scan of exactly the same files).
const list = process.argv.includes('--list');
const parsedPaths: string[] = [];
for (const root of process.argv.slice(2).filter((a) => a !== '--list')) walk(root, files);
let parsed = 0;
let failed = 0;
let templates = 0;
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  if (!/\bResources\b/.test(text) || !text.includes('AWS::')) continue;
  templates += 1;
  try {
    yaml.load(text, { schema });
    parsed += 1;
    if (list) parsedPaths.push(file);
  } catch {
    failed += 1;
  }
}
process.stdout.write(`${JSON.stringify({ files: files.length, templates, parsed, failed, ...(list ? { paths: parsedPaths } : {}) })}\n`);
