// The baseline for bench/scan.ts: find templates the simple way (walk folders, skip node_modules/.git/
// .aws-sam, keep YAML/JSON files with a Resources section) and parse each with js-yaml. Run as its own
// process so start-up is counted the same way as for slens. Prints {files, parsed, failed} as JSON.
// `--from <list.json>` takes a JSON array of the inputs a slens scan read instead (its report's `files`): each
// file is read and parsed with js-yaml whatever it holds (template, serverless.yml, plan JSON), and a folder (a
// Terraform module) has its `.tf` files read — the read + parse floor of a mixed folder.
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
const fromAt = process.argv.indexOf('--from');
if (fromAt >= 0) {
  let parsedCount = 0;
  let failedCount = 0;
  let tfFiles = 0;
  let bytes = 0;
  for (const input of JSON.parse(readFileSync(process.argv[fromAt + 1] as string, 'utf8')) as string[]) {
    if (statSync(input).isDirectory()) {
      for (const name of readdirSync(input)) {
        if (!name.endsWith('.tf')) continue;
        bytes += readFileSync(join(input, name)).length;
        tfFiles += 1;
      }
      continue;
    }
    const text = readFileSync(input, 'utf8');
    bytes += text.length;
    try {
      yaml.load(text, { schema });
      parsedCount += 1;
    } catch {
      failedCount += 1;
    }
  }
  process.stdout.write(`${JSON.stringify({ parsed: parsedCount, failed: failedCount, tfFiles, bytes })}\n`);
  process.exit(0);
}
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
