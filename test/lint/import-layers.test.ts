// "Imports point one way" is checked by ESLint (eslint.config.js): each case lints one import line as if
// written in a file of the repository and expects the layer rule to object, or not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { repoRoot } from '../helpers/repo.js';

const eslint = new ESLint({ cwd: repoRoot });

async function restricted(file: string, from: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import { x } from '${from}';\nexport const y = x;\n`, { filePath: join(repoRoot, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const FORBIDDEN: [string, string][] = [
  ['src/util/x.ts', '../iac/values.js'],
  ['src/iac/x.ts', '../scan/run.js'],
  ['src/iac/sam/x.ts', '../../rules/index.js'],
  ['src/rules/x.ts', '../report/text.js'],
  ['src/rules/x.ts', './lambda-tracing.js'],
  ['src/rules/support/x.ts', '../lambda-tracing.js'],
  ['src/store/x.ts', '../review/model.js'],
  ['src/scan/x.ts', '../cli/main.js'],
  ['src/report/x.ts', '../server/app.js'],
  ['scripts/x.ts', '../test/helpers/repo.js'],
];

const ALLOWED: [string, string][] = [
  ['src/rules/x.ts', './support/function-facts.js'],
  ['src/rules/x.ts', './types.js'],
  ['src/rules/x.ts', '../iac/values.js'],
  ['src/rules/support/x.ts', '../types.js'],
  ['src/rules/support/x.ts', './results.js'],
  ['src/rules/index.ts', './lambda-tracing.js'],
  ['src/scan/x.ts', '../rules/index.js'],
  ['src/cli/x.ts', '../scan/run.js'],
  ['src/analyze/cost/x.ts', '../pricing/prices.js'],
];

test('ESLint rejects imports that point up a layer, rules importing rules, and shipped code importing tests', async () => {
  for (const [file, from] of FORBIDDEN) assert.equal((await restricted(file, from)).length, 1, `${file} importing ${from}`);
});

test('ESLint accepts imports that point down or stay in their layer', async () => {
  for (const [file, from] of ALLOWED) assert.deepEqual(await restricted(file, from), [], `${file} importing ${from}`);
});
